import { describe, expect } from 'vitest';
import { DIALECTS } from './db/test-db';
import { apiTest } from './test-support/api-test';
import { enkopingFile, openTestApp } from './test-support/test-app';

describe.each(DIALECTS)('the API as a whole on %s', (dialect) => {
  const test = apiTest(dialect);

  test('answers /api/health with the database reachable', async ({ api }) => {
    const response = await api.call('GET', '/api/health', undefined, { cookie: null });
    expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  test('says 503 when the database is gone', async ({ api }) => {
    await api.deps.store.close();
    const response = await api.call('GET', '/api/health', undefined, { cookie: null });
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('database_unreachable');
    // Re-open so the fixture's close() has something to close.
    Object.assign(api, { close: async () => {} });
  });

  test('serves an OpenAPI 3.1 document generated from the zod schemas', async ({ api }) => {
    const { status, body } = await api.call('GET', '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/health',
      '/api/evaluations',
      '/api/evaluations/import',
      '/api/evaluations/{id}/export',
      '/api/evaluations/{id}/result',
      '/api/evaluations/{id}/comparison',
      '/api/evaluations/{id}/evaluator-scores/{memberId}/{questionId}',
    ]) {
      expect(Object.keys(body.paths)).toContain(path);
    }
    const score = body.components.schemas.ScoreUpdate;
    expect(score.properties.percent).toEqual({
      type: ['number', 'null'],
      minimum: 0,
      maximum: 100,
    });
    expect(score.required).toEqual(['version']);
    expect(body.components.schemas.EvaluationResult.required).toEqual(['rubric', 'total', 'areas']);
  });

  test('gives 404 in the error shape for an unknown route', async ({ api }) => {
    const response = await api.call('GET', '/api/nothing-here');
    expect(response).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', message: 'no route /api/nothing-here' } },
    });
  });

  test('refuses a body over the documented limit with 413, imports get ten times more', async () => {
    const api = await openTestApp(dialect, { bodyLimit: 1_000 });
    try {
      const big = {
        municipality: { name: 'x'.repeat(1_500), code: '1234' },
        rubric: 'kk-2010',
        date: '2020-01',
        evaluators: ['A'],
      };
      const refused = await api.call('POST', '/api/evaluations', big);
      expect(refused.status).toBe(413);
      expect(refused.body.error).toEqual({
        code: 'too_large',
        message: 'the request body is over the limit of 1000 bytes',
      });
      const evaluations = await api.deps.store.db.selectFrom('evaluations').select('id').execute();
      expect(evaluations).toHaveLength(0);
      const importResponse = await api.call('POST', '/api/evaluations/import', enkopingFile());
      expect(importResponse.status).toBe(413); // the fixture is over 10 kB
      const api2 = await openTestApp(dialect, { bodyLimit: 5_000 });
      try {
        expect((await api2.call('POST', '/api/evaluations/import', enkopingFile())).status).toBe(
          201,
        );
      } finally {
        await api2.close();
      }
    } finally {
      await api.close();
    }
  });
});
