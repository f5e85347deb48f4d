import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';

/**
 * Enköping 2016 imported in `status`, every consensus score and area text in place, and every
 * evaluator's own scores equal to the consensus, except where `change` says otherwise.
 */
async function imported(
  api: TestApp,
  status: 'draft' | 'visit' | 'consensus',
  change: (file: ReturnType<typeof enkopingFile>) => void = () => {},
) {
  const file = enkopingFile();
  file.status = status;
  file.evaluatorScores = Object.fromEntries(
    file.evaluators.map((name: string) => [name, structuredClone(file.scores)]),
  );
  change(file);
  const created = await api.call('POST', '/api/evaluations/import', file);
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function publish(api: TestApp, id: string, reason?: string) {
  const current = await api.call('GET', `/api/evaluations/${id}`);
  return api.call('POST', `/api/evaluations/${id}/status`, {
    version: current.body.version,
    status: 'published',
    ...(reason === undefined ? {} : { reason }),
  });
}

/** Gaps: area 2 without Styrkor, Anna has not scored 8.7, and 1.1 spreads 0-15 without a rationale. */
function withGaps(file: ReturnType<typeof enkopingFile>) {
  file.areas = { ...file.areas, 2: { ...file.areas?.[2], strengths: [] } };
  delete file.evaluatorScores?.['Anna Marnell']?.['8.7'];
  const leif = file.evaluatorScores?.['Leif Eldås'];
  const lotta = file.evaluatorScores?.['Lotta Ricklander'];
  if (leif && lotta) {
    leif['1.1'] = { points: 0 };
    lotta['1.1'] = { points: 15 };
  }
  file.scores['1.1'] = { points: 9 };
}

describe.each(DIALECTS)('the publish checklist on %s', (dialect) => {
  const test = apiTest(dialect);

  test('lists every gap; the status route refuses them without a reason (409 with the list)', async ({
    api,
  }) => {
    const id = await imported(api, 'consensus', withGaps);
    const checklist = await api.call('GET', `/api/evaluations/${id}/publish-checklist`);
    expect(checklist.status).toBe(200);
    expect(checklist.body).toEqual({
      unscoredQuestions: [],
      areasWithoutTexts: [{ areaId: '2', missing: ['strengths'] }],
      evaluatorsNotScored: [{ memberId: expect.any(String), name: 'Anna Marnell', unscored: 1 }],
      spreadsWithoutRationale: [{ questionId: '1.1', spreadPercent: 100 }],
      spreadThreshold: 20,
      publishable: true,
      complete: false,
    });
    for (const reason of [undefined, '', '   ']) {
      const refused = await publish(api, id, reason);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('publish_gaps');
      expect(refused.body.error.message).toMatch(
        /areas without texts: 2 \(strengths\); evaluators who have not scored every delfråga: Anna Marnell \(1 unscored\); spreads above 20 % of the max without a consensus rationale: 1\.1/,
      );
      expect(refused.body.error.current).toEqual(checklist.body);
    }
    expect((await api.call('GET', `/api/evaluations/${id}`)).body.status).toBe('consensus');
  });

  test('publishing with gaps and a reason: published, the reason and the gaps in the audit log', async ({
    api,
  }) => {
    const id = await imported(api, 'consensus', withGaps);
    const published = await publish(api, id, 'Anna var sjuk; texterna för område 2 kommer i maj.');
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    const entry = audit.body.entries.find(
      (e: { action: string }) => e.action === 'evaluation.publish',
    );
    expect(entry.after).toEqual({
      status: 'published',
      reason: 'Anna var sjuk; texterna för område 2 kommer i maj.',
      gaps: expect.objectContaining({
        areasWithoutTexts: [{ areaId: '2', missing: ['strengths'] }],
        complete: false,
      }),
    });
  });

  test('a consensus rationale settles a large spread; a complete evaluation needs no reason', async ({
    api,
  }) => {
    const id = await imported(api, 'consensus', (file) => {
      withGaps(file);
      file.areas = enkopingFile().areas;
      file.scores['1.1'] = { points: 9, rationale: 'Vi enades efter intervjuerna.' };
      file.evaluatorScores['Anna Marnell']['8.7'] = { points: 4 };
    });
    const checklist = await api.call('GET', `/api/evaluations/${id}/publish-checklist`);
    expect(checklist.body).toMatchObject({ complete: true, spreadsWithoutRationale: [] });
    const published = await publish(api, id);
    expect(published.status).toBe(200);
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    expect(
      audit.body.entries.find((e: { action: string }) => e.action === 'evaluation.publish').after,
    ).toEqual({ status: 'published', reason: null, gaps: null });
  });

  test('a missing consensus score blocks publishing, whatever the reason', async ({ api }) => {
    const id = await imported(api, 'consensus', (file) => {
      delete file.scores['3.2'];
    });
    const refused = await publish(api, id, 'Vi vill ändå');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('incomplete');
    expect(refused.body.error.current.unscoredQuestions).toEqual(['3.2']);
  });

  for (const status of ['draft', 'visit'] as const) {
    test(`an evaluation in ${status} is not published, reason or not (409 not_ready)`, async ({
      api,
    }) => {
      const id = await imported(api, status);
      for (const reason of [undefined, 'Bråttom']) {
        const refused = await publish(api, id, reason);
        expect(refused.status).toBe(409);
        expect(refused.body.error.code).toBe('not_ready');
      }
    });
  }

  test('reopened: the checklist holds again; gaps need a reason, which the audit keeps', async ({
    api,
  }) => {
    const id = await imported(api, 'consensus');
    expect((await publish(api, id)).status).toBe(200);
    const current = await api.call('GET', `/api/evaluations/${id}`);
    const reopened = await api.call('POST', `/api/evaluations/${id}/reopen`, {
      version: current.body.version,
      reason: 'Område 5 ska ses över',
    });
    expect(reopened.status).toBe(200);
    const texts = await api.call('GET', `/api/evaluations/${id}/areas`);
    const area5 = texts.body.areas.find((a: { areaId: string }) => a.areaId === '5');
    const cleared = await api.call('PUT', `/api/evaluations/${id}/areas/5`, {
      summary: area5.summary,
      strengths: area5.strengths,
      improvements: [],
      version: area5.version,
    });
    expect(cleared.status).toBe(200);
    const refused = await publish(api, id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.current.areasWithoutTexts).toEqual([
      { areaId: '5', missing: ['improvements'] },
    ]);
    const published = await publish(
      api,
      id,
      'Förbättringarna för område 5 skrivs om i handlingsplanen.',
    );
    expect(published.status).toBe(200);
  });

  test('the checklist is hidden (404) from an evaluator of another team and from a reader', async ({
    api,
  }) => {
    const id = await imported(api, 'consensus');
    const stranger = await api.user('evaluator', { name: 'Främling' });
    const reader = await api.user('reader', { municipalityCode: '0381' });
    for (const cookie of [stranger.cookie, reader.cookie]) {
      const seen = await api.call('GET', `/api/evaluations/${id}/publish-checklist`, undefined, {
        cookie,
      });
      expect(seen.status).toBe(404);
    }
  });
});
