import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { teamOfTwo } from '../test-support/team-of-two';
import { enkopingFile, type TestApp } from '../test-support/test-app';

/** Eva and Otto's evaluation with blind scoring on, switched by Eva. */
async function blindTeam(api: TestApp) {
  const team = await teamOfTwo(api);
  const blind = await api.call(
    'PUT',
    `/api/evaluations/${team.id}/blind-scoring`,
    { version: team.version, blindScoring: true },
    { cookie: team.eva.cookie },
  );
  expect(blind.status).toBe(200);
  expect(blind.body.blindScoring).toBe(true);
  return team;
}

type Team = Awaited<ReturnType<typeof blindTeam>>;

async function score(
  api: TestApp,
  team: Team,
  who: 'eva' | 'otto',
  questionId: string,
  body: { points: number | null; rationale: string },
) {
  const member = team[who];
  const saved = await api.call(
    'PUT',
    `/api/evaluations/${team.id}/evaluator-scores/${member.memberId}/${questionId}`,
    { ...body, version: 0 },
    { cookie: member.cookie },
  );
  expect(saved.status).toBe(200);
}

/** What `cookie` reads of Otto's own scores: through the scores, the export and the audit log. */
async function ottosSeenBy(api: TestApp, team: Team, cookie: string) {
  const scores = await api.call('GET', `/api/evaluations/${team.id}/scores`, undefined, {
    cookie,
  });
  const exported = await api.call('GET', `/api/evaluations/${team.id}/export`, undefined, {
    cookie,
  });
  const audit = await api.call('GET', `/api/evaluations/${team.id}/audit`, undefined, { cookie });
  const spread11 = scores.body.spread.find((s: { id: string }) => s.id === '1.1');
  return {
    scores: scores.body.evaluatorScores
      .filter((s: { memberId: string }) => s.memberId === team.otto.memberId)
      .map((s: { questionId: string; points: number; rationale: string }) => [
        s.questionId,
        s.points,
        s.rationale,
      ]),
    hiddenQuestions: scores.body.hiddenQuestions,
    spread11: spread11.values
      .filter((v: { points: number | null }) => v.points !== null)
      .map((v: { points: number }) => v.points),
    exported: exported.body.evaluatorScores?.Otto ?? {},
    audited: audit.body.entries
      .filter(
        (e: { entity: string; after: { memberId?: string } | null }) =>
          e.entity === 'evaluatorScore' && e.after?.memberId === team.otto.memberId,
      )
      .map((e: { after: { questionId: string } }) => e.after.questionId),
  };
}

async function moveTo(api: TestApp, id: string, status: string) {
  const current = await api.call('GET', `/api/evaluations/${id}`);
  const moved = await api.call('POST', `/api/evaluations/${id}/status`, {
    version: current.body.version,
    status,
  });
  expect(moved.status).toBe(200);
}

describe.each(DIALECTS)('blind scoring on %s', (dialect) => {
  const test = apiTest(dialect);

  test("Eva cannot read Otto's score or rationale of a delfråga before she has scored it", async ({
    api,
  }) => {
    const team = await blindTeam(api);
    await score(api, team, 'otto', '1.1', { points: 12, rationale: 'Ottos skäl' });
    await score(api, team, 'otto', '1.2', { points: 4, rationale: 'Otto om 1.2' });
    // A rationale without points is no score: it does not open the others' scores.
    await score(api, team, 'eva', '1.2', { points: null, rationale: 'Eva funderar' });
    expect(await ottosSeenBy(api, team, team.eva.cookie)).toEqual({
      scores: [],
      hiddenQuestions: ['1.1', '1.2'],
      spread11: [],
      exported: {},
      audited: [],
    });
    await score(api, team, 'eva', '1.1', { points: 6, rationale: 'Evas skäl' });
    expect(await ottosSeenBy(api, team, team.eva.cookie)).toEqual({
      scores: [['1.1', 12, 'Ottos skäl']],
      hiddenQuestions: ['1.2'],
      spread11: [6, 12],
      exported: { '1.1': { points: 12, rationale: 'Ottos skäl' } },
      audited: ['1.1'],
    });
    // Otto has scored 1.1 too, so he sees Eva's; nothing of 1.2 (Eva has only a rationale).
    const ottoSees = await api.call('GET', `/api/evaluations/${team.id}/scores`, undefined, {
      cookie: team.otto.cookie,
    });
    expect(
      ottoSees.body.evaluatorScores
        .filter((s: { memberId: string }) => s.memberId === team.eva.memberId)
        .map((s: { questionId: string; points: number | null }) => [s.questionId, s.points]),
    ).toEqual([
      ['1.1', 6],
      ['1.2', null],
    ]);
  });

  test('per status: hidden in draft and visit, open from consensus on (and when reopened)', async ({
    api,
  }) => {
    const team = await blindTeam(api);
    await score(api, team, 'otto', '1.1', { points: 12, rationale: 'Ottos skäl' });
    await moveTo(api, team.id, 'visit');
    expect((await ottosSeenBy(api, team, team.eva.cookie)).scores).toEqual([]);
    await moveTo(api, team.id, 'consensus');
    expect((await ottosSeenBy(api, team, team.eva.cookie)).scores).toEqual([
      ['1.1', 12, 'Ottos skäl'],
    ]);
    expect((await ottosSeenBy(api, team, team.eva.cookie)).hiddenQuestions).toEqual([]);
    await moveTo(api, team.id, 'draft');
    expect((await ottosSeenBy(api, team, team.eva.cookie)).scores).toEqual([]);
  });

  test('an admin who is not on the team sees every score; with blind scoring off, so does Eva', async ({
    api,
  }) => {
    const team = await blindTeam(api);
    await score(api, team, 'otto', '1.1', { points: 12, rationale: 'Ottos skäl' });
    expect((await ottosSeenBy(api, team, api.adminCookie)).scores).toEqual([
      ['1.1', 12, 'Ottos skäl'],
    ]);
    const current = await api.call('GET', `/api/evaluations/${team.id}`);
    const off = await api.call(
      'PUT',
      `/api/evaluations/${team.id}/blind-scoring`,
      { version: current.body.version, blindScoring: false },
      { cookie: team.otto.cookie },
    );
    expect(off.status).toBe(200);
    expect(off.body.blindScoring).toBe(false);
    expect((await ottosSeenBy(api, team, team.eva.cookie)).scores).toEqual([
      ['1.1', 12, 'Ottos skäl'],
    ]);
    const audit = await api.call('GET', `/api/evaluations/${team.id}/audit`);
    expect(
      audit.body.entries
        .filter((e: { action: string }) => e.action === 'evaluation.blindScoring')
        .map((e: { before: unknown; after: unknown }) => [e.before, e.after]),
    ).toEqual([
      [{ blindScoring: false }, { blindScoring: true }],
      [{ blindScoring: true }, { blindScoring: false }],
    ]);
  });

  test('a published evaluation keeps its setting (409 published)', async ({ api }) => {
    const imported = await api.call('POST', '/api/evaluations/import', enkopingFile());
    expect(imported.body.status).toBe('published');
    const current = await api.call('GET', `/api/evaluations/${imported.body.id}`);
    expect(current.body.blindScoring).toBe(false);
    const refused = await api.call('PUT', `/api/evaluations/${imported.body.id}/blind-scoring`, {
      version: current.body.version,
      blindScoring: true,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('published');
  });

  test('the setting is versioned; an evaluator of another team and a reader get 404', async ({
    api,
  }) => {
    const team = await blindTeam(api);
    const current = await api.call('GET', `/api/evaluations/${team.id}`);
    const stale = await api.call('PUT', `/api/evaluations/${team.id}/blind-scoring`, {
      version: current.body.version - 1,
      blindScoring: false,
    });
    expect(stale.status).toBe(409);
    const stranger = await api.user('evaluator', { name: 'Främling' });
    const reader = await api.user('reader', { municipalityCode: '0381' });
    for (const cookie of [stranger.cookie, reader.cookie]) {
      const refused = await api.call(
        'PUT',
        `/api/evaluations/${team.id}/blind-scoring`,
        { version: current.body.version, blindScoring: false },
        { cookie },
      );
      expect(refused.status).toBe(404);
    }
  });
});
