// Test support: a fresh, migrated database per test, for every dialect in TEST_DIALECTS.
import { randomUUID } from 'node:crypto';
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

/** A fresh database: in-memory SQLite, or a new schema in the test PostgreSQL cluster. */
export async function openTestDb(dialect: Dialect): Promise<Db> {
  if (dialect === 'sqlite') {
    const store = connect('sqlite::memory:');
    await migrateToLatest(store.db);
    return store;
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
