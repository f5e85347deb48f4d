import { describe, expect, it } from 'vitest';
import { evaluatorSpread } from './evaluator-spread';
import { kk2010 } from './test-support/rubrics';

describe('evaluatorSpread', () => {
  const spread = evaluatorSpread(kk2010, {
    Leif: { '1.1': { points: 12 }, '1.2': { points: 12 }, '1.3': { percent: 40 } },
    Lotta: { '1.1': { points: 6 }, '1.2': { points: 13 } },
    Anna: { '1.1': { points: 7.5 }, '1.2': { points: 12.5 }, '1.3': null },
  });
  const byId = new Map(spread.map((q) => [q.id, q]));

  it('puts every evaluator side by side with mean, median, min, max and spread', () => {
    expect(byId.get('1.1')).toEqual({
      id: '1.1',
      maxPoints: 15,
      values: [
        { evaluator: 'Leif', points: 12 },
        { evaluator: 'Lotta', points: 6 },
        { evaluator: 'Anna', points: 7.5 },
      ],
      scoredBy: 3,
      mean: 8.5,
      median: 7.5,
      min: 6,
      max: 12,
      spread: 6,
      spreadPercent: 40,
      flagged: true,
    });
  });

  it('does not flag a small spread', () => {
    expect(byId.get('1.2')).toMatchObject({
      mean: 12.5,
      median: 12.5,
      spread: 1,
      spreadPercent: 5,
      flagged: false,
    });
  });

  it('converts percent to points and leaves unscored evaluators out of the statistics', () => {
    expect(byId.get('1.3')).toMatchObject({
      values: [
        { evaluator: 'Leif', points: 10 },
        { evaluator: 'Lotta', points: null },
        { evaluator: 'Anna', points: null },
      ],
      scoredBy: 1,
      mean: 10,
      spread: 0,
      flagged: false,
    });
  });

  it('has null statistics when nobody scored a question', () => {
    expect(byId.get('8.7')).toMatchObject({
      scoredBy: 0,
      mean: null,
      median: null,
      spread: null,
      flagged: false,
    });
    expect(spread).toHaveLength(45);
  });

  it('takes the threshold as an option, compared strictly', () => {
    const scores = { A: { '1.1': { points: 3 } }, B: { '1.1': { points: 6 } } }; // 20 % of 15
    expect(evaluatorSpread(kk2010, scores)[0]?.flagged).toBe(false);
    expect(evaluatorSpread(kk2010, scores, 19.9)[0]?.flagged).toBe(true);
  });

  it('rejects invalid scores naming the evaluator', () => {
    expect(() => evaluatorSpread(kk2010, { Leif: { '1.1': { points: 99 } } })).toThrow(
      /evaluatorScores\["Leif"\]\["1.1"\]\.points: 99 is more than the question's max 15/,
    );
  });
});
