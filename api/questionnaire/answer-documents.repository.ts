import type { Kysely, Transaction } from 'kysely';
import type { AnswerDocumentRow, Database } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

/** The documents the evaluation's contacts added (the kommun's own), oldest first. */
export function listKommunDocuments(db: Executor, evaluationId: string) {
  return db
    .selectFrom('documents')
    .select([
      'id',
      'title',
      'kind',
      'date',
      'file_name',
      'added_by_id',
      'added_by_name',
      'created_at',
      'version',
    ])
    .where('evaluation_id', '=', evaluationId)
    .where('added_by_kommun', '=', 1)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type KommunDocumentRow = Awaited<ReturnType<typeof listKommunDocuments>>[number];

export function listAttachments(db: Executor, evaluationId: string) {
  return db
    .selectFrom('answer_documents')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findAttachment(
  db: Executor,
  evaluationId: string,
  questionId: string,
  documentId: string,
) {
  return db
    .selectFrom('answer_documents')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('question_id', '=', questionId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
}

export async function insertAttachment(db: Executor, row: AnswerDocumentRow) {
  await db.insertInto('answer_documents').values(row).execute();
}

export async function deleteAttachment(db: Executor, id: string) {
  await db.deleteFrom('answer_documents').where('id', '=', id).execute();
}
