import type { Kysely, Transaction } from 'kysely';
import type { Database, ReportTextTable } from '../db/database';

export interface StandardTextsKey {
  rubric: string;
  rubricVersion: string;
  language: string;
}

/**
 * The newest saved version of a rubric version's texts in a language, or (with `at`) the newest
 * saved at or before that moment: what was in force when an evaluation was published.
 */
export async function findStandardTexts(
  db: Kysely<Database> | Transaction<Database>,
  key: StandardTextsKey,
  at?: string,
): Promise<ReportTextTable | undefined> {
  let query = db
    .selectFrom('report_texts')
    .selectAll()
    .where('rubric_id', '=', key.rubric)
    .where('rubric_version', '=', key.rubricVersion)
    .where('language', '=', key.language);
  if (at) query = query.where('created_at', '<=', at);
  const row = await query.orderBy('version', 'desc').limit(1).executeTakeFirst();
  // PostgreSQL and SQLite agree on integers here, but keep the edge explicit.
  return row ? { ...row, version: Number(row.version) } : undefined;
}

export async function insertStandardTexts(
  trx: Transaction<Database>,
  row: ReportTextTable,
): Promise<void> {
  await trx.insertInto('report_texts').values(row).execute();
}
