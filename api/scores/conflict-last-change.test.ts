import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';

// Issue 15, point 9: a refused save says whose change won, and when (read from the audit log).
describe.each(DIALECTS)('a 409 names who changed the record and when, on %s', (dialect) => {
  const test = apiTest(dialect);

  test('consensus scores and area texts', async ({ api }) => {
    const lotta = await api.user('evaluator', { name: 'Lotta Ricklander', email: 'lotta@skr.se' });
    const { body: evaluation } = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Enköping', code: '0381' },
      rubric: 'kk-2010',
      date: '2016-05',
      evaluators: [{ name: 'Lotta Ricklander', userId: lotta.id }],
    });
    const id = evaluation.id as string;
    for (const status of ['visit', 'consensus']) {
      await api.call('POST', `/api/evaluations/${id}/status`, { status });
    }

    const score = `/api/evaluations/${id}/consensus-scores/1.1`;
    const saved = await api.call(
      'PUT',
      score,
      { points: 9, rationale: 'Lottas motivering', version: 0 },
      { cookie: lotta.cookie },
    );
    expect(saved.status).toBe(200);
    const stale = await api.call('PUT', score, { points: 9, rationale: 'Min', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'conflict',
      current: saved.body,
      lastChange: {
        by: { name: 'Lotta Ricklander', email: 'lotta@skr.se' },
        at: saved.body.updatedAt,
      },
    });

    const text = `/api/evaluations/${id}/areas/1`;
    const body = { summary: 'Lottas text', strengths: [], improvements: [] };
    const savedText = await api.call(
      'PUT',
      text,
      { ...body, version: 0 },
      { cookie: lotta.cookie },
    );
    expect(savedText.status).toBe(200);
    const staleText = await api.call('PUT', text, { ...body, summary: 'Min', version: 0 });
    expect(staleText.status).toBe(409);
    expect(staleText.body.error.lastChange).toEqual({
      by: { name: 'Lotta Ricklander', email: 'lotta@skr.se' },
      at: expect.stringMatching(/^2026-05-10T08:\d\d:\d\d/),
    });
  });
});
