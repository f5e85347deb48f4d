import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** One document the evaluators read, as the report's appendix lists it. */
export interface DocumentRead {
  title: string;
  /** YYYY-MM-DD or YYYY-MM (the document's date, or when it was read), null when unknown. */
  date: string | null;
  /** Where it is found: a URL, a diarienummer. */
  reference: string | null;
}

/**
 * The documents read for an evaluation, for the report's appendix: today the evaluation's
 * document evidence. When the document library (issue #19) lands, this becomes
 * `listDocumentsRead(db, evaluationId)` from api/documents/ (one line).
 */
export async function documentsReadFor(
  db: Kysely<Database>,
  evaluationId: string,
): Promise<DocumentRead[]> {
  const rows = await db
    .selectFrom('evidence')
    .select(['title', 'date', 'reference', 'notes'])
    .where('evaluation_id', '=', evaluationId)
    .where('kind', '=', 'document')
    .execute();
  return rows
    .map((row) => ({
      title: row.title?.trim() || row.reference?.trim() || row.notes.split('\n')[0]?.trim() || '–',
      date: row.date,
      reference: row.reference?.trim() || null,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'sv'));
}
