// Test support for api/backup: a seeded source, what a user sees of it, and the API over a
// restored store.
import { expect } from 'vitest';
import { createApp } from '../../app';
import type { Db } from '../../db/connect';
import { RubricStore } from '../../rubrics/rubric-store';
import {
  enkopingFile,
  library,
  TEST_PASSWORD,
  type TestApp,
  testClock,
} from '../../test-support/test-app';

import { ydreVisit as testby } from '../../test-support/ydre-visit-file';

export { testby };

export type Call = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: any }>;

/** Enköping, Ydre (evaluator scores, evidence), a saved score and a reference; returns Enköping's id. */
export async function seed(api: TestApp): Promise<string> {
  const enkoping = await api.call('POST', '/api/evaluations/import', enkopingFile());
  expect(enkoping.status).toBe(201);
  const other = await api.call('POST', '/api/evaluations/import', testby);
  expect(other.status).toBe(201);
  const saved = await api.call('PUT', `/api/evaluations/${other.body.id}/consensus-scores/1.2`, {
    points: 7.25,
    rationale: 'Delvis',
    version: 0,
  });
  expect(saved.status).toBe(200);
  await api.deps.store.db
    .insertInto('reference_results')
    .values({
      id: 'orebro-2012',
      municipality_code: '1880',
      municipality_name: 'Örebro',
      year: 2012,
      rubric_id: 'kk-2010',
      kind: 'municipality',
      areas: JSON.stringify({ '1': 61.5, '2': 70 }),
      total: 512.5,
      source: 'SKL 2012',
      note: null,
      version: 1,
      created_at: '2026-05-10T08:00:00.000Z',
      updated_at: '2026-05-10T08:00:00.000Z',
    })
    .execute();
  return enkoping.body.id;
}

/**
 * The API over `store` as a restarted server sees it (its rubric cache read afresh), logged in
 * as the source's admin: the accounts are restored with their passwords.
 */
export async function appOn(store: Db): Promise<Call> {
  const clock = testClock(Date.parse('2026-06-01T08:00:00Z'));
  const rubrics = await RubricStore.open(store.db, library, clock());
  const app = createApp({ store, rubrics, now: clock, bodyLimit: 1_000_000 });
  let cookie: string | undefined;
  const request = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (cookie) headers.cookie = cookie;
    const response = await app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text === '' ? null : JSON.parse(text),
      setCookie: response.headers.get('set-cookie'),
    };
  };
  const login = await request('POST', '/api/auth/login', {
    email: 'admin@test.se',
    password: TEST_PASSWORD,
  });
  expect(login.status, 'the restored admin logs in').toBe(200);
  cookie = /kompass_session=[^;]*/.exec(login.setCookie ?? '')?.[0];
  return request;
}

/** What a user can see of every evaluation: the list, each export, result and audit log. */
export async function visible(call: Call) {
  const get = async (path: string) => {
    const response = await call('GET', path);
    expect(response.status, path).toBe(200);
    return response.body;
  };
  const list = await get('/api/evaluations');
  const evaluations: Record<string, unknown> = {};
  for (const { id } of list.evaluations as { id: string }[]) {
    evaluations[id] = {
      export: await get(`/api/evaluations/${id}/export`),
      result: await get(`/api/evaluations/${id}/result`),
      audit: await get(`/api/evaluations/${id}/audit`),
    };
  }
  return { list, evaluations };
}

/** Audit rows written straight to the table: enough to need more than one insert per table. */
export async function addAuditRows(store: Db, count: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `bulk-${String(i).padStart(5, '0')}`,
    at: '2026-05-11T08:00:00.000Z',
    actor: 'system',
    action: 'test.bulk',
    entity: 'test',
    entity_id: String(i),
    evaluation_id: null,
    before: null,
    after: JSON.stringify({ i }),
  }));
  for (let i = 0; i < rows.length; i += 100) {
    await store.db
      .insertInto('audit_log')
      .values(rows.slice(i, i + 100))
      .execute();
  }
}
