// Test support: clients that autosave one evaluator score each, version after version, in this
// thread (against an in-process app) or in a worker thread (against a server over HTTP).
import { Worker } from 'node:worker_threads';
import { expect } from 'vitest';

export type Call = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON here
  body: any;
}>;

export interface Load {
  acknowledged(): number;
  failed(): boolean;
  /** Stops the clients; rejects with the first client's error, if any. */
  stop(): Promise<void>;
}

/**
 * Clients autosaving one evaluator score each, version after version: every save must be
 * accepted (200), as each client is the only writer of its score.
 */
export function inProcessLoad(call: Call) {
  return (paths: string[]): Load => {
    let stop = false;
    let acknowledged = 0;
    const client = async (path: string, c: number) => {
      try {
        const first = await call('PUT', path, { points: 1, rationale: 'start', version: 0 });
        let version = first.status === 200 ? first.body.version : first.body.error.current.version;
        for (let i = 0; !stop; i++) {
          const saved = await call('PUT', path, {
            points: i % 10,
            rationale: `client ${c} save ${i}`,
            version,
          });
          expect(saved.status, JSON.stringify(saved.body)).toBe(200);
          version = saved.body.version;
          acknowledged++;
        }
      } catch (error) {
        stop = true;
        throw error;
      }
    };
    const running = Promise.all(paths.map(client));
    return {
      acknowledged: () => acknowledged,
      failed: () => stop,
      stop: async () => {
        stop = true;
        await running;
      },
    };
  };
}

/** The same clients in a worker thread, so they keep saving while this thread reads a backup. */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { url, cookie, paths, shared } = workerData;
const state = new Int32Array(shared); // [0]: acknowledged, [1]: stop, [2]: failed
const headers = { 'content-type': 'application/json', cookie, origin: url.slice(0, -1) };
const put = (path, body) =>
  fetch(url + path.slice(1), { method: 'PUT', headers, body: JSON.stringify(body) })
    .then(async (r) => ({ status: r.status, body: await r.json() }));
const client = async (path, c) => {
  const first = await put(path, { points: 1, rationale: 'start', version: 0 });
  let version = first.status === 200 ? first.body.version : first.body.error.current.version;
  for (let i = 0; Atomics.load(state, 1) === 0; i++) {
    const saved = await put(path, { points: i % 10, rationale: 'client ' + c + ' save ' + i, version });
    if (saved.status !== 200) throw new Error(path + ': ' + saved.status + ' ' + JSON.stringify(saved.body));
    version = saved.body.version;
    Atomics.add(state, 0, 1);
  }
};
Promise.all(paths.map(client)).then(
  () => parentPort.postMessage(null),
  (error) => {
    Atomics.store(state, 2, 1);
    Atomics.store(state, 1, 1);
    parentPort.postMessage(String(error && error.stack || error));
  },
);
`;

export function workerLoad(url: string, cookie: string) {
  return (paths: string[]): Load => {
    const shared = new SharedArrayBuffer(12);
    const state = new Int32Array(shared);
    const worker = new Worker(WORKER, { eval: true, workerData: { url, cookie, paths, shared } });
    const done = new Promise<string | null>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    return {
      acknowledged: () => Atomics.load(state, 0),
      failed: () => Atomics.load(state, 2) === 1,
      stop: async () => {
        Atomics.store(state, 1, 1);
        const error = await done;
        await worker.terminate();
        if (error) throw new Error(`autosave client failed: ${error}`);
      },
    };
  };
}
