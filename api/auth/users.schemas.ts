import { z } from 'zod';
import { MunicipalityCode } from '../formats/evaluation-file';
import { Invitation } from './links/links.schemas';

export const Role = z.enum(['admin', 'evaluator', 'reader']);

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: Role,
    municipalityCode: z.string().nullable(),
    /** Where the person works ("SKL", "Katrineholms kommun"), printed on reports' covers. */
    organisation: z.string().nullable(),
    disabled: z.boolean(),
    version: z.number(),
    createdAt: z.string(),
    passwordChangedAt: z.string(),
    /** In the list only while logins to the account are locked: when the lock ends. */
    lockedUntil: z.string().optional(),
    /** The account at the OpenID Connect provider it is linked to, if any. */
    provider: z
      .object({
        issuer: z.string(),
        subject: z.string(),
        email: z.string(),
        linkedAt: z.string(),
        lastLoginAt: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

/** Blank means none. */
export const Organisation = z
  .string()
  .trim()
  .max(200)
  .transform((text) => (text === '' ? null : text));

const Email = z.string().trim().toLowerCase().email('not an e-mail address').max(320);

export const CreateUserBody = z
  .strictObject({
    email: Email,
    name: z.string().trim().min(1).max(200),
    role: Role,
    municipalityCode: MunicipalityCode.nullable().optional(),
    organisation: Organisation.nullable().optional(),
    /** Omit to have one generated and returned once. */
    password: z.string().max(1000).optional(),
    /** Invite instead: a one-time link by e-mail (or returned, without SMTP) to set a password. */
    invite: z.boolean().optional(),
  })
  .meta({ id: 'CreateUser' });

export const UpdateUserBody = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(200).optional(),
  role: Role.optional(),
  municipalityCode: MunicipalityCode.nullable().optional(),
  organisation: Organisation.nullable().optional(),
  disabled: z.boolean().optional(),
});

export const ResetPasswordBody = z.strictObject({ password: z.string().max(1000).optional() });

export const CreatedUser = z.object({
  user: UserSchema,
  password: z.string().optional(),
  invitation: Invitation.optional(),
});
