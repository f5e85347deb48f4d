import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { teamOfTwo } from '../test-support/team-of-two';

describe.each(DIALECTS)('own evaluator scores on %s', (dialect) => {
  const test = apiTest(dialect);

  test("an evaluator writes their own score, never another member's", async ({ api }) => {
    const { id, eva, otto } = await teamOfTwo(api);
    const own = await api.call(
      'PUT',
      `/api/evaluations/${id}/evaluator-scores/${eva.memberId}/1.1`,
      { points: 10, rationale: 'Min bedömning', version: 0 },
      { cookie: eva.cookie },
    );
    expect(own.status).toBe(200);
    const others = await api.call(
      'PUT',
      `/api/evaluations/${id}/evaluator-scores/${otto.memberId}/1.1`,
      { points: 2, rationale: 'Ottos poäng, skrivna av Eva', version: 0 },
      { cookie: eva.cookie },
    );
    expect(others.status).toBe(403);
    expect(others.body.error.message).toMatch(/only their own scores/);
    // Nor may she overwrite a score Otto saved himself.
    await api.call(
      'PUT',
      `/api/evaluations/${id}/evaluator-scores/${otto.memberId}/1.2`,
      { points: 5, rationale: 'Otto', version: 0 },
      { cookie: otto.cookie },
    );
    const overwrite = await api.call(
      'PUT',
      `/api/evaluations/${id}/evaluator-scores/${otto.memberId}/1.2`,
      { points: 1, rationale: 'Eva', version: 1 },
      { cookie: eva.cookie },
    );
    expect(overwrite.status).toBe(403);
    const scores = await api.call('GET', `/api/evaluations/${id}/scores`);
    // By delfråga: member ids are random, so sorting the rows by them is not a fixed order.
    expect(
      scores.body.evaluatorScores
        .map((s: any) => [s.memberId, s.questionId, s.points])
        .sort((a: any[], b: any[]) => String(a[1]).localeCompare(String(b[1]))),
    ).toEqual([
      [eva.memberId, '1.1', 10],
      [otto.memberId, '1.2', 5],
    ]);
  });

  test("an admin may write a member's score, and the audit says on whose behalf", async ({
    api,
  }) => {
    const { id, eva, otto } = await teamOfTwo(api);
    const saved = await api.call(
      'PUT',
      `/api/evaluations/${id}/evaluator-scores/${otto.memberId}/1.1`,
      { points: 7, rationale: 'Inskrivet från Ottos anteckningar', version: 0 },
    );
    expect(saved.status).toBe(200);
    await api.call(
      'PUT',
      `/api/evaluations/${id}/evaluator-scores/${eva.memberId}/1.1`,
      { points: 8, version: 0 },
      { cookie: eva.cookie },
    );
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    const scoreEntries = audit.body.entries.filter((e: any) => e.entity === 'evaluatorScore');
    expect(scoreEntries.map((e: any) => [e.actor, e.onBehalfOf, e.after.memberId])).toEqual([
      [api.adminId, otto.memberId, otto.memberId],
      [eva.id, null, eva.memberId],
    ]);
  });
});
