import type { EvaluationStatus } from '../db/database';
import { AppError, notFound } from '../errors';

export const PUBLISHED_READ_ONLY =
  'the evaluation is published and read-only: an admin must reopen it first';

/** Throws 409 when writes to the evaluation are not allowed (published). */
export function assertWritable(evaluation: { status: EvaluationStatus } | undefined, id: string) {
  if (!evaluation) throw notFound(`evaluation ${id}`);
  if (evaluation.status === 'published') {
    throw new AppError(409, 'published', PUBLISHED_READ_ONLY);
  }
}
