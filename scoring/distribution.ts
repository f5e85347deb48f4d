import type { Rubric } from '../rubrics/rubric';
import type { ComparableResult } from './comparable-result';
import { type Rank, rankWithin } from './compare';
import { toMicro } from './round';
import { ComparisonError } from './version-mapping';

export interface DistributionEntry {
  id: string;
  label: string;
  value: number;
  /** True for the result the distribution is drawn for. */
  subject: boolean;
}

export interface Quartiles {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface DistributionRow {
  /** An area id, or `total`. */
  id: string;
  entries: DistributionEntry[];
  quartiles: Quartiles | null;
  rank: Rank | null;
}

export interface Distribution {
  rubric: string;
  count: number;
  areas: DistributionRow[];
  total: DistributionRow;
}

/** Linear-interpolated quantile of sorted values (the method of most spreadsheets). */
function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return (toMicro(low) + (toMicro(high) - toMicro(low)) * (position - below)) / 1e6;
}

function row(
  id: string,
  subjectId: string,
  values: { id: string; label: string; value: number | null | undefined }[],
): DistributionRow {
  const entries = values
    .filter(
      (v): v is { id: string; label: string; value: number } =>
        v.value !== null && v.value !== undefined,
    )
    .map((v) => ({ id: v.id, label: v.label, value: v.value, subject: v.id === subjectId }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const sorted = entries.map((e) => e.value).sort((a, b) => a - b);
  const subject = entries.find((e) => e.subject);
  return {
    id,
    entries,
    quartiles:
      sorted.length === 0
        ? null
        : {
            min: sorted[0] as number,
            q1: quantile(sorted, 0.25),
            median: quantile(sorted, 0.5),
            q3: quantile(sorted, 0.75),
            max: sorted[sorted.length - 1] as number,
          },
    rank: subject ? rankWithin(subject.value, sorted) : null,
  };
}

/**
 * Where a result stands among others of the same rubric version, per area and in total: every
 * value (highest first), quartiles for a box plot, and the subject's rank and percentile.
 *
 * @example distribution(kk2010, enkoping, [enkoping, orebro2012, grastorp2014]).total.rank // { rank: 3, of: 3, percentile: 0 }
 */
export function distribution(
  rubric: Rubric,
  subject: ComparableResult,
  set: readonly ComparableResult[],
): Distribution {
  const all = set.some((r) => r.id === subject.id) ? [...set] : [subject, ...set];
  for (const result of all) {
    if (result.rubric !== rubric.id) {
      throw new ComparisonError(
        `"${result.label}" is on rubric ${result.rubric}: a distribution stays within ${rubric.id}`,
      );
    }
  }
  return {
    rubric: rubric.id,
    count: all.length,
    areas: rubric.areas.map((area) =>
      row(
        area.id,
        subject.id,
        all.map((r) => ({ id: r.id, label: r.label, value: r.areas[area.id] })),
      ),
    ),
    total: row(
      'total',
      subject.id,
      all.map((r) => ({ id: r.id, label: r.label, value: r.total })),
    ),
  };
}
