import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { actionFrom, kotidGoal, publishedEnkoping } from './test-support/plan-fixtures';

describe.each(DIALECTS)('re-evaluation beside the previous plan on %s', (dialect) => {
  const test = apiTest(dialect);

  test("per area: the 2016 plan's actions by status, their goals and how the points moved", async ({
    api,
  }) => {
    const { id, reader, improvements } = await publishedEnkoping(api);
    const as = { cookie: reader.cookie };
    const url = `/api/evaluations/${id}/plan/actions`;
    const done = await api.call('POST', url, actionFrom(improvements('4')[0] as string), as);
    await api.call(
      'PUT',
      `${url}/${done.body.id}`,
      { ...actionFrom(improvements('4')[0] as string), status: 'done', version: 1 },
      as,
    );
    await api.call(
      'POST',
      url,
      actionFrom(improvements('4')[1] as string, {
        status: 'inProgress',
        title: 'Chefsutbildning',
      }),
      as,
    );
    await api.call(
      'POST',
      `/api/evaluations/${id}/plan/goals`,
      { ...kotidGoal, actionId: done.body.id },
      as,
    );
    await api.call(
      'POST',
      `/api/evaluations/${id}/plan/goals`,
      { ...kotidGoal, title: 'Hela planen' },
      as,
    );

    const first = await api.call('GET', `/api/evaluations/${id}/previous-plan`, undefined, as);
    expect(first.status).toBe(200);
    expect(first.body.previous).toBeNull();
    expect(first.body.areas[3]).toMatchObject({
      previousPoints: null,
      currentPoints: 42,
      actions: [],
    });

    const next = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Enköping', code: '0381' },
      rubric: 'kk-2010',
      date: '2018-05',
      evaluators: ['Anna'],
    });
    const area4 = { '4.1': 9, '4.2': 8, '4.3': 12, '4.4': 10, '4.5': 14, '4.6': 12 };
    for (const [questionId, points] of Object.entries(area4)) {
      const saved = await api.call(
        'PUT',
        `/api/evaluations/${next.body.id}/consensus-scores/${questionId}`,
        { points, rationale: '', version: 0 },
      );
      expect(saved.status).toBe(200);
    }
    const review = await api.call('GET', `/api/evaluations/${next.body.id}/previous-plan`);
    expect(review.status).toBe(200);
    expect(review.body.previous).toMatchObject({
      evaluationId: id,
      date: '2016-05',
      rubric: 'kk-2010',
      plan: { title: 'Handlingsplan efter Kommunkompassen 2016' },
    });
    expect(review.body.indicative).toBe(false);
    const four = review.body.areas[3];
    expect(four).toMatchObject({
      areaId: '4',
      title: 'Ledarskap, ansvar och delegation',
      previousPoints: 42,
      currentPoints: 65,
      currentComplete: true,
      change: 23,
      counts: { planned: 0, inProgress: 1, done: 1, cancelled: 0 },
    });
    expect(four.actions.map((a: { status: string }) => a.status)).toEqual(['done', 'inProgress']);
    expect(four.goals.map((g: { status: string }) => g.status)).toEqual(['near']);
    expect(review.body.areas[0]).toMatchObject({
      previousPoints: 54,
      currentPoints: null,
      change: null,
      actions: [],
    });
    expect(review.body.planGoals.map((g: { title: string }) => g.title)).toEqual(['Hela planen']);

    // The kommun's reader sees the new evaluation (and so the review) once it is published.
    const hidden = await api.call(
      'GET',
      `/api/evaluations/${next.body.id}/previous-plan`,
      undefined,
      as,
    );
    expect(hidden.status).toBe(404);
  });
});
