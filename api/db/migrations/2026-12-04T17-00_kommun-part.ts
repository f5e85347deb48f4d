// Frozen: never edit a migration that has shipped; add a new one. Typed Kysely<any>, no app
// imports, DDL that runs on SQLite and PostgreSQL alike.
import type { CreateTableBuilder, Kysely } from 'kysely';

/**
 * The kommun's part before the visit (issue #20): its contacts on an evaluation, the answers to
 * the written questions, the self-assessment, the submission of both, and the interview schedule.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const versioned = (table: CreateTableBuilder<any, any>) =>
    table
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull());
  const evaluationId = (table: CreateTableBuilder<any, any>) =>
    table.addColumn('evaluation_id', 'text', (c) =>
      c.notNull().references('evaluations.id').onDelete('cascade'),
    );

  // A reader of the evaluated kommun invited to one evaluation before the visit.
  await db.schema
    .createTable('evaluation_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(evaluationId)
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('evaluation_contacts_user', ['evaluation_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('evaluation_contacts_by_user')
    .on('evaluation_contacts')
    .column('user_id')
    .execute();

  // The answers and the self-assessment go to the team together: open, submitted, returned.
  await versioned(
    db.schema
      .createTable('questionnaire_submissions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('evaluation_id', 'text', (c) =>
        c.notNull().unique().references('evaluations.id').onDelete('cascade'),
      )
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'text'),
  ).execute();

  await versioned(
    db.schema
      .createTable('questionnaire_answers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .$call(evaluationId)
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('not_applicable', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('not_applicable_reason', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('questionnaire_answers_question', ['evaluation_id', 'question_id']),
  ).execute();

  await versioned(
    db.schema
      .createTable('self_assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .$call(evaluationId)
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('points', 'double precision')
      .addColumn('level', 'text')
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('self_assessments_question', ['evaluation_id', 'question_id']),
  ).execute();

  // People the kommun proposes for interviews, and the interviews the team schedules.
  await versioned(
    db.schema
      .createTable('interviewees')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .$call(evaluationId)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('function', 'text', (c) => c.notNull())
      .addColumn('interviewee_group', 'text', (c) => c.notNull())
      .addColumn('preferred_times', 'text', (c) => c.notNull())
      .addColumn('proposed_by', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('interviewees_evaluation')
    .on('interviewees')
    .column('evaluation_id')
    .execute();

  await versioned(
    db.schema
      .createTable('interviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .$call(evaluationId)
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('start_time', 'text', (c) => c.notNull())
      .addColumn('end_time', 'text', (c) => c.notNull())
      .addColumn('location', 'text', (c) => c.notNull())
      .addColumn('video_link', 'text')
      .addColumn('interviewee_ids', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('interviews_evaluation')
    .on('interviews')
    .column('evaluation_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'interviews',
    'interviewees',
    'self_assessments',
    'questionnaire_answers',
    'questionnaire_submissions',
    'evaluation_contacts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
