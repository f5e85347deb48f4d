import type { Db } from './connect';

/**
 * A read-only transaction that sees one snapshot while others write: PostgreSQL's REPEATABLE
 * READ; SQLite's deferred transaction (in WAL mode one snapshot, and no write lock taken, so the
 * document reader's writes go on beside a long read such as a backup).
 */
export function snapshotTransaction(store: Db) {
  const transaction = store.db.transaction().setAccessMode('read only');
  return store.dialect === 'postgres'
    ? transaction.setIsolationLevel('repeatable read')
    : transaction;
}
