import { z } from 'zod';
import {
  type SelfAssessmentEntry,
  scoreSelfAssessment,
  selfAssessmentGaps,
} from '../../scoring/self-assessment';
import type { AppDeps } from '../context';
import { notFound } from '../errors';
import { findEvaluation } from '../evaluation-core/evaluations.repository';
import { evaluationResult } from '../evaluations/evaluation-results';
import { listSelfAssessments } from './questionnaire.repository';

const Gap = z.object({
  id: z.string(),
  title: z.string(),
  /** A label short enough for a radar axis. */
  shortTitle: z.string(),
  max: z.number(),
  evaluation: z.number().nullable(),
  /** Null unless the kommun estimated every delfråga of the area: a partial sum is no figure. */
  selfAssessment: z.number().nullable(),
  difference: z.number().nullable(),
  /** complete: every delfråga estimated; partial: some (no figure shown); none: not one. */
  selfAssessed: z.enum(['complete', 'partial', 'none']),
});

export const SelfAssessmentComparison = z
  .object({
    /** False when the kommun gave no self-assessment (or the rubric has no public delfrågor). */
    available: z.boolean(),
    areas: z.array(Gap),
    total: Gap.nullable(),
  })
  .meta({ id: 'SelfAssessmentComparison' });
export type SelfAssessmentComparison = z.infer<typeof SelfAssessmentComparison>;

/** The kommun's self-assessment beside the evaluation's (consensus) result, per area. */
export async function selfAssessmentComparison(
  deps: AppDeps,
  evaluationId: string,
): Promise<SelfAssessmentComparison> {
  const evaluation = await findEvaluation(deps.store.db, evaluationId);
  if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
  const [{ rubric }, rows] = await Promise.all([
    deps.rubrics.get(evaluation.rubric_version_id),
    listSelfAssessments(deps.store.db, evaluationId),
  ]);
  if (rubric.areaLevelOnly) return { available: false, areas: [], total: null };
  const entries: Record<string, SelfAssessmentEntry> = {};
  for (const row of rows) {
    entries[row.question_id] = {
      points: row.points === null ? null : Number(row.points),
      level: row.level,
    };
  }
  const self = scoreSelfAssessment(rubric, entries);
  const gaps = selfAssessmentGaps(await evaluationResult(deps, evaluationId), self);
  const short = new Map(rubric.areas.map((area) => [area.id, area.shortTitle]));
  const selfArea = new Map(self.areas.map((area) => [area.id, area]));
  return {
    available: self.total.points !== null,
    areas: gaps.areas.map((gap) => {
      const area = selfArea.get(gap.id);
      return onlyComplete(
        { ...gap, shortTitle: short.get(gap.id) ?? gap.title },
        area?.complete ? 'complete' : area?.scoredCount ? 'partial' : 'none',
      );
    }),
    total: onlyComplete(
      { ...gaps.total, shortTitle: 'total' },
      self.total.complete ? 'complete' : self.total.points !== null ? 'partial' : 'none',
    ),
  };
}

/** A figure of a partly estimated area (or total) would read as the kommun's view: leave it out. */
function onlyComplete(
  gap: Omit<z.infer<typeof Gap>, 'selfAssessed'>,
  selfAssessed: z.infer<typeof Gap>['selfAssessed'],
): z.infer<typeof Gap> {
  return selfAssessed === 'complete'
    ? { ...gap, selfAssessed }
    : { ...gap, selfAssessment: null, difference: null, selfAssessed };
}
