import { Worker } from 'node:worker_threads';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/connect';
import type { Database, DocumentRow } from '../db/database';
import { relinkCitations } from './citations.repository';
import { readContent } from './documents.repository';
import type {
  ExtractRequest,
  ReaderData,
  ReaderPriority,
  WorkerMessage,
} from './extraction/extract-worker';
import { Gone, storePassages } from './extraction/store-passages';

/**
 * Text extraction off the request path: one worker thread reads one document at a time. The
 * queue is the documents table (status `queued`), so it survives a restart: at start-up the
 * queue takes up what is queued, and a job whose claim (`extraction_lease`) lapsed because its
 * server stopped. Passages are stored in short transactions (autosaves wait at most one of
 * them) and the document turns `done` only after the last: search never sees half a document.
 * On a SQLite file the reading thread stores them itself, on its own connection, so the server's
 * event loop does none of the indexing; otherwise the server stores them.
 */
export interface ExtractionQueue {
  /** A document was queued: start on it (and anything else queued). */
  notify(): void;
  /** Resolves once nothing is queued or running here (tests, the CLI). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface QueueOptions {
  /** How long a claim lasts without progress before another server may take the job over. */
  leaseMs?: number;
  /** Longest time one document may take before its worker is stopped and the job fails. */
  timeoutMs?: number;
  /** How often to look for jobs queued by another server instance. */
  pollMs?: number;
  log?: (line: string) => void;
  /** How the reading thread competes for the cores (READER_PRIORITY); `idle` by default. */
  readerPriority?: ReaderPriority;
}

export const READER_THREAD = 'kompass-reader';
const TIMEOUT_MESSAGE =
  'Det tog för lång tid att läsa ut texten; filen är för stor eller trasig. Försök med en mindre fil.';
const CRASH_MESSAGE =
  'Filen kunde inte läsas ut: läsaren stannade (filen är trasig eller för stor).';

/** Where the worker's code is: the bundle beside dist/kompass.mjs, or the TypeScript source. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./extraction/extract-worker-dev.mjs', import.meta.url)
    : new URL('./extract-worker.mjs', import.meta.url);
}

/**
 * Runs `work` in one transaction whose commit does not wait for the disk: SQLite's
 * `synchronous = NORMAL` for it alone (on the one connection, held throughout, so no other
 * write commits unflushed), PostgreSQL's `synchronous_commit = off`. better-sqlite3 flushes on
 * the event loop, and one flush a chunk cost 5–15 ms of blocked autosaves on a loaded 2-core
 * machine; without it a chunk costs about 1 ms. For what extraction writes before a document
 * turns `done` (passages, progress, the lease): the commit that marks it done flushes as every
 * other write does, and with it the log holding every earlier chunk. A power cut before that
 * leaves the document `running`; its lease lapses, and it is read again from the start (its
 * passages deleted first), so nothing half-written is ever searched.
 */
function unflushed<T>(store: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres') {
    return store.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL synchronous_commit = off`.execute(trx);
      return work(trx);
    });
  }
  return store.db.connection().execute(async (connection) => {
    await sql`PRAGMA synchronous = NORMAL`.execute(connection);
    try {
      return await connection.transaction().execute(work);
    } finally {
      await sql`PRAGMA synchronous = FULL`.execute(connection);
    }
  });
}

export function startExtractionQueue(store: Db, options: QueueOptions = {}): ExtractionQueue {
  const { db } = store;
  const leaseMs = options.leaseMs ?? 120_000;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const log = options.log ?? ((line: string) => console.error(line));
  let closed = false;
  let running: Promise<void> | null = null;
  let again = false;
  let worker: Worker | null = null;
  const waiting: (() => void)[] = [];
  const poll = setInterval(() => queue.notify(), options.pollMs ?? 5_000);
  poll.unref();

  const iso = (ms: number) => new Date(ms).toISOString();

  async function claim(): Promise<DocumentRow | undefined> {
    const now = iso(Date.now());
    const candidates = await db
      .selectFrom('documents')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('extraction_status', '=', 'queued'),
          eb.and([eb('extraction_status', '=', 'running'), eb('extraction_lease', '<', now)]),
        ]),
      )
      .orderBy('created_at')
      .limit(5)
      .execute();
    for (const { id } of candidates) {
      const result = await db
        .updateTable('documents')
        .set({
          extraction_status: 'running',
          extraction_progress: 0,
          extraction_lease: iso(Date.now() + leaseMs),
        })
        .where('id', '=', id)
        .where((eb) =>
          eb.or([
            eb('extraction_status', '=', 'queued'),
            eb.and([eb('extraction_status', '=', 'running'), eb('extraction_lease', '<', now)]),
          ]),
        )
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0) {
        return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
      }
    }
    return undefined;
  }

  function getWorker(): Worker {
    if (!worker) {
      const file = store.sqlite && !store.sqlite.memory ? store.sqlite.name : undefined;
      const workerData: ReaderData = {
        priority: options.readerPriority ?? 'idle',
        leaseMs,
        ...(file ? { databasePath: file } : {}),
      };
      worker = new Worker(workerUrl(), {
        // The thread's name in `top -H` and /proc (Linux takes 15 characters).
        name: READER_THREAD,
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
        workerData,
      });
      worker.unref();
    }
    return worker;
  }

  /** Runs one document through the worker; progress goes to the row as it comes. */
  function read(document: DocumentRow, bytes: Uint8Array) {
    type Outcome = Exclude<WorkerMessage, { type: 'progress' }>;
    return new Promise<Outcome>((resolve) => {
      const thread = getWorker();
      let lastWrite = 0;
      let writing = Promise.resolve();
      const finish = (outcome: Outcome) => {
        clearTimeout(timer);
        thread.off('message', onMessage);
        thread.off('error', onError);
        thread.off('exit', onExit);
        void writing.then(() => resolve(outcome));
      };
      const stop = (message: string) => {
        worker = null;
        void thread.terminate();
        finish({
          type: 'result',
          id: document.id,
          outcome: { status: 'failed', pages: null, message },
        });
      };
      const timer = setTimeout(() => stop(TIMEOUT_MESSAGE), timeoutMs);
      const onMessage = (message: WorkerMessage) => {
        if (message.id !== document.id) return;
        if (message.type !== 'progress') return finish(message);
        const now = Date.now();
        if (now - lastWrite < 250) return;
        lastWrite = now;
        writing = writing
          .then(async () => {
            await unflushed(store, (trx) =>
              trx
                .updateTable('documents')
                .set({
                  extraction_progress: message.progress,
                  extraction_lease: iso(now + leaseMs),
                })
                .where('id', '=', document.id)
                .where('extraction_status', '=', 'running')
                .execute(),
            );
          })
          // Progress is a courtesy: a failed write of it must not stop the reading.
          .catch((error) => log(`extraction progress of ${document.id}: ${error}`));
      };
      const onError = (error: Error) => {
        log(`extraction of document ${document.id} stopped its worker: ${error.message}`);
        stop(CRASH_MESSAGE);
      };
      const onExit = () => stop(CRASH_MESSAGE);
      thread.on('message', onMessage);
      thread.on('error', onError);
      thread.on('exit', onExit);
      thread.ref();
      const request: ExtractRequest = {
        id: document.id,
        evaluationId: document.evaluation_id,
        format: document.format,
        bytes,
      };
      thread.postMessage(request, [bytes.buffer as ArrayBuffer]);
    }).finally(() => worker?.unref());
  }

  async function runOne(document: DocumentRow) {
    const bytes = await readContent(db, document.id);
    if (!bytes) return;
    const reading = await read(document, bytes);
    // Deleted while it was read: nothing to keep (its passages went with it).
    if (reading.type === 'gone') return;
    if (reading.type === 'store-failed')
      throw new Error(`the reader stored no passages: ${reading.message}`);
    try {
      let finished: {
        status: DocumentRow['extraction_status'];
        pages: number | null;
        message: string | null;
        passages: number;
      };
      if (reading.type === 'stored') {
        finished = {
          status: 'done',
          pages: reading.pages,
          message: null,
          passages: reading.passages,
        };
      } else {
        const { outcome } = reading;
        if (outcome.status === 'done') {
          await storePassages((work) => unflushed(store, work), document, outcome.passages, {
            leaseMs,
            // Requests waiting for the event loop go first between chunks.
            between: () => new Promise((resolve) => setImmediate(resolve)),
          });
        }
        finished = {
          status: outcome.status,
          pages: outcome.pages,
          message: outcome.status === 'done' ? null : outcome.message,
          passages: outcome.status === 'done' ? outcome.passages.length : 0,
        };
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('documents')
          .set({
            extraction_status: finished.status,
            extraction_progress: 1,
            extraction_pages: finished.pages,
            extraction_message: finished.message,
            extraction_lease: null,
            passage_count: finished.passages,
          })
          .where('id', '=', document.id)
          .where('extraction_status', '=', 'running')
          .execute();
        if (finished.status === 'done') await relinkCitations(trx, document.id);
      });
    } catch (error) {
      // Deleted while it was read: nothing to keep (its passages went with it).
      if (!(error instanceof Gone)) throw error;
    }
  }

  async function drain() {
    do {
      again = false;
      for (let document = await claim(); document && !closed; document = await claim()) {
        try {
          await runOne(document);
        } catch (error) {
          log(`extraction of document ${document.id} failed: ${(error as Error).stack ?? error}`);
        }
      }
    } while (again && !closed);
  }

  const queue: ExtractionQueue = {
    notify() {
      if (closed) return;
      if (running) {
        again = true;
        return;
      }
      running = drain()
        .catch((error) => log(`extraction queue: ${(error as Error).stack ?? error}`))
        .finally(() => {
          running = null;
          for (const wake of waiting.splice(0)) wake();
        });
    },
    idle() {
      if (!running) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    async close() {
      closed = true;
      clearInterval(poll);
      await running;
      await worker?.terminate();
      worker = null;
    },
  };
  return queue;
}
