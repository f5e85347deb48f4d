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
  selfAssessment: z.number().nullable(),
  difference: z.number().nullable(),
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
  return {
    available: self.total.points !== null,
    areas: gaps.areas.map((gap) => ({ ...gap, shortTitle: short.get(gap.id) ?? gap.title })),
    total: { ...gaps.total, shortTitle: 'total' },
  };
}
