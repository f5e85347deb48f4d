// The published-results cache never serves a result a write has made stale: after every kind of
// write the cached API answers exactly as an app without a cache over the same database.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test as plain } from 'vitest';
import { createApp } from '../app';
import { createBackup, restoreBackup } from '../backup/backup';
import type { AppDeps } from '../context';
import { connect, type Db, type Dialect } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { DIALECTS, TEST_DATABASE_URL } from '../db/test-db';
import { RubricStore } from '../rubrics/rubric-store';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, library, type TestApp, testClock } from '../test-support/test-app';
import { publishedResults } from './evaluation-results';
import { evaluationsService } from './evaluations.service';
import { publishedResultCache } from './published-results-cache';

/** Real kommuner (SCB's list) for the variants: 1 Ale, 2 Alingsås, 3 Arboga, 4 Arjeplog. */
const KOMMUNER = [
  { name: 'Ale', code: '1440' },
  { name: 'Alingsås', code: '1489' },
  { name: 'Arboga', code: '1984' },
  { name: 'Arjeplog', code: '2506' },
  { name: 'Arvidsjaur', code: '2505' },
];

/** Enköping's published file as kommun `i`, a year later each, delfråga 1.1 scored `i`. */
function variant(i: number) {
  const file = enkopingFile();
  file.municipality = KOMMUNER[i - 1];
  file.date = `${2012 + i}-05`;
  file.scores['1.1'] = { points: i };
  return file;
}

/**
 * The same API over the same database with a cache of its own, empty at every call (the cache
 * belongs to the store object): the truth to compare with.
 */
function uncached(api: TestApp) {
  return async (path: string, cookie: string) => {
    const app = createApp({ ...api.deps, store: { ...api.deps.store } });
    const response = await app.request(path, { headers: { cookie } });
    return { status: response.status, body: await response.json() };
  };
}

describe.each(DIALECTS)('published-results cache on %s', (dialect) => {
  const test = apiTest(dialect);

  test('after every kind of write, comparison and distribution equal an uncached app', async ({
    api,
  }) => {
    const truth = uncached(api);
    let cookie = api.adminCookie;
    const imported: string[] = [];
    for (const i of [1, 2, 3]) {
      const created = await api.call('POST', '/api/evaluations/import', variant(i));
      expect(created.status).toBe(201);
      imported.push(created.body.id);
    }
    const [a, b, c] = imported as [string, string, string];
    // The mean and the distribution read every published result; the subject and the evaluations
    // named in `with`, and the trend, read single ones (from the cache while published).
    const paths = [
      `/api/evaluations/${a}/comparison?with=${b},${c}&mean=2010-2030`,
      `/api/evaluations/${a}/distribution`,
      `/api/evaluations/${b}/comparison?with=${a}`,
      `/api/evaluations/${b}/trend`,
    ];
    /** Both paths from the cached app, each equal to the uncached answer; the comparison's mean. */
    const check = async (what: string) => {
      const bodies = [];
      for (const path of paths) {
        const cached = await api.call('GET', path, undefined, { cookie });
        expect(cached.status, `${what}: ${path}`).toBe(200);
        expect(cached.body, `${what}: ${path}`).toEqual((await truth(path, cookie)).body);
        bodies.push(cached.body);
      }
      // The mean's label (with n) and its values per area, as the radar draws them.
      const mean = bodies[0].radar.find((r: { id: string }) => r.id.startsWith('mean:'));
      return { mean, distribution: bodies[1] };
    };
    const cache = publishedResultCache(api.deps.store);

    const first = await check('first read');
    // The subject (a, "Ort 1 2013") is left out of its own mean.
    expect(first.mean.label).toBe('Snitt 2010–2030 (n = 2, utan Ale 2013)');
    expect(cache.computed).toBe(3);
    await check('second read');
    expect(cache.computed, 'a read with no write in between scores nothing').toBe(3);

    const backup = await createBackup(api.deps.store);

    const d = await api.call('POST', '/api/evaluations/import', variant(4));
    expect(d.status).toBe(201);
    const afterImport = await check('after a published import');
    expect(afterImport.mean.label).toBe('Snitt 2010–2030 (n = 3, utan Ale 2013)');
    expect(cache.computed, 'only the new evaluation is scored').toBe(4);

    const summary = await api.call('GET', `/api/evaluations/${b}`);
    const reopened = await api.call('POST', `/api/evaluations/${b}/reopen`, {
      version: summary.body.version,
      reason: 'Rättelse',
    });
    expect(reopened.status).toBe(200);
    const afterReopen = await check('after a reopen');
    expect(afterReopen.mean.label).toBe('Snitt 2010–2030 (n = 2, utan Ale 2013)');

    const scores = await api.call('GET', `/api/evaluations/${b}/scores`);
    const score = scores.body.consensusScores.find(
      (s: { questionId: string }) => s.questionId === '1.1',
    );
    const saved = await api.call('PUT', `/api/evaluations/${b}/consensus-scores/1.1`, {
      points: 10,
      rationale: 'Rättad',
      version: score.version,
    });
    expect(saved.status).toBe(200);
    const published = await api.call('POST', `/api/evaluations/${b}/status`, {
      version: reopened.body.version,
      status: 'published',
      reason: 'Rättad poäng; filen har inga egna poäng från utvärderarna.',
    });
    expect(published.status).toBe(200);
    const afterRepublish = await check('after a corrected score and publishing again');
    expect(afterRepublish.mean.label).toBe('Snitt 2010–2030 (n = 3, utan Ale 2013)');
    expect(afterRepublish.mean.values).not.toEqual(afterImport.mean.values);

    const municipality = (await api.call('GET', '/api/municipalities')).body.municipalities.find(
      (m: { code: string }) => m.code === '1984',
    );
    // A kommun's name is SCB's (only its case may be given otherwise); its official name is free.
    const renamed = await api.call('PUT', `/api/municipalities/${municipality.id}`, {
      version: municipality.version,
      name: 'ARBOGA',
      officialName: 'Arboga kommun',
    });
    expect(renamed.status).toBe(200);
    const afterRename = await check('after changing a kommun');
    expect(JSON.stringify(afterRename.distribution)).toContain('Arboga 2015');

    await restoreBackup(api.deps.store, backup);
    cookie = await api.login('admin@test.se'); // a restore ends every session
    const afterRestore = await check('after restoring the backup taken before the import');
    expect(afterRestore.mean).toEqual(first.mean);
  });

  test('a read-only list: a caller cannot change what the next request gets', async ({ api }) => {
    expect((await api.call('POST', '/api/evaluations/import', variant(1))).status).toBe(201);
    const list = await publishedResults(api.deps, 'kk-2010');
    expect(() => (list as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (list[0] as { total: number | null }).total = 0;
    }).toThrow(TypeError);
  });
});

/** Two connections to one database: the app's, and another process's (a CLI import, say). */
async function twoConnections(dialect: Dialect) {
  let dir: string | undefined;
  let url: string;
  let options = {};
  if (dialect === 'sqlite') {
    dir = await mkdtemp(join(tmpdir(), 'kompass-cache-'));
    url = `sqlite:${join(dir, 'kompass.db')}`;
  } else {
    const schema = `t_cache_${Math.random().toString(16).slice(2, 10)}`;
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    url = TEST_DATABASE_URL;
    options = { searchPath: schema, poolSize: 2 };
  }
  const open = async (store: Db): Promise<AppDeps> => {
    const clock = testClock();
    await migrateToLatest(store.db, store.schema);
    return {
      store,
      rubrics: await RubricStore.open(store.db, library, clock()),
      now: clock,
      bodyLimit: 1e6,
    };
  };
  const app = await open(connect(url, options));
  const other = await open(connect(url, options));
  return {
    app,
    other,
    close: async () => {
      await other.store.close();
      await app.store.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

describe.each(DIALECTS)('published-results cache with another connection on %s', (dialect) => {
  plain('sees an import and a reopen committed by another connection', async () => {
    const { app, other, close } = await twoConnections(dialect);
    try {
      const system = {
        id: 'system',
        name: 'system',
        role: 'admin' as const,
        municipalityCode: null,
      };
      const totals = async () =>
        (await publishedResults(app, 'kk-2010')).map((r) => [r.label, r.total]);
      const fresh = async () =>
        (await publishedResults({ ...app, store: { ...app.store } }, 'kk-2010')).map((r) => [
          r.label,
          r.total,
        ]);
      await evaluationsService(other).importFile(variant(1), system);
      expect(await totals()).toEqual(await fresh());
      expect(await totals()).toHaveLength(1);

      const { id: second } = await evaluationsService(other).importFile(variant(2), system);
      expect(await totals()).toHaveLength(2);
      expect(await totals()).toEqual(await fresh());

      const summary = await evaluationsService(other).summaryOf(second);
      await evaluationsService(other).reopen(
        second,
        { version: summary.version, reason: 'Rättelse' },
        system,
      );
      expect(await totals()).toHaveLength(1);
      expect(await totals()).toEqual(await fresh());
    } finally {
      await close();
    }
  });
});
