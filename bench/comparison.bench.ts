import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { connect } from '../api/db/connect';
import { migrateToLatest } from '../api/db/migrate';
import { logInTo, startServerProcess } from '../api/reliability/server-process';
import { projectRoot } from '../rubrics/project-root';
import { seedPublishedEvaluations } from './comparison-seed';
import { medianOfRuns, requestLoad } from './load';
import type { Figure } from './measure';

const EVALUATIONS = 3000;
const CONNECTIONS = 8;
const RUN_MS = 3000;

/**
 * GET /api/evaluations/:id/comparison against 5 others (3 references, 2 stored evaluations) and
 * the mean of 2010–2019 over 3,000 published evaluations in SQLite, on the production bundle,
 * under 8 concurrent connections. The floor is GET /api/health under the same load.
 */
export async function comparisonBenchmark(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-bench-'));
  const url = `sqlite:${join(dir, 'comparison.db')}`;
  const store = connect(url);
  let ids: string[];
  try {
    await migrateToLatest(store.db);
    ids = await seedPublishedEvaluations(store, EVALUATIONS);
  } finally {
    await store.close();
  }
  const server = await startServerProcess(
    { DATABASE_URL: url },
    join(projectRoot(), 'dist/kompass.mjs'),
  );
  try {
    const cookie = await logInTo(server.url, 'admin@kompass.local', server.adminPassword ?? '');
    const headers = { cookie };
    const others = ['orebro-2012', 'grastorp-2014', 'enkoping-2016', ids[5], ids[1000]].join(',');
    const path = `${server.url}api/evaluations/${ids[EVALUATIONS - 1]}/comparison?with=${others}&mean=2010-2019`;
    const started = performance.now();
    const first = await fetch(path, { headers });
    const body = (await first.json()) as { series?: unknown[] };
    const coldMs = performance.now() - started;
    if (first.status !== 200)
      throw new Error(`comparison: ${first.status} ${JSON.stringify(body)}`);
    const comparison = await medianOfRuns(() =>
      requestLoad({
        url: path,
        headers,
        connections: CONNECTIONS,
        durationMs: RUN_MS,
      }),
    );
    const floor = await medianOfRuns(() =>
      requestLoad({
        url: `${server.url}api/health`,
        connections: CONNECTIONS,
        durationMs: RUN_MS,
      }),
    );
    const note = `${comparison.requests} requests per run, ${comparison.errors} errors`;
    return [
      {
        name: 'comparison endpoint, 3,000 evaluations, 8 connections: p50',
        value: comparison.p50,
        unit: 'ms',
        target: 'measured',
        met: null,
        floor: floor.p50,
        ratio: comparison.p50 / floor.p50,
        note,
      },
      {
        name: 'comparison endpoint, 3,000 evaluations, 8 connections: p99',
        value: comparison.p99,
        unit: 'ms',
        target: '< 50 ms',
        met: comparison.p99 < 50 && comparison.errors === 0,
        floor: floor.p99,
        ratio: comparison.p99 / floor.p99,
        note: `${note}; floor: GET /api/health under the same load`,
      },
      {
        name: 'comparison endpoint: first request, cache empty',
        value: coldMs,
        unit: 'ms',
        target: 'measured',
        met: null,
        note: 'scores every published evaluation once; later requests reuse the results',
      },
    ];
  } finally {
    await server.stop();
  }
}
