import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { median } from './measure';

export interface LoadResult {
  requests: number;
  /** Requests per second. */
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time per request of each metered process (µs), where /proc can tell. */
  cpuPerRequestUs: Record<string, number>;
}

/** Named readers of cumulative CPU time (ms), e.g. the server process and PostgreSQL. */
export type CpuMeters = Record<string, () => number | null>;

/** Runs `load` and adds each meter's CPU time per request over it. */
async function metered(
  meters: CpuMeters | undefined,
  load: () => Promise<Omit<LoadResult, 'cpuPerRequestUs'>>,
): Promise<LoadResult> {
  const entries = Object.entries(meters ?? {});
  const before = entries.map(([, read]) => read());
  const result = await load();
  const cpuPerRequestUs: Record<string, number> = {};
  entries.forEach(([name, read], i) => {
    const start = before[i];
    const end = read();
    if (start != null && end != null && result.requests > 0) {
      cpuPerRequestUs[name] = ((end - start) * 1000) / result.requests;
    }
  });
  return { ...result, cpuPerRequestUs };
}

/**
 * One request on a keep-alive connection from `agent`, resolved with the status and the whole body.
 * node:http rather than fetch: the load generator shares the machine's cores with the server, and
 * fetch spends several times more CPU per request, which the server's figures would pay for.
 */
export function send(
  agent: Agent,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Runs `connections` concurrent loops of autosaves against `url` for `durationMs`: each loop saves
 * its own question, carrying the version the server returned (so every save is accepted).
 */
export interface AutosaveLoad {
  base: string;
  path: (question: string) => string;
  headers: Record<string, string>;
  questions: string[];
  connections: number;
  durationMs: number;
}

export async function autosaveLoad(
  options: AutosaveLoad & { cpu?: CpuMeters },
): Promise<LoadResult> {
  return metered(options.cpu, () => runAutosaves(options));
}

async function runAutosaves(options: AutosaveLoad) {
  const latencies: number[] = [];
  let errors = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const end = performance.now() + options.durationMs;
  const loop = async (index: number) => {
    const question = options.questions[index % options.questions.length] as string;
    const url = new URL(options.path(question), options.base);
    let version = 0;
    for (let i = 0; performance.now() < end; i++) {
      const start = performance.now();
      const response = await send(
        agent,
        url,
        'PUT',
        options.headers,
        JSON.stringify({ points: i % 10, rationale: `Motivering ${i}`, version }),
      );
      latencies.push(performance.now() - start);
      const body = JSON.parse(response.body) as { version?: number };
      if (response.status !== 200 || typeof body.version !== 'number') {
        errors++;
        continue;
      }
      version = body.version;
    }
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: options.connections }, (_, i) => loop(i)));
  } finally {
    agent.destroy();
  }
  return summarize(latencies, performance.now() - started, errors);
}

/**
 * Runs `connections` concurrent loops of GET `url` for `durationMs` on keep-alive connections; a
 * response other than 200 counts as an error. Latencies include reading the whole body.
 */
export async function requestLoad(options: {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationMs: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const url = new URL(options.url);
  const end = performance.now() + options.durationMs;
  const loop = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      const response = await send(agent, url, 'GET', options.headers ?? {});
      latencies.push(performance.now() - start);
      if (response.status !== 200) errors++;
    }
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: options.connections }, loop));
  } finally {
    agent.destroy();
  }
  return { ...summarize(latencies, performance.now() - started, errors), cpuPerRequestUs: {} };
}

function summarize(
  latencies: number[],
  elapsed: number,
  errors: number,
): Omit<LoadResult, 'cpuPerRequestUs'> {
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    throughput: (latencies.length / elapsed) * 1000,
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}

/** A warm-up run, then `count` runs: the median of each figure, errors summed. */
export async function medianOfRuns(
  load: () => Promise<LoadResult>,
  count = 3,
): Promise<LoadResult> {
  await load();
  const results: LoadResult[] = [];
  for (let i = 0; i < count; i++) results.push(await load());
  return {
    requests: median(results.map((r) => r.requests)),
    throughput: median(results.map((r) => r.throughput)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    errors: results.reduce((n, r) => n + r.errors, 0),
    cpuPerRequestUs: Object.fromEntries(
      Object.keys(results[0]?.cpuPerRequestUs ?? {}).map((name) => [
        name,
        median(results.map((r) => r.cpuPerRequestUs[name] ?? 0)),
      ]),
    ),
  };
}

/**
 * Autosaves at a fixed rate (open loop), spread over `questions` (each its own version chain, at
 * most one save of a question in flight). Latency counts from when a save was due, so a stalled
 * server is charged for the saves it held up, not only the one it was serving (no coordinated
 * omission). A save due while every question is in flight waits for the first to come free,
 * and that wait counts too.
 */
export async function autosaveRateLoad(
  options: Omit<AutosaveLoad, 'connections'> & { rate: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: options.questions.length });
  // Each question's current version first, unmeasured: a save of version 0 creates the score, or
  // is refused (409) with the score as it is.
  const versions = new Map<string, number>();
  for (const question of options.questions) {
    const response = await send(
      agent,
      new URL(options.path(question), options.base),
      'PUT',
      options.headers,
      JSON.stringify({ points: 0, rationale: 'Motivering', version: 0 }),
    );
    const body = JSON.parse(response.body) as {
      version?: number;
      error?: { current?: { version?: number } };
    };
    versions.set(question, body.version ?? body.error?.current?.version ?? 0);
  }
  const free = [...options.questions];
  const waiting: ((question: string) => void)[] = [];
  const release = (question: string) => {
    const next = waiting.shift();
    if (next) next(question);
    else free.push(question);
  };
  const save = async (due: number, i: number) => {
    const question =
      free.shift() ?? (await new Promise<string>((resolve) => waiting.push(resolve)));
    try {
      const response = await send(
        agent,
        new URL(options.path(question), options.base),
        'PUT',
        options.headers,
        JSON.stringify({
          points: i % 10,
          rationale: `Motivering ${i}`,
          version: versions.get(question),
        }),
      );
      latencies.push(performance.now() - due);
      const body = JSON.parse(response.body) as { version?: number };
      if (response.status !== 200 || typeof body.version !== 'number') errors++;
      else versions.set(question, body.version);
    } finally {
      release(question);
    }
  };
  const interval = 1000 / options.rate;
  const started = performance.now();
  const count = Math.floor(options.durationMs / interval);
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(save(due, i));
  }
  try {
    await Promise.all(pending);
  } finally {
    agent.destroy();
  }
  return { ...summarize(latencies, performance.now() - started, errors), cpuPerRequestUs: {} };
}
