// Test support: a fresh, migrated database per test, for every dialect in TEST_DIALECTS.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type Db, type Dialect } from './connect';
import type { MunicipalityRow } from './database';
import { migrateToLatest } from './migrate';

/** `TEST_DIALECTS=sqlite,postgres` (CI starts PostgreSQL); SQLite always runs. */
export const DIALECTS: Dialect[] = (process.env.TEST_DIALECTS ?? 'sqlite')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';

/**
 * A store a test runs on: a dialect, or SQLite in a file, as a server runs it. Only a file is
 * shared with the document reader's own connection (it then stores the passages itself), so the
 * document tests run on it too.
 */
export type TestStore = Dialect | 'sqlite-file';

/** Every dialect in TEST_DIALECTS, and SQLite in a file beside in-memory SQLite. */
export const STORES: TestStore[] = DIALECTS.flatMap((dialect): TestStore[] =>
  dialect === 'sqlite' ? ['sqlite', 'sqlite-file'] : [dialect],
);

/**
 * A fresh database: in-memory SQLite, SQLite in a new temporary file, or a new schema in the
 * test PostgreSQL cluster.
 */
export async function openTestDb(dialect: TestStore): Promise<Db> {
  if (dialect === 'sqlite') {
    const store = connect('sqlite::memory:');
    await migrateToLatest(store.db);
    return store;
  }
  if (dialect === 'sqlite-file') {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-test-'));
    const store = connect(`sqlite:${join(dir, 'kompass.db')}`);
    await migrateToLatest(store.db);
    return {
      ...store,
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const store = connect(TEST_DATABASE_URL, { searchPath: schema, poolSize: 5 });
  await migrateToLatest(store.db, schema);
  return {
    ...store,
    schema,
    close: async () => {
      await store.close();
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

/** A municipality row to insert directly, for tests of the database layer. */
export function municipalityRow(code: string, name: string): MunicipalityRow {
  const at = '2026-05-10T08:00:00.000Z';
  return {
    id: `m-${code}`,
    code,
    name,
    official_name: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
}
