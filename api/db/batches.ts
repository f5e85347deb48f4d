/**
 * The bound parameters one statement may carry on both stores, with room to spare: SQLite
 * allows 32,766, PostgreSQL 65,535.
 */
const MAX_PARAMETERS = 30_000;
/** Rows per statement at most, however narrow. */
const MAX_ROWS = 500;
/** Ids per `in` list at most. */
const MAX_IDS = 30_000;

/**
 * `items` in slices small enough for one statement each, at `parametersPerItem` bound
 * parameters an item (the columns of an inserted row, or 1 for an id in an `in` list).
 */
export function batches<T>(items: readonly T[], parametersPerItem: number): T[][] {
  const rows = parametersPerItem === 1 ? MAX_IDS : MAX_ROWS;
  const size = Math.max(1, Math.min(rows, Math.floor(MAX_PARAMETERS / parametersPerItem)));
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

/**
 * The rows `query` gives for `ids`, asked in `in` lists each store can bind: one query up to
 * 30,000 ids (its order as the query orders), else one per batch, concatenated in batch order.
 */
export async function inIdBatches<Row>(
  ids: readonly string[],
  query: (ids: string[]) => Promise<Row[]>,
): Promise<Row[]> {
  if (ids.length === 0) return [];
  const all = batches(ids, 1);
  if (all.length === 1) return query(all[0] as string[]);
  const rows: Row[] = [];
  for (const batch of batches([...new Set(ids)].sort(), 1)) rows.push(...(await query(batch)));
  return rows;
}
