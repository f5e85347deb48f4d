import { performance } from 'node:perf_hooks';

/** One benchmark figure as printed and written to bench/results.json. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean | null;
  /** The same task's floor measured in the same run, when there is one. */
  floor?: number;
  /** value / floor: how far above the least work this machine can do. */
  ratio?: number;
  note?: string;
}

export function timeMs(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
