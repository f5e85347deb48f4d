/**
 * The bound parameters one statement may carry on both stores, with room to spare: SQLite
 * allows 32,766, PostgreSQL 65,535.
 */
const MAX_PARAMETERS = 30_000;
/** Rows per statement at most, however narrow. */
const MAX_ROWS = 500;

/**
 * `items` in slices small enough for one statement each, at `parametersPerItem` bound
 * parameters an item (the columns of an inserted row, or 1 for an id in an `in` list).
 */
export function batches<T>(items: readonly T[], parametersPerItem: number): T[][] {
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / parametersPerItem)));
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** The widest row's column count (a loop: a spread of 100,000 rows would overflow the stack). */
export function widestRow(rows: readonly Record<string, unknown>[]): number {
  let widest = 1;
  for (const row of rows) widest = Math.max(widest, Object.keys(row).length);
  return widest;
}
