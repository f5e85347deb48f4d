import { z } from 'zod';
import { MunicipalityCode } from '../formats/evaluation-file';
import { Role } from './users.schemas';

export const SignupDomainSchema = z
  .object({
    id: z.string(),
    domain: z.string(),
    role: Role,
    municipalityCode: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SignupDomain' });
export type SignupDomain = z.infer<typeof SignupDomainSchema>;

export const CreateSignupDomainBody = z
  .strictObject({
    /** `essunga.se` (a leading `@` is dropped). */
    domain: z
      .string()
      .trim()
      .toLowerCase()
      .transform((d) => d.replace(/^@/, ''))
      .pipe(
        z
          .string()
          .max(253)
          .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, 'not a domain such as essunga.se'),
      ),
    role: Role,
    municipalityCode: MunicipalityCode.nullable().optional(),
  })
  .meta({ id: 'CreateSignupDomain' });
