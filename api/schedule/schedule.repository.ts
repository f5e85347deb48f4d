import type { Kysely, Transaction } from 'kysely';
import type { Database, IntervieweeRow, InterviewRow } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export function listInterviewees(db: Executor, evaluationId: string) {
  return db
    .selectFrom('interviewees')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function listInterviews(db: Executor, evaluationId: string) {
  return db
    .selectFrom('interviews')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('date')
    .orderBy('start_time')
    .orderBy('id')
    .execute();
}

export function findInterviewee(db: Executor, evaluationId: string, id: string) {
  return db
    .selectFrom('interviewees')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findInterview(db: Executor, evaluationId: string, id: string) {
  return db
    .selectFrom('interviews')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertInterviewee(db: Executor, row: IntervieweeRow) {
  await db.insertInto('interviewees').values(row).execute();
}

export async function insertInterview(db: Executor, row: InterviewRow) {
  await db.insertInto('interviews').values(row).execute();
}

/** Updates when `version` still matches; false on a stale version. */
export async function updateInterviewee(
  db: Executor,
  id: string,
  version: number,
  values: Partial<Omit<IntervieweeRow, 'id' | 'version'>>,
) {
  const result = await db
    .updateTable('interviewees')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function updateInterview(
  db: Executor,
  id: string,
  version: number,
  values: Partial<Omit<InterviewRow, 'id' | 'version'>>,
) {
  const result = await db
    .updateTable('interviews')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteInterviewee(db: Executor, id: string) {
  await db.deleteFrom('interviewees').where('id', '=', id).execute();
}

export async function deleteInterview(db: Executor, id: string) {
  await db.deleteFrom('interviews').where('id', '=', id).execute();
}
