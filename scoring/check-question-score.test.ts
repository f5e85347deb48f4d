import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuestionScore } from './check-question-score';
import { QuestionScore } from './question-score';

const value = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 150 }),
  fc.string({ maxLength: 5 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
);

describe('checkQuestionScore', () => {
  it('gives the same verdict as the QuestionScore zod schema for any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record(
            { points: value, percent: value, rationale: value, other: value },
            { requiredKeys: [] },
          ),
          value,
          fc.array(value, { maxLength: 2 }),
        ),
        (raw) => {
          // zod treats an explicit undefined like a missing key; so does the checker.
          expect(checkQuestionScore(raw).length === 0).toBe(QuestionScore.safeParse(raw).success);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('names what is wrong', () => {
    expect(checkQuestionScore({ points: 'nine' })).toEqual([
      { path: 'points', message: 'expected a number, got "nine"' },
    ]);
    expect(checkQuestionScore({ percent: 101 })).toEqual([
      { path: 'percent', message: '101 is above 100' },
    ]);
    expect(checkQuestionScore({ points: 1, extra: true })).toEqual([
      { path: '', message: 'unknown key "extra"' },
    ]);
    expect(checkQuestionScore([])).toEqual([
      { path: '', message: 'a score is an object like { "points": 9 } or { "percent": 60 }' },
    ]);
  });
});
