import { z } from 'zod';

/** The process environment, parsed once; the server fails fast on a bad value. */
export const Env = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'must start with sqlite: or postgres://')
    .default('sqlite:data/kompass.db'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Largest request body in bytes (imports allow 10x). */
  BODY_LIMIT: z.coerce.number().int().positive().default(1_000_000),
  /** Set to 0 to skip loading the demo data into an empty database. */
  DEMO_DATA: z.enum(['0', '1']).default('1'),
  /** A session ends after this many minutes without a request… */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(480),
  /** …and after this many days in any case. */
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Comma-separated origins (https://kompass.example.se) allowed to send writes besides the server's own. */
  TRUSTED_ORIGINS: z.string().default(''),
  /** 1 behind a reverse proxy: client address and https from X-Forwarded-For / -Proto. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** The e-mail of the first admin, created with a printed random password on an empty database. */
  ADMIN_EMAIL: z.string().email().default('admin@kompass.local'),
});
export type Env = z.infer<typeof Env>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = Env.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
