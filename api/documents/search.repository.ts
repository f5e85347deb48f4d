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
 * The best `count` passages holding every stem, from the index alone: FTS5's bm25 over the
 * stems (its rank, set in the migration) on SQLite; on PostgreSQL ts_rank over the stored
 * vectors divided by the passage's length (normalization 2), which orders like bm25's length
 * normalization. Higher `score` is better on both. On SQLite `scoped: false` ranks the whole
 * index (the caller filters): cheaper when the evaluations hold most passages anyway.
 */
async function ranked(
  db: Kysely<Database>,
  dialect: Dialect,
  evaluationIds: string[],
  stems: string[],
  count: number,
  scoped: boolean,
): Promise<Ranked[]> {
  if (dialect === 'sqlite') {
    const result = await sql<Ranked>`
      SELECT rowid AS id, -rank AS score FROM passages_search
      WHERE passages_search MATCH ${ftsQuery(evaluationIds, stems, scoped)}
      ORDER BY rank LIMIT ${count}`.execute(db);
    return result.rows;
  }
  const result = await sql<Ranked>`
    SELECT s.passage_id AS id, ts_rank(s.vector, q, 2) AS score
    FROM passages_search s, plainto_tsquery('simple', ${stems.join(' ')}) q
    WHERE s.vector @@ q AND s.evaluation_id IN (${sql.join(evaluationIds)})
    ORDER BY score DESC, s.passage_id LIMIT ${count}`.execute(db);
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
 * ranked until `limit` are found or the index has no more.
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
    const best = await ranked(db, dialect, evaluationIds, stems, count, scoped);
    if (best.length === 0) return [];
    const score = new Map(best.map((row) => [Number(row.id), Number(row.score)]));
    const rows = await db
      .selectFrom('passages as p')
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .select([
        'p.id',
        'p.document_id',
        'p.page',
        'p.heading',
        'p.text',
        'd.title',
        'd.evaluation_id',
      ])
      .where(
        'p.id',
        'in',
        best.map((row) => Number(row.id)),
      )
      .where('d.extraction_status', '=', 'done')
      .execute();
    const found = rows
      .filter((row) => wanted.has(row.evaluation_id))
      .map((row) => ({ ...row, id: Number(row.id), score: score.get(Number(row.id)) ?? 0 }))
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit);
    if (found.length >= limit || best.length < count) return found;
  }
}
