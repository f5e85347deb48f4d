import type { Rubric } from '../rubrics/rubric';
import type { RubricMapping } from '../rubrics/rubric-mapping';
import type { ComparableResult } from './comparable-result';
import { roundHalfUp, roundRatio, toMicro } from './round';
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
  return rankFromCounts(better, worse, values.length);
}

/** Rank and percentile from how many of `count` values (the ranked one included) beat it or trail it. */
function rankFromCounts(better: number, worse: number, count: number): Rank {
  const ties = count - better - worse - 1;
  const others = count - 1;
  return {
    rank: better + 1,
    of: count,
    percentile: others > 0 ? roundRatio((2 * worse + ties) * 100, 2 * others) : null,
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
  // Arrays made at their final length: this runs once per stored evaluation a comparison reads.
  const series: RadarSeries[] = new Array(results.length);
  for (let r = 0; r < results.length; r++) {
    const result = results[r] as ComparableResult;
    if (result.rubric !== rubric.id) {
      throw new ComparisonError(
        `"${result.label}" is on rubric ${result.rubric}, not ${rubric.id}`,
      );
    }
    const values: (number | null)[] = new Array(rubric.areas.length);
    for (let a = 0; a < rubric.areas.length; a++) {
      const area = rubric.areas[a] as Rubric['areas'][number];
      const value = result.areas[area.id];
      if (value === undefined) {
        throw new ComparisonError(`"${result.label}" has no value for area ${area.id}`);
      }
      if (value !== null && (value < 0 || value > area.maxPoints)) {
        throw new ComparisonError(
          `"${result.label}" area ${area.id} is ${value}, outside 0..${area.maxPoints}`,
        );
      }
      values[a] = value;
    }
    series[r] = { id: result.id, label: result.label, indicative: result.indicative, values };
  }
  return series;
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

/**
 * One row of a comparison: the subject's value against every compared one, with differences and
 * the subject's rank within the set. `values[0]` is the subject's, then one per compared result.
 */
function compareValue(values: readonly (number | null)[], ids: readonly string[]): ValueComparison {
  const value = values[0] ?? null;
  // Rank counted in the same pass (no array of present values).
  const own = value === null ? 0 : toMicro(value);
  let better = 0;
  let worse = 0;
  let present = value === null ? 0 : 1;
  const compared: ComparedValue[] = new Array(values.length - 1);
  for (let k = 1; k < values.length; k++) {
    const otherValue = values[k] ?? null;
    const id = ids[k - 1] as string;
    if (otherValue === null) {
      compared[k - 1] = { id, value: null, difference: null };
      continue;
    }
    present++;
    const micro = toMicro(otherValue);
    if (micro > own) better++;
    else if (micro < own) worse++;
    compared[k - 1] = {
      id,
      value: otherValue,
      difference: value === null ? null : (own - micro) / 1e6,
    };
  }
  return {
    value,
    others: compared,
    rank: value === null ? null : rankFromCounts(better, worse, present),
  };
}

/** How a compared result is named in a comparison: `rubric` is the version it was made with. */
function describe(original: ComparableResult, onAxes: ComparableResult): ComparedResult {
  return {
    id: original.id,
    label: original.label,
    rubric: original.rubric,
    year: original.year,
    indicative: onAxes.indicative,
  };
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
  const onAxes = [own];
  const ids: string[] = [];
  let indicative = own.indicative;
  for (const other of others) {
    const mapped = toRubric(other, rubric, mappings);
    onAxes.push(mapped);
    ids.push(other.id);
    indicative ||= mapped.indicative;
  }
  // Each value is read and range-checked once, for the radar; the rows are built from its columns.
  // Plain loops: the comparison endpoint runs this for thousands of stored evaluations.
  const radar = radarSeries(rubric, onAxes);
  const areas: AreaComparison[] = new Array(rubric.areas.length);
  for (let a = 0; a < rubric.areas.length; a++) {
    const area = rubric.areas[a] as Rubric['areas'][number];
    const column: (number | null)[] = new Array(radar.length);
    for (let r = 0; r < radar.length; r++) column[r] = radar[r]?.values[a] ?? null;
    const { value, others: compared, rank } = compareValue(column, ids);
    areas[a] = {
      id: area.id,
      title: area.title,
      shortTitle: area.shortTitle,
      max: area.maxPoints,
      value,
      others: compared,
      rank,
    };
  }
  const totals: (number | null)[] = [];
  for (const result of onAxes) totals.push(result.total);
  return {
    rubric: rubric.id,
    subject: describe(subject, own),
    compared: others.map((original, index) =>
      describe(original, onAxes[index + 1] as ComparableResult),
    ),
    areas,
    total: compareValue(totals, ids),
    indicative,
    radar,
  };
}
