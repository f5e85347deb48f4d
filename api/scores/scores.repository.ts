import type { Kysely, Transaction } from 'kysely';
import { inIdBatches } from '../db/batches';
import type { ConsensusScoreRow, Database, EvaluatorScoreRow } from '../db/database';
import { preparedFirst } from '../db/prepared';

type Executor = Kysely<Database> | Transaction<Database>;

export function listEvaluatorScores(
  db: Executor,
  evaluationId: string,
): Promise<EvaluatorScoreRow[]> {
  return db
    .selectFrom('evaluator_scores')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('member_id')
    .orderBy('question_id')
    .execute();
}

/** Consensus scores of one or many evaluations (a comparison reads thousands at once). */
export function listConsensusScores(
  db: Executor,
  evaluationIds: string[],
): Promise<ConsensusScoreRow[]> {
  return inIdBatches(evaluationIds, (ids) =>
    db
      .selectFrom('consensus_scores')
      .selectAll()
      .where('evaluation_id', 'in', ids)
      .orderBy('evaluation_id')
      .orderBy('question_id')
      .execute(),
  );
}

export function findEvaluatorScore(
  db: Executor,
  evaluationId: string,
  memberId: string,
  questionId: string,
) {
  return preparedFirst(db, 'findEvaluatorScore', [evaluationId, memberId, questionId], (db) =>
    db
      .selectFrom('evaluator_scores')
      .selectAll()
      .where('evaluation_id', '=', evaluationId)
      .where('member_id', '=', memberId)
      .where('question_id', '=', questionId),
  );
}

export function findConsensusScore(db: Executor, evaluationId: string, questionId: string) {
  return db
    .selectFrom('consensus_scores')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
}

export async function insertEvaluatorScores(
  db: Executor,
  rows: EvaluatorScoreRow[],
): Promise<void> {
  // Chunked: PostgreSQL allows 65,535 bind parameters per statement.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('evaluator_scores')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export async function insertConsensusScores(
  db: Executor,
  rows: ConsensusScoreRow[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('consensus_scores')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

type ScoreValues = {
  points: number | null;
  percent: number | null;
  rationale: string;
  updated_at: string;
};

/** Updates when `version` still matches; false on a stale version. */
export async function updateEvaluatorScore(
  db: Executor,
  id: string,
  version: number,
  values: ScoreValues,
) {
  const result = await db
    .updateTable('evaluator_scores')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function updateConsensusScore(
  db: Executor,
  id: string,
  version: number,
  values: ScoreValues,
) {
  const result = await db
    .updateTable('consensus_scores')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
