// Frozen: never edit a migration that has shipped; add a new one. Typed Kysely<any>, no app
// imports, DDL that runs on SQLite and PostgreSQL alike.
import type { Kysely } from 'kysely';

/**
 * Blind scoring (issue #15): per evaluation, whether an evaluator sees the others' own scores and
 * rationales for a delfråga only after scoring it. 0/1 so both stores read the same type; every
 * evaluation made before is open, as it was.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('evaluations')
    .addColumn('blind_scoring', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('evaluations').dropColumn('blind_scoring').execute();
}
