// Frozen: never edit a migration that has shipped; add a new one. Typed Kysely<any>, no app
// imports, DDL that runs on SQLite and PostgreSQL alike (the search index differs by store).
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

/**
 * The document library (issue #19): a kommun's files and saved web pages kept with an
 * evaluation (the original bytes in the database, so backups and a second server see them),
 * their text split into passages with page and heading, a full-text index over the passages'
 * Swedish stems, and citations: a passage's exact words tied to delfrågor.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // PostgreSQL runs DDL in transactions, SQLite (as Kysely drives it) does not: the one
  // difference between the adapters that tells the stores apart without an app import.
  const postgres = db.getExecutor().adapter.supportsTransactionalDdl;
  const versioned = (table: CreateTableBuilder<any, any>) =>
    table
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull());

  await versioned(
    db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('evaluation_id', 'text', (c) =>
        c.notNull().references('evaluations.id').onDelete('cascade'),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('url', 'text')
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('added_by_id', 'text', (c) => c.notNull())
      .addColumn('added_by_name', 'text', (c) => c.notNull())
      .addColumn('extraction_status', 'text', (c) => c.notNull())
      .addColumn('extraction_progress', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('extraction_pages', 'integer')
      .addColumn('extraction_message', 'text')
      // A worker's claim on the job until this time (ISO); a lapsed claim is taken over.
      .addColumn('extraction_lease', 'text')
      .addColumn('passage_count', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema
    .createIndex('documents_evaluation')
    .on('documents')
    .column('evaluation_id')
    .execute();
  await db.schema
    .createIndex('documents_extraction')
    .on('documents')
    .column('extraction_status')
    .execute();

  // The bytes apart from the row, so listing documents never reads them.
  await db.schema
    .createTable('document_files')
    .addColumn('document_id', 'text', (c) =>
      c.primaryKey().references('documents.id').onDelete('cascade'),
    )
    .addColumn('content', postgres ? 'bytea' : 'blob', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('passages')
    .addColumn('id', postgres ? 'bigint' : 'integer', (c) =>
      // Never reused (SQLite's AUTOINCREMENT): a passage id names one passage for good.
      postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('document_id', 'text', (c) =>
      c.notNull().references('documents.id').onDelete('cascade'),
    )
    // The document's evaluation, repeated so the search index can narrow to it by itself.
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('page', 'integer')
    .addColumn('heading', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    // The text's words as Swedish stems, space-separated: what both stores index.
    .addColumn('stems', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('passages_document')
    .on('passages')
    .columns(['document_id', 'ordinal'])
    .unique()
    .execute();
  await db.schema
    .createIndex('passages_evaluation')
    .on('passages')
    .column('evaluation_id')
    .execute();

  if (postgres) {
    // The search vectors beside the passages (kept by a trigger, never backed up): ranking
    // reads a stored tsvector instead of computing one per matching row.
    await sql`CREATE TABLE passages_search (
      passage_id bigint PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
      evaluation_id text NOT NULL,
      vector tsvector NOT NULL)`.execute(db);
    await sql`CREATE INDEX passages_search_vector ON passages_search USING gin (vector)`.execute(
      db,
    );
    await sql`CREATE INDEX passages_search_evaluation ON passages_search (evaluation_id)`.execute(
      db,
    );
    await sql`CREATE FUNCTION passages_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO passages_search (passage_id, evaluation_id, vector)
        VALUES (NEW.id, NEW.evaluation_id, to_tsvector('simple', NEW.stems));
        RETURN NULL;
      END $$`.execute(db);
    await sql`CREATE TRIGGER passages_search_insert AFTER INSERT ON passages
      FOR EACH ROW EXECUTE FUNCTION passages_search_insert()`.execute(db);
  } else {
    // Diacritics are letters in Swedish: mål is not mal. Beside the stems, `scope` holds the
    // evaluation's id as one token (its UTF-8 bytes in hex, after an x), so a search can narrow
    // to evaluations inside the index. Contentless: the text stays in passages alone.
    await sql`CREATE VIRTUAL TABLE passages_search USING fts5(stems, scope, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(
      db,
    );
    // Rank by the stems only: the scope is a filter, not evidence of relevance.
    await sql`INSERT INTO passages_search(passages_search, rank) VALUES ('rank', 'bm25(1.0, 0.0)')`.execute(
      db,
    );
    await sql`CREATE TRIGGER passages_search_insert AFTER INSERT ON passages BEGIN
      INSERT INTO passages_search(rowid, stems, scope)
      VALUES (new.id, new.stems, 'x' || lower(hex(new.evaluation_id))); END`.execute(db);
    await sql`CREATE TRIGGER passages_search_delete AFTER DELETE ON passages BEGIN
      DELETE FROM passages_search WHERE rowid = old.id; END`.execute(db);
    await sql`CREATE TRIGGER passages_search_update AFTER UPDATE ON passages BEGIN
      DELETE FROM passages_search WHERE rowid = old.id;
      INSERT INTO passages_search(rowid, stems, scope)
      VALUES (new.id, new.stems, 'x' || lower(hex(new.evaluation_id))); END`.execute(db);
  }

  await versioned(
    db.schema
      .createTable('citations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('evaluation_id', 'text', (c) =>
        c.notNull().references('evaluations.id').onDelete('cascade'),
      )
      // Kept (with the title and quote) when the document is deleted.
      .addColumn('document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
      .addColumn('document_title', 'text', (c) => c.notNull())
      .addColumn('page', 'integer')
      .addColumn('passage_id', postgres ? 'bigint' : 'integer', (c) =>
        c.references('passages.id').onDelete('set null'),
      )
      .addColumn('start_offset', 'integer', (c) => c.notNull())
      .addColumn('end_offset', 'integer', (c) => c.notNull())
      .addColumn('quote', 'text', (c) => c.notNull())
      // JSON array of delfråga ids, in rubric order.
      .addColumn('question_ids', 'text', (c) => c.notNull())
      .addColumn('created_by_id', 'text', (c) => c.notNull())
      .addColumn('created_by_name', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('citations_evaluation')
    .on('citations')
    .column('evaluation_id')
    .execute();
  await db.schema.createIndex('citations_document').on('citations').column('document_id').execute();
  await db.schema.createIndex('citations_passage').on('citations').column('passage_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter.supportsTransactionalDdl;
  await db.schema.dropTable('citations').execute();
  if (postgres) {
    await sql`DROP TABLE passages_search`.execute(db);
    await sql`DROP TRIGGER passages_search_insert ON passages`.execute(db);
    await sql`DROP FUNCTION passages_search_insert()`.execute(db);
  } else {
    for (const trigger of ['insert', 'delete', 'update']) {
      await sql`DROP TRIGGER ${sql.raw(`passages_search_${trigger}`)}`.execute(db);
    }
    await sql`DROP TABLE passages_search`.execute(db);
  }
  await db.schema.dropTable('passages').execute();
  await db.schema.dropTable('document_files').execute();
  await db.schema.dropTable('documents').execute();
}
