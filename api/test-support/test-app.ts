// Test support: the whole API over a fresh database, called with app.request() (no port).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubricLibrary } from '../../rubrics/load-rubrics';
import { projectRoot } from '../../rubrics/project-root';
import { createApp } from '../app';
import type { AppDeps } from '../context';
import type { Dialect } from '../db/connect';
import { openTestDb } from '../db/test-db';
import { RubricStore } from '../rubrics/rubric-store';

export const library = loadRubricLibrary();

export function enkopingFile(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(projectRoot(), 'fixtures/evaluations/enkoping-2016.json'), 'utf8'),
  );
}

/** A clock that ticks one second per call, from a fixed start, so audit order is stable. */
export function testClock(start = Date.parse('2026-05-10T08:00:00Z')) {
  let t = start;
  return () => {
    t += 1000;
    return new Date(t).toISOString();
  };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  /** JSON request helper: returns status and parsed body. */
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function openTestApp(
  dialect: Dialect,
  options: { bodyLimit?: number } = {},
): Promise<TestApp> {
  const store = await openTestDb(dialect);
  const now = testClock();
  const rubrics = await RubricStore.open(store.db, library, now());
  const deps: AppDeps = { store, rubrics, now, bodyLimit: options.bodyLimit ?? 1_000_000 };
  const app = createApp(deps);
  return {
    app,
    deps,
    async call(method, path, body) {
      const response = await app.request(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : JSON.parse(text) };
    },
    close: () => store.close(),
  };
}
