import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openTestApp } from '../test-support/test-app';
import { READER_THREAD } from './extraction-queue';
import { draftEvaluation, uploadAndRead } from './test-support/documents-test';

/** Linux's scheduling policies as /proc shows them. */
const SCHED_OTHER = 0;
const SCHED_IDLE = 5;

/** This process's reading threads: thread id -> nice value and scheduling policy. */
function readerThreads(): Map<string, { nice: number; policy: number }> {
  const threads = new Map<string, { nice: number; policy: number }>();
  for (const tid of readdirSync('/proc/self/task')) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    if (!stat.includes(`(${READER_THREAD})`)) continue;
    // After "(comm) " come fields 3…: nice is field 19, policy field 41.
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    threads.set(tid, { nice: Number(fields[16]), policy: Number(fields[38]) });
  }
  return threads;
}

/** The thread that read a document for a fresh app with `priority`, as the kernel sees it. */
async function readerThread(priority: 'idle' | 'low') {
  const before = readerThreads();
  const api = await openTestApp('sqlite', { readerPriority: priority });
  try {
    const id = await draftEvaluation(api);
    const read = await uploadAndRead(api, id, { name: 'plan.txt', bytes: 'Styrning.\n\nMål.' });
    expect(read.extraction).toMatchObject({ status: 'done', passages: 2 });
    const started = [...readerThreads()].filter(([tid]) => !before.has(tid));
    expect(started).toHaveLength(1);
    return started[0]?.[1];
  } finally {
    await api.close();
  }
}

describe.runIf(process.platform === 'linux')('the reading thread’s priority', () => {
  test('idle (the default): SCHED_IDLE at nice 19, so a woken server takes its core at once', async () => {
    expect(await readerThread('idle')).toEqual({ nice: 19, policy: SCHED_IDLE });
  });

  test('low: nice 5 under the ordinary policy, a share beside the server', async () => {
    expect(await readerThread('low')).toEqual({ nice: 5, policy: SCHED_OTHER });
  });
});
