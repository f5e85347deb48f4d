import type { Rubric, SelfAssessmentScale } from '../rubrics/rubric';
import type { QuestionScore } from './question-score';
import { MICRO, roundRatio, toMicro } from './round';
import { type EvaluationResult, scoreEvaluation } from './score-evaluation';

/** The four steps of the self-assessment scale (Ej alls / Delvis / I hög grad / Fullt ut). */
export const SELF_ASSESSMENT_LEVELS = ['notAtAll', 'partly', 'largely', 'fully'] as const;
export type SelfAssessmentLevel = (typeof SELF_ASSESSMENT_LEVELS)[number];

/** The rule when a rubric version stores none: percent of the delfråga's max per level. */
export const DEFAULT_SELF_ASSESSMENT_SCALE: SelfAssessmentScale = {
  notAtAll: 0,
  partly: 33,
  largely: 67,
  fully: 100,
};

/** One delfråga's self-assessment: points (0,5 steps) or a level; neither means not assessed. */
export interface SelfAssessmentEntry {
  points?: number | null;
  level?: SelfAssessmentLevel | null;
}

/** The rule a rubric version applies: its own, else the default. */
export function selfAssessmentScaleOf(rubric: Rubric): SelfAssessmentScale {
  return rubric.selfAssessmentScale ?? DEFAULT_SELF_ASSESSMENT_SCALE;
}

/**
 * A level as points: its percent of `max`, rounded half up to the nearest half point, so a
 * level lands on the same 0,5 grid as the evaluators' scores.
 *
 * @example levelPoints('partly', 20, DEFAULT_SELF_ASSESSMENT_SCALE) // 6.5 (33 % of 20 = 6.6)
 */
export function levelPoints(
  level: SelfAssessmentLevel,
  max: number,
  scale: SelfAssessmentScale,
): number {
  const micro = Math.round((toMicro(max) * scale[level]) / 100);
  return Math.min(roundRatio(micro * 2, MICRO) / 2, max);
}

/** Self-assessment entries as scores the engine takes (levels mapped to points). */
export function selfAssessmentScores(
  rubric: Rubric,
  entries: Record<string, SelfAssessmentEntry | undefined>,
): Record<string, QuestionScore | null> {
  const scale = selfAssessmentScaleOf(rubric);
  const scores: Record<string, QuestionScore | null> = {};
  for (const area of rubric.areas) {
    for (const question of area.questions) {
      const entry = entries[question.id];
      if (entry?.points !== undefined && entry.points !== null) {
        scores[question.id] = { points: entry.points };
      } else if (entry?.level) {
        scores[question.id] = { points: levelPoints(entry.level, question.maxPoints, scale) };
      }
    }
  }
  return scores;
}

/**
 * The self-assessment's figures by the same engine and conventions as any result (SKL's
 * rounding, area totals from the exact sums); delfrågor not assessed stay null.
 *
 * @example scoreSelfAssessment(kk2010, { '1.1': { level: 'fully' } }).areas[0].points // 20
 */
export function scoreSelfAssessment(
  rubric: Rubric,
  entries: Record<string, SelfAssessmentEntry | undefined>,
): EvaluationResult {
  return scoreEvaluation(rubric, selfAssessmentScores(rubric, entries));
}

/** One area's self-assessment beside the evaluation: shown points and the shown difference. */
export interface SelfAssessmentGap {
  id: string;
  title: string;
  max: number;
  evaluation: number | null;
  selfAssessment: number | null;
  /** Self-assessment minus evaluation, rounded from the exact difference; null if either is. */
  difference: number | null;
}

/**
 * The kommun's self-assessment beside the evaluation's result, area by area and in total: each
 * figure shown as any result is, the difference rounded from the exact values (halves away from
 * zero), so it may differ by one from the difference of the shown figures.
 *
 * @example selfAssessmentGaps(result, self).areas[0].difference // 8 (62.4 - 54.1 = 8.3)
 */
export function selfAssessmentGaps(
  evaluation: EvaluationResult,
  self: EvaluationResult,
): { areas: SelfAssessmentGap[]; total: SelfAssessmentGap } {
  const gap = (exactEvaluation: number | null, exactSelf: number | null) =>
    exactEvaluation === null || exactSelf === null
      ? null
      : roundRatio(toMicro(exactSelf) - toMicro(exactEvaluation), MICRO);
  const areas = evaluation.areas.map((area, i) => {
    const selfArea = self.areas[i];
    if (!selfArea || selfArea.id !== area.id) {
      throw new Error(`self-assessment and evaluation differ in area ${area.id}`);
    }
    return {
      id: area.id,
      title: area.title,
      max: area.max,
      evaluation: area.shownPoints,
      selfAssessment: selfArea.shownPoints,
      difference: gap(area.points, selfArea.points),
    };
  });
  return {
    areas,
    total: {
      id: 'total',
      title: 'total',
      max: evaluation.total.max,
      evaluation: evaluation.total.shownPoints,
      selfAssessment: self.total.shownPoints,
      difference: gap(evaluation.total.points, self.total.points),
    },
  };
}
