import type { Kysely, Transaction } from 'kysely';
import type { Database, DocumentRow, DocumentTable, PassageRow } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

/** Every column of a document but its bytes. */
export function findDocument(db: Executor, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listDocuments(db: Executor, evaluationIds: string[]): Promise<DocumentRow[]> {
  if (evaluationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('documents')
    .selectAll()
    .where('evaluation_id', 'in', evaluationIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertDocument(
  db: Executor,
  row: DocumentRow,
  content: Uint8Array,
): Promise<void> {
  await db.insertInto('documents').values(row).execute();
  await db.insertInto('document_files').values({ document_id: row.id, content }).execute();
}

export async function readContent(db: Executor, id: string): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom('document_files')
    .select('content')
    .where('document_id', '=', id)
    .executeTakeFirst();
  return row ? new Uint8Array(row.content) : undefined;
}

type Editable = Pick<DocumentTable, 'title' | 'kind' | 'date' | 'url' | 'updated_at'>;

/** Updates when `version` still matches; false on a stale version. */
export async function updateDocument(db: Executor, id: string, version: number, values: Editable) {
  const result = await db
    .updateTable('documents')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteDocument(db: Executor, id: string, version: number) {
  const result = await db
    .deleteFrom('documents')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function listPassages(db: Executor, documentId: string): Promise<PassageRow[]> {
  return db
    .selectFrom('passages')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('ordinal')
    .execute();
}

export function findPassage(db: Executor, id: number): Promise<PassageRow | undefined> {
  return db.selectFrom('passages').selectAll().where('id', '=', id).executeTakeFirst();
}
