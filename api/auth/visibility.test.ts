import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile } from '../test-support/test-app';

describe.each(DIALECTS)('what each role sees on %s', (dialect) => {
  const test = apiTest(dialect);

  test('lists: admins all, evaluators their teams, readers their kommun once published', async ({
    api,
  }) => {
    const eva = await api.user('evaluator', { name: 'Eva' });
    const otto = await api.user('evaluator', { name: 'Otto' });
    const enkopingReader = await api.user('reader', { municipalityCode: '0381' });
    const orebroReader = await api.user('reader', { municipalityCode: '1880' });
    const published = await api.call('POST', '/api/evaluations/import', enkopingFile());
    // Eva creates a draft: she is put on its team.
    const draft = await api.call(
      'POST',
      '/api/evaluations',
      {
        municipality: { name: 'Enköping', code: '0381' },
        rubric: 'kk-2010',
        date: '2018-05',
        evaluators: ['Eva', 'Lotta'],
      },
      { cookie: eva.cookie },
    );
    expect(draft.status).toBe(201);
    expect(draft.body.team).toEqual([
      { id: expect.any(String), name: 'Eva', userId: eva.id },
      { id: expect.any(String), name: 'Lotta', userId: null },
    ]);
    const ids = async (cookie: string) =>
      (await api.call('GET', '/api/evaluations', undefined, { cookie })).body.evaluations.map(
        (e: { id: string }) => e.id,
      );
    expect(await ids(api.adminCookie)).toEqual([draft.body.id, published.body.id]);
    expect(await ids(eva.cookie)).toEqual([draft.body.id]);
    expect(await ids(otto.cookie)).toEqual([]);
    expect(await ids(enkopingReader.cookie)).toEqual([published.body.id]);
    expect(await ids(orebroReader.cookie)).toEqual([]);

    // A reader never learns of the draft: 404, not 403, and it cannot be compared with.
    const hidden = await api.call('GET', `/api/evaluations/${draft.body.id}/result`, undefined, {
      cookie: enkopingReader.cookie,
    });
    expect(hidden).toMatchObject({
      status: 404,
      body: { error: { message: `evaluation ${draft.body.id} not found` } },
    });
    const compare = await api.call(
      'GET',
      `/api/evaluations/${published.body.id}/comparison?with=${draft.body.id}`,
      undefined,
      { cookie: enkopingReader.cookie },
    );
    expect(compare.status).toBe(400);
    expect(compare.body.error.message).toBe(`with: no reference or evaluation "${draft.body.id}"`);
    // The reader may read the published result but not the evaluators' raw material.
    const result = await api.call(
      'GET',
      `/api/evaluations/${published.body.id}/result`,
      undefined,
      { cookie: enkopingReader.cookie },
    );
    expect(result.body.total.shownPoints).toBe(434);
    const evidence = await api.call(
      'GET',
      `/api/evaluations/${published.body.id}/evidence`,
      undefined,
      { cookie: enkopingReader.cookie },
    );
    expect(evidence.status).toBe(403);
  });

  test('an evaluator importing a file is put on its team', async ({ api }) => {
    const eva = await api.user('evaluator', { name: 'Anna Marnell' });
    const imported = await api.call(
      'POST',
      '/api/evaluations/import',
      { ...enkopingFile(), status: 'visit' },
      { cookie: eva.cookie },
    );
    const summary = await api.call('GET', `/api/evaluations/${imported.body.id}`, undefined, {
      cookie: eva.cookie,
    });
    expect(
      summary.body.team.map((m: { name: string; userId: string | null }) => [m.name, m.userId]),
    ).toEqual([
      ['Leif Eldås', null],
      ['Lotta Ricklander', null],
      ['Anna Marnell', eva.id],
    ]);
  });

  test('an admin links a team member to an account; a reader account cannot be linked', async ({
    api,
  }) => {
    const eva = await api.user('evaluator');
    const reader = await api.user('reader');
    const { body } = await api.call('POST', '/api/evaluations/import', {
      ...enkopingFile(),
      status: 'visit',
    });
    const team = body.id && (await api.call('GET', `/api/evaluations/${body.id}`)).body.team;
    const link = (userId: string) =>
      api.call('PUT', `/api/evaluations/${body.id}`, {
        version: 1,
        team: team.map((m: { id: string; name: string }, i: number) => ({
          id: m.id,
          name: m.name,
          ...(i === 1 ? { userId } : {}),
        })),
      });
    const refused = await link(reader.id);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      `team[1].userId: no active evaluator or admin account ${reader.id}`,
    );
    expect((await link(eva.id)).status).toBe(200);
    const seen = await api.call('GET', '/api/evaluations', undefined, { cookie: eva.cookie });
    expect(seen.body.evaluations).toHaveLength(1);
  });
});
