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
