import type { Interval } from '../../scoring/goal-status';
import { formatNumber, locale } from './i18n';

/**
 * A goal band as a reader says it, not as an interval: [50; 60) % is "50–59 %" (the plans count
 * whole percent), [0; 2] minuter "0–2 minuter", (−∞; 2) "under 2", [75; ∞) "minst 75 %", and
 * other bands in words: [0; 10) miljoner kronor is "från 0 till under 10 miljoner kronor".
 */
export function bandText(interval: Interval, unit: string | null): string {
  const en = locale() === 'en';
  const n = (value: number) => formatNumber(value, 2);
  const withUnit = (text: string) => (unit ? `${text} ${unit}` : text);
  const { min, max, minInclusive, maxInclusive } = interval;
  if (min === null && max === null) return en ? 'any value' : 'alla värden';
  if (min === null && max !== null) {
    return withUnit(
      maxInclusive
        ? `${en ? 'at most' : 'högst'} ${n(max)}`
        : `${en ? 'under' : 'under'} ${n(max)}`,
    );
  }
  if (max === null && min !== null) {
    return withUnit(
      minInclusive ? `${en ? 'at least' : 'minst'} ${n(min)}` : `${en ? 'over' : 'över'} ${n(min)}`,
    );
  }
  const low = min as number;
  const high = max as number;
  if (minInclusive && maxInclusive) return withUnit(low === high ? n(low) : `${n(low)}–${n(high)}`);
  // Percentages are counted whole in the plans (fixtures/goals): [50; 60) % is 50–59 %. Other
  // units may be fractional (9,5 miljoner kronor lies in [0; 10)), so they are said in words.
  if (unit === '%' && Number.isInteger(low) && Number.isInteger(high)) {
    const first = minInclusive ? low : low + 1;
    const last = maxInclusive ? high : high - 1;
    if (first === last) return withUnit(n(first));
    if (first < last) return withUnit(`${n(first)}–${n(last)}`);
  }
  const from = minInclusive ? (en ? 'from' : 'från') : en ? 'over' : 'över';
  const to = maxInclusive ? (en ? 'up to' : 'till och med') : en ? 'to below' : 'till under';
  return withUnit(`${from} ${n(low)} ${to} ${n(high)}`);
}
