import { createSignal } from 'solid-js';
import { createStore, produce, reconcile, unwrap } from 'solid-js/store';
import { ApiError, isNetworkError, requestJson } from './api';
import { errorText } from './error-text';
import type { PendingEdit, PendingStore } from './pending-store';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'offline' | 'conflict' | 'error';

/** What the server answers to a save: the record with its new version. */
export interface SavedRecord {
  version: number;
  [field: string]: unknown;
}

export interface AutosaveOptions {
  store: PendingStore;
  /** Sends one edit; the default PUTs/POSTs its body plus `version: baseVersion`. */
  send?: (edit: PendingEdit) => Promise<SavedRecord>;
  /** Quiet time after the last keystroke before a save (about a second). */
  debounceMs?: number;
  /** How often to retry while the server cannot be reached. */
  retryMs?: number;
}

export interface EditInput {
  method: 'PUT' | 'POST';
  path: string;
  body: Record<string, unknown>;
  /** The version the user's value started from; kept while earlier edits of the key are unsent. */
  baseVersion: number;
  /** For a POST that creates the record: the PUT path the edit moves to once it exists. */
  updatePath?: string;
  /** Keep durably but do not send yet: the record would be refused as incomplete. */
  held?: boolean;
}

type Listener = (record: SavedRecord) => void;

const defaultSend = (edit: PendingEdit) =>
  requestJson<SavedRecord>(edit.method, edit.path, { ...edit.body, version: edit.baseVersion });

/** A create whose record exists (a version above 0) goes on as an update of it. */
function routed(edit: PendingEdit): PendingEdit {
  return edit.method === 'POST' && edit.baseVersion > 0 && edit.updatePath
    ? { ...edit, method: 'PUT', path: edit.updatePath }
    : edit;
}

/**
 * True when the server's record already holds every field that was sent: a 409 for our own
 * earlier save whose answer was lost (a retried create), not someone else's change.
 */
function holdsBody(current: unknown, body: Record<string, unknown>): current is SavedRecord {
  if (typeof current !== 'object' || current === null || !('version' in current)) return false;
  const record = current as Record<string, unknown>;
  return Object.entries(body).every(
    ([field, value]) => JSON.stringify(record[field] ?? null) === JSON.stringify(value ?? null),
  );
}

/**
 * The autosave queue: every edit is written to durable storage at once (IndexedDB in the app),
 * sent about a second after typing stops, retried while offline, and kept until the server
 * acknowledges it. A 409 keeps the edit and asks the user (see `resolve`). Nothing the user
 * typed is dropped without their choice.
 */
export function createAutosave(options: AutosaveOptions) {
  const send = options.send ?? defaultSend;
  const debounceMs = options.debounceMs ?? 1000;
  const retryMs = options.retryMs ?? 5000;
  const [pending, setPending] = createStore<Record<string, PendingEdit>>({});
  const [status, setStatus] = createSignal<SaveStatus>('idle');
  const [lastError, setLastError] = createSignal<string | null>(null);
  const [errors, setErrors] = createStore<Record<string, string>>({});
  const listeners = new Map<string, Set<Listener>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Set<string>();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let offline = false;
  let writes = Promise.resolve();

  /** Storage writes run in order, so a delete never overtakes the put it follows. */
  const persist = (task: () => Promise<void>) => {
    writes = writes.then(task, task);
    return writes;
  };

  function refreshStatus() {
    // Held edits are kept in the browser on purpose: they are not "saving".
    const edits = Object.values(pending).filter((edit) => !edit.held);
    if (edits.some((edit) => edit.conflict)) setStatus('conflict');
    else if (offline && edits.length > 0) setStatus('offline');
    else if (Object.keys(errors).length > 0) setStatus('error');
    else if (edits.length > 0 || inFlight.size > 0) setStatus('saving');
    else if (status() !== 'idle') setStatus('saved');
  }

  function schedule(key: string, delay: number) {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void sendKey(key);
      }, delay),
    );
  }

  async function sendKey(key: string): Promise<void> {
    const edit = pending[key];
    if (!edit || edit.held || edit.conflict || inFlight.has(key) || errors[key]) return;
    inFlight.add(key);
    refreshStatus();
    const sent = { ...edit, body: { ...edit.body } };
    try {
      const record = await send(sent).catch((error: unknown) => {
        if (
          error instanceof ApiError &&
          error.status === 409 &&
          holdsBody(error.current, sent.body)
        )
          return error.current as SavedRecord;
        throw error;
      });
      offline = false;
      // Listeners first, while the edit is still pending: a page showing `pending` over its
      // records then never falls back to stale text, and an edit typed meanwhile builds on the
      // new version.
      for (const listener of listeners.get(key) ?? []) listener(record);
      const now = pending[key];
      if (now && now.updatedAt === sent.updatedAt) {
        setPending(produce((all) => delete all[key]));
        await persist(() => options.store.delete(key));
      } else if (now) {
        // The user typed on while this was in flight: that edit builds on the version just saved.
        const next = routed({ ...unwrap(now), baseVersion: record.version });
        setPending(key, next);
        await persist(() => options.store.put(next));
        schedule(key, 0);
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        if (!pending[key]) return; // discarded while in flight: nothing left to choose for
        const conflict = { current: error.current, lastChange: error.lastChange };
        setPending(key, 'conflict', conflict);
        await persist(() =>
          // The raw edit: a store proxy cannot be structured-cloned into IndexedDB.
          options.store.put({
            ...unwrap(pending[key]),
            conflict,
          } as PendingEdit),
        );
      } else if (isNetworkError(error) || (error instanceof ApiError && error.status >= 500)) {
        offline = true;
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void flush(), retryMs);
      } else if (pending[key]) {
        const message = errorText(error);
        setErrors(key, message);
        setLastError(message);
      }
    } finally {
      inFlight.delete(key);
      refreshStatus();
    }
  }

  /** Sends every edit that can go now (not in conflict, not failing validation). */
  async function flush(): Promise<void> {
    for (const key of Object.keys(pending)) await sendKey(key);
  }

  return {
    status,
    lastError,
    /** Edits not yet acknowledged, by key: pages show these over the server's values. */
    pending,
    /** Validation errors by key (400): the edit stays until the user changes it. */
    errors,

    /** Loads the edits left by an earlier page load and sends them. */
    async start(): Promise<void> {
      const stored = await options.store.all();
      setPending(reconcile(Object.fromEntries(stored.map((edit) => [edit.key, edit]))));
      refreshStatus();
      await flush();
    },

    /** Records an edit: stored durably at once, sent after the debounce. */
    async edit(key: string, input: EditInput): Promise<void> {
      const existing = pending[key];
      const edit: PendingEdit = routed({
        key,
        method: input.method,
        path: input.path,
        body: input.body,
        baseVersion: existing ? existing.baseVersion : input.baseVersion,
        updatePath: input.updatePath,
        held: input.held === true ? true : undefined,
        conflict: existing?.conflict,
        updatedAt: Math.max(Date.now(), (existing?.updatedAt ?? 0) + 1),
      });
      setPending(key, edit);
      if (errors[key]) setErrors(produce((all) => delete all[key]));
      refreshStatus();
      await persist(() => options.store.put(edit));
      if (!edit.conflict && !edit.held) schedule(key, debounceMs);
    },

    /** Sends at once (leaving a field, switching pages), without waiting for the debounce. */
    async flushNow(): Promise<void> {
      for (const [key, timer] of timers) {
        clearTimeout(timer);
        timers.delete(key);
      }
      await flush();
    },

    /** The network is back: send what waited. */
    online(): void {
      offline = false;
      void flush();
    },

    /**
     * Ends a conflict: `theirs` drops the edit and takes the server's record; `mine` (or a merged
     * body) is saved on top of the server's current version.
     */
    async resolve(
      key: string,
      choice: 'theirs' | 'mine' | { body: Record<string, unknown> },
    ): Promise<void> {
      const edit = pending[key];
      const current = edit?.conflict?.current as SavedRecord | null | undefined;
      if (!edit?.conflict) return;
      if (choice === 'theirs') {
        setPending(produce((all) => delete all[key]));
        await persist(() => options.store.delete(key));
        if (current) for (const listener of listeners.get(key) ?? []) listener(current);
      } else {
        const body = unwrap(choice === 'mine' ? edit.body : choice.body);
        const next: PendingEdit = routed({
          ...unwrap(edit),
          body,
          baseVersion: current?.version ?? 0,
          conflict: undefined,
          updatedAt: Date.now(),
        });
        setPending(key, next);
        await persist(() => options.store.put(next));
        await sendKey(key);
      }
      refreshStatus();
    },

    /**
     * Drops an edit the user threw away (an unsaved item they deleted). One already on its way
     * may still reach the server; its record is reported to `onSaved` listeners as usual.
     */
    async discard(key: string): Promise<void> {
      clearTimeout(timers.get(key));
      timers.delete(key);
      if (errors[key]) setErrors(produce((all) => delete all[key]));
      if (pending[key]) setPending(produce((all) => delete all[key]));
      await persist(() => options.store.delete(key));
      refreshStatus();
    },

    /** Calls `listener` with each record the server acknowledges for `key`; returns an unsubscribe. */
    onSaved(key: string, listener: Listener): () => void {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => set.delete(listener);
    },

    /** True while anything typed has not reached the server. */
    hasUnsent(): boolean {
      return Object.keys(pending).length > 0 || inFlight.size > 0;
    },
  };
}

export type Autosave = ReturnType<typeof createAutosave>;
