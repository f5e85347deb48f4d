import type { Rubric } from '../rubrics/rubric';
import { ValidationError } from '../rubrics/validation';
import type { QuestionScore } from './question-score';
import { fromMicro, toMicro } from './round';
import { scoreToMicro, validateScores } from './score-evaluation';

/** A spread above this share of the question's max (percentage points) is flagged by default. */
export const DEFAULT_SPREAD_THRESHOLD = 20;

export interface EvaluatorValue {
  evaluator: string;
  /** Exact points, or `null` when this evaluator has not scored the question. */
  points: number | null;
}

export interface QuestionSpread {
  id: string;
  maxPoints: number;
  values: EvaluatorValue[];
  /** How many evaluators scored it. The statistics below are `null` when none did. */
  scoredBy: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** `max - min` in points. */
  spread: number | null;
  /** The spread as a percentage of the question's max. */
  spreadPercent: number | null;
  /** True when `spreadPercent` exceeds the threshold: the team should talk this one through. */
  flagged: boolean;
}

function medianOfSorted(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Puts the evaluators' own scores side by side per question, with mean, median, min, max and
 * spread, flagging spreads over `threshold` percent of the question's max. The consensus score is
 * separate input: nothing here decides it.
 *
 * @example evaluatorSpread(kk2010, { Anna: { '1.1': { points: 6 } }, Leif: { '1.1': { points: 12 } } })
 *   // 1.1: mean 9, spread 6 points = 40 % of 15 -> flagged
 */
export function evaluatorSpread(
  rubric: Rubric,
  byEvaluator: Record<string, Record<string, QuestionScore | null | undefined>>,
  threshold = DEFAULT_SPREAD_THRESHOLD,
): QuestionSpread[] {
  const issues = Object.entries(byEvaluator).flatMap(([name, scores]) =>
    validateScores(rubric, scores, `evaluatorScores["${name}"]`),
  );
  if (issues.length > 0) throw new ValidationError('evaluatorScores', issues);
  const evaluators = Object.keys(byEvaluator);

  return rubric.areas.flatMap((area) =>
    area.questions.map((question): QuestionSpread => {
      const maxMicro = toMicro(question.maxPoints);
      const values = evaluators.map((evaluator): EvaluatorValue => {
        const score = byEvaluator[evaluator]?.[question.id];
        if (score === null || score === undefined) return { evaluator, points: null };
        return { evaluator, points: fromMicro(scoreToMicro(score, maxMicro)) };
      });
      const micros = values
        .filter((value) => value.points !== null)
        .map((value) => toMicro(value.points as number))
        .sort((a, b) => a - b);
      if (micros.length === 0) {
        return {
          id: question.id,
          maxPoints: question.maxPoints,
          values,
          scoredBy: 0,
          mean: null,
          median: null,
          min: null,
          max: null,
          spread: null,
          spreadPercent: null,
          flagged: false,
        };
      }
      const low = micros[0] as number;
      const high = micros[micros.length - 1] as number;
      const spreadPercent = ((high - low) * 100) / maxMicro;
      return {
        id: question.id,
        maxPoints: question.maxPoints,
        values,
        scoredBy: micros.length,
        mean: fromMicro(micros.reduce((sum, micro) => sum + micro, 0) / micros.length),
        median: fromMicro(medianOfSorted(micros)),
        min: fromMicro(low),
        max: fromMicro(high),
        spread: fromMicro(high - low),
        spreadPercent,
        flagged: spreadPercent > threshold,
      };
    }),
  );
}
