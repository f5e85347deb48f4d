import type { Transaction } from 'kysely';
import type { Dialect } from '../db/connect';
import type { Database, EvaluationStatus, QuestionnaireStatus } from '../db/database';
import { AppError, notFound } from '../errors';
import { lockEvaluation } from '../evaluation-core/evaluations.repository';
import { findSubmission } from './questionnaire.repository';

export const KOMMUN_PART_CLOSED =
  "the kommun's part is written before the visit ends: the evaluation is past its visit";
export const SUBMITTED =
  'the answers are submitted: the team must send them back before they can be changed';

/** Whether the kommun may still write: the evaluation in draft or visit, its answers not sent. */
export function kommunPartOpen(status: EvaluationStatus, submission: QuestionnaireStatus | null) {
  return (status === 'draft' || status === 'visit') && submission !== 'submitted';
}

/**
 * Locks the evaluation for a write by the kommun; 409 once the evaluation is past its visit or
 * the answers are submitted (the team sends them back to reopen them).
 */
export async function assertKommunWritable(
  trx: Transaction<Database>,
  evaluationId: string,
  dialect: Dialect,
) {
  const evaluation = await lockEvaluation(trx, evaluationId, dialect);
  if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
  if (evaluation.status !== 'draft' && evaluation.status !== 'visit') {
    throw new AppError(409, 'closed', KOMMUN_PART_CLOSED);
  }
  const submission = await findSubmission(trx, evaluationId);
  if (submission?.status === 'submitted') throw new AppError(409, 'submitted', SUBMITTED);
  return { evaluation, submission };
}
