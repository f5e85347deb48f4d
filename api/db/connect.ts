import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database';
import { groupCommit, type WriteTransaction } from './group-commit';
import { BUSY_TIMEOUT_MS, withImmediateTransactions } from './immediate-transactions';
import { withNulGuard } from './nul-guard';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  dialect: Dialect;
  /** For SQLite: the open better-sqlite3 handle (backups, integrity checks). */
  sqlite?: SqliteDatabase.Database;
  /** PostgreSQL: the schema in use when not the default (tests use one each). */
  schema?: string;
  /**
   * A write transaction for the hot autosave path. SQLite: group commit (writes arriving during a
   * commit share the next one's fsync; each is answered only once it is durable). PostgreSQL: a
   * plain transaction (its pool already commits concurrently).
   */
  write: WriteTransaction;
  close(): Promise<void>;
}

// PostgreSQL returns bigint/numeric as strings; our numbers are double precision and integers,
// which pg already returns as numbers. COUNT(*) is bigint: parse it (counts stay far below 2^53).
pg.types.setTypeParser(20, (value) => Number(value));

/** `sqlite:data/kompass.db` -> absolute path (relative to `cwd`); `sqlite::memory:` -> `:memory:`. */
export function sqlitePath(url: string, cwd = process.cwd()): string {
  const path = url.slice('sqlite:'.length);
  if (path === ':memory:' || path === '') return ':memory:';
  return isAbsolute(path) ? path : resolve(cwd, path);
}

export interface ConnectOptions {
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** PostgreSQL: schema to use (tests get a fresh one each). */
  searchPath?: string;
}

/**
 * Opens the store `url` names: `sqlite:PATH` (WAL, foreign keys on, created on first use) or
 * `postgres://…`. Nothing else differs between the two for the rest of the code.
 */
export function connect(url: string, options: ConnectOptions = {}): Db {
  if (url.startsWith('sqlite:')) {
    const path = sqlitePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SqliteDatabase(path);
    sqlite.pragma('journal_mode = WAL');
    // FULL: an acknowledged save survives a power cut, not only a process crash.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const db = new Kysely<Database>({
      dialect: withNulGuard(
        withImmediateTransactions(new SqliteDialect({ database: withStatementCache(sqlite) })),
      ),
    });
    return {
      db,
      dialect: 'sqlite',
      sqlite,
      write: groupCommit(db),
      close: async () => {
        await db.destroy();
      },
    };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: withNulGuard(new PostgresDialect({ pool })) });
    return {
      db,
      dialect: 'postgres',
      write: (work) => db.transaction().execute(work),
      ...(options.searchPath ? { schema: options.searchPath } : {}),
      close: () => db.destroy(),
    };
  }
  throw new Error(
    `DATABASE_URL must start with sqlite: or postgres:// (got "${url.replace(/\/\/[^@]*@/, '//…@')}")`,
  );
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements can be reused, and preparing is a
 * large share of a small query's cost (the autosave path runs about ten). Statements are cached by
 * their SQL text; Kysely's queries are parameterised, so the set of texts is small and bounded.
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 1000) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
