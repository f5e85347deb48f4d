import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SELF_ASSESSMENT_SCALE,
  levelPoints,
  scoreSelfAssessment,
  selfAssessmentGaps,
  selfAssessmentScores,
} from './self-assessment';
import { kk2010 } from './test-support/rubrics';

describe('self-assessment', () => {
  test('maps the four levels to points on the 0,5 grid by the default rule', () => {
    const scale = DEFAULT_SELF_ASSESSMENT_SCALE;
    expect(
      ['notAtAll', 'partly', 'largely', 'fully'].map((l) => levelPoints(l as never, 20, scale)),
    ).toEqual([0, 6.5, 13.5, 20]);
    // 33 % of 15 is 4.95 -> 5; 67 % of 15 is 10.05 -> 10; 33 % of 10 is 3.3 -> 3.5.
    expect(levelPoints('partly', 15, scale)).toBe(5);
    expect(levelPoints('largely', 15, scale)).toBe(10);
    expect(levelPoints('partly', 10, scale)).toBe(3.5);
    // Halves of the grid round up: 25 % of 10 = 2.5 stays; 25 % of 5 = 1.25 -> 1.5.
    const quarter = { notAtAll: 0, partly: 25, largely: 75, fully: 100 };
    expect(levelPoints('partly', 10, quarter)).toBe(2.5);
    expect(levelPoints('partly', 5, quarter)).toBe(1.5);
  });

  test('a rubric version stores its own rule', () => {
    const own = {
      ...kk2010,
      selfAssessmentScale: { notAtAll: 10, partly: 40, largely: 80, fully: 100 },
    };
    const first = kk2010.areas[0]?.questions[0];
    expect(first).toBeDefined();
    const scores = selfAssessmentScores(own, { [first?.id ?? '']: { level: 'partly' } });
    expect(scores[first?.id ?? '']).toEqual({
      points: Math.round((first?.maxPoints ?? 0) * 0.4 * 2) / 2,
    });
  });

  test('area figures come from the engine with SKL rounding; points and levels mix', () => {
    const area1 = kk2010.areas[0];
    if (!area1) throw new Error('no area 1');
    const [a, b, c] = area1.questions;
    if (!a || !b || !c) throw new Error('area 1 has fewer than 3 questions');
    const result = scoreSelfAssessment(kk2010, {
      [a.id]: { points: 7.5 },
      [b.id]: { level: 'fully' },
      [c.id]: { level: 'notAtAll' },
    });
    const area = result.areas[0];
    expect(area?.points).toBe(7.5 + b.maxPoints);
    expect(area?.shownPoints).toBe(Math.round(7.5 + b.maxPoints + 0.001));
    expect(area?.complete).toBe(false);
    expect(area?.scoredCount).toBe(3);
    expect(area?.questions[0]?.shownPoints).toBe(8);
    expect(result.areas[1]?.points).toBeNull();
  });
});

describe('self-assessment beside the evaluation', () => {
  test('differences per area come from the exact values, rounded half away from zero', () => {
    const area1 = kk2010.areas[0];
    if (!area1) throw new Error('no area 1');
    const [a, b] = area1.questions;
    if (!a || !b) throw new Error('area 1 has fewer than 2 questions');
    const evaluation = scoreSelfAssessment(kk2010, {
      [a.id]: { points: 2.5 },
      [b.id]: { points: 2 },
    });
    const self = scoreSelfAssessment(kk2010, { [a.id]: { points: 5 }, [b.id]: { points: 3 } });
    const gaps = selfAssessmentGaps(evaluation, self);
    // 4.5 shows 5, 8 shows 8: the exact difference 3.5 shows 4 (not 8 - 5 = 3).
    expect(gaps.areas[0]).toMatchObject({ evaluation: 5, selfAssessment: 8, difference: 4 });
    const lower = selfAssessmentGaps(self, evaluation);
    expect(lower.areas[0]?.difference).toBe(-4);
    expect(gaps.areas[1]).toMatchObject({
      evaluation: null,
      selfAssessment: null,
      difference: null,
    });
    expect(gaps.total).toMatchObject({ evaluation: 5, selfAssessment: 8, difference: 4 });
  });
});
