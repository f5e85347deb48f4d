// Frozen: never edit a migration that has shipped; add a new one. Typed Kysely<any>, no app
// imports, DDL that runs on SQLite and PostgreSQL alike.
import type { Kysely } from 'kysely';

/**
 * The audit log names whom a change was made for when that is not the actor: an admin writing a
 * team member's own score records the member here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('on_behalf_of', 'text').execute();
}
