import type { Kysely, Transaction } from 'kysely';
import type { CitationRow, Database } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export function listCitations(db: Executor, evaluationId: string): Promise<CitationRow[]> {
  return db
    .selectFrom('citations')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findCitation(db: Executor, id: string): Promise<CitationRow | undefined> {
  return db.selectFrom('citations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCitation(db: Executor, row: CitationRow): Promise<void> {
  await db.insertInto('citations').values(row).execute();
}

export async function updateCitationQuestions(
  db: Executor,
  id: string,
  version: number,
  values: { question_ids: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('citations')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteCitation(db: Executor, id: string, version: number) {
  const result = await db
    .deleteFrom('citations')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * After a document is read again, its citations whose passage went (passage_id set null) point
 * to the new passage holding the same words, with the quote's new offsets and page. A quote no
 * passage holds any longer keeps its text and stays unlinked.
 */
export async function relinkCitations(db: Executor, documentId: string): Promise<void> {
  const orphans = await db
    .selectFrom('citations')
    .select(['id', 'quote'])
    .where('document_id', '=', documentId)
    .where('passage_id', 'is', null)
    .execute();
  if (orphans.length === 0) return;
  const passages = await db
    .selectFrom('passages')
    .select(['id', 'text', 'page'])
    .where('document_id', '=', documentId)
    .orderBy('ordinal')
    .execute();
  for (const citation of orphans) {
    for (const passage of passages) {
      const start = passage.text.indexOf(citation.quote);
      if (start === -1) continue;
      await db
        .updateTable('citations')
        .set({
          passage_id: Number(passage.id),
          start_offset: start,
          end_offset: start + citation.quote.length,
          page: passage.page,
        })
        .where('id', '=', citation.id)
        .execute();
      break;
    }
  }
}
