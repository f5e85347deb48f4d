import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMicro, roundHalfUp, roundRatio, roundTo, roundToHalfPoint, toMicro } from './round';

describe('roundHalfUp', () => {
  it('rounds halves up, as SKL shows 7.5 as 8 and 6.5 as 7', () => {
    expect(roundHalfUp(7.5)).toBe(8);
    expect(roundHalfUp(6.5)).toBe(7);
    expect(roundHalfUp(12.5)).toBe(13);
    expect(roundHalfUp(7.4)).toBe(7);
    expect(roundHalfUp(0)).toBe(0);
  });

  it('is not fooled by binary floating point', () => {
    // 1.5 + 6.5 + 5 + 6 + 11.6 + 11.2 is 41.800000000000004 in floats; 0.1 * 3 + 12.2 is 12.499999...
    expect(roundHalfUp(0.1 + 0.2 + 12.2)).toBe(13);
    expect(roundHalfUp(1.005 * 100)).toBe(101); // 100.49999999999999 in floats, 100.5 in decimals
    expect(roundHalfUp(4.35 * 10)).toBe(44); // 43.49999999999999
    expect(roundHalfUp((12.1 / 20) * 100)).toBe(61); // 60.5 %
  });

  it('rounds negative halves away from zero, symmetric with positives', () => {
    expect(roundHalfUp(-14.5)).toBe(-15);
    expect(roundHalfUp(-0.4)).toBe(-0);
  });

  it('agrees with decimal arithmetic for every tenth and hundredth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (hundredths) => {
        const expected = Math.floor((hundredths + 50) / 100); // exact integer half-up
        expect(roundHalfUp(hundredths / 100)).toBe(expected);
      }),
    );
  });
});

describe('roundRatio', () => {
  it('divides exactly before rounding', () => {
    expect(roundRatio(121, 2)).toBe(61);
    expect(roundRatio(1, 3)).toBe(0);
    expect(roundRatio(2, 3)).toBe(1);
    expect(roundRatio(-3, 2)).toBe(-2);
  });
  it('refuses a zero denominator', () => {
    expect(() => roundRatio(1, 0)).toThrow(/denominator 0/);
  });
});

describe('micro units', () => {
  it('keep six decimals exactly', () => {
    expect(toMicro(0.1 + 0.2)).toBe(300_000);
    expect(fromMicro(toMicro(12.1))).toBe(12.1);
    expect(roundTo(57.125, 1)).toBe(57.1);
    expect(roundTo(57.15, 1)).toBe(57.2);
  });
});

describe('roundToHalfPoint', () => {
  it('rounds to the nearest half point, a quarter up, exactly', () => {
    expect([6, 6.2, 6.25, 6.5, 6.74, 6.75, 0.25, 0, 14.75].map(roundToHalfPoint)).toEqual([
      6, 6, 6.5, 6.5, 6.5, 7, 0.5, 0, 15,
    ]);
    // A median computed in binary floating point still lands on its step.
    expect(roundToHalfPoint((6.1 + 6.4) / 2)).toBe(6.5);
  });
});
