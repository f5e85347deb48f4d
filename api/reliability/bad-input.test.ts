// Thousands of generated invalid and hostile requests against every write endpoint of the route
// table: never a 5xx, every 4xx in the error shape, and a rejected request writes nothing.
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { describe, expect } from 'vitest';
import { sessionId } from '../auth/auth.service';
import { BACKUP_TABLES } from '../backup/backup';
import { seed } from '../backup/test-support/backup-seed';
import { DIALECTS } from '../db/test-db';
import { ErrorSchema } from '../router';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';
import { contentType, hostileCsv, hostileJsonText, hostileString } from './hostile-input';

/** Generated requests per dialect: SQLite always; PostgreSQL, slower per request, fewer. */
const RUNS = { sqlite: 10_000, postgres: 1_000 } as const;
/** A small body limit, so bodies over it (413) are cheap to generate. */
const BODY_LIMIT = 16_384;

interface WriteRoute {
  method: string;
  path: string;
  /** The JSON body's top-level keys, when the body is a zod object. */
  keys: string[];
}

/** Every POST, PUT, PATCH and DELETE route of the app, from its OpenAPI route table. */
function writeRoutes(api: TestApp): WriteRoute[] {
  return api.app.openAPIRegistry.definitions.flatMap((definition) => {
    if (definition.type !== 'route') return [];
    const { route } = definition;
    if (!['post', 'put', 'patch', 'delete'].includes(route.method)) return [];
    const media: unknown = route.request?.body?.content?.['application/json'];
    const schema = media && typeof media === 'object' && 'schema' in media ? media.schema : null;
    const shape =
      schema && typeof schema === 'object' && 'shape' in schema
        ? (schema as { shape: Record<string, unknown> }).shape
        : {};
    return [{ method: route.method.toUpperCase(), path: route.path, keys: Object.keys(shape) }];
  });
}

/** Every byte of the UTF-8 encoding percent-encoded (lone surrogates become U+FFFD). */
const encode = (value: string) =>
  Array.from(Buffer.from(value, 'utf8'), (byte) => `%${byte.toString(16).padStart(2, '0')}`).join(
    '',
  );

/** A path parameter: a real id (so a request gets past the 404 to validation) or a hostile one. */
const param = (real: string | undefined) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(real === undefined ? 'x' : encodeURIComponent(real)) },
    { weight: 2, arbitrary: hostileString.map(encode) },
    { weight: 1, arbitrary: fc.constantFrom('%ZZ', '%', '%E0%A4%A', '%FF', '..', '%2F', '%00') },
  );

/** Real ids from the seeded database, by parameter name and path. */
async function realIds(api: TestApp) {
  const evaluation = await seed(api);
  const summary = await api.call('GET', `/api/evaluations/${evaluation}`);
  const municipalities = await api.call('GET', '/api/municipalities');
  const victim = await api.user('evaluator');
  return (path: string, name: string): string | undefined => {
    if (name === 'id' && path.startsWith('/api/users/')) return victim.id;
    if (name === 'id' && path.startsWith('/api/municipalities/'))
      return municipalities.body.municipalities[0].id;
    if (name === 'id' && path.startsWith('/api/references/')) return 'orebro-2012';
    if (name === 'id') return evaluation;
    if (name === 'memberId') return summary.body.team[0]?.id;
    if (name === 'questionId') return '1.1';
    if (name === 'areaId') return '1';
    return undefined;
  };
}

type Snapshot = Record<string, string>;

/**
 * Every table a backup holds (sessions and login throttling are left out), per table as text.
 * Read in one transaction without sorting: a table nobody wrote to reads back in the same order.
 */
async function snapshot(api: TestApp): Promise<Snapshot> {
  const db = api.deps.store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  return db.transaction().execute(async (trx) => {
    const tables: Snapshot = {};
    for (const table of BACKUP_TABLES)
      tables[table] = JSON.stringify(await trx.selectFrom(table).selectAll().execute());
    return tables;
  });
}

/** The tables whose rows differ, with their row counts before and after: short enough to read. */
function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys({ ...before, ...after }).flatMap((table) =>
    before[table] === after[table]
      ? []
      : [
          `${table}: ${JSON.parse(before[table] ?? '[]').length} -> ${JSON.parse(after[table] ?? '[]').length} rows`,
        ],
  );
}

describe.each(DIALECTS)('hostile input to every write endpoint on %s', (dialect) => {
  const test = apiTest(dialect, { bodyLimit: BODY_LIMIT });

  test(`${RUNS[dialect]} generated requests: no 5xx, 4xx in the error shape, nothing written`, {
    timeout: 240_000,
  }, async ({ api }) => {
    const routes = writeRoutes(api);
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const ids = await realIds(api);
    const cookie = api.adminCookie;
    const token = decodeURIComponent(cookie.slice('kompass_session='.length));
    const session = await api.deps.store.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', sessionId(token))
      .executeTakeFirstOrThrow();
    let before = await snapshot(api);
    const counts = new Map<string, number>();

    const request = fc.integer({ min: 0, max: routes.length - 1 }).chain((index) => {
      const route = routes[index] as WriteRoute;
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
      return fc.record({
        route: fc.constant(route),
        params: fc.tuple(...names.map((name) => param(ids(route.path, name)))),
        query: fc.option(
          hostileString.map((v) => `?version=${encode(v)}`),
          { nil: '' },
        ),
        body: fc.oneof(
          { weight: 12, arbitrary: hostileJsonText(route.keys) },
          { weight: 2, arbitrary: hostileCsv },
          { weight: 1, arbitrary: fc.constant('x'.repeat(BODY_LIMIT * 10 + 1)) },
        ),
        type: contentType,
        auth: fc.constantFrom('admin', 'admin', 'admin', 'admin', 'none', 'forged'),
      });
    });

    await fc.assert(
      fc.asyncProperty(request, async ({ route, params, query, body, type, auth }) => {
        let i = 0;
        const path = route.path.replace(/\{(\w+)\}/g, () => params[i++] as string) + query;
        const headers: Record<string, string> = {};
        if (type) headers['content-type'] = type;
        if (auth === 'admin') headers.cookie = cookie;
        if (auth === 'forged') headers.cookie = `kompass_session=${encode(body.slice(0, 40))}`;
        const what = `${route.method} ${path.slice(0, 200)} (${type}, ${body.length} chars: ${body.slice(0, 120)})`;
        const key = `${route.method} ${route.path}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const response = await api.app.request(path, { method: route.method, headers, body });
        const text = await response.text();
        expect(response.status, what).toBeLessThan(500);
        if (response.status >= 400) {
          const parsed = ErrorSchema.safeParse(JSON.parse(text));
          expect(parsed.success, `${what}: ${text.slice(0, 300)}`).toBe(true);
          expect(
            changedTables(before, await snapshot(api)),
            `${what} was refused but wrote`,
          ).toEqual([]);
        } else {
          // Accepted (a well-formed body can come out of the generators): the new baseline.
          // Logged out (or sessions revoked): the admin's session row comes back (a new login
          // would cost a scrypt hash each time).
          const sessions = await api.deps.store.db
            .selectFrom('sessions')
            .select('id')
            .where('id', '=', session.id)
            .execute();
          if (sessions.length === 0)
            await api.deps.store.db.insertInto('sessions').values(session).execute();
          before = await snapshot(api);
        }
      }),
      { numRuns: RUNS[dialect] },
    );
    const total = [...counts.values()].reduce((n, c) => n + c, 0);
    expect(total).toBeGreaterThanOrEqual(RUNS[dialect]);
    for (const route of routes)
      expect(
        counts.get(`${route.method} ${route.path}`),
        `${route.method} ${route.path} never called`,
      ).toBeGreaterThan(0);
  });
});
