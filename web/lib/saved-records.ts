import { createEffect, onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Autosave, SavedRecord } from './autosave';

/**
 * The records the autosave queue has saved since the page loaded, by key: the page reads each
 * item's current version here, so the next edit builds on it without reloading the list.
 * Subscribes to every key `keys()` names, as they appear, until the page goes away.
 */
export function createSavedRecords<T extends SavedRecord>(
  autosave: Autosave,
  keys: () => readonly string[],
  onRecord?: (key: string, record: T) => void,
) {
  const [records, setRecords] = createStore<Record<string, T | undefined>>({});
  const unsubscribe = new Map<string, () => void>();
  createEffect(() => {
    for (const key of keys()) {
      if (unsubscribe.has(key)) continue;
      unsubscribe.set(
        key,
        autosave.onSaved(key, (record) => {
          setRecords(key, reconcile(record as T));
          onRecord?.(key, record as T);
        }),
      );
    }
  });
  onCleanup(() => {
    for (const off of unsubscribe.values()) off();
  });
  return records;
}
