import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ComparableResult, comparableFromResult } from './comparable-result';
import { compareResults, meanOfResults, radarSeries, rankWithin } from './compare';
import { scoreEvaluation } from './score-evaluation';
import { enkopingScores, kk2010, library } from './test-support/rubrics';
import { ComparisonError, toRubric } from './version-mapping';

function published(id: string, label: string, rubric: string, values: number[]): ComparableResult {
  return {
    id,
    label,
    rubric,
    year: Number(label.slice(-4)),
    municipalityCode: null,
    areas: Object.fromEntries(values.map((value, i) => [String(i + 1), value])),
    total: values.reduce((a, b) => a + b, 0),
    complete: true,
    indicative: false,
  };
}

const enkoping = comparableFromResult(scoreEvaluation(kk2010, enkopingScores), {
  id: 'enkoping-2016',
  label: 'Enköping 2016',
  year: 2016,
  municipalityCode: '0381',
});
const orebro2012 = published(
  'orebro-2012',
  'Örebro 2012',
  'kk-2010',
  [68, 85, 86, 74, 70, 74, 71, 87],
);
const grastorp2014 = published(
  'grastorp-2014',
  'Grästorp 2014',
  'kk-2010',
  [61, 60, 73, 53, 70, 56, 65, 68],
);
const vallentuna2021 = published(
  'vallentuna-2021',
  'Vallentuna 2021',
  'kk-2020',
  [73, 75, 80, 83, 86, 82, 86, 83],
);

describe('comparableFromResult', () => {
  it('uses the shown area totals and total', () => {
    expect(enkoping.areas).toEqual({ 1: 54, 2: 55, 3: 63, 4: 42, 5: 43, 6: 55, 7: 56, 8: 66 });
    expect(enkoping.total).toBe(434);
    expect(enkoping.complete).toBe(true);
  });
});

describe('rankWithin', () => {
  it('ranks 1 as best and gives the share of others beaten', () => {
    expect(rankWithin(506, [434, 506, 615])).toEqual({ rank: 2, of: 3, percentile: 50 });
    expect(rankWithin(615, [434, 506, 615])).toEqual({ rank: 1, of: 3, percentile: 100 });
    expect(rankWithin(434, [434, 506, 615])).toEqual({ rank: 3, of: 3, percentile: 0 });
  });
  it('shares a rank on ties and counts ties half', () => {
    expect(rankWithin(50, [60, 50, 50, 40])).toEqual({ rank: 2, of: 4, percentile: 50 });
    expect(rankWithin(60, [60, 50, 50, 40])).toEqual({ rank: 1, of: 4, percentile: 100 });
  });
  it('has no percentile in a set of one', () => {
    expect(rankWithin(434, [434])).toEqual({ rank: 1, of: 1, percentile: null });
  });
  it('rounds a percentile on a half up, exactly', () => {
    // One tie among four others: 0.5 of 4 is 12.5 %, shown 13.
    expect(rankWithin(50, [50, 50, 60, 60, 60])).toEqual({ rank: 4, of: 5, percentile: 13 });
    // 2.5 of 8 is 31.25 %, shown 31.
    expect(rankWithin(50, [40, 40, 50, 50, 60, 60, 60, 60, 60])?.percentile).toBe(31);
  });
});

describe('compareResults', () => {
  const comparison = compareResults(kk2010, enkoping, [orebro2012, grastorp2014]);

  it('gives per-area and total differences to each compared result', () => {
    expect(comparison.total).toEqual({
      value: 434,
      others: [
        { id: 'orebro-2012', value: 615, difference: -181 },
        { id: 'grastorp-2014', value: 506, difference: -72 },
      ],
      rank: { rank: 3, of: 3, percentile: 0 },
    });
    expect(comparison.areas[0]).toMatchObject({
      id: '1',
      title: 'Offentlighet och demokrati',
      value: 54,
      others: [
        { id: 'orebro-2012', value: 68, difference: -14 },
        { id: 'grastorp-2014', value: 61, difference: -7 },
      ],
    });
    expect(comparison.areas.map((area) => area.others[1]?.difference)).toEqual([
      -7, -5, -10, -11, -27, -1, -9, -2,
    ]);
    expect(comparison.indicative).toBe(false);
  });

  it('ranks each row as rankWithin ranks the same values, missing values left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), {
          minLength: 9,
          maxLength: 9,
        }),
        fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }), {
          minLength: 0,
          maxLength: 5,
        }),
        (subjectValues, othersValues) => {
          const subject = published('s', 'S 2016', 'kk-2010', []);
          subject.areas = Object.fromEntries(
            subjectValues.slice(0, 8).map((v, i) => [String(i + 1), v]),
          );
          subject.total = subjectValues[8] ?? null;
          const others = othersValues.map((values, i) =>
            published(`o${i}`, `O${i} 2014`, 'kk-2010', values),
          );
          const result = compareResults(kk2010, subject, others);
          result.areas.forEach((area, a) => {
            const value = subjectValues[a] ?? null;
            const column = others.map((other) => other.areas[area.id] as number);
            expect(area.value).toBe(value);
            expect(area.others.map((o) => o.difference)).toEqual(
              column.map((v) => (value === null ? null : value - v)),
            );
            expect(area.rank).toEqual(
              value === null ? null : rankWithin(value, [value, ...column]),
            );
          });
          const total = subjectValues[8] ?? null;
          const totals = others.map((other) => other.total as number);
          expect(result.total.rank).toEqual(
            total === null ? null : rankWithin(total, [total, ...totals]),
          );
          expect(result.radar.map((series) => series.values)).toEqual([
            subjectValues.slice(0, 8),
            ...othersValues,
          ]);
        },
      ),
    );
  });

  it('gives radar series for the subject and each compared result in area order', () => {
    expect(comparison.radar.map((series) => series.label)).toEqual([
      'Enköping 2016',
      'Örebro 2012',
      'Grästorp 2014',
    ]);
    expect(comparison.radar[0]?.values).toEqual([54, 55, 63, 42, 43, 55, 56, 66]);
    expect(comparison.radar[1]?.values).toEqual([68, 85, 86, 74, 70, 74, 71, 87]);
  });

  it('compares across rubric versions through the mapping, flagged indicative', () => {
    const across = compareResults(kk2010, enkoping, [vallentuna2021], library.mappings);
    expect(across.indicative).toBe(true);
    expect(across.compared[0]).toMatchObject({
      id: 'vallentuna-2021',
      rubric: 'kk-2020',
      indicative: true,
    });
    // 2010 area 8 (samhällsbyggare) <- 2020 area 2 (Samhällsutveckling) = 75
    expect(across.areas[7]?.others[0]).toEqual({
      id: 'vallentuna-2021',
      value: 75,
      difference: -9,
    });
    // 2010 area 4 (ledarskap) <- 2020 area 8 (chefs- och ledarskap) = 83
    expect(across.areas[3]?.others[0]?.value).toBe(83);
    expect(across.total.others[0]).toEqual({ id: 'vallentuna-2021', value: 648, difference: -214 });
    expect(across.radar[1]?.indicative).toBe(true);
  });

  it('fails loudly without a mapping between versions', () => {
    expect(() => compareResults(kk2010, enkoping, [vallentuna2021], [])).toThrow(ComparisonError);
    expect(() => compareResults(kk2010, enkoping, [vallentuna2021], [])).toThrow(
      /no mapping between rubric kk-2020 and kk-2010/,
    );
  });
});

describe('toRubric', () => {
  it('maps both ways and returns a same-version result unchanged', () => {
    expect(toRubric(enkoping, kk2010, library.mappings)).toBe(enkoping);
    const kk2020 = library.rubrics.get('kk-2020')?.rubric;
    if (!kk2020) throw new Error('kk-2020 missing');
    const forward = toRubric(enkoping, kk2020, library.mappings);
    expect(forward.areas).toEqual({ 1: 54, 2: 66, 3: 63, 4: 43, 5: 55, 6: 56, 7: 55, 8: 42 });
    expect(toRubric(forward, kk2010, library.mappings).areas).toEqual(enkoping.areas);
  });
});

describe('meanOfResults', () => {
  it('averages per area, rounds half up and sums the rounded areas', () => {
    const mean = meanOfResults(kk2010, [orebro2012, grastorp2014], { id: 'mean', label: 'Snitt' });
    // area 1: (68 + 61) / 2 = 64.5 -> 65; area 2: 72.5 -> 73
    expect(mean.areas).toEqual({ 1: 65, 2: 73, 3: 80, 4: 64, 5: 70, 6: 65, 7: 68, 8: 78 });
    expect(mean.total).toBe(563);
    expect(mean.count).toBe(2);
  });
  it('ignores unscored areas and refuses another rubric version', () => {
    const partial = { ...grastorp2014, id: 'p', areas: { ...grastorp2014.areas, 1: null } };
    expect(meanOfResults(kk2010, [orebro2012, partial], { id: 'm', label: 'm' }).areas[1]).toBe(68);
    expect(() => meanOfResults(kk2010, [vallentuna2021], { id: 'm', label: 'm' })).toThrow(
      /kk-2020/,
    );
  });
});

describe('radarSeries', () => {
  it('fails loudly on a value outside the axis', () => {
    const broken = { ...orebro2012, areas: { ...orebro2012.areas, 3: 120 } };
    expect(() => radarSeries(kk2010, [broken])).toThrow(/area 3 is 120, outside 0..100/);
  });
  it('fails loudly on a missing area', () => {
    const { 8: _dropped, ...areas } = orebro2012.areas;
    expect(() => radarSeries(kk2010, [{ ...orebro2012, areas }])).toThrow(/no value for area 8/);
  });
});
