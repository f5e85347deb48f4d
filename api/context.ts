import type { Kysely } from 'kysely';
import type { SessionPolicy } from './auth/auth.service';
import type { OidcSettings } from './auth/oidc/oidc-settings';
import type { Db } from './db/connect';
import type { Database } from './db/database';
import type { ExtractionQueue } from './documents/extraction-queue';
import type { Mailer } from './mail/mailer';
import type { PdfRenderer } from './reports/report-pdf';
import type { RubricStore } from './rubrics/rubric-store';

export type Role = 'admin' | 'evaluator' | 'reader';

/** Who makes a request: the audit log's `actor`, and what access control decides on. */
export interface Actor {
  /** A user id, or `system` for the CLI and start-up tasks. */
  id: string;
  name: string;
  role: Role;
  /** A reader's kommun. */
  municipalityCode: string | null;
}

export const SYSTEM_ACTOR: Actor = {
  id: 'system',
  name: 'system',
  role: 'admin',
  municipalityCode: null,
};

/** What every resource's routes and services get: created once per server. */
export interface AppDeps {
  store: Db;
  rubrics: RubricStore;
  /** The clock, as ISO-8601 text (tests freeze it). */
  now: () => string;
  bodyLimit: number;
  /** Largest document upload in bytes (default 50 MB); larger gets 413. */
  documentLimit?: number;
  /** Reads uploaded documents' text in a worker thread; without it uploads wait in the queue. */
  extraction?: ExtractionQueue;
  /** Session lifetimes (default: 8 hours idle, 7 days at most). */
  sessions?: SessionPolicy;
  /** Origins allowed to send cookie-authenticated writes besides the server's own (CSRF). */
  trustedOrigins?: string[];
  /** Behind a reverse proxy: take the client address and scheme from X-Forwarded-*. */
  trustProxy?: boolean;
  /** Renders PDF reports (Chromium starts on the first one); closed with the server. */
  pdf?: PdfRenderer;
  /** Sign-in with the organisation's OpenID Connect provider, when configured. */
  oidc?: OidcSettings;
  /** The server's address as people reach it (`https://kompass.kommun.se`), for links. */
  publicUrl?: string;
  /** Sends invitations and password resets, when SMTP is configured. */
  mailer?: Mailer;
  /** Server log lines (refused sign-ins, failed e-mails); console.log by default. */
  log?: (line: string) => void;
}

/** Hono's typed context variables. */
export interface AppEnv {
  /** `actor` is set for a logged-in request; `sessionToken` when a session cookie came with it. */
  Variables: {
    actor: Actor;
    sessionToken: string | undefined;
    db: Kysely<Database>;
    /** A route's own Content-Security-Policy, replacing the app's (the report's inline styles). */
    contentSecurityPolicy: string | undefined;
  };
}
