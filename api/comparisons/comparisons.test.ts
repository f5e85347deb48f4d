import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { loadReferenceDirectory } from '../formats/reference-library';
import { insertReferences } from '../references/references.repository';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';

/** Enköping 2016 (published) and a second, published 2018 evaluation of Enköping, plus the references. */
async function setUp(api: TestApp) {
  await api.deps.store.db
    .transaction()
    .execute((trx) => insertReferences(trx, loadReferenceDirectory(), api.deps.now()));
  const first = await api.call('POST', '/api/evaluations/import', enkopingFile());
  const later = enkopingFile();
  later.date = '2018-05';
  for (const score of Object.values(later.scores) as { points: number }[])
    score.points = Math.min(score.points + 1, 10);
  const second = await api.call('POST', '/api/evaluations/import', later);
  const draft = await api.call('POST', '/api/evaluations/import', {
    ...enkopingFile(),
    date: '2020-05',
    status: 'draft',
  });
  return {
    first: first.body.id as string,
    second: second.body.id as string,
    draft: draft.body.id as string,
  };
}

describe.each(DIALECTS)('comparisons on %s', (dialect) => {
  const test = apiTest(dialect);

  test('a distribution of every published evaluation and reference of the rubric, with rank', async ({
    api,
  }) => {
    const { first } = await setUp(api);
    const { status, body } = await api.call('GET', `/api/evaluations/${first}/distribution`);
    expect(status).toBe(200);
    // Enköping 2016 (subject), Enköping 2018, and the kk-2010 references Grästorp and Örebro x2;
    // the Enköping 2016 reference is the stored evaluation itself and counts once.
    expect(body.count).toBe(5);
    expect(body.total.entries.filter((e: { subject: boolean }) => e.subject)).toEqual([
      { id: first, label: 'Enköping 2016', value: 434, subject: true },
    ]);
    // The 2018 test evaluation caps every delfråga at 10 points: 397.
    expect(body.total.entries.map((e: { value: number }) => e.value)).toEqual([
      615, 516, 506, 434, 397,
    ]);
    // 434 is 4th of 5 and beats one of the four others.
    expect(body.total.rank).toEqual({ rank: 4, of: 5, percentile: 25 });
    expect(body.areas).toHaveLength(8);
    expect(body.areas[0].quartiles.max).toBe(68);
  });

  test("a trend of the kommun's results, drafts included only for those who may see them", async ({
    api,
  }) => {
    const { first, second } = await setUp(api);
    const admin = await api.call('GET', `/api/evaluations/${first}/trend`);
    expect(admin.body.municipality).toEqual({ code: '0381', name: 'Enköping' });
    expect(admin.body.points.map((p: { year: number; label: string }) => `${p.label}`)).toEqual([
      'Enköping 2016',
      'Enköping 2016',
      'Enköping 2018',
      'Enköping 2020',
    ]);
    const reader = await api.user('reader', { municipalityCode: '0381' });
    const seen = await api.call('GET', `/api/evaluations/${second}/trend`, undefined, {
      cookie: reader.cookie,
    });
    expect(seen.body.points.map((p: { label: string }) => p.label)).toEqual([
      'Enköping 2016',
      'Enköping 2016',
      'Enköping 2018',
    ]);
  });

  test('a comparison adds the mean of a period and the earlier results on request', async ({
    api,
  }) => {
    const { first, second } = await setUp(api);
    const withMean = await api.call(
      'GET',
      `/api/evaluations/${second}/comparison?mean=2016-2018&earlier=true`,
    );
    expect(withMean.status).toBe(200);
    const labels = withMean.body.compared.map((c: { label: string }) => c.label);
    expect(labels).toEqual(['Enköping 2016', 'Enköping 2016', 'Snitt 2016–2018 (n = 2)']);
    expect(withMean.body.compared.map((c: { id: string }) => c.id)).toContain(first);
    const mean = withMean.body.total.others.at(-1);
    expect(mean.id).toBe('mean:2016-2018');
    const none = await api.call('GET', `/api/evaluations/${second}/comparison?mean=1990-1991`);
    expect(none.status).toBe(400);
    expect(none.body.error.message).toBe('mean: no published kk-2010 evaluations in 1990–1991');
    const nothing = await api.call('GET', `/api/evaluations/${second}/comparison`);
    expect(nothing.body.error.message).toBe('with: name at least one reference or evaluation id');
  });
});
