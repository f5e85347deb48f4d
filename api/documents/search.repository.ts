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

interface Ranked {
  id: number;
  score: number;
}

/** How an evaluation's id is one token in the FTS5 index (as the migration's trigger writes it). */
const scopeToken = (evaluationId: string) =>
  `x${Buffer.from(evaluationId, 'utf8').toString('hex')}`;

/**
 * FTS5's query: every stem required in the stems column, and, when `scoped`, one of the
 * evaluations' tokens in the scope column.
 */
function ftsQuery(evaluationIds: string[], stems: string[], scoped: boolean): string {
  const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const words = `stems : (${stems.map(phrase).join(' AND ')})`;
  if (!scoped) return words;
  return `scope : (${evaluationIds.map((id) => phrase(scopeToken(id))).join(' OR ')}) AND ${words}`;
}

/**
 * How many matching passages are ranked at most, newest first. A word in more of the searched
 * passages than this (in the bench's library of 200,000 passages `mål` is in 74,000) is ranked
 * among the 2,000 newest passages holding every searched word, not among all of them: bm25 and
 * ts_rank tell little apart between thousands of passages that all hold a common word, and
 * ranking every one of them cost 50–300 ms a query (SQLite computes bm25 row by row, about a
 * microsecond each; PostgreSQL reads and ranks each vector), while 2,000 cost a few. Newest
 * first (passage ids only grow) prefers the documents added last: for a re-evaluation, its own
 * over the earlier one's. A query with fewer matches (a rarer word, or several words together)
 * is ranked in full.
 */
export const CANDIDATES = 2_000;

/**
 * The best `count` passages holding every stem, from the index alone, among the first
 * `candidates` matches newest first: FTS5's bm25 over the stems (the weights of its rank, set
 * in the migration) on SQLite; on PostgreSQL ts_rank over the stored vectors divided by the
 * passage's length (normalization 2), which orders like bm25's length normalization. Higher
 * `score` is better on both. On SQLite `scoped: false` ranks the whole index (the caller
 * filters): cheaper when the evaluations hold most passages anyway, as intersecting with a
 * scope token held by most rows costs more than the rows it drops.
 */
async function ranked(
  db: Kysely<Database>,
  dialect: Dialect,
  evaluationIds: string[],
  stems: string[],
  count: number,
  candidates: number,
  scoped: boolean,
): Promise<Ranked[]> {
  if (dialect === 'sqlite') {
    // bm25() is computed only for the rows the inner query returns: FTS5 walks its doclists
    // in rowid order and stops after `candidates`.
    const result = await sql<Ranked>`
      SELECT id, score FROM (
        SELECT rowid AS id, -bm25(passages_search, 1.0, 0.0) AS score FROM passages_search
        WHERE passages_search MATCH ${ftsQuery(evaluationIds, stems, scoped)}
        ORDER BY rowid DESC LIMIT ${candidates})
      ORDER BY score DESC, id LIMIT ${count}`.execute(db);
    return result.rows;
  }
  // The candidates' ids first (by the GIN index, or for a common word by walking the primary
  // key backwards), then only their vectors are read and ranked: the ids as an array let the
  // planner fetch them by key instead of scanning the table to join them.
  const query = sql`plainto_tsquery('simple', ${stems.join(' ')})`;
  const result = await sql<Ranked>`
    SELECT s.passage_id AS id, ts_rank(s.vector, ${query}, 2) AS score FROM passages_search s
    WHERE s.passage_id = ANY(ARRAY(
      SELECT passage_id FROM passages_search
      WHERE vector @@ ${query} AND evaluation_id IN (${sql.join(evaluationIds)})
      ORDER BY passage_id DESC LIMIT ${candidates}))
    ORDER BY score DESC, id LIMIT ${count}`.execute(db);
  return result.rows;
}

/**
 * Whether the evaluations hold under half of all passages: then the index narrows to them
 * first; otherwise ranking everything and dropping the few others is cheaper.
 */
async function narrow(db: Kysely<Database>, evaluationIds: string[]): Promise<boolean> {
  const counts = await db
    .selectFrom('documents')
    .select((eb) => [
      eb.fn.sum<number>('passage_count').as('all'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when('evaluation_id', 'in', evaluationIds)
            .then(eb.ref('passage_count'))
            .else(0)
            .end(),
        )
        .as('ours'),
    ])
    .executeTakeFirst();
  return Number(counts?.ours ?? 0) * 2 < Number(counts?.all ?? 0);
}

/**
 * Passages of the named evaluations' readable documents holding every stem, best first. The
 * index ranks; only the best are read. Passages of a document still being read (or, unscoped,
 * of other evaluations) are in the index but not hits: when they push hits out, more are
 * ranked (and the window of candidates widens past CANDIDATES) until `limit` are found or the
 * index has no more.
 */
export async function searchStems(
  db: Kysely<Database>,
  dialect: Dialect,
  evaluationIds: string[],
  stems: string[],
  limit: number,
): Promise<SearchRow[]> {
  if (evaluationIds.length === 0 || stems.length === 0) return [];
  const scoped = dialect === 'postgres' || (await narrow(db, evaluationIds));
  const wanted = new Set(evaluationIds);
  for (let count = limit * 2; ; count *= 4) {
    const candidates = Math.max(CANDIDATES, count * 8);
    const best = await ranked(db, dialect, evaluationIds, stems, count, candidates, scoped);
    if (best.length === 0) return [];
    const score = new Map(best.map((row) => [Number(row.id), Number(row.score)]));
    // Passages by id, then their documents by id, and whether those are readable checked
    // here: given the status in SQL (one join, or a second condition), SQLite's planner walks
    // the status index over every readable document (12 ms over 1,000 documents) instead.
    const passages = await db
      .selectFrom('passages')
      .select(['id', 'document_id', 'page', 'heading', 'text'])
      .where('id', 'in', [...score.keys()])
      .execute();
    const documents = new Map(
      (
        await db
          .selectFrom('documents')
          .select(['id', 'title', 'evaluation_id', 'extraction_status'])
          .where('id', 'in', [...new Set(passages.map((row) => row.document_id))])
          .execute()
      )
        .filter((row) => row.extraction_status === 'done')
        .map((row) => [row.id, row]),
    );
    const found: SearchRow[] = [];
    for (const passage of passages) {
      const document = documents.get(passage.document_id);
      if (!document || !wanted.has(document.evaluation_id)) continue;
      const id = Number(passage.id);
      found.push({
        ...passage,
        id,
        title: document.title,
        evaluation_id: document.evaluation_id,
        score: score.get(id) ?? 0,
      });
    }
    found.sort((a, b) => b.score - a.score || a.id - b.id);
    // Every match was ranked: `count` not filled, or (when `count` was filled) the window held
    // them all because it was wider than the matches.
    if (found.length >= limit || best.length < count) return found.slice(0, limit);
  }
}
