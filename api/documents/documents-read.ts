import type { Kysely } from 'kysely';
import type { Database, DocumentKind } from '../db/database';

/** A document as the report's appendix of sources lists it. */
export interface DocumentRead {
  id: string;
  title: string;
  kind: DocumentKind;
  /** The document's own date (YYYY-MM-DD), or the day a web page was seen; null when unknown. */
  date: string | null;
  url: string | null;
  fileName: string;
}

/**
 * The documents read for an evaluation, for the report's appendix of sources ("documents read,
 * with dates"): oldest date first, undated last, then by title. The caller has already checked
 * that the viewer may see the evaluation.
 */
export async function listDocumentsRead(
  db: Kysely<Database>,
  evaluationId: string,
): Promise<DocumentRead[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'title', 'kind', 'date', 'url', 'file_name'])
    .where('evaluation_id', '=', evaluationId)
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      title: row.title,
      kind: row.kind,
      date: row.date,
      url: row.url,
      fileName: row.file_name,
    }))
    .sort(
      (a, b) =>
        (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
        (a.date ?? '').localeCompare(b.date ?? '') ||
        a.title.localeCompare(b.title, 'sv'),
    );
}
