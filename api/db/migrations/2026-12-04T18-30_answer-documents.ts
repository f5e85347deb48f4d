// Frozen: never edit a migration that has shipped; add a new one. Typed Kysely<any>, no app
// imports, DDL that runs on SQLite and PostgreSQL alike.
import type { Kysely } from 'kysely';

/**
 * The kommun's documents (issue #20): a document added by one of the evaluation's contacts is
 * marked as the kommun's (its contacts see those, never the team's, before publishing), and the
 * kommun attaches documents of the library to its answers to the written questions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('documents')
    .addColumn('added_by_kommun', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // One row per document attached to the answer of one written question.
  await db.schema
    .createTable('answer_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evaluation_id', 'text', (c) =>
      c.notNull().references('evaluations.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) =>
      c.notNull().references('documents.id').onDelete('cascade'),
    )
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('answer_documents_attachment', [
      'evaluation_id',
      'question_id',
      'document_id',
    ])
    .execute();
  await db.schema
    .createIndex('answer_documents_document')
    .on('answer_documents')
    .column('document_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('answer_documents').execute();
  await db.schema.alterTable('documents').dropColumn('added_by_kommun').execute();
}
