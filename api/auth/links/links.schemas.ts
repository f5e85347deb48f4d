import { z } from 'zod';

const Token = z.string().min(20).max(200);

export const LinkBody = z.strictObject({ token: Token });

export const LinkInfo = z
  .object({
    purpose: z.enum(['invite', 'reset']),
    email: z.string(),
    name: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'LinkInfo' });

export const LinkPasswordBody = z.strictObject({ token: Token, password: z.string().max(1000) });

export const PasswordResetBody = z.strictObject({
  email: z.string().trim().toLowerCase().min(1).max(320),
});

export const Invitation = z
  .object({
    /** Sent by e-mail to this address… */
    sentTo: z.string().optional(),
    /** …or the link for the inviter to pass on (no SMTP configured). */
    link: z.string().optional(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' });
