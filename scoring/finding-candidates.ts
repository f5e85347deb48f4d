import type { Rubric } from '../rubrics/rubric';
import type { ComparableResult } from './comparable-result';
import { fromMicro, toMicro } from './round';
import type { EvaluationResult } from './score-evaluation';

export interface QuestionCandidate {
  id: string;
  areaId: string;
  text: string;
  percent: number;
  shownPercent: number;
  /** Points short of the question's max. */
  lostPoints: number;
  /**
   * Percentage points ahead (+) or behind (-) the reference: per question when the reference is
   * scored per question, otherwise the question's area's gap.
   */
  gap: number | null;
}

export interface FindingCandidates {
  /** Highest percent first: where strengths are likely. */
  byPercent: QuestionCandidate[];
  /** Furthest behind the reference first (empty without a reference): where improvements are likely. */
  byGap: QuestionCandidate[];
}

function isEvaluationResult(value: EvaluationResult | ComparableResult): value is EvaluationResult {
  return Array.isArray((value as EvaluationResult).areas);
}

/**
 * Orders the scored questions as starting points for Styrkor and Förbättringsmöjligheter: by
 * percent, and by gap to a chosen reference. Within an area-level gap, the questions that lost
 * most points come first, since they explain most of it. The evaluator writes the texts.
 *
 * @example findingCandidates(kk2010, enkoping).byPercent[0].id // '8.2' (87 %)
 */
export function findingCandidates(
  rubric: Rubric,
  result: EvaluationResult,
  reference?: EvaluationResult | ComparableResult,
): FindingCandidates {
  const questionText = new Map(
    rubric.areas.flatMap((area) => area.questions.map((q) => [q.id, q.text] as const)),
  );
  const referencePercent = new Map<string, number>();
  const referenceAreaPercent = new Map<string, number>();
  if (reference && isEvaluationResult(reference)) {
    for (const area of reference.areas) {
      for (const question of area.questions) {
        if (question.percent !== null) referencePercent.set(question.id, question.percent);
      }
    }
  } else if (reference) {
    for (const area of rubric.areas) {
      const value = reference.areas[area.id];
      if (value !== null && value !== undefined) {
        referenceAreaPercent.set(area.id, (value * 100) / area.maxPoints);
      }
    }
  }

  const candidates: QuestionCandidate[] = result.areas.flatMap((area) =>
    area.questions.flatMap((question) => {
      if (question.points === null || question.percent === null || question.shownPercent === null) {
        return [];
      }
      const own = referencePercent.get(question.id);
      const areaReference = referenceAreaPercent.get(area.id);
      const gap =
        own !== undefined
          ? question.percent - own
          : areaReference !== undefined && area.percent !== null
            ? area.percent - areaReference
            : null;
      return [
        {
          id: question.id,
          areaId: area.id,
          text: questionText.get(question.id) ?? question.id,
          percent: question.percent,
          shownPercent: question.shownPercent,
          lostPoints: fromMicro(toMicro(question.max) - toMicro(question.points)),
          gap,
        },
      ];
    }),
  );

  const byPercent = [...candidates].sort((a, b) => b.percent - a.percent);
  const byGap = candidates
    .filter((candidate) => candidate.gap !== null)
    .sort((a, b) => (a.gap as number) - (b.gap as number) || b.lostPoints - a.lostPoints);
  return { byPercent, byGap };
}
