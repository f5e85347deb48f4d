import { CompiledQuery, type Dialect } from 'kysely';
import { withDriver } from './with-driver';

/**
 * SQLite transactions that take the write lock when they begin (`BEGIN IMMEDIATE`) instead of at
 * their first write. The document reader writes passages on its own connection; a deferred
 * transaction that had read before that reader committed could then not write at all
 * (SQLITE_BUSY_SNAPSHOT, which no wait cures). Begun immediate, a transaction waits for the
 * reader's short write at its start (`busy_timeout`, or the group commit's turn of the event
 * loop) and what it reads stays true until it commits.
 */
export function withImmediateTransactions(dialect: Dialect): Dialect {
  return withDriver(dialect, (driver) => {
    // A read-only transaction (`snapshotTransaction`) takes no lock: it only reads its snapshot.
    driver.beginTransaction = async (connection, settings) => {
      const begin = settings.accessMode === 'read only' ? 'begin' : 'begin immediate';
      await connection.executeQuery(CompiledQuery.raw(begin));
    };
    return driver;
  });
}

/** How long a write waits for another connection's lock before it fails (`busy_timeout`). */
export const BUSY_TIMEOUT_MS = 5000;

/** The error better-sqlite3 raises when another connection holds the write lock. */
export function isBusy(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
}
