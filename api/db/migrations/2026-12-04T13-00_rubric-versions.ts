// Frozen: never edit a migration that has shipped; add a new one. Typed Kysely<any>, no app
// imports, DDL that runs on SQLite and PostgreSQL alike.
import { type Kysely, sql } from 'kysely';

/**
 * Rubric versions imported into a running installation (issue #17): a version is a draft until
 * an admin publishes it, then frozen. Rows from before are the shipped files and the versions
 * evaluations pinned: all published, from a file, published when they were loaded.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('rubric_versions')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
    .execute();
  await db.schema
    .alterTable('rubric_versions')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('file'))
    .execute();
  await db.schema.alterTable('rubric_versions').addColumn('published_at', 'text').execute();
  await db.schema.alterTable('rubric_versions').addColumn('imported_by', 'text').execute();
  await db
    .updateTable('rubric_versions')
    .set((eb) => ({ published_at: eb.ref('loaded_at') }))
    .execute();
  // Two imports never get the same version number (files keep their own, possibly repeated).
  await db.schema
    .createIndex('rubric_versions_imported')
    .on('rubric_versions')
    .columns(['rubric_id', 'version'])
    .unique()
    .where(sql.ref('origin'), '=', 'import')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('rubric_versions_imported').execute();
  for (const column of ['imported_by', 'published_at', 'origin', 'status']) {
    await db.schema.alterTable('rubric_versions').dropColumn(column).execute();
  }
}
