import type { Rubric } from '../../rubrics/rubric';
import type { QuestionScore } from '../../scoring/question-score';
import {
  type EvaluationResult,
  scoreEvaluation,
  validateScores,
} from '../../scoring/score-evaluation';
import { type ScoreValue, toQuestionScore } from './score-value';

export interface LiveResult {
  /** The engine's figures for the values that are valid; invalid ones count as not scored. */
  result: EvaluationResult;
  /** Questions whose current value the engine refuses (over max, negative): not counted. */
  invalid: Set<string>;
}

/**
 * Runs the scoring engine on the values on screen, so the figures are SKL's (the same code as the
 * API and the report). A value the engine refuses is left out and named in `invalid` rather than
 * blanking every figure while someone types. Null for a rubric without public questions.
 */
export function liveResult(
  rubric: Rubric,
  scoreOf: (questionId: string) => ScoreValue,
): LiveResult | null {
  if (rubric.areaLevelOnly) return null;
  const scores: Record<string, QuestionScore | null> = {};
  const invalid = new Set<string>();
  for (const area of rubric.areas) {
    for (const question of area.questions) {
      const score = toQuestionScore(scoreOf(question.id));
      if (score && validateScores(rubric, { [question.id]: score }).length > 0) {
        invalid.add(question.id);
        scores[question.id] = null;
      } else {
        scores[question.id] = score;
      }
    }
  }
  return { result: scoreEvaluation(rubric, scores), invalid };
}
