// Logical backups: every table as JSON rows, portable between SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { parseJsonFile } from '../../rubrics/validation';
import { batches, widestRow } from '../db/batches';
import type { Db } from '../db/connect';
import type { Database } from '../db/database';
import { appliedMigrations, knownMigrations, migrateToLatest } from '../db/migrate';
import { snapshotTransaction } from '../db/snapshot';

export const BACKUP_FORMAT = 'kommunkompassen-backup/1';

/**
 * Every table a backup holds, parents before children (foreign keys): restore inserts in this
 * order and deletes in reverse. A new table belongs here or in TRANSIENT_TABLES; backup.test.ts
 * fails until it is in one of them.
 */
export const BACKUP_TABLES = [
  'users',
  'municipalities',
  'rubric_versions',
  'evaluations',
  'team_members',
  'evidence',
  'evidence_questions',
  'evaluator_scores',
  'consensus_scores',
  'area_texts',
  'reference_results',
  'audit_log',
  'plans',
  'actions',
  'action_notes',
  'goals',
  'goal_measurements',
  'user_identities',
  'signup_domains',
  'documents',
  'document_files',
  'passages',
  'citations',
  'report_texts',
  'evaluation_contacts',
  'questionnaire_submissions',
  'questionnaire_answers',
  'answer_documents',
  'self_assessments',
  'interviewees',
  'interviews',
] as const satisfies readonly (keyof Database)[];
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Tables a backup leaves out and a restore empties: sessions (everyone logs in again, as the
 * restored accounts may have other passwords), login throttling, started SSO sign-ins and
 * one-time links (invitations and resets are sent again), children first.
 */
export const TRANSIENT_TABLES = [
  'user_tokens',
  'oidc_logins',
  'sessions',
  'login_attempts',
] as const satisfies readonly (keyof Database)[];

/**
 * The full-text index of passages (SQLite: an FTS5 table and its shadow tables; PostgreSQL: a
 * table of tsvectors): never backed up, since the triggers on `passages` fill it again as a
 * restore inserts the passages.
 */
export const DERIVED_TABLES = ['passages_search'] as const;

/**
 * Each table's primary key: rows are sorted by it, so equal data gives an equal file. Typed over
 * every table of Database, so a new table fails to compile here: add it to BACKUP_TABLES too (or
 * to TRANSIENT_TABLES).
 */
const PRIMARY_KEYS: { [T in keyof Database]: readonly (keyof Database[T] & string)[] } = {
  users: ['id'],
  municipalities: ['id'],
  rubric_versions: ['id'],
  evaluations: ['id'],
  team_members: ['id'],
  evidence: ['id'],
  evidence_questions: ['evidence_id', 'question_id'],
  evaluator_scores: ['id'],
  consensus_scores: ['id'],
  area_texts: ['id'],
  reference_results: ['id'],
  audit_log: ['id'],
  sessions: ['id'],
  login_attempts: ['key'],
  plans: ['id'],
  actions: ['id'],
  action_notes: ['id'],
  goals: ['id'],
  goal_measurements: ['id'],
  user_identities: ['id'],
  oidc_logins: ['id'],
  signup_domains: ['id'],
  user_tokens: ['id'],
  documents: ['id'],
  document_files: ['document_id'],
  passages: ['id'],
  citations: ['id'],
  report_texts: ['id'],
  evaluation_contacts: ['id'],
  questionnaire_submissions: ['id'],
  questionnaire_answers: ['id'],
  answer_documents: ['id'],
  self_assessments: ['id'],
  interviewees: ['id'],
  interviews: ['id'],
};

/**
 * Columns holding bytes (a document's original file): base64 text in the backup, bytes again on
 * restore (SQLite BLOB, PostgreSQL bytea).
 */
const BINARY_COLUMNS: Partial<Record<BackupTable, readonly string[]>> = {
  document_files: ['content'],
};

function encodeBinary(table: BackupTable, rows: Record<string, unknown>[]) {
  const columns = BINARY_COLUMNS[table];
  if (!columns) return rows;
  return rows.map((row) => {
    const copy = { ...row };
    for (const column of columns) {
      const value = copy[column];
      if (value instanceof Uint8Array) copy[column] = Buffer.from(value).toString('base64');
    }
    return copy;
  });
}

function decodeBinary(table: BackupTable, rows: BackupRow[]): Record<string, unknown>[] {
  const columns = BINARY_COLUMNS[table];
  if (!columns) return rows;
  return rows.map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const column of columns) {
      const value = copy[column];
      if (typeof value === 'string') copy[column] = Buffer.from(value, 'base64');
    }
    return copy;
  });
}

// The schema stores text, integers and doubles only (see database.ts); anything else fails loudly.
const Value = z.union([z.string(), z.number(), z.null()]);
const Row = z.record(z.string(), Value);
export type BackupRow = z.infer<typeof Row>;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  dialect: z.enum(['sqlite', 'postgres']),
  /** The migrations applied to the source, oldest first. */
  migrations: z.array(z.string().min(1)),
  /** A table missing here is restored empty (a backup from before it existed). */
  tables: z.partialRecord(z.enum(BACKUP_TABLES), z.array(Row)),
});
export type Backup = z.infer<typeof Backup>;

/** The rows of every table, typed loosely: the table names come from BACKUP_TABLES. */
type Tables = Record<string, BackupRow>;
const loose = (db: Kysely<Database>) => db as unknown as Kysely<Tables>;

function compareKeys(keys: readonly string[]) {
  return (a: BackupRow, b: BackupRow): number => {
    for (const key of keys) {
      const x = String(a[key]);
      const y = String(b[key]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

function checkedRows(table: BackupTable, rows: Record<string, unknown>[]): BackupRow[] {
  for (const row of rows) {
    for (const [column, value] of Object.entries(row)) {
      const ok = value === null || typeof value === 'string' || Number.isFinite(value);
      // JSON would turn NaN and Infinity into null without a word.
      if (!ok) throw new Error(`backup: ${table}.${column} holds ${String(value)}, not JSON data`);
    }
  }
  return (rows as BackupRow[]).sort(compareKeys(PRIMARY_KEYS[table]));
}

/**
 * A consistent copy of every table while the server keeps running: one snapshot
 * (PostgreSQL: a read-only REPEATABLE READ transaction; SQLite: one transaction, which in WAL
 * mode reads one snapshot while other connections write).
 */
export async function createBackup(
  store: Db,
  options: { now?: () => string } = {},
): Promise<Backup> {
  const createdAt = (options.now ?? (() => new Date().toISOString()))();
  return snapshotTransaction(store).execute(async (trx) => {
    const migrations = await appliedMigrations(trx, store.schema);
    const tables: Partial<Record<BackupTable, BackupRow[]>> = {};
    for (const table of BACKUP_TABLES) {
      const rows = await loose(trx).selectFrom(table).selectAll().execute();
      tables[table] = checkedRows(table, encodeBinary(table, rows));
    }
    return { format: BACKUP_FORMAT, createdAt, dialect: store.dialect, migrations, tables };
  });
}

/** The backup as JSON text with one row per line, so a diff or an error line means something. */
export function backupJson(backup: Backup): string {
  const { tables, ...head } = backup;
  const parts = Object.entries(tables).map(([table, rows]) => {
    const body = rows.map((row) => JSON.stringify(row)).join(',\n');
    return `${JSON.stringify(table)}:[${rows.length === 0 ? '' : `\n${body}\n`}]`;
  });
  return `${JSON.stringify(head).slice(0, -1)},"tables":{\n${parts.join(',\n')}\n}}\n`;
}

/** Writes the backup to `path` all or nothing: a synced temporary file renamed over the target. */
export async function writeBackupFile(backup: Backup, path: string): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    // Owner-only: a backup holds password hashes.
    const file = await open(temp, 'wx', 0o600);
    try {
      await file.writeFile(backupJson(backup), 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // The rename itself survives a power cut only once the folder is synced (not possible on Windows).
  if (process.platform !== 'win32') {
    const dir = await open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}

/** Reads and validates a backup file; a ValidationError names the path and what is wrong. */
export async function readBackupFile(path: string): Promise<Backup> {
  return parseJsonFile(Backup, await readFile(path, 'utf8'), path);
}

/** At most 500 rows per statement (and well under either store's bind parameters). */
function chunks(rows: BackupRow[]): BackupRow[][] {
  return batches(rows, widestRow(rows));
}

/**
 * Replaces every row of `store` with the backup's, in one transaction: a failed restore leaves
 * the store as it was. Sessions and login throttling are emptied. Refuses a backup from a schema this build does not know; an older one is
 * restored after migrating the store to the latest schema. Returns the rows restored per table.
 */
export async function restoreBackup(
  store: Db,
  backup: Backup,
): Promise<Record<BackupTable, number>> {
  const known = new Set(knownMigrations());
  const unknown = backup.migrations.find((name) => !known.has(name));
  if (unknown !== undefined) {
    throw new Error(
      `backup is from a newer schema (unknown migration ${unknown}): upgrade kompass first`,
    );
  }
  await migrateToLatest(store.db, store.schema);
  return store.db.transaction().execute(async (trx) => {
    const db = loose(trx);
    for (const table of [...TRANSIENT_TABLES, ...[...BACKUP_TABLES].reverse()]) {
      await db.deleteFrom(table).execute();
    }
    const counts = {} as Record<BackupTable, number>;
    for (const table of BACKUP_TABLES) {
      const rows = backup.tables[table] ?? [];
      let done = 0;
      // Files go one per statement: each may be tens of megabytes.
      for (const chunk of BINARY_COLUMNS[table] ? rows.map((row) => [row]) : chunks(rows)) {
        try {
          await db
            .insertInto(table)
            .values(decodeBinary(table, chunk) as BackupRow[])
            .execute();
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(
            `restore failed in ${table} (rows ${done + 1}-${done + chunk.length}): ${message}`,
            { cause: error },
          );
        }
        done += chunk.length;
      }
      counts[table] = done;
    }
    if (store.dialect === 'postgres') {
      // Passage ids came with the rows: the identity continues after the largest.
      await sql`SELECT setval(pg_get_serial_sequence('passages', 'id'), COALESCE((SELECT max(id) FROM passages), 0) + 1, false)`.execute(
        trx,
      );
    }
    return counts;
  });
}
