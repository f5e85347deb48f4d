/**
 * The one place where figures are rounded. Exact values are kept in millionths (integers), so
 * sums never pick up binary floating-point error and SKL's "halves round up" is exact:
 * 7.5 shows 8, 12.1 of 20 (60.5 %) shows 61 %, an area sum of 41.5 shows 42.
 */

/** Exact values are kept to six decimals. */
export const MICRO = 1_000_000;

/** A decimal as integer millionths: `toMicro(12.1)` is `12100000`, `toMicro(0.1 + 0.2)` is `300000`. */
export function toMicro(value: number): number {
  return Math.round(value * MICRO);
}

/** Millionths back to a plain number: `fromMicro(12100000)` is `12.1`. */
export function fromMicro(micro: number): number {
  return micro / MICRO;
}

/**
 * `numerator / denominator` (integers, denominator > 0) rounded to a whole number, halves away from
 * zero (so half up for the non-negative figures of a report): `roundRatio(121, 2)` is `61`.
 */
export function roundRatio(numerator: number, denominator: number): number {
  if (!(denominator > 0))
    throw new RangeError(`roundRatio: denominator ${denominator} must be > 0`);
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -magnitude : magnitude;
}

/** A decimal rounded to a whole number, halves away from zero: `roundHalfUp(12.5)` is `13`. */
export function roundHalfUp(value: number): number {
  return roundRatio(toMicro(value), MICRO);
}

/** A decimal rounded to `digits` decimals, halves away from zero: `roundTo(57.125, 1)` is `57.1`. */
export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return roundRatio(toMicro(value) * scale, MICRO) / scale;
}

/**
 * A score rounded to SKL's half-point step, halves up as everywhere else (a quarter is half a
 * step): `roundToHalfPoint(6.25)` is `6.5`, `roundToHalfPoint(6.2)` is `6`. The consensus page's
 * "Använd medianen" uses it, since two evaluators' median may fall on a quarter.
 */
export function roundToHalfPoint(value: number): number {
  return roundRatio(toMicro(value) * 2, MICRO) / 2;
}
