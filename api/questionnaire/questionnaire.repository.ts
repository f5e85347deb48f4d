import type { Kysely, Transaction } from 'kysely';
import type {
  Database,
  QuestionnaireAnswerRow,
  QuestionnaireSubmissionRow,
  SelfAssessmentRow,
} from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export function listAnswers(db: Executor, evaluationId: string) {
  return db
    .selectFrom('questionnaire_answers')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .execute();
}

export function findAnswer(db: Executor, evaluationId: string, questionId: string) {
  return db
    .selectFrom('questionnaire_answers')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
}

export async function insertAnswer(db: Executor, row: QuestionnaireAnswerRow) {
  await db.insertInto('questionnaire_answers').values(row).execute();
}

type AnswerValues = Pick<
  QuestionnaireAnswerRow,
  'text' | 'not_applicable' | 'not_applicable_reason' | 'updated_by' | 'updated_at'
>;

/** Updates when `version` still matches; false on a stale version. */
export async function updateAnswer(
  db: Executor,
  id: string,
  version: number,
  values: AnswerValues,
) {
  const result = await db
    .updateTable('questionnaire_answers')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function findSubmission(db: Executor, evaluationId: string) {
  return db
    .selectFrom('questionnaire_submissions')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .executeTakeFirst();
}

export async function insertSubmission(db: Executor, row: QuestionnaireSubmissionRow) {
  await db.insertInto('questionnaire_submissions').values(row).execute();
}

type SubmissionValues = Pick<
  QuestionnaireSubmissionRow,
  'status' | 'comment' | 'submitted_at' | 'submitted_by' | 'updated_at'
>;

export async function updateSubmission(
  db: Executor,
  id: string,
  version: number,
  values: SubmissionValues,
) {
  const result = await db
    .updateTable('questionnaire_submissions')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function listSelfAssessments(db: Executor, evaluationId: string) {
  return db
    .selectFrom('self_assessments')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .execute();
}

export function findSelfAssessment(db: Executor, evaluationId: string, questionId: string) {
  return db
    .selectFrom('self_assessments')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
}

export async function insertSelfAssessment(db: Executor, row: SelfAssessmentRow) {
  await db.insertInto('self_assessments').values(row).execute();
}

export async function updateSelfAssessment(
  db: Executor,
  id: string,
  version: number,
  values: Pick<SelfAssessmentRow, 'points' | 'level' | 'updated_by' | 'updated_at'>,
) {
  const result = await db
    .updateTable('self_assessments')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
