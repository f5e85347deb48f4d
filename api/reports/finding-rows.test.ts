import { describe, expect, it } from 'vitest';
import { findingRows } from './finding-rows';

const items = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('findingRows', () => {
  it('keeps a short table as one row', () => {
    const rows = findingRows(items('s', 8), items('i', 4));
    expect(rows).toEqual([{ strengths: items('s', 8), improvements: items('i', 4) }]);
  });

  it('splits a long one into rows of at least three bullets, every bullet once, in order', () => {
    const rows = findingRows(items('s', 20), items('i', 18));
    expect(rows.map((row) => [row.strengths.length, row.improvements.length])).toEqual([
      [4, 3],
      [4, 3],
      [3, 3],
      [3, 3],
      [3, 3],
      [3, 3],
    ]);
    expect(rows.flatMap((row) => row.strengths)).toEqual(items('s', 20));
    expect(rows.flatMap((row) => row.improvements)).toEqual(items('i', 18));
  });

  it('never leaves a row with one or two bullets, however lopsided', () => {
    for (const [s, i] of [
      [13, 0],
      [14, 1],
      [20, 2],
      [7, 6],
      [3, 17],
      [40, 39],
    ] as const) {
      const rows = findingRows(items('s', s), items('i', i));
      for (const row of rows) {
        expect(Math.max(row.strengths.length, row.improvements.length)).toBeGreaterThanOrEqual(3);
      }
      expect(rows.flatMap((row) => row.strengths)).toEqual(items('s', s));
      expect(rows.flatMap((row) => row.improvements)).toEqual(items('i', i));
    }
  });
});
