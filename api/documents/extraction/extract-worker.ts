// The extraction worker thread: reads documents one at a time, off the server's event loop.
import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { connect, type Db } from '../../db/connect';
import type { DocumentFormat } from '../../db/database';
import { extract } from './extract';
import { Gone, storePassages } from './store-passages';

export interface ExtractRequest {
  id: string;
  evaluationId: string;
  format: DocumentFormat;
  bytes: Uint8Array;
}

/** `idle`: only on a core the server leaves idle; `low`: nice 5, a share beside the server. */
export type ReaderPriority = 'idle' | 'low';

/** What the queue hands the thread when it starts it. */
export interface ReaderData {
  priority: ReaderPriority;
  /**
   * A SQLite file: the thread stores the passages itself, on a connection of its own, so that
   * indexing them takes none of the server's event loop. Absent (PostgreSQL, an in-memory
   * database): the passages go back to the server, which stores them.
   */
  databasePath?: string;
  /** How long the document's claim lasts from each chunk of passages written. */
  leaseMs: number;
}

export type ExtractOutcome = Awaited<ReturnType<typeof extract>>;

export type WorkerMessage =
  | { type: 'progress'; id: string; progress: number }
  /** Read; the passages (if any) are in the outcome, for the server to store. */
  | { type: 'result'; id: string; outcome: ExtractOutcome }
  /** Read, and its passages stored by this thread. */
  | { type: 'stored'; id: string; pages: number | null; passages: number }
  /** Deleted (or no longer claimed) while it was read: nothing was kept. */
  | { type: 'gone'; id: string }
  /** Read, but storing the passages failed; the document stays claimed until its lease lapses. */
  | { type: 'store-failed'; id: string; message: string };

const port = parentPort;
if (!port) throw new Error('extract-worker runs as a worker thread');

/**
 * `idle`: the reader runs only on a core the server leaves idle. Linux's SCHED_IDLE (through
 * `chrt`, as Node has no call for it) does what a nice value cannot: the kernel counts a core
 * running only SCHED_IDLE work as free, so a request that wakes the server lands there at once
 * instead of queueing behind another busy thread. With the reader at nice 5 autosave p99 while
 * 100-page PDFs were read was 1.8x its p99 without (nice 19: the same); with SCHED_IDLE 1.3-1.5x
 * (bench/documents.bench.ts, 4 Dec 2026). On an idle machine it reads at full speed; on one busy
 * without pause it waits, and the queue's timeout still bounds a document. Nice 19 where `chrt`
 * is missing or not permitted. `low`: nice 5, the server getting about three times its share
 * (Linux weights 1024 : 335). On Linux these apply to this thread alone, not the server's.
 */
function lowerPriority(priority: ReaderPriority) {
  try {
    setPriority(0, priority === 'idle' ? 19 : 5);
  } catch {
    // Not permitted here (or not supported): read at the server's priority.
  }
  if (priority !== 'idle' || process.platform !== 'linux') return;
  try {
    // /proc/thread-self names this thread: <pid>/task/<tid>.
    const tid = readlinkSync('/proc/thread-self').split('/').pop() ?? '';
    execFileSync('chrt', ['--idle', '--pid', '0', tid], { stdio: 'ignore', timeout: 5000 });
  } catch {
    // No chrt (util-linux) or not permitted: nice 19 stays.
  }
}
const data = (workerData as ReaderData | null) ?? { priority: 'idle', leaseMs: 120_000 };
lowerPriority(data.priority);

let store: Db | undefined;
function ownStore(path: string): Db {
  if (!store) {
    store = connect(`sqlite:${path}`);
    // What this connection writes waits for no disk flush: a passage chunk flushed here would
    // make the server's next commit wait for it. The commit that marks the document done is
    // the server's, flushed as every other; a power cut before it leaves the document claimed,
    // and it is read again once the claim lapses.
    store.sqlite?.pragma('synchronous = NORMAL');
  }
  return store;
}

/** A pause between chunks, long enough for the server's waiting writes to take the lock. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 2));

async function storeHere(request: ExtractRequest, path: string, outcome: ExtractOutcome) {
  if (outcome.status !== 'done') return { type: 'result', id: request.id, outcome } as const;
  try {
    const { db } = ownStore(path);
    await storePassages(
      (work) => db.transaction().execute(work),
      { id: request.id, evaluation_id: request.evaluationId },
      outcome.passages,
      { leaseMs: data.leaseMs, between: pause },
    );
    return {
      type: 'stored',
      id: request.id,
      pages: outcome.pages,
      passages: outcome.passages.length,
    } as const;
  } catch (error) {
    if (error instanceof Gone) return { type: 'gone', id: request.id } as const;
    return { type: 'store-failed', id: request.id, message: String(error) } as const;
  }
}

port.on('message', async (request: ExtractRequest) => {
  let last = 0;
  const outcome = await extract(request.format, request.bytes, (progress) => {
    // At most a hundred progress messages a document.
    if (progress - last >= 0.01) {
      last = progress;
      port.postMessage({ type: 'progress', id: request.id, progress } satisfies WorkerMessage);
    }
  });
  const message: WorkerMessage = data.databasePath
    ? await storeHere(request, data.databasePath, outcome)
    : { type: 'result', id: request.id, outcome };
  port.postMessage(message);
});
