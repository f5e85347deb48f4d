// Test support: the whole API over a fresh database, called with app.request() (no port).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubricLibrary } from '../../rubrics/load-rubrics';
import { projectRoot } from '../../rubrics/project-root';
import { createApp } from '../app';
import { hashPassword } from '../auth/password';
import type { AppDeps, Role } from '../context';
import { openTestDb, type TestStore } from '../db/test-db';
import type { ReaderPriority } from '../documents/extraction/extract-worker';
import { startExtractionQueue } from '../documents/extraction-queue';
import { Env } from '../env';
import { newId } from '../ids';
import { PdfRenderer } from '../reports/report-pdf';
import { RubricStore } from '../rubrics/rubric-store';

export const library = loadRubricLibrary();

export function enkopingFile(): Record<string, any> {
  return JSON.parse(
    readFileSync(join(projectRoot(), 'fixtures/evaluations/enkoping-2016.json'), 'utf8'),
  );
}

/** A clock that ticks one second per reading from a fixed start; `advance` jumps ahead. */
export function testClock(start = Date.parse('2026-05-10T08:00:00Z')) {
  let t = start;
  const now = () => {
    t += 1000;
    return new Date(t).toISOString();
  };
  return Object.assign(now, {
    advance(ms: number) {
      t += ms;
    },
  });
}

/** The password of every user the tests create. */
export const TEST_PASSWORD = 'correct-horse-battery';
// scrypt is slow on purpose: hash the test password once per process.
let testHash: Promise<string> | undefined;

export interface CallOptions {
  /** The session cookie to send: the admin's by default, `null` for none. */
  cookie?: string | null;
  headers?: Record<string, string>;
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  clock: ReturnType<typeof testClock>;
  /** The first admin's session cookie (`kompass_session=…`). */
  adminCookie: string;
  /** The first admin's user id: the audit log's actor for the default calls. */
  adminId: string;
  /** JSON request helper: returns status, parsed body and the Set-Cookie header. */
  call(
    method: string,
    path: string,
    body?: unknown,
    options?: CallOptions,
  ): Promise<{ status: number; body: any; setCookie: string | null }>;
  /** Creates a user with TEST_PASSWORD (inserted directly) and logs them in. */
  user(
    role: Role,
    options?: { email?: string; municipalityCode?: string; name?: string },
  ): Promise<{ id: string; cookie: string }>;
  /** Logs in through the API; returns the session cookie. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

function cookieOf(setCookie: string | null): string {
  const match = /kompass_session=([^;]*)/.exec(setCookie ?? '');
  if (!match) throw new Error(`no session cookie in ${setCookie}`);
  return `kompass_session=${match[1]}`;
}

export async function openTestApp(
  dialect: TestStore,
  options: {
    bodyLimit?: number;
    documentLimit?: number;
    sessions?: AppDeps['sessions'];
    oidc?: AppDeps['oidc'];
    mailer?: AppDeps['mailer'];
    log?: AppDeps['log'];
    publicUrl?: AppDeps['publicUrl'];
    /** Default: READER_PRIORITY as the environment sets it (`low` in vitest.config.ts). */
    readerPriority?: ReaderPriority;
  } = {},
): Promise<TestApp> {
  const store = await openTestDb(dialect);
  const clock = testClock();
  const rubrics = await RubricStore.open(store.db, library, clock());
  const deps: AppDeps = {
    store,
    rubrics,
    now: clock,
    bodyLimit: options.bodyLimit ?? 1_000_000,
    ...(options.documentLimit ? { documentLimit: options.documentLimit } : {}),
    extraction: startExtractionQueue(store, {
      pollMs: 60_000,
      ...(options.log ? { log: options.log } : {}),
      readerPriority:
        options.readerPriority ?? Env.shape.READER_PRIORITY.parse(process.env.READER_PRIORITY),
    }),
    ...(options.sessions ? { sessions: options.sessions } : {}),
    ...(options.oidc ? { oidc: options.oidc } : {}),
    ...(options.mailer ? { mailer: options.mailer } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    pdf: new PdfRenderer(),
  };
  const app = createApp(deps);
  let adminCookie = '';
  let adminId = '';

  const api: TestApp = {
    app,
    deps,
    clock,
    get adminCookie() {
      return adminCookie;
    },
    get adminId() {
      return adminId;
    },
    async call(method, path, body, callOptions = {}) {
      const cookie = callOptions.cookie === undefined ? adminCookie : callOptions.cookie;
      const headers: Record<string, string> = { ...(callOptions.headers ?? {}) };
      if (body !== undefined && !headers['content-type'])
        headers['content-type'] = 'application/json';
      if (cookie) headers.cookie = cookie;
      const response = await app.request(path, {
        method,
        headers,
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await response.text();
      let parsed: unknown = null;
      if (text !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
      }
      return {
        status: response.status,
        body: parsed,
        setCookie: response.headers.get('set-cookie'),
      };
    },
    async login(email, password = TEST_PASSWORD) {
      const response = await api.call(
        'POST',
        '/api/auth/login',
        { email, password },
        { cookie: null },
      );
      if (response.status !== 200)
        throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
      return cookieOf(response.setCookie);
    },
    async user(role, userOptions = {}) {
      testHash ??= hashPassword(TEST_PASSWORD);
      const id = newId();
      const email = (userOptions.email ?? `${role}-${id.slice(0, 8)}@test.se`).toLowerCase();
      const now = clock();
      await store.db
        .insertInto('users')
        .values({
          id,
          email,
          display_name: userOptions.name ?? `${role} ${id.slice(0, 4)}`,
          role,
          municipality_code: role === 'reader' ? (userOptions.municipalityCode ?? '0381') : null,
          password_hash: await testHash,
          password_changed_at: now,
          disabled: 0,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return { id, cookie: await api.login(email) };
    },
    close: async () => {
      await deps.extraction?.close();
      await deps.pdf?.close();
      await store.close();
    },
  };
  const admin = await api.user('admin', { email: 'admin@test.se', name: 'Admin' });
  adminCookie = admin.cookie;
  adminId = admin.id;
  return api;
}
