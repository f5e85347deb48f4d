import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { logInTo, startServerProcess } from '../api/reliability/server-process';
import { projectRoot } from '../rubrics/project-root';
import { autosaveLoad, type CpuMeters, type LoadResult, medianOfRuns } from './load';
import type { Figure } from './measure';
import { commandCpuMs, processCpuMs } from './process-cpu';

const CONNECTIONS = 32;
const RUN_MS = 3000;
const QUESTIONS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
  '5.5',
  '5.6',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
];

/** The real server (production bundle): log in, create an evaluation, autosave under load. */
async function ourServer(databaseUrl: string): Promise<LoadResult> {
  const server = await startServerProcess(
    { DATABASE_URL: databaseUrl },
    join(projectRoot(), 'dist/kompass.mjs'),
  );
  try {
    const cookie = await logInTo(server.url, 'admin@kompass.local', server.adminPassword ?? '');
    const headers = { 'content-type': 'application/json', cookie, origin: server.url.slice(0, -1) };
    const created = (await (
      await fetch(`${server.url}api/evaluations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          municipality: { name: 'Boxholm', code: '0560' },
          rubric: 'kk-2010',
          date: '2026-05',
          evaluators: ['A'],
        }),
      })
    ).json()) as { id: string; team: { id: string }[] };
    const member = created.team[0]?.id as string;
    const cpu: CpuMeters = { server: () => processCpuMs(server.child.pid) };
    if (!databaseUrl.startsWith('sqlite:')) cpu.postgres = () => commandCpuMs('postgres');
    return await medianOfRuns(() =>
      autosaveLoad({
        base: server.url,
        path: (question) => `api/evaluations/${created.id}/evaluator-scores/${member}/${question}`,
        headers,
        questions: QUESTIONS,
        connections: CONNECTIONS,
        durationMs: RUN_MS,
        cpu,
      }).then(async (result) => {
        // Each run starts at version 0 again: remove the scores the previous run made.
        await resetScores(databaseUrl, created.id);
        return result;
      }),
    );
  } finally {
    await server.stop();
  }
}

async function resetScores(databaseUrl: string, evaluationId: string) {
  if (databaseUrl.startsWith('sqlite:')) {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(databaseUrl.slice('sqlite:'.length));
    db.prepare('delete from evaluator_scores where evaluation_id = ?').run(evaluationId);
    db.close();
  } else {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('delete from evaluator_scores where evaluation_id = $1', [evaluationId]);
    await client.end();
  }
}

/** The floor server on the same kind of file, under the same load. */
async function floorServer(file: string): Promise<LoadResult> {
  const child = spawn(process.execPath, [join(projectRoot(), 'dist/floor.mjs'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening at (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
  });
  try {
    return await medianOfRuns(() =>
      autosaveLoad({
        base: url,
        path: (question) => `api/evaluations/x/evaluator-scores/m/${question}`,
        headers: { 'content-type': 'application/json' },
        questions: QUESTIONS,
        connections: CONNECTIONS,
        durationMs: RUN_MS,
        cpu: { server: () => processCpuMs(child.pid) },
      }),
    );
  } finally {
    child.kill('SIGTERM');
  }
}

/** "server 330 µs, postgres 980 µs" of CPU per save, where /proc tells. */
function cpuNote(result: LoadResult): string {
  const parts = Object.entries(result.cpuPerRequestUs).map(
    ([name, us]) => `${name} ${Math.round(us)} µs`,
  );
  return parts.length > 0 ? `; CPU per save: ${parts.join(', ')}` : '';
}

function figures(store: string, ours: LoadResult, floor: LoadResult | null): Figure[] {
  // The targets are set against the embedded store's floor (bare Hono + better-sqlite3). On
  // PostgreSQL the database server runs on the same two cores as the app and the load
  // generator, so its figures are measured, with the CPU each save costs both processes.
  const targeted = floor !== null;
  const floorNote = floor ? `; floor${cpuNote(floor).slice(1)}` : '';
  return [
    {
      name: `autosave (${store}), 32 connections: throughput`,
      value: ours.throughput,
      unit: 'req/s',
      target: targeted ? '>= 0.5 x floor' : 'measured',
      met: floor ? ours.throughput / floor.throughput >= 0.5 : null,
      ...(floor ? { floor: floor.throughput, ratio: ours.throughput / floor.throughput } : {}),
      note: `${ours.requests} requests per run, ${ours.errors} errors${cpuNote(ours)}${floorNote}`,
    },
    {
      name: `autosave (${store}), 32 connections: p99`,
      value: ours.p99,
      unit: 'ms',
      target: targeted ? '< 20 ms' : 'measured',
      met: targeted ? ours.p99 < 20 : null,
      ...(floor ? { floor: floor.p99, ratio: ours.p99 / floor.p99 } : {}),
    },
  ];
}

/** The autosave endpoint under 32 concurrent connections, against the floor, on SQLite and PostgreSQL. */
export async function autosaveBenchmark(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-bench-'));
  const floor = await floorServer(join(dir, 'floor.db'));
  const sqlite = await ourServer(`sqlite:${join(dir, 'kompass.db')}`);
  const out = figures('SQLite', sqlite, floor);
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    try {
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query('drop database if exists kompass_bench');
      await admin.query('create database kompass_bench');
      await admin.end();
      const url = new URL(pgUrl);
      url.pathname = '/kompass_bench';
      out.push(...figures('PostgreSQL', await ourServer(url.toString()), null));
    } catch (error) {
      console.warn(
        `PostgreSQL autosave benchmark skipped: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  return out;
}
