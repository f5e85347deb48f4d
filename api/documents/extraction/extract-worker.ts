// The extraction worker thread: reads documents one at a time, off the server's event loop.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { DocumentFormat } from '../../db/database';
import { extract } from './extract';

export interface ExtractRequest {
  id: string;
  format: DocumentFormat;
  bytes: Uint8Array;
}

export type WorkerMessage =
  | { type: 'progress'; id: string; progress: number }
  | { type: 'result'; id: string; outcome: Awaited<ReturnType<typeof extract>> };

const port = parentPort;
if (!port) throw new Error('extract-worker runs as a worker thread');

/**
 * The reader's nice value: when both want a core, the server's requests get about three times
 * the reader's share (Linux's weights 1024 : 335), so autosaves keep their latency while a long
 * PDF is read; on an idle core it reads at full speed. On Linux a thread's nice value is its
 * own, so this lowers this thread alone, not the server's.
 */
const READER_NICE = 5;
try {
  setPriority(0, READER_NICE);
} catch {
  // Not permitted here (or not supported): read at the server's priority.
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
  port.postMessage({ type: 'result', id: request.id, outcome } satisfies WorkerMessage);
});
