// Frozen: never edit a migration that has shipped; add a new one. Typed Kysely<any>, no app
// imports, DDL that runs on SQLite and PostgreSQL alike.
import type { CreateTableBuilder, Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Every mutable record: optimistic-locking version and timestamps.
  const versioned = (table: CreateTableBuilder<any, any>) =>
    table
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull());

  await versioned(
    db.schema
      .createTable('municipalities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('official_name', 'text'),
  ).execute();

  await db.schema
    .createTable('rubric_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rubric_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();

  await versioned(
    db.schema
      .createTable('evaluations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipalities.id'))
      .addColumn('rubric_version_id', 'text', (c) => c.notNull().references('rubric_versions.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('visit_start', 'text')
      .addColumn('visit_end', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('facts', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text'),
  ).execute();
  await db.schema
    .createIndex('evaluations_municipality')
    .on('evaluations')
    .column('municipality_id')
    .execute();

  await db.schema
    .createTable('team_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evaluation_id', 'text', (c) =>
      c.notNull().references('evaluations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addUniqueConstraint('team_members_name', ['evaluation_id', 'name'])
    .execute();

  await versioned(
    db.schema
      .createTable('evidence')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('evaluation_id', 'text', (c) =>
        c.notNull().references('evaluations.id').onDelete('cascade'),
      )
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('title', 'text')
      .addColumn('interviewee_group', 'text')
      .addColumn('function', 'text')
      .addColumn('reference', 'text')
      .addColumn('notes', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('evidence_evaluation')
    .on('evidence')
    .column('evaluation_id')
    .execute();

  await db.schema
    .createTable('evidence_questions')
    .addColumn('evidence_id', 'text', (c) =>
      c.notNull().references('evidence.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_questions_pk', ['evidence_id', 'question_id'])
    .execute();

  await versioned(
    db.schema
      .createTable('evaluator_scores')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('evaluation_id', 'text', (c) =>
        c.notNull().references('evaluations.id').onDelete('cascade'),
      )
      .addColumn('member_id', 'text', (c) =>
        c.notNull().references('team_members.id').onDelete('cascade'),
      )
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('points', 'double precision')
      .addColumn('percent', 'double precision')
      .addColumn('rationale', 'text', (c) => c.notNull())
      .addUniqueConstraint('evaluator_scores_question', [
        'evaluation_id',
        'member_id',
        'question_id',
      ]),
  ).execute();

  await versioned(
    db.schema
      .createTable('consensus_scores')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('evaluation_id', 'text', (c) =>
        c.notNull().references('evaluations.id').onDelete('cascade'),
      )
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('points', 'double precision')
      .addColumn('percent', 'double precision')
      .addColumn('rationale', 'text', (c) => c.notNull())
      .addUniqueConstraint('consensus_scores_question', ['evaluation_id', 'question_id']),
  ).execute();

  await versioned(
    db.schema
      .createTable('area_texts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('evaluation_id', 'text', (c) =>
        c.notNull().references('evaluations.id').onDelete('cascade'),
      )
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('strengths', 'text', (c) => c.notNull())
      .addColumn('improvements', 'text', (c) => c.notNull())
      .addUniqueConstraint('area_texts_area', ['evaluation_id', 'area_id']),
  ).execute();

  await versioned(
    db.schema
      .createTable('reference_results')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('municipality_code', 'text', (c) => c.notNull())
      .addColumn('municipality_name', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('rubric_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('areas', 'text', (c) => c.notNull())
      .addColumn('total', 'double precision', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('note', 'text'),
  ).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('evaluation_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity', 'entity_id'])
    .execute();
  await db.schema
    .createIndex('audit_log_evaluation')
    .on('audit_log')
    .column('evaluation_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'reference_results',
    'area_texts',
    'consensus_scores',
    'evaluator_scores',
    'evidence_questions',
    'evidence',
    'team_members',
    'evaluations',
    'rubric_versions',
    'municipalities',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
