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

interface TrendRow {
  id: string;
  year: number;
  total: number;
  rubric: string;
  rubricChanged: boolean;
  totalsOnly: boolean;
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
    // The published Enköping 2016 and 2018 references are these stored evaluations: each counts
    // once, as the stored evaluation (the 2018 test evaluation's 397, not the published 519).
    expect(
      admin.body.points.map((p: { label: string; total: number }) => [p.label, p.total]),
    ).toEqual([
      ['Enköping 2016', 434],
      ['Enköping 2018', 397],
      ['Enköping 2020', 434],
    ]);
    const reader = await api.user('reader', { municipalityCode: '0381' });
    const seen = await api.call('GET', `/api/evaluations/${second}/trend`, undefined, {
      cookie: reader.cookie,
    });
    expect(seen.body.points.map((p: { label: string }) => p.label)).toEqual([
      'Enköping 2016',
      'Enköping 2018',
    ]);
  });

  test('a trend holds the published totals without area scores, once each', async ({ api }) => {
    await api.deps.store.db
      .transaction()
      .execute((trx) => insertReferences(trx, loadReferenceDirectory(), api.deps.now()));
    const enkoping = await api.call('POST', '/api/evaluations/import', enkopingFile());
    const { body } = await api.call('GET', `/api/evaluations/${enkoping.body.id}/trend`);
    const stored = new Set<string>([enkoping.body.id]);
    const row = (p: TrendRow) => [
      stored.has(p.id) ? 'stored' : p.id,
      p.year,
      p.total,
      p.rubric,
      p.rubricChanged,
      p.totalsOnly,
    ];
    // Enköping 2016 is the stored evaluation and the published reference: it counts once.
    expect(body.points.map(row)).toEqual([
      ['stored', 2016, 434, 'kk-2010', false, false],
      ['enkoping-2018', 2018, 519, 'kk-2010', false, true],
    ]);

    // Vallentuna: totals in the 2010 version, then the 2021 result in the 2020 version.
    const vallentuna = await api.call('POST', '/api/evaluations/import', {
      ...enkopingFile(),
      municipality: { name: 'Vallentuna', code: '0115' },
      date: '2024-05',
    });
    stored.add(vallentuna.body.id);
    const trend = await api.call('GET', `/api/evaluations/${vallentuna.body.id}/trend`);
    expect(trend.body.points.map(row)).toEqual([
      ['vallentuna-2017', 2017, 555, 'kk-2010', false, true],
      ['vallentuna-2019', 2019, 603, 'kk-2010', false, true],
      ['vallentuna-2021', 2021, 648, 'kk-2020', true, false],
      ['stored', 2024, 434, 'kk-2010', true, false],
    ]);
  });

  test('a per-area comparison refuses a totals-only reference, naming it', async ({ api }) => {
    const { first } = await setUp(api);
    const refused = await api.call(
      'GET',
      `/api/evaluations/${first}/comparison?with=orebro-2012,orebro-2015,karlskoga-2014`,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((i: { message: string }) => i.message)).toEqual([
      '"karlskoga-2014" (Karlskoga 2014) has a published total only, no area scores: it is shown ' +
        'in the trend of totals, not in a per-area comparison',
      '"orebro-2015" (Örebro 2015) has a published total only, no area scores: it is shown in ' +
        'the trend of totals, not in a per-area comparison',
    ]);
    expect(refused.body.error.message).toMatch(
      /^with: "karlskoga-2014" \(Karlskoga 2014\) has a published total only/,
    );
    // earlier=true leaves them out too: Örebro's 2015 total has no areas to compare.
    const orebro = await api.call('POST', '/api/evaluations/import', {
      ...enkopingFile(),
      municipality: { name: 'Örebro', code: '1880' },
      date: '2018-05',
    });
    const earlier = await api.call(
      'GET',
      `/api/evaluations/${orebro.body.id}/comparison?earlier=true`,
    );
    expect(earlier.status).toBe(200);
    expect(earlier.body.compared.map((c: { id: string }) => c.id)).toEqual([
      'orebro-2010',
      'orebro-2012',
    ]);
    const listed = await api.call('GET', '/api/references');
    const flagged = listed.body.references.filter((r: { totalsOnly: boolean }) => r.totalsOnly);
    expect(flagged).toHaveLength(18);
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
    // The stored Enköping 2016 and its published reference count once; the subject (2018) is
    // left out of its own mean, and the label says so.
    expect(labels).toEqual(['Enköping 2016', 'Snitt 2016–2018 (n = 1, utan Enköping 2018)']);
    expect(withMean.body.compared.map((c: { id: string }) => c.id)).toContain(first);
    const mean = withMean.body.total.others.at(-1);
    expect(mean.id).toBe('mean:2016-2018');
    const none = await api.call('GET', `/api/evaluations/${second}/comparison?mean=1990-1991`);
    expect(none.status).toBe(400);
    expect(none.body.error.message).toBe(
      'mean: no published kk-2010 evaluations in 1990–1991 besides this one',
    );
    const nothing = await api.call('GET', `/api/evaluations/${second}/comparison`);
    expect(nothing.body.error.message).toBe('with: name at least one reference or evaluation id');
  });
});
