import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  /** Requests per second. */
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * Runs `connections` concurrent loops of autosaves against `url` for `durationMs`: each loop saves
 * its own question, carrying the version the server returned (so every save is accepted).
 */
export async function autosaveLoad(options: {
  base: string;
  path: (question: string) => string;
  headers: Record<string, string>;
  questions: string[];
  connections: number;
  durationMs: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + options.durationMs;
  const loop = async (index: number) => {
    const question = options.questions[index % options.questions.length] as string;
    let version = 0;
    for (let i = 0; performance.now() < end; i++) {
      const start = performance.now();
      const response = await fetch(`${options.base}${options.path(question)}`, {
        method: 'PUT',
        headers: options.headers,
        body: JSON.stringify({ points: i % 10, rationale: `Motivering ${i}`, version }),
      });
      const body = (await response.json()) as { version?: number };
      latencies.push(performance.now() - start);
      if (response.status !== 200 || typeof body.version !== 'number') {
        errors++;
        continue;
      }
      version = body.version;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.connections }, (_, i) => loop(i)));
  const elapsed = performance.now() - started;
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
