import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';

/** A fresh evaluation in the visit phase; returns its id and team. */
async function visit(api: TestApp) {
  const { body } = await api.call('POST', '/api/evaluations', {
    municipality: { name: 'Enköping', code: '0381' },
    rubric: 'kk-2010',
    date: '2016-05',
    evaluators: ['Leif', 'Lotta'],
  });
  return {
    id: body.id as string,
    leif: body.team[0].id as string,
    lotta: body.team[1].id as string,
  };
}

describe.each(DIALECTS)('scores API on %s', (dialect) => {
  const test = apiTest(dialect);

  test('autosaves an evaluator score: create at version 0, then update by version', async ({
    api,
  }) => {
    const { id, leif } = await visit(api);
    const url = `/api/evaluations/${id}/evaluator-scores/${leif}/1.1`;
    const first = await api.call('PUT', url, { rationale: 'Plan finns men', version: 0 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      questionId: '1.1',
      memberId: leif,
      points: null,
      rationale: 'Plan finns men',
      version: 1,
    });
    const second = await api.call('PUT', url, {
      points: 9.5,
      rationale: 'Plan finns men saknar uppföljning',
      version: 1,
    });
    expect(second.body).toMatchObject({ points: 9.5, percent: null, version: 2 });
    const list = await api.call('GET', `/api/evaluations/${id}/scores`);
    expect(list.body.evaluatorScores).toHaveLength(1);
    expect(list.body.spread[0]).toMatchObject({ id: '1.1', scoredBy: 1, mean: 9.5 });
  });

  test('two clients saving from the same version: one wins, one gets 409, one audited change', async ({
    api,
  }) => {
    const { id, leif } = await visit(api);
    const url = `/api/evaluations/${id}/evaluator-scores/${leif}/2.1`;
    await api.call('PUT', url, { points: 5, version: 0 });
    const [a, b] = await Promise.all([
      api.call('PUT', url, { points: 6, rationale: 'A', version: 1 }),
      api.call('PUT', url, { points: 7, rationale: 'B', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? a : b;
    expect(loser.body.error.code).toBe('conflict');
    expect(loser.body.error.current).toEqual(winner.body);
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    const updates = audit.body.entries.filter(
      (e: { action: string }) => e.action === 'evaluatorScore.update',
    );
    expect(updates).toHaveLength(1);
    expect(updates[0].before).toMatchObject({ points: 5, version: 1 });
    expect(updates[0].after).toEqual(winner.body);
  });

  test('two first saves racing: one creates, the other gets 409 with the winner', async ({
    api,
  }) => {
    const { id } = await visit(api);
    const url = `/api/evaluations/${id}/consensus-scores/3.1`;
    const results = await Promise.all([
      api.call('PUT', url, { points: 10, version: 0 }),
      api.call('PUT', url, { points: 11, version: 0 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body.error.current).toEqual(winner?.body);
  });

  test('validates scores against the pinned rubric', async ({ api }) => {
    const { id, leif } = await visit(api);
    const base = `/api/evaluations/${id}/evaluator-scores/${leif}`;
    const over = await api.call('PUT', `${base}/1.1`, { points: 16, version: 0 });
    expect(over.status).toBe(400);
    expect(over.body.error.message).toBe("points: 16 is more than the delfråga's max 15");
    const both = await api.call('PUT', `${base}/1.1`, { points: 1, percent: 10, version: 0 });
    expect(both.body.error.message).toBe('percent: give points or percent, not both');
    const text = await api.call('PUT', `${base}/1.1`, { points: '9', version: 0 });
    expect(text.status).toBe(400);
    expect(text.body.error.message).toMatch(/^points: /);
    const noVersion = await api.call('PUT', `${base}/1.1`, { points: 9 });
    expect(noVersion.body.error.message).toMatch(/^version: /);
    const question = await api.call('PUT', `${base}/9.9`, { points: 1, version: 0 });
    expect(question.status).toBe(404);
    const member = await api.call('PUT', `/api/evaluations/${id}/evaluator-scores/nobody/1.1`, {
      points: 1,
      version: 0,
    });
    expect(member.status).toBe(404);
    const truncated = await api.call('PUT', `${base}/1.1`, '{"points": 9, "vers');
    expect(truncated.status).toBe(400);
    expect(truncated.body.error.code).toBe('invalid_input');
  });

  test('a consensus score is separate: evaluator scores are never overwritten', async ({ api }) => {
    const { id, leif, lotta } = await visit(api);
    await api.call('PUT', `/api/evaluations/${id}/evaluator-scores/${leif}/4.1`, {
      points: 3,
      version: 0,
    });
    await api.call('PUT', `/api/evaluations/${id}/evaluator-scores/${lotta}/4.1`, {
      points: 9,
      version: 0,
    });
    const consensus = await api.call('PUT', `/api/evaluations/${id}/consensus-scores/4.1`, {
      points: 6,
      rationale: 'Enades efter diskussion',
      version: 0,
    });
    expect(consensus.body).toMatchObject({ memberId: null, points: 6, version: 1 });
    const { body } = await api.call('GET', `/api/evaluations/${id}/scores`);
    expect(body.evaluatorScores.map((s: { points: number }) => s.points).sort()).toEqual([3, 9]);
    const spread = body.spread.find((q: { id: string }) => q.id === '4.1');
    expect(spread).toMatchObject({ min: 3, max: 9, spread: 6, spreadPercent: 40, flagged: true });
    const result = await api.call('GET', `/api/evaluations/${id}/result`);
    expect(result.body.areas[3].questions[0]).toMatchObject({ points: 6, shownPercent: 40 });
    const strict = await api.call('GET', `/api/evaluations/${id}/scores?spreadThreshold=50`);
    expect(strict.body.spread.find((q: { id: string }) => q.id === '4.1').flagged).toBe(false);
  });

  test('a published evaluation refuses score writes until reopened', async ({ api }) => {
    const { body } = await api.call('POST', '/api/evaluations/import', enkopingFile());
    const url = `/api/evaluations/${body.id}/consensus-scores/1.1`;
    const refused = await api.call('PUT', url, { points: 10, version: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('published');
    await api.call('POST', `/api/evaluations/${body.id}/reopen`, {
      version: 1,
      reason: 'rättelse',
    });
    const accepted = await api.call('PUT', url, { points: 10, version: 1 });
    expect(accepted.status).toBe(200);
    const result = await api.call('GET', `/api/evaluations/${body.id}/result`);
    expect(result.body.areas[0].shownPoints).toBe(55); // 53.5 + 1 = 54.5 rounds up
  });
});
