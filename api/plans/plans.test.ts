import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import {
  actionFrom,
  kotidGoal,
  publishedEnkoping,
  skyltarGoal,
} from './test-support/plan-fixtures';

describe.each(DIALECTS)('plan lifecycle on %s', (dialect) => {
  const test = apiTest(dialect);

  test('an action from an improvement: created, updated by version, noted, overdue flagged', async ({
    api,
  }) => {
    const { id, reader, improvements } = await publishedEnkoping(api);
    const as = { cookie: reader.cookie };
    const empty = await api.call('GET', `/api/evaluations/${id}/plan`, undefined, as);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ plan: null, actions: [], goals: [], today: '2026-05-10' });

    const improvement = improvements('4')[0] as string;
    const created = await api.call(
      'POST',
      `/api/evaluations/${id}/plan/actions`,
      actionFrom(improvement),
      as,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      areaId: '4',
      improvement,
      questions: ['4.1', '4.3'],
      owner: 'HR-chef, kommunledningsförvaltningen',
      status: 'planned',
      dueDate: '2026-03-31',
      overdue: true,
      notes: [],
      version: 1,
    });
    const plan = await api.call('GET', `/api/evaluations/${id}/plan`, undefined, as);
    expect(plan.body.plan).toMatchObject({
      title: 'Handlingsplan efter Kommunkompassen 2016',
      version: 1,
    });
    expect(plan.body.actions).toEqual([created.body]);

    const url = `/api/evaluations/${id}/plan/actions/${created.body.id}`;
    const started = await api.call(
      'PUT',
      url,
      { ...actionFrom(improvement), status: 'inProgress', version: 1 },
      as,
    );
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'inProgress', overdue: true, version: 2 });
    const stale = await api.call(
      'PUT',
      url,
      { ...actionFrom(improvement), status: 'done', version: 1 },
      as,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.current).toEqual(started.body);

    const done = await api.call(
      'PUT',
      url,
      { ...actionFrom(improvement), status: 'done', version: 2 },
      as,
    );
    expect(done.body).toMatchObject({ status: 'done', overdue: false, version: 3 });
    const noted = await api.call(
      'POST',
      `${url}/notes`,
      { text: 'Chefskontrakten är underskrivna.' },
      as,
    );
    expect(noted.status).toBe(201);
    expect(noted.body.notes).toEqual([
      {
        id: expect.any(String),
        authorName: 'Karin Kommun',
        text: 'Chefskontrakten är underskrivna.',
        createdAt: expect.any(String),
      },
    ]);
    expect(noted.body.version).toBe(3);

    const free = await api.call(
      'POST',
      `/api/evaluations/${id}/plan/actions`,
      { areaId: '1', title: 'Medborgarpanel', owner: 'Kommunikationschef', dueDate: '2027-06-30' },
      as,
    );
    expect(free.body).toMatchObject({
      improvement: null,
      questions: [],
      status: 'planned',
      overdue: false,
      description: '',
    });

    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    const planEntries = audit.body.entries.filter((e: { entity: string }) =>
      ['plan', 'action', 'actionNote'].includes(e.entity),
    );
    expect(planEntries.map((e: { action: string }) => e.action)).toEqual([
      'plan.create',
      'action.create',
      'action.update',
      'action.update',
      'actionNote.create',
      'action.create',
    ]);
    expect(planEntries.every((e: { actor: string }) => e.actor === reader.id)).toBe(true);
    expect(planEntries[2]).toMatchObject({ before: created.body, after: started.body });
  });

  test('effektmål: status from Nuläge, then from each measurement; bands guard every value', async ({
    api,
  }) => {
    const { id, reader, improvements } = await publishedEnkoping(api);
    const as = { cookie: reader.cookie };
    const action = await api.call(
      'POST',
      `/api/evaluations/${id}/plan/actions`,
      actionFrom(improvements('2')[0] as string, { areaId: '2', questions: ['2.2'] }),
      as,
    );
    const goal = await api.call(
      'POST',
      `/api/evaluations/${id}/plan/goals`,
      { ...kotidGoal, actionId: action.body.id },
      as,
    );
    expect(goal.status).toBe(201);
    expect(goal.body).toMatchObject({
      actionId: action.body.id,
      direction: 'lowerBetter',
      nulage: kotidGoal.nulage,
      nulageStatus: 'near',
      status: 'near',
      measurements: [],
      version: 1,
    });
    const measure = (body: object) =>
      api.call('POST', `/api/evaluations/${id}/plan/goals/${goal.body.id}/measurements`, body, as);
    const exactly2 = await measure({ date: '2019-12', value: 2, text: '2,0 minuter' });
    expect(exactly2.status).toBe(201);
    expect(exactly2.body.status).toBe('met');
    expect(exactly2.body.measurements).toEqual([
      {
        id: expect.any(String),
        date: '2019-12',
        value: 2,
        done: null,
        stated: null,
        text: '2,0 minuter',
        status: 'met',
        createdAt: expect.any(String),
      },
    ]);
    // An older measurement entered later does not decide the status: the latest date does.
    const older = await measure({ date: '2019-06', value: 3.4 });
    expect(older.body.status).toBe('met');
    const worse = await measure({ date: '2020-12', value: 3 });
    expect(worse.body.status).toBe('notMet');

    const negative = await measure({ date: '2021-01', value: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.error.message).toBe(
      "value: the value -1 lies in none of the goal's bands",
    );
    const wrongKind = await measure({ date: '2021-01', done: true });
    expect(wrongKind.body.error.message).toMatch(/^done: a measured goal takes a number/);
    const two = await measure({ date: '2021-01', value: 1, stated: 'met' });
    expect(two.body.error.message).toMatch(/give exactly one of value, done or stated/);

    const deleted = await api.call(
      'DELETE',
      `/api/evaluations/${id}/plan/goals/${goal.body.id}/measurements/${worse.body.measurements[2].id}`,
      undefined,
      as,
    );
    expect(deleted.status).toBe(204);
    const after = await api.call('GET', `/api/evaluations/${id}/plan`, undefined, as);
    expect(after.body.goals[0].status).toBe('met');
    expect(after.body.goals[0].measurements).toHaveLength(2);

    const skyltar = await api.call('POST', `/api/evaluations/${id}/plan/goals`, skyltarGoal, as);
    expect(skyltar.body).toMatchObject({
      actionId: null,
      status: 'notMet',
      nulageStatus: 'notMet',
    });
    const ordered = await api.call(
      'POST',
      `/api/evaluations/${id}/plan/goals/${skyltar.body.id}/measurements`,
      { date: '2020-02-15', done: false, text: 'Beställda' },
      as,
    );
    expect(ordered.body.status).toBe('near');
    const inPlace = await api.call(
      'POST',
      `/api/evaluations/${id}/plan/goals/${skyltar.body.id}/measurements`,
      { date: '2020-03-27', done: true },
      as,
    );
    expect(inPlace.body.status).toBe('met');
  });

  test('a goal update is versioned and may not leave a measurement without a band', async ({
    api,
  }) => {
    const { id, reader } = await publishedEnkoping(api);
    const as = { cookie: reader.cookie };
    const goal = await api.call('POST', `/api/evaluations/${id}/plan/goals`, kotidGoal, as);
    const url = `/api/evaluations/${id}/plan/goals/${goal.body.id}`;
    await api.call('POST', `${url}/measurements`, { date: '2019-12', value: 0.5 }, as);
    const narrower = {
      ...kotidGoal,
      bands: { ...kotidGoal.bands, met: { ...kotidGoal.bands.met, min: 1 } },
      version: 1,
    };
    const refused = await api.call('PUT', url, narrower, as);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      "measurements[0].value: the value 0.5 lies in none of the goal's bands",
    );
    const renamed = await api.call('PUT', url, { ...kotidGoal, title: 'Kötid', version: 1 }, as);
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Kötid', version: 2, status: 'met' });
    const stale = await api.call('PUT', url, { ...kotidGoal, title: 'Gammal', version: 1 }, as);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toEqual(renamed.body);
    const gap = await api.call(
      'PUT',
      url,
      {
        ...kotidGoal,
        bands: {
          ...kotidGoal.bands,
          near: { ...kotidGoal.bands.near, minInclusive: false, min: 2.5 },
        },
        version: 2,
      },
      as,
    );
    expect(gap.status).toBe(400);
    expect(gap.body.error.message).toMatch(/^bands\.near: leaves a gap after the met band/);
  });

  test('two first writes racing create one plan; a goal without Nuläge has no data', async ({
    api,
  }) => {
    const { id, reader } = await publishedEnkoping(api);
    const as = { cookie: reader.cookie };
    const [a, b] = await Promise.all([
      api.call('POST', `/api/evaluations/${id}/plan/actions`, actionFrom('a'), as),
      api.call('POST', `/api/evaluations/${id}/plan/goals`, { ...kotidGoal, nulage: null }, as),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body).toMatchObject({ status: 'noData', nulageStatus: 'noData', nulage: null });
    const plans = await api.deps.store.db
      .selectFrom('plans')
      .select('id')
      .where('evaluation_id', '=', id)
      .execute();
    expect(plans).toHaveLength(1);
    const view = await api.call('GET', `/api/evaluations/${id}/plan`, undefined, as);
    expect(view.body.actions).toHaveLength(1);
    expect(view.body.goals).toHaveLength(1);
  });

  test('the plan title: version 0 creates, a second create is 409, a rename is versioned', async ({
    api,
  }) => {
    const { id, reader } = await publishedEnkoping(api);
    const as = { cookie: reader.cookie };
    const created = await api.call(
      'PUT',
      `/api/evaluations/${id}/plan`,
      { title: 'Enköpings handlingsplan 2016–2018', version: 0 },
      as,
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ title: 'Enköpings handlingsplan 2016–2018', version: 2 });
    const again = await api.call(
      'PUT',
      `/api/evaluations/${id}/plan`,
      { title: 'X', version: 0 },
      as,
    );
    expect(again.status).toBe(409);
    expect(again.body.error.current).toEqual(created.body);
    const renamed = await api.call(
      'PUT',
      `/api/evaluations/${id}/plan`,
      { title: 'Y', version: 2 },
      as,
    );
    expect(renamed.body).toMatchObject({ title: 'Y', version: 3 });
  });

  test('refuses unknown areas, delfrågor of another area, due before start, foreign actions', async ({
    api,
  }) => {
    const { id, reader } = await publishedEnkoping(api);
    const as = { cookie: reader.cookie };
    const post = (body: object) =>
      api.call('POST', `/api/evaluations/${id}/plan/actions`, body, as);
    const area = await post(actionFrom('x', { areaId: '9' }));
    expect(area.status).toBe(400);
    expect(area.body.error.message).toBe('areaId: unknown area "9" in rubric kk-2010');
    const question = await post(actionFrom('x', { questions: ['4.1', '5.2'] }));
    expect(question.body.error.message).toBe('questions[1]: "5.2" is not a delfråga of area 4');
    const dates = await post(actionFrom('x', { startDate: '2026-05-01', dueDate: '2026-04-01' }));
    expect(dates.body.error.message).toBe('dueDate: the due date is before the start');
    const owner = await post(actionFrom('x', { owner: '  ' }));
    expect(owner.body.error.message).toMatch(/^owner: /);
    const status = await post(actionFrom('x', { status: 'klar' }));
    expect(status.body.error.message).toMatch(/^status: /);
    const goal = await api.call(
      'POST',
      `/api/evaluations/${id}/plan/goals`,
      { ...kotidGoal, actionId: 'no-such-action' },
      as,
    );
    expect(goal.status).toBe(400);
    expect(goal.body.error.message).toBe('actionId: no action no-such-action in this plan');
    const missing = await api.call(
      'PUT',
      `/api/evaluations/${id}/plan/actions/nope`,
      { ...actionFrom('x'), version: 1 },
      as,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('action nope not found');
  });
});

describe.each(DIALECTS)('plan access on %s', (dialect) => {
  const test = apiTest(dialect);

  test("the kommun's readers write; admins and team evaluators read; others see nothing", async ({
    api,
  }) => {
    const { id, reader, improvements } = await publishedEnkoping(api);
    const other = await api.user('reader', { municipalityCode: '1880' });
    const evaluator = await api.user('evaluator');
    await api.deps.store.db
      .updateTable('team_members')
      .set({ user_id: evaluator.id })
      .where('evaluation_id', '=', id)
      .where('position', '=', 0)
      .execute();
    const body = actionFrom(improvements('4')[0] as string);
    const url = `/api/evaluations/${id}/plan/actions`;
    expect((await api.call('POST', url, body)).status).toBe(403);
    expect((await api.call('POST', url, body, { cookie: evaluator.cookie })).status).toBe(403);
    expect((await api.call('POST', url, body, { cookie: other.cookie })).status).toBe(404);
    expect((await api.call('POST', url, body, { cookie: null })).status).toBe(401);
    const created = await api.call('POST', url, body, { cookie: reader.cookie });
    expect(created.status).toBe(201);

    for (const cookie of [api.adminCookie, evaluator.cookie, reader.cookie]) {
      const view = await api.call('GET', `/api/evaluations/${id}/plan`, undefined, { cookie });
      expect(view.status).toBe(200);
      expect(view.body.actions).toHaveLength(1);
    }
    const hidden = await api.call('GET', `/api/evaluations/${id}/plan`, undefined, {
      cookie: other.cookie,
    });
    expect(hidden.status).toBe(404);
  });

  test("a draft's plan is hidden from the kommun's readers; one plan's ids do not reach another", async ({
    api,
  }) => {
    const { id, reader } = await publishedEnkoping(api);
    const draft = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Enköping', code: '0381' },
      rubric: 'kk-2010',
      date: '2018-05',
      evaluators: ['Anna'],
    });
    const refused = await api.call(
      'POST',
      `/api/evaluations/${draft.body.id}/plan/actions`,
      actionFrom('x'),
      { cookie: reader.cookie },
    );
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toBe(`evaluation ${draft.body.id} not found`);

    const action = await api.call('POST', `/api/evaluations/${id}/plan/actions`, actionFrom('x'), {
      cookie: reader.cookie,
    });
    await api.call('POST', `/api/evaluations/${draft.body.id}/status`, {
      status: 'visit',
      version: 1,
    });
    // The action belongs to the 2016 plan: under another evaluation it does not exist.
    await api.deps.store.db
      .updateTable('evaluations')
      .set({ status: 'published' })
      .where('id', '=', draft.body.id)
      .execute();
    const crossed = await api.call(
      'POST',
      `/api/evaluations/${draft.body.id}/plan/actions/${action.body.id}/notes`,
      { text: 'fel plan' },
      { cookie: reader.cookie },
    );
    expect(crossed.status).toBe(404);
    expect(crossed.body.error.message).toBe(`action ${action.body.id} not found`);
  });
});
