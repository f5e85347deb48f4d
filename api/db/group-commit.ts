import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './database';
import { BUSY_TIMEOUT_MS, isBusy } from './immediate-transactions';

export type WriteTransaction = <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;

interface Job {
  work: (trx: Transaction<Database>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite: writes that arrive while a commit is under way are run together in the
 * next transaction, each in its own savepoint, and committed with one fsync. Each caller gets its
 * result, or its error, only after that commit is durable (`synchronous = FULL`), so an answer
 * never acknowledges a write a power cut could take back. A write that fails is rolled back to its
 * savepoint and leaves the others in the group untouched; if the commit itself fails, every write
 * of the group gets that error and none of them is kept.
 *
 * Within a group the writes run one after another, as they would one transaction at a time, so
 * version checks and 409s mean exactly what they mean without grouping. SQLite runs one write
 * transaction at a time anyway; grouping only shares the fsync, which is most of a save's time.
 *
 * The document reader writes passages on its own connection to the same file. While it holds the
 * write lock a group does not wait inside SQLite (that would hold the event loop): its
 * transaction, begun immediate, fails at once with nothing written, the group goes back to the
 * front of the queue, and it is tried again a millisecond later, for up to `BUSY_TIMEOUT_MS`.
 */
export function groupCommit(db: Kysely<Database>): WriteTransaction & { groups: () => number } {
  let queue: Job[] = [];
  let running = false;
  let groups = 0;

  let busySince: number | null = null;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const jobs = queue;
      queue = [];
      const outcomes: { ok: boolean; value: unknown }[] = [];
      try {
        await db.connection().execute(async (connection) => {
          // The document reader writes on a connection of its own. Waiting for its lock inside
          // SQLite (busy_timeout) would hold the event loop; here the group goes back to the
          // queue instead, and the loop serves requests (more saves join) until the next try.
          await sql`PRAGMA busy_timeout = 0`.execute(connection);
          try {
            await connection.transaction().execute(async (trx) => {
              for (const job of jobs) {
                await sql`savepoint grouped_write`.execute(trx);
                try {
                  outcomes.push({ ok: true, value: await job.work(trx) });
                  await sql`release savepoint grouped_write`.execute(trx);
                } catch (error) {
                  await sql`rollback to savepoint grouped_write`.execute(trx);
                  await sql`release savepoint grouped_write`.execute(trx);
                  outcomes.push({ ok: false, value: error });
                }
              }
            });
          } finally {
            await sql.raw(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).execute(connection);
          }
        });
        groups++;
        busySince = null;
      } catch (error) {
        // The transaction begins immediate: busy means it never began, and no write ran.
        if (isBusy(error) && outcomes.length === 0) {
          busySince ??= Date.now();
          if (Date.now() - busySince < BUSY_TIMEOUT_MS) {
            queue = [...jobs, ...queue];
            await new Promise((resolve) => setTimeout(resolve, 1));
            continue;
          }
        }
        busySince = null;
        for (const job of jobs) job.reject(error);
        continue;
      }
      // Committed: only now does anyone hear that their write is saved.
      jobs.forEach((job, index) => {
        const outcome = outcomes[index] as { ok: boolean; value: unknown };
        if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.value);
      });
    }
    running = false;
  }

  const run = <T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // The group starts on the next turn of the event loop, so that the saves whose requests
      // are already under way join it instead of each waiting for a commit of its own.
      if (!running) {
        running = true;
        setImmediate(() => void flush());
      }
    });
  return Object.assign(run, { groups: () => groups });
}
