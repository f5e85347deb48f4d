import { describe, expect, it } from 'vitest';
import type { ComparableResult } from './comparable-result';
import { distribution } from './distribution';
import { kk2010 } from './test-support/rubrics';
import { trend } from './trend';

function result(id: string, label: string, values: number[], rubric = 'kk-2010'): ComparableResult {
  return {
    id,
    label,
    rubric,
    year: Number(label.slice(-4)),
    municipalityCode: null,
    areas: Object.fromEntries(values.map((v, i) => [String(i + 1), v])),
    total: values.reduce((a, b) => a + b, 0),
    complete: true,
    indicative: false,
  };
}

const enkoping = result('e', 'Enköping 2016', [54, 55, 63, 42, 43, 55, 56, 66]);
const grastorp = result('g', 'Grästorp 2014', [61, 60, 73, 53, 70, 56, 65, 68]);
const orebro12 = result('o12', 'Örebro 2012', [68, 85, 86, 74, 70, 74, 71, 87]);
const orebro10 = result('o10', 'Örebro 2010', [52, 80, 66, 59, 51, 71, 55, 82]);

describe('distribution', () => {
  const d = distribution(kk2010, enkoping, [grastorp, orebro12, orebro10]);

  it('lists every value highest first with the subject marked, and its rank', () => {
    expect(d.count).toBe(4);
    expect(d.total.entries.map((e) => [e.label, e.value, e.subject])).toEqual([
      ['Örebro 2012', 615, false],
      ['Örebro 2010', 516, false],
      ['Grästorp 2014', 506, false],
      ['Enköping 2016', 434, true],
    ]);
    expect(d.total.rank).toEqual({ rank: 4, of: 4, percentile: 0 });
    expect(d.areas[0]?.rank).toEqual({ rank: 3, of: 4, percentile: 33 }); // 54 beats only 52 (of 68, 61, 52)
  });

  it('gives quartiles for a box plot', () => {
    // totals sorted: 434 506 516 615
    expect(d.total.quartiles).toEqual({ min: 434, q1: 488, median: 511, q3: 540.75, max: 615 });
  });

  it('refuses a result of another rubric version', () => {
    const vallentuna = result('v', 'Vallentuna 2021', [73, 75, 80, 83, 86, 82, 86, 83], 'kk-2020');
    expect(() => distribution(kk2010, enkoping, [vallentuna])).toThrow(/rubric kk-2020/);
  });
});

describe('trend', () => {
  it('orders by year and marks rubric version changes', () => {
    const later = result('v21', 'Enköping 2021', [70, 70, 70, 70, 70, 70, 70, 70], 'kk-2020');
    const points = trend([later, orebro12, enkoping]);
    expect(points.map((p) => [p.year, p.total, p.rubricChanged])).toEqual([
      [2012, 615, false],
      [2016, 434, false],
      [2021, 560, true],
    ]);
  });

  it('keeps a published total without area values on the totals line, marked as such', () => {
    const totalOnly = { ...result('e18', 'Enköping 2018', []), areas: {}, total: 519 };
    const points = trend([totalOnly, enkoping]);
    expect(points.map((p) => [p.year, p.total, p.rubricChanged, p.totalsOnly])).toEqual([
      [2016, 434, false, false],
      [2018, 519, false, true],
    ]);
  });
});
