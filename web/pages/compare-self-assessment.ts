import type { RadarSeriesInput } from '../charts/radar-chart';

/** One row of the kommun's self-assessment beside the result, as the API returns it. */
export interface SelfAssessmentGap {
  id: string;
  title: string;
  shortTitle: string;
  max: number;
  evaluation: number | null;
  /** Null unless the kommun estimated every delfråga of the area (the API never sends a partial sum). */
  selfAssessment: number | null;
  /** Self-assessment minus evaluation, rounded from the exact points. */
  difference: number | null;
  selfAssessed: 'complete' | 'partial' | 'none';
}

export interface SelfAssessmentGaps {
  available: boolean;
  areas: SelfAssessmentGap[];
  total: SelfAssessmentGap | null;
}

/** The radar series' id: never an evaluation's (a uuid) nor a reference's (`orebro-2012`). */
export const SELF_ASSESSMENT_SERIES = 'self-assessment';

/** A cell pair of the comparison table: the value and the subject's difference to it. */
export interface ColumnValue {
  value: number | null;
  difference: number | null;
}

/** The self-assessment as one more column of the comparison table, in the table's area order. */
export interface SelfAssessmentColumn {
  label: string;
  areas: ColumnValue[];
  total: ColumnValue;
  /** Areas the kommun estimated in part: shown without a figure. */
  partial: string[];
}

/**
 * The self-assessment as a column of the comparison: per area (in `areaIds`' order) and in total,
 * its figure and the difference the way the table gives every other one, the evaluation minus
 * the compared value (the API's self-assessment minus evaluation, turned round: the same exact
 * points, rounded halves away from zero, so only the sign changes).
 */
export function selfAssessmentColumn(
  gaps: SelfAssessmentGaps,
  areaIds: readonly string[],
  label: string,
): SelfAssessmentColumn {
  const byId = new Map(gaps.areas.map((gap) => [gap.id, gap]));
  if (byId.size !== areaIds.length || areaIds.some((id) => !byId.has(id))) {
    throw new Error(
      `the self-assessment's areas (${[...byId.keys()].join(', ')}) are not the comparison's (${areaIds.join(', ')})`,
    );
  }
  const cell = (gap: SelfAssessmentGap | null | undefined): ColumnValue => ({
    value: gap?.selfAssessment ?? null,
    difference:
      gap?.difference === null || gap?.difference === undefined
        ? null
        : gap.difference === 0
          ? 0
          : -gap.difference,
  });
  return {
    label,
    areas: areaIds.map((id) => cell(byId.get(id))),
    total: cell(gaps.total),
    partial: areaIds.filter((id) => byId.get(id)?.selfAssessed === 'partial'),
  };
}

/** The column as a radar series: an area without a figure is a gap, never a partial sum. */
export function selfAssessmentSeries(column: SelfAssessmentColumn): RadarSeriesInput {
  return {
    id: SELF_ASSESSMENT_SERIES,
    label: column.label,
    values: column.areas.map((area) => area.value),
    indicative: false,
  };
}

/**
 * The comparison when nothing else is chosen: the evaluation alone, per area from the same
 * figures the self-assessment stands beside, so the self-assessment can be drawn with it.
 */
export function selfOnlyComparison(
  gaps: SelfAssessmentGaps,
  subject: { id: string; label: string },
) {
  return {
    subject: { ...subject, indicative: false },
    compared: [] as { id: string; label: string; indicative: boolean }[],
    areas: gaps.areas.map((gap) => ({
      id: gap.id,
      title: gap.title,
      shortTitle: gap.shortTitle,
      max: gap.max,
      value: gap.evaluation,
      others: [] as ColumnValue[],
      rank: null,
    })),
    total: { value: gaps.total?.evaluation ?? null, others: [] as ColumnValue[], rank: null },
    indicative: false,
    radar: [
      {
        id: subject.id,
        label: subject.label,
        values: gaps.areas.map((gap) => gap.evaluation),
        indicative: false,
      },
    ],
  };
}
