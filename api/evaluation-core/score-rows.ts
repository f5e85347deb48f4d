import type { QuestionScore } from '../../scoring/question-score';
import { type EvaluationResult, scoreEvaluation } from '../../scoring/score-evaluation';
import type { ConsensusScoreRow, EvaluatorScoreRow } from '../db/database';
import type { PinnedRubric } from '../rubrics/rubric-store';

/**
 * A stored score row as the engine's input: points or percent as entered, or null when the row
 * holds only a rationale. PostgreSQL and SQLite both return doubles as numbers.
 */
export function scoreFromRow(
  row: Pick<ConsensusScoreRow | EvaluatorScoreRow, 'points' | 'percent' | 'rationale'>,
  withRationale = false,
): QuestionScore | null {
  const rationale = withRationale && row.rationale !== '' ? { rationale: row.rationale } : {};
  if (row.points !== null) return { points: Number(row.points), ...rationale };
  if (row.percent !== null) return { percent: Number(row.percent), ...rationale };
  return null;
}

/** Consensus rows -> the engine's scores keyed by question id. */
export function scoresFromRows(rows: ConsensusScoreRow[]): Record<string, QuestionScore | null> {
  const scores: Record<string, QuestionScore | null> = {};
  for (const row of rows) scores[row.question_id] = scoreFromRow(row);
  return scores;
}

/** The engine's result for an evaluation's consensus scores on its pinned rubric. */
export function resultOf(pinned: PinnedRubric, rows: ConsensusScoreRow[]): EvaluationResult {
  return scoreEvaluation(pinned.rubric, scoresFromRows(rows));
}
