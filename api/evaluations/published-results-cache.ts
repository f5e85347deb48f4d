import type { ComparableResult } from '../../scoring/comparable-result';
import type { AppDeps } from '../context';
import type { Db } from '../db/connect';
import { snapshotTransaction } from '../db/snapshot';
import { type EvaluationListRow, listEvaluations } from '../evaluation-core/evaluations.repository';
import {
  listPublishedKeys,
  type PublishedKeyRow,
  sqliteChangeStamp,
} from './published-results.repository';

/**
 * What a published evaluation's comparable is computed from, besides its consensus scores:
 * while an evaluation is published its consensus scores cannot change (every score write
 * refuses a published evaluation under the evaluation's lock), and every change of the row
 * itself (reopen, publish, edits in between) bumps `version` and sets `updated_at`. A key that
 * matches therefore means the same scores, whichever process or restore wrote the row.
 */
export function publishedKey(row: PublishedKeyRow): string {
  return [
    row.status,
    Number(row.version),
    row.updated_at,
    row.rubric_version_id,
    row.date,
    row.municipality_code,
    row.municipality_name,
  ].join('\u0000');
}

interface Entry {
  key: string;
  value: ComparableResult;
}

/** Reads rows by id in one snapshot and computes their comparables from that snapshot. */
export type ComputeInSnapshot = (
  ids: string[],
) => Promise<{ row: PublishedKeyRow; value: ComparableResult }[]>;

/**
 * Published evaluations' comparables (engine results) reused across requests. The caller reads
 * the current published rows' keys on every request (one narrow query); an entry is used only
 * when its key still equals the row's, so a write from any process is seen at the next read,
 * and only the evaluations whose rows changed are scored again.
 */
export class PublishedResultCache {
  /** Entries per rubric id, so one rubric's list never pushes out another's. */
  private readonly rubrics = new Map<string, Map<string, Entry>>();
  /** Per rubric, the last list resolved. */
  private readonly lastList = new Map<string, readonly ComparableResult[]>();
  /** SQLite: per rubric, the last list and the change stamp read before its keys were read. */
  readonly lists = new Map<string, { stamp: string; values: readonly ComparableResult[] }>();
  /** Comparables computed (misses) since start; tests read it to see the cache work. */
  computed = 0;

  /** The cached comparable of a published evaluation whose row still has the key it had. */
  lookup(row: EvaluationListRow): ComparableResult | undefined {
    if (row.status !== 'published') return undefined;
    const entry = this.rubrics.get(row.rubric_id)?.get(row.id);
    return entry && entry.key === publishedKey(row) ? entry.value : undefined;
  }

  /** `rows`: the keys of every published evaluation of the rubric, as just read. */
  async resolve(
    rubricId: string,
    rows: PublishedKeyRow[],
    compute: ComputeInSnapshot,
  ): Promise<readonly ComparableResult[]> {
    let entries = this.rubrics.get(rubricId);
    if (!entries) {
      entries = new Map();
      this.rubrics.set(rubricId, entries);
    }
    const found = new Map<string, ComparableResult>();
    const missing: string[] = [];
    for (const row of rows) {
      const entry = entries.get(row.id);
      if (entry && entry.key === publishedKey(row)) found.set(row.id, entry.value);
      else missing.push(row.id);
    }
    if (missing.length > 0) {
      for (const { row, value } of await compute(missing)) {
        this.computed++;
        // Frozen: every request shares it, and a mutation would throw rather than leak.
        Object.freeze(value.areas);
        Object.freeze(value);
        // Stored under the key of the snapshot it was computed from, not the key read before.
        entries.set(row.id, { key: publishedKey(row), value });
        found.set(row.id, value);
      }
    }
    if (entries.size > rows.length + 100) prune(entries, rows);
    // In the order of `rows`; an evaluation no longer published in the snapshot is left out.
    const values = rows.flatMap((row) => {
      const value = found.get(row.id);
      return value ? [value] : [];
    });
    // The same list as last time is the same array, so what is memoised on it (the mean of a
    // period) is reused too.
    const last = this.lastList.get(rubricId);
    if (last && last.length === values.length && last.every((value, i) => value === values[i]))
      return last;
    const list = Object.freeze(values);
    this.lastList.set(rubricId, list);
    return list;
  }
}

const memos = new WeakMap<readonly ComparableResult[], Map<string, unknown>>();

/**
 * `compute()` once per published list (as resolved above) and `key`: a value derived from the
 * list alone, such as the mean of a period, lives exactly as long as the list is current.
 */
export function memoOnList<T>(list: readonly ComparableResult[], key: string, compute: () => T): T {
  let memo = memos.get(list);
  if (!memo) {
    memo = new Map();
    memos.set(list, memo);
  }
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

/** Drops entries of evaluations not in `rows` (unpublished or deleted since). */
function prune(entries: Map<string, Entry>, rows: PublishedKeyRow[]) {
  const keep = new Set(rows.map((row) => row.id));
  for (const id of entries.keys()) if (!keep.has(id)) entries.delete(id);
}

const caches = new WeakMap<Db, PublishedResultCache>();

/** The cache of one open store (a test's fresh database gets its own). */
export function publishedResultCache(store: Db): PublishedResultCache {
  let cache = caches.get(store);
  if (!cache) {
    cache = new PublishedResultCache();
    caches.set(store, cache);
  }
  return cache;
}

/**
 * Every published evaluation of `rubricId` as comparables, newest first. `comparables` computes
 * the ones not cached under their current key, in one read snapshot (PostgreSQL: REPEATABLE
 * READ; SQLite: one transaction), so a value and the key it is stored under come from the same
 * state of the database.
 */
export async function publishedComparables(
  deps: AppDeps,
  rubricId: string,
  comparables: (deps: AppDeps, rows: EvaluationListRow[]) => Promise<ComparableResult[]>,
): Promise<readonly ComparableResult[]> {
  const { store } = deps;
  const cache = publishedResultCache(store);
  // SQLite: when nothing at all was written since the last list was read, it still holds. The
  // stamp is read before the keys, so a write in between leaves a stamp that never matches again.
  const stamp = store.dialect === 'sqlite' ? await sqliteChangeStamp(store.db) : null;
  const last = cache.lists.get(rubricId);
  if (stamp !== null && last?.stamp === stamp) return last.values;
  const keys = await listPublishedKeys(store.db, rubricId);
  const values = await cache.resolve(rubricId, keys, (ids) => {
    return snapshotTransaction(store).execute(async (trx) => {
      const current = await listEvaluations(trx, { ids, status: ['published'] });
      const values = await comparables({ ...deps, store: { ...store, db: trx } }, current);
      return current.map((row, i) => ({ row, value: values[i] as ComparableResult }));
    });
  });
  if (stamp !== null) cache.lists.set(rubricId, { stamp, values });
  return values;
}

/**
 * The comparables of `rows` (any status, just read), in order: a published evaluation cached
 * under its row's current key is taken from the cache, the rest computed by `compute`.
 */
export async function comparablesWithCache(
  store: Db,
  rows: EvaluationListRow[],
  compute: (rows: EvaluationListRow[]) => Promise<ComparableResult[]>,
): Promise<ComparableResult[]> {
  const cache = publishedResultCache(store);
  const found = rows.map((row) => cache.lookup(row));
  const missing = rows.filter((_, i) => found[i] === undefined);
  const computed = missing.length > 0 ? await compute(missing) : [];
  let next = 0;
  return found.map((value) => value ?? (computed[next++] as ComparableResult));
}
