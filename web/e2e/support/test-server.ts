import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hc } from 'hono/client';
import type { AppType } from '../../../api/app';
import { readEnv } from '../../../api/env';
import { type RunningServer, startServer } from '../../../api/server';
import { unwrap } from '../../lib/api';

export { unwrap };

/** The typed API client (Hono RPC, as the web app uses it), sending one user's cookie. */
export type ApiClient = ReturnType<typeof hc<AppType>>;

export interface Account {
  id: string;
  email: string;
  name: string;
  password: string;
  /** `kompass_session=…`, from a login through the API. */
  cookie: string;
  /** The API as this user. */
  api: ApiClient;
}

export interface TestServer {
  /** The origin, without a trailing slash: `http://127.0.0.1:PORT`. */
  origin: string;
  /** The first admin, whose password the server printed at start. */
  admin: Account;
  /** Every line the server logged. */
  logs: string[];
  /** Logs in through the API and returns the session cookie. */
  login(email: string, password: string): Promise<string>;
  /** Creates a user through the API as the admin (password generated) and logs them in. */
  createUser(role: 'admin' | 'evaluator' | 'reader', name: string): Promise<Account>;
  /**
   * A real network outage: the server stops listening (browser and service worker alike get
   * connection errors) until `restore()` starts it again on the same port and database.
   */
  outage(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

const ADMIN_LINE = /^Created the first admin: (\S+) with password (\S+)$/;

function clientFor(origin: string, cookie: string): ApiClient {
  return hc<AppType>(origin, { headers: { cookie } });
}

/**
 * The real server (`startServer`, as `npm start` runs it) on a free port of 127.0.0.1, over a
 * fresh SQLite database in a temporary folder, with the demo data (Enköping 2016) loaded.
 */
export async function startTestServer(extraEnv: Record<string, string> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-e2e-'));
  const logs: string[] = [];
  let running: RunningServer;
  try {
    running = await startServer(
      readEnv({
        // `low` in vitest.config.ts: the suite keeps the cores busy.
        ...(process.env.READER_PRIORITY ? { READER_PRIORITY: process.env.READER_PRIORITY } : {}),
        DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}`,
        PORT: '0',
        DEMO_DATA: '1',
        ...extraEnv,
      }),
      (line) => logs.push(line),
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const origin = running.url.replace(/\/$/, '');
  const adminLine = logs.map((line) => ADMIN_LINE.exec(line)).find(Boolean);
  if (!adminLine) {
    await running.close();
    throw new Error(`the server printed no admin password:\n${logs.join('\n')}`);
  }
  const [, adminEmail, adminPassword] = adminLine as unknown as [string, string, string];

  const login = async (email: string, password: string) => {
    const response = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const match = /kompass_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '');
    if (response.status !== 200 || !match) {
      throw new Error(`login ${email}: HTTP ${response.status} ${await response.text()}`);
    }
    return match[0];
  };

  const adminCookie = await login(adminEmail, adminPassword);
  const adminApi = clientFor(origin, adminCookie);
  const me = await unwrap(adminApi.api.auth.me.$get());
  const admin: Account = {
    id: me.id,
    email: adminEmail,
    name: me.name,
    password: adminPassword,
    cookie: adminCookie,
    api: adminApi,
  };
  let users = 0;

  return {
    origin,
    admin,
    logs,
    login,
    async createUser(role, name) {
      users += 1;
      const email = `${role}-${users}@e2e.test`;
      const created = await unwrap(
        adminApi.api.users.$post({
          json: { email, name, role, ...(role === 'reader' ? { municipalityCode: '0381' } : {}) },
        }),
      );
      if (!created.password) throw new Error(`no generated password for ${email}`);
      const cookie = await login(email, created.password);
      return {
        id: created.user.id,
        email,
        name,
        password: created.password,
        cookie,
        api: clientFor(origin, cookie),
      };
    },
    async outage() {
      await running.close({ drop: true });
    },
    async restore() {
      const port = new URL(origin).port;
      running = await startServer(
        readEnv({
          // `low` in vitest.config.ts: the suite keeps the cores busy.
          ...(process.env.READER_PRIORITY ? { READER_PRIORITY: process.env.READER_PRIORITY } : {}),
          DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}`,
          PORT: port,
          DEMO_DATA: '1',
          ...extraEnv,
        }),
        (line) => logs.push(line),
      );
    },
    async close() {
      try {
        await running.close().catch(() => undefined); // already down after an outage
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
