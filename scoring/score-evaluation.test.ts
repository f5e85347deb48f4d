import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../rubrics/validation';
import { scoreEvaluation, validateScores } from './score-evaluation';
import { enkopingScores, fixtureJson, kk2010, kk2020, scoreAll } from './test-support/rubrics';

interface Published {
  total: number;
  areas: {
    id: string;
    shownPoints: number;
    questions: { id: string; shownPoints: number; max: number; shownPercent: number }[];
  }[];
}
const published = fixtureJson<Published>('golden/enkoping-2016.published.json');
const golden = fixtureJson<unknown>('golden/enkoping-2016.result.json');

describe('scoreEvaluation on Enköping 2016', () => {
  const result = scoreEvaluation(kk2010, enkopingScores);

  it('reproduces every published figure of the seed', () => {
    expect(result.total.shownPoints).toBe(434);
    expect(result.total.complete).toBe(true);
    expect(result.areas.map((area) => area.shownPoints)).toEqual([54, 55, 63, 42, 43, 55, 56, 66]);
    const shown = result.areas.map((area) => ({
      id: area.id,
      shownPoints: area.shownPoints,
      questions: area.questions.map(({ id, shownPoints, max, shownPercent }) => ({
        id,
        shownPoints,
        max,
        shownPercent,
      })),
    }));
    expect(shown).toEqual(published.areas);
    expect(result.areas.flatMap((area) => area.questions)).toHaveLength(45);
  });

  it('rounds area totals from the exact sum, not from the shown rows', () => {
    const area4 = result.areas[3];
    const rowSum = area4?.questions.reduce((sum, q) => sum + (q.shownPoints ?? 0), 0);
    expect(rowSum).toBe(43);
    expect(area4?.points).toBe(41.5);
    expect(area4?.shownPoints).toBe(42);
    expect(result.areas[6]?.points).toBe(55.5); // rows show 55, total 56
    expect(result.areas[7]?.points).toBe(66.4); // rows show 67, total 66
  });

  it('keeps exact points and percent beside the shown ones', () => {
    const q12 = result.areas[0]?.questions[1];
    expect(q12).toEqual({
      id: '1.2',
      points: 12.1,
      shownPoints: 12,
      percent: 60.5,
      shownPercent: 61,
      max: 20,
    });
    expect(result.total.points).toBe(432.5);
    expect(result.total.max).toBe(800);
  });

  it('matches the reviewed golden file', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(golden);
  });
});

describe('scoreEvaluation', () => {
  it('treats unscored questions as null, never 0, and marks areas and total incomplete', () => {
    const scores = { '1.1': { points: 9 }, '1.2': null };
    const result = scoreEvaluation(kk2010, scores);
    const area1 = result.areas[0];
    expect(area1?.complete).toBe(false);
    expect(area1?.scoredCount).toBe(1);
    expect(area1?.points).toBe(9);
    expect(area1?.questions[1]?.points).toBeNull();
    expect(area1?.questions[1]?.shownPercent).toBeNull();
    expect(result.areas[1]?.points).toBeNull();
    expect(result.areas[1]?.shownPoints).toBeNull();
    expect(result.total).toEqual({ points: 9, shownPoints: 9, max: 800, complete: false });
  });

  it('gives a null total when nothing is scored', () => {
    expect(scoreEvaluation(kk2010, {}).total).toEqual({
      points: null,
      shownPoints: null,
      max: 800,
      complete: false,
    });
  });

  it('turns percent into points of the question max', () => {
    const result = scoreEvaluation(kk2010, { '1.3': { percent: 30 }, '1.2': { percent: 60.5 } });
    expect(result.areas[0]?.questions[2]).toMatchObject({
      points: 7.5,
      shownPoints: 8,
      shownPercent: 30,
    });
    expect(result.areas[0]?.questions[1]).toMatchObject({ points: 12.1, shownPercent: 61 });
  });

  it('rejects scores that break the rubric, naming the place', () => {
    const bad = {
      '9.9': { points: 1 },
      '1.1': { points: 16 },
      '1.2': { points: 1, percent: 5 },
      '1.3': {},
      '1.4': { percent: 101 },
      '1.5': { points: -1 },
    };
    expect(() => scoreEvaluation(kk2010, bad as never)).toThrow(ValidationError);
    const issues = validateScores(kk2010, bad);
    expect(issues.map((issue) => issue.path)).toEqual([
      'scores["9.9"]',
      'scores["1.1"].points',
      'scores["1.2"]',
      'scores["1.3"]',
      'scores["1.4"].percent',
      'scores["1.5"].points',
    ]);
    expect(issues[0]?.message).toBe('unknown question "9.9" in rubric kk-2010');
    expect(issues[1]?.message).toBe("16 is more than the question's max 15");
    expect(issues[2]?.message).toMatch(/not both/);
    expect(issues[3]?.message).toMatch(/needs "points" or "percent"/);
  });

  it('rejects a string, NaN or Infinity as points', () => {
    const issues = validateScores(kk2010, {
      '1.1': { points: '9' },
      '1.2': { points: Number.NaN },
      '1.3': { points: Number.POSITIVE_INFINITY },
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'scores["1.1"].points',
      'scores["1.2"].points',
      'scores["1.3"].points',
    ]);
  });

  it('refuses to score an area-level-only rubric', () => {
    expect(() => scoreEvaluation(kk2020, {})).toThrow(/no public questions/);
  });

  it('does not mutate its input', () => {
    const scores = { '1.1': { points: 9 } };
    const copy = structuredClone(scores);
    scoreEvaluation(kk2010, scores);
    expect(scores).toEqual(copy);
  });
});

describe('scoreEvaluation properties', () => {
  const questions = kk2010.areas.flatMap((area) => area.questions);
  const arbitraryScores = fc.tuple(
    ...questions.map((q) =>
      fc.option(
        fc.integer({ min: 0, max: q.maxPoints * 10 }).map((tenths) => tenths / 10),
        { nil: null },
      ),
    ),
  );

  it('stays within bounds and sums shown area totals into the shown total', () => {
    fc.assert(
      fc.property(arbitraryScores, (values) => {
        const scores = Object.fromEntries(
          questions.map((q, i) => [
            q.id,
            values[i] === null ? null : { points: values[i] as number },
          ]),
        );
        const result = scoreEvaluation(kk2010, scores);
        let shownSum = 0;
        for (const area of result.areas) {
          if (area.shownPoints === null) continue;
          expect(area.shownPoints).toBeGreaterThanOrEqual(0);
          expect(area.shownPoints).toBeLessThanOrEqual(area.max);
          expect(area.shownPercent).toBe(area.shownPoints); // max is 100
          expect(Math.abs((area.points ?? 0) - area.shownPoints)).toBeLessThanOrEqual(0.5);
          shownSum += area.shownPoints;
        }
        expect(result.total.shownPoints ?? 0).toBe(shownSum);
        expect(result.total.complete).toBe(values.every((value) => value !== null));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the scores', () => {
    fc.assert(
      fc.property(arbitraryScores, fc.integer(), (values, seed) => {
        const entries = questions.map((q, i) => [
          q.id,
          values[i] === null ? null : { points: values[i] as number },
        ]);
        const shuffled = [...entries].sort(
          (a, b) =>
            (((String(a[0]).charCodeAt(2) * seed) >>> 0) % 7) -
            (((String(b[0]).charCodeAt(2) * seed) >>> 0) % 7),
        );
        expect(scoreEvaluation(kk2010, Object.fromEntries(shuffled))).toEqual(
          scoreEvaluation(kk2010, Object.fromEntries(entries)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('scores full marks as 800 and zero as 0', () => {
    expect(
      scoreEvaluation(
        kk2010,
        scoreAll(kk2010, (max) => max),
      ).total.shownPoints,
    ).toBe(800);
    expect(
      scoreEvaluation(
        kk2010,
        scoreAll(kk2010, () => 0),
      ).total.shownPoints,
    ).toBe(0);
  });
});
