import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db/connect';
import type { Database } from '../db/database';

export interface SearchRow {
  id: number;
  document_id: string;
  page: number | null;
  heading: string | null;
  text: string;
  title: string;
  evaluation_id: string;
  score: number;
}

/**
 * Passages of the named evaluations' readable documents holding every stem, best first: FTS5's
 * bm25 on SQLite, ts_rank over the same stems (the 'simple' configuration: no second stemming)
 * on PostgreSQL. `score` is higher for better matches on both.
 */
export async function searchStems(
  db: Kysely<Database>,
  dialect: Dialect,
  evaluationIds: string[],
  stems: string[],
  limit: number,
): Promise<SearchRow[]> {
  if (evaluationIds.length === 0 || stems.length === 0) return [];
  if (dialect === 'sqlite') {
    const match = stems.map((stem) => `"${stem.replace(/"/g, '""')}"`).join(' ');
    const result = await sql<SearchRow>`
      SELECT p.id, p.document_id, p.page, p.heading, p.text, d.title, d.evaluation_id,
             -bm25(passages_search) AS score
      FROM passages_search
      JOIN passages p ON p.id = passages_search.rowid
      JOIN documents d ON d.id = p.document_id
      WHERE passages_search MATCH ${match}
        AND d.evaluation_id IN (${sql.join(evaluationIds)})
        AND d.extraction_status = 'done'
      ORDER BY bm25(passages_search)
      LIMIT ${limit}`.execute(db);
    return result.rows;
  }
  const result = await sql<SearchRow>`
    SELECT p.id, p.document_id, p.page, p.heading, p.text, d.title, d.evaluation_id,
           ts_rank(to_tsvector('simple', p.stems), q) AS score
    FROM passages p
    JOIN documents d ON d.id = p.document_id,
         plainto_tsquery('simple', ${stems.join(' ')}) q
    WHERE to_tsvector('simple', p.stems) @@ q
      AND d.evaluation_id IN (${sql.join(evaluationIds)})
      AND d.extraction_status = 'done'
    ORDER BY score DESC, p.id
    LIMIT ${limit}`.execute(db);
  return result.rows;
}
