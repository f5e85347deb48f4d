import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { listDocumentsRead } from '../documents/documents-read';

/** One document the evaluators read, as the report's appendix lists it. */
export interface DocumentRead {
  title: string;
  /** YYYY-MM-DD or YYYY-MM (the document's date, or when it was read), null when unknown. */
  date: string | null;
  /** Where it is found: a URL, a diarienummer. */
  reference: string | null;
}

/**
 * The documents read for an evaluation, for the report's appendix: the document library's
 * documents and the document evidence (a title in both is listed once, the library's first).
 */
export async function documentsReadFor(
  db: Kysely<Database>,
  evaluationId: string,
): Promise<DocumentRead[]> {
  const library = (await listDocumentsRead(db, evaluationId)).map((doc) => ({
    title: doc.title,
    date: doc.date,
    reference: doc.url,
  }));
  const rows = await db
    .selectFrom('evidence')
    .select(['title', 'date', 'reference', 'notes'])
    .where('evaluation_id', '=', evaluationId)
    .where('kind', '=', 'document')
    .execute();
  const evidence = rows.map((row) => ({
    title: row.title?.trim() || row.reference?.trim() || row.notes.split('\n')[0]?.trim() || '–',
    date: row.date,
    reference: row.reference?.trim() || null,
  }));
  const titles = new Set(library.map((doc) => doc.title));
  return [...library, ...evidence.filter((doc) => !titles.has(doc.title))].sort((a, b) =>
    a.title.localeCompare(b.title, 'sv'),
  );
}
