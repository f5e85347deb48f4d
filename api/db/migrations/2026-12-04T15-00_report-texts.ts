// Frozen: never edit a migration that has shipped; add a new one.
import type { Kysely } from 'kysely';

/**
 * The report's standard texts (Vad är Kommunkompassen, Allmänt per area, Jämförelser, the
 * Utvärderingen template, the area titles as the report prints them) as the organisation's data,
 * per rubric version and language. Rows are never updated: each save adds the next version, so a
 * published evaluation's report can take the texts that were in force when it was published.
 * Users get an organisation ("SKL", "Katrineholms kommun") for the report's cover.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_texts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rubric_id', 'text', (c) => c.notNull())
    .addColumn('rubric_version', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('report_texts_version', [
      'rubric_id',
      'rubric_version',
      'language',
      'version',
    ])
    .execute();
  await db.schema.alterTable('users').addColumn('organisation', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('organisation').execute();
  await db.schema.dropTable('report_texts').execute();
}
