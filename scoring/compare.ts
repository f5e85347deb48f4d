import type { Rubric } from '../rubrics/rubric';
import type { RubricMapping } from '../rubrics/rubric-mapping';
import type { ComparableResult } from './comparable-result';
import { roundHalfUp, toMicro } from './round';
import { ComparisonError, toRubric } from './version-mapping';

export interface Rank {
  /** 1 is best; equal values share a rank (1, 2, 2, 4). */
  rank: number;
  /** How many results with a value were ranked. */
  of: number;
  /**
   * The share of the other results this one is better than, ties counting half, 0..100 (rounded);
   * `null` when there is nothing else to compare with.
   */
  percentile: number | null;
}

/**
 * Rank and percentile of `value` among `values` (which include it).
 *
 * @example rankWithin(506, [434, 506, 615]) // { rank: 2, of: 3, percentile: 50 }
 */
export function rankWithin(value: number, values: readonly number[]): Rank {
  const v = toMicro(value);
  let better = 0;
  let worse = 0;
  for (const other of values) {
    const micro = toMicro(other);
    if (micro > v) better++;
    else if (micro < v) worse++;
  }
  const ties = values.length - better - worse - 1;
  const others = values.length - 1;
  return {
    rank: better + 1,
    of: values.length,
    percentile: others > 0 ? roundHalfUp(((worse + ties / 2) * 100) / others) : null,
  };
}

export interface RadarSeries {
  id: string;
  label: string;
  indicative: boolean;
  /** One value per area in the rubric's order, 0..100 (the area max). */
  values: (number | null)[];
}

/**
 * Radar series for any results on one rubric's axes. Values outside 0..area max fail loudly.
 *
 * @example radarSeries(kk2010, [enkoping])[0].values // [54, 55, 63, 42, 43, 55, 56, 66]
 */
export function radarSeries(rubric: Rubric, results: readonly ComparableResult[]): RadarSeries[] {
  return results.map((result) => {
    if (result.rubric !== rubric.id) {
      throw new ComparisonError(
        `"${result.label}" is on rubric ${result.rubric}, not ${rubric.id}`,
      );
    }
    return {
      id: result.id,
      label: result.label,
      indicative: result.indicative,
      values: rubric.areas.map((area) => {
        const value = result.areas[area.id];
        if (value === undefined) {
          throw new ComparisonError(`"${result.label}" has no value for area ${area.id}`);
        }
        if (value !== null && (value < 0 || value > area.maxPoints)) {
          throw new ComparisonError(
            `"${result.label}" area ${area.id} is ${value}, outside 0..${area.maxPoints}`,
          );
        }
        return value;
      }),
    };
  });
}

/**
 * The mean per area of a set of results of one rubric (e.g. all published evaluations of kk-2010
 * in a period), rounded half up to whole points as SKR publishes its Sverigesnitt; the total is
 * the sum of the rounded area means. Areas nobody scored stay `null`.
 *
 * @example meanOfResults(kk2010, [grastorp2014, orebro2012], { id: 'mean', label: 'Snitt' }).areas['1'] // 65 (64.5 rounds up)
 */
export function meanOfResults(
  rubric: Rubric,
  results: readonly ComparableResult[],
  meta: { id: string; label: string },
): ComparableResult & { count: number } {
  const areas: Record<string, number | null> = {};
  for (const area of rubric.areas) {
    const values = results.map((result) => {
      if (result.rubric !== rubric.id) {
        throw new ComparisonError(
          `"${result.label}" is on rubric ${result.rubric}, not ${rubric.id}`,
        );
      }
      return result.areas[area.id];
    });
    const present = values.filter(
      (value): value is number => value !== null && value !== undefined,
    );
    areas[area.id] =
      present.length === 0
        ? null
        : roundHalfUp(
            present.reduce((sum, value) => sum + toMicro(value), 0) / present.length / 1e6,
          );
  }
  const known = Object.values(areas).filter((value): value is number => value !== null);
  return {
    id: meta.id,
    label: meta.label,
    rubric: rubric.id,
    year: null,
    municipalityCode: null,
    areas,
    total: known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0),
    complete: known.length === rubric.areas.length,
    indicative: results.some((result) => result.indicative),
    count: results.length,
  };
}

export interface ComparedValue {
  id: string;
  value: number | null;
  /** This result minus the compared one; `null` when either value is missing. */
  difference: number | null;
}

export interface ValueComparison {
  value: number | null;
  others: ComparedValue[];
  /** Rank and percentile of this result within the chosen set (itself and the compared ones). */
  rank: Rank | null;
}

export interface AreaComparison extends ValueComparison {
  id: string;
  title: string;
  shortTitle: string;
  max: number;
}

export interface ComparedResult {
  id: string;
  label: string;
  rubric: string;
  year: number | null;
  indicative: boolean;
}

export interface Comparison {
  rubric: string;
  subject: ComparedResult;
  compared: ComparedResult[];
  areas: AreaComparison[];
  total: ValueComparison;
  /** True when any compared result went through a mapping between rubric versions. */
  indicative: boolean;
  radar: RadarSeries[];
}

function subtract(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : (toMicro(a) - toMicro(b)) / 1e6;
}

/** One row of a comparison: `value` against every compared result's area (or total, for null). */
function compareValue(
  value: number | null,
  others: readonly ComparableResult[],
  areaId: string | null,
): ValueComparison {
  const present: number[] = value === null ? [] : [value];
  const compared: ComparedValue[] = [];
  for (const other of others) {
    const otherValue = (areaId === null ? other.total : other.areas[areaId]) ?? null;
    if (otherValue !== null) present.push(otherValue);
    compared.push({ id: other.id, value: otherValue, difference: subtract(value, otherValue) });
  }
  return { value, others: compared, rank: value === null ? null : rankWithin(value, present) };
}

/**
 * Compares a result with one or more others on the subject's rubric: per area and total the
 * values, differences, rank and percentile within the set, and radar series. Results of another
 * rubric version go through `mappings` and make the comparison indicative.
 *
 * @example compareResults(kk2010, enkoping, [orebro2012], []).total.others[0].difference // -181
 */
export function compareResults(
  rubric: Rubric,
  subject: ComparableResult,
  others: readonly ComparableResult[],
  mappings: readonly RubricMapping[] = [],
): Comparison {
  const own = toRubric(subject, rubric, mappings);
  const mapped = others.map((other) => toRubric(other, rubric, mappings));
  // `rubric` names the version the result was made with, so a mapped one can say so.
  const describe = (original: ComparableResult, onAxes: ComparableResult): ComparedResult => ({
    id: original.id,
    label: original.label,
    rubric: original.rubric,
    year: original.year,
    indicative: onAxes.indicative,
  });
  // Plain loops: the comparison endpoint runs this for thousands of stored evaluations.
  const areas: AreaComparison[] = [];
  for (const area of rubric.areas) {
    const {
      value,
      others: compared,
      rank,
    } = compareValue(own.areas[area.id] ?? null, mapped, area.id);
    areas.push({
      id: area.id,
      title: area.title,
      shortTitle: area.shortTitle,
      max: area.maxPoints,
      value,
      others: compared,
      rank,
    });
  }
  let indicative = own.indicative;
  for (const result of mapped) indicative ||= result.indicative;
  return {
    rubric: rubric.id,
    subject: describe(subject, own),
    compared: others.map((original, index) =>
      describe(original, mapped[index] as ComparableResult),
    ),
    areas,
    total: compareValue(own.total, mapped, null),
    indicative,
    radar: radarSeries(rubric, [own, ...mapped]),
  };
}
