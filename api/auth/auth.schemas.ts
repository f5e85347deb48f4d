import { z } from 'zod';

export const LoginBody = z
  .strictObject({
    email: z.string().trim().min(1).max(320),
    password: z.string().min(1).max(1000),
  })
  .meta({ id: 'Login' });

export const MeSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['admin', 'evaluator', 'reader']),
    municipalityCode: z.string().nullable(),
  })
  .meta({ id: 'Me' });

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().max(1000),
});

export const SignInOptions = z
  .object({
    /** Sign-in with the organisation's account: the button says "Logga in med <label>". */
    oidc: z.object({ label: z.string() }).nullable(),
    /** "Glömt lösenordet?" works (SMTP is configured). */
    passwordReset: z.boolean(),
  })
  .meta({ id: 'SignInOptions' });
