import type { ComparableResult } from './comparable-result';

export interface TrendPoint {
  id: string;
  label: string;
  year: number;
  rubric: string;
  total: number | null;
  areas: Record<string, number | null>;
  /** True when this point's rubric version differs from the previous point's. */
  rubricChanged: boolean;
  /** True for a result published as a total only (no area values at all). */
  totalsOnly: boolean;
}

/**
 * A kommun's results in time order, with each change of rubric version marked: totals from
 * different versions are not strictly comparable (SKR: indicative only). A result without any
 * area values (a published total only) is a point of the totals line like any other.
 *
 * @example trend([enkoping2018, enkoping2016]).map((p) => p.total) // [434, 519]
 */
export function trend(results: readonly ComparableResult[]): TrendPoint[] {
  const sorted = [...results]
    .filter((r): r is ComparableResult & { year: number } => r.year !== null)
    .sort((a, b) => a.year - b.year || a.label.localeCompare(b.label));
  return sorted.map((result, index) => ({
    id: result.id,
    label: result.label,
    year: result.year,
    rubric: result.rubric,
    total: result.total,
    areas: { ...result.areas },
    rubricChanged: index > 0 && sorted[index - 1]?.rubric !== result.rubric,
    totalsOnly: result.total !== null && Object.keys(result.areas).length === 0,
  }));
}
