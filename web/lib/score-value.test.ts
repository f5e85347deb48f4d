import { describe, expect, it } from 'vitest';
import { parseTyped, scoreProblem, stepValue, toQuestionScore, valueInMode } from './score-value';

describe('score values', () => {
  it('reads Swedish and English decimals, a unit, and blank as not scored', () => {
    expect(parseTyped('7,5')).toBe(7.5);
    expect(parseTyped(' 7.5 ')).toBe(7.5);
    expect(parseTyped('40 %')).toBe(40);
    expect(parseTyped('12 p')).toBe(12);
    expect(parseTyped('')).toBeNull();
    expect(parseTyped('7,5,1')).toBe('invalid');
    expect(parseTyped('sju')).toBe('invalid');
  });

  it('converts between points and percent of max as the engine does', () => {
    expect(valueInMode({ points: 7.5, percent: null }, 'percent', 15)).toBe(50);
    expect(valueInMode({ points: null, percent: 40 }, 'points', 15)).toBe(6);
    expect(valueInMode({ points: null, percent: 61 }, 'points', 20)).toBe(12.2);
    expect(valueInMode({ points: null, percent: null }, 'points', 20)).toBeNull();
    expect(toQuestionScore({ points: null, percent: null })).toBeNull();
    expect(toQuestionScore({ points: 0, percent: null })).toEqual({ points: 0 });
  });

  it('names what is wrong with a value', () => {
    expect(scoreProblem(15, 'points', 15)).toBeNull();
    expect(scoreProblem(15.5, 'points', 15)).toBe('overMax');
    expect(scoreProblem(100, 'percent', 15)).toBeNull();
    expect(scoreProblem(101, 'percent', 15)).toBe('overMax');
    expect(scoreProblem(-1, 'points', 15)).toBe('negative');
    expect(scoreProblem('invalid', 'points', 15)).toBe('notNumber');
  });

  it('steps half points (whole percent) on the grid, within 0..max', () => {
    expect(stepValue(null, 1, 'points', 15)).toBe(0.5);
    expect(stepValue(7.3, 1, 'points', 15)).toBe(7.5);
    expect(stepValue(7.3, -1, 'points', 15)).toBe(7);
    expect(stepValue(15, 1, 'points', 15)).toBe(15);
    expect(stepValue(0, -1, 'points', 15)).toBe(0);
    expect(stepValue(62.5, 1, 'percent', 20)).toBe(63);
  });
});
