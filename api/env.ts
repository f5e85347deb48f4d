import { z } from 'zod';

/** The process environment, parsed once; the server fails fast on a bad value. */
export const Env = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'must start with sqlite: or postgres://')
      .default('sqlite:data/kompass.db'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    /** Largest request body in bytes (imports allow 10x). */
    BODY_LIMIT: z.coerce.number().int().positive().default(1_000_000),
    /** Largest document upload in bytes (50 MB); larger gets 413. */
    DOCUMENT_LIMIT: z.coerce
      .number()
      .int()
      .positive()
      .default(50 * 1024 * 1024),
    /**
     * How the thread reading documents' text competes for the cores: `idle` (Linux SCHED_IDLE,
     * nice 19 elsewhere) only on a core the server leaves idle, so autosaves keep their latency;
     * `low` (nice 5) a quarter share beside the server, for a machine that is never idle.
     */
    READER_PRIORITY: z.enum(['idle', 'low']).default('idle'),
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
    /** The server's address as people reach it: the links in e-mails and the OIDC redirect URI. */
    PUBLIC_URL: z
      .string()
      .url('must be a URL such as https://kompass.kommun.se')
      .regex(/^https?:\/\/[^/]+\/?$/, 'must be an origin only: https://kompass.kommun.se')
      .transform((url) => url.replace(/\/$/, ''))
      .optional(),
    /** OpenID Connect: the issuer's URL (https; http only on a loopback address). Unset: no SSO. */
    OIDC_ISSUER: z
      .string()
      .url('must be a URL such as https://login.example.se')
      .refine(issuerAllowed, 'must use https (http only on a loopback address: 127.0.0.1, ::1)')
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** Space-separated scopes asked for; `openid` and `email` are needed. */
    OIDC_SCOPES: z
      .string()
      .default('openid email profile')
      .refine(
        (scopes) => scopes.split(/\s+/).includes('openid') && scopes.split(/\s+/).includes('email'),
        'must include openid and email',
      ),
    /** The login button says "Logga in med <label>". */
    OIDC_LABEL: z.string().min(1).max(60).default('organisationens konto'),
    /** smtp://user:pass@host:587 or smtps://…:465: invitations and password resets by e-mail. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    /** The sender of those e-mails: `Kommunkompassen <noreply@example.se>`. */
    SMTP_FROM: z.string().min(3).optional(),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some((v) => v !== undefined) && oidc.some((v) => v === undefined)) {
      for (const key of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
        if (env[key] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'needed with the other OIDC_ variables (set all three, or none)',
          });
      }
    }
    if (env.SMTP_URL !== undefined && env.SMTP_FROM === undefined) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_FROM'], message: 'needed with SMTP_URL' });
    }
  });
export type Env = z.infer<typeof Env>;

/** True for an IP literal in 127.0.0.0/8 or ::1 (a URL's hostname, IPv6 in brackets). */
export function isLoopback(hostname: string): boolean {
  return (
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname === '[::1]' || hostname === '::1'
  );
}

/** An issuer must be https, except on a loopback address (a provider on this machine). */
export function issuerAllowed(issuer: string): boolean {
  try {
    const url = new URL(issuer);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  } catch {
    return false;
  }
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = Env.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
