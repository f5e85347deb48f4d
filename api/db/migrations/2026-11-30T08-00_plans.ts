// Frozen: never edit a migration that has shipped; add a new one. Typed Kysely<any>, no app
// imports, DDL that runs on SQLite and PostgreSQL alike.
import type { CreateTableBuilder, Kysely } from 'kysely';

/** Handlingsplaner: a kommun's actions and effektmål after an evaluation, and their follow-up. */
export async function up(db: Kysely<any>): Promise<void> {
  const versioned = (table: CreateTableBuilder<any, any>) =>
    table
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull());

  // One plan per evaluation: the kommun's answer to that evaluation's förbättringsområden.
  await versioned(
    db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('evaluation_id', 'text', (c) =>
        c.notNull().unique().references('evaluations.id').onDelete('cascade'),
      )
      .addColumn('title', 'text', (c) => c.notNull()),
  ).execute();

  await versioned(
    db.schema
      .createTable('actions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('questions', 'text', (c) => c.notNull())
      .addColumn('improvement', 'text')
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('due_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('actions_plan').on('actions').column('plan_id').execute();

  await db.schema
    .createTable('action_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_notes_action')
    .on('action_notes')
    .column('action_id')
    .execute();

  await versioned(
    db.schema
      .createTable('goals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('action_id', 'text', (c) => c.references('actions.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('indicator', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('bands', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text')
      .addColumn('near_from', 'text')
      .addColumn('nulage', 'text')
      .addColumn('target_date', 'text')
      .addColumn('note', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('goals_plan').on('goals').column('plan_id').execute();

  await db.schema
    .createTable('goal_measurements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('done', 'integer')
    .addColumn('stated', 'text')
    .addColumn('text', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('goal_measurements_goal')
    .on('goal_measurements')
    .column('goal_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['goal_measurements', 'goals', 'action_notes', 'actions', 'plans']) {
    await db.schema.dropTable(table).execute();
  }
}
