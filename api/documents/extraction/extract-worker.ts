// The extraction worker thread: reads documents one at a time, off the server's event loop.
import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentFormat } from '../../db/database';
import { extract } from './extract';

export interface ExtractRequest {
  id: string;
  format: DocumentFormat;
  bytes: Uint8Array;
}

/** `idle`: only on a core the server leaves idle; `low`: nice 5, a share beside the server. */
export type ReaderPriority = 'idle' | 'low';

/** What the queue hands the thread when it starts it. */
export interface ReaderData {
  priority: ReaderPriority;
}

export type WorkerMessage =
  | { type: 'progress'; id: string; progress: number }
  | { type: 'result'; id: string; outcome: Awaited<ReturnType<typeof extract>> };

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
lowerPriority((workerData as ReaderData | null)?.priority ?? 'idle');

port.on('message', async (request: ExtractRequest) => {
  let last = 0;
  const outcome = await extract(request.format, request.bytes, (progress) => {
    // At most a hundred progress messages a document.
    if (progress - last >= 0.01) {
      last = progress;
      port.postMessage({ type: 'progress', id: request.id, progress } satisfies WorkerMessage);
    }
  });
  port.postMessage({ type: 'result', id: request.id, outcome } satisfies WorkerMessage);
});
