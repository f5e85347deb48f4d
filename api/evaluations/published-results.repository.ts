import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, EvaluationStatus } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

/** What a published evaluation's cached comparable is keyed by (see published-results-cache.ts). */
export interface PublishedKeyRow {
  id: string;
  status: EvaluationStatus;
  version: number;
  updated_at: string;
  rubric_version_id: string;
  date: string;
  municipality_code: string;
  municipality_name: string;
}

/**
 * The key columns of every published evaluation of a rubric, in the order of listEvaluations
 * (newest first): read on every request, so narrower than the full rows.
 */
export function listPublishedKeys(db: Executor, rubricId: string): Promise<PublishedKeyRow[]> {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('municipalities as m', 'm.id', 'e.municipality_id')
    .innerJoin('rubric_versions as r', 'r.id', 'e.rubric_version_id')
    .select([
      'e.id',
      'e.status',
      'e.version',
      'e.updated_at',
      'e.rubric_version_id',
      'e.date',
      'm.code as municipality_code',
      'm.name as municipality_name',
    ])
    .where('e.status', '=', 'published')
    .where('r.rubric_id', '=', rubricId)
    .orderBy('e.date', 'desc')
    .orderBy('m.name')
    .orderBy('e.id')
    .execute();
}

/**
 * SQLite only: a stamp that differs after any write to the database since it was last read.
 * `total_changes()` counts the rows this connection (the app's one) changed, and
 * `data_version` moves when another connection (a CLI import, a restore) commits.
 */
export async function sqliteChangeStamp(db: Executor): Promise<string> {
  const { rows } = await sql<{
    changes: number;
    version: number;
  }>`select total_changes() as changes, data_version as version from pragma_data_version`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error('pragma_data_version returned no row');
  return `${row.changes}:${row.version}`;
}
