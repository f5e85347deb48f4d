import type { LastChange } from './api';
/** An edit not yet acknowledged by the server, kept until it is. */
export interface PendingEdit {
  /** One field: later edits of the same key replace earlier ones. */
  key: string;
  method: 'PUT' | 'POST';
  path: string;
  /** The body without `version`; the queue adds the version the edit was based on. */
  body: Record<string, unknown>;
  /** The server version this edit started from (0: the record does not exist yet). */
  baseVersion: number;
  /** For a create (POST): where saves go once the record exists (a PUT to this path). */
  updatePath?: string | undefined;
  /**
   * Kept but not sent yet: the record is incomplete (an interview without its group). Stored like
   * any edit, so nothing is lost; sent once an edit without `held` follows.
   */
  held?: boolean | undefined;
  /** Set when the server said 409: the user must choose. */
  conflict?: { current: unknown; lastChange?: LastChange | undefined } | undefined;
  updatedAt: number;
}

/** Where pending edits live between page loads. */
export interface PendingStore {
  all(): Promise<PendingEdit[]>;
  put(edit: PendingEdit): Promise<void>;
  delete(key: string): Promise<void>;
}

const DB_NAME = 'kommunkompassen';
const STORE = 'pending-edits';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Pending edits in IndexedDB: they survive a reload, a closed tab and a crashed browser. */
export function indexedDbStore(): PendingStore {
  let opened: Promise<IDBDatabase> | undefined;
  const open = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return opened;
  };
  const tx = async (mode: IDBTransactionMode) =>
    (await open()).transaction(STORE, mode).objectStore(STORE);
  const done = (store: IDBObjectStore) =>
    new Promise<void>((resolve, reject) => {
      store.transaction.oncomplete = () => resolve();
      store.transaction.onerror = () => reject(store.transaction.error);
      store.transaction.onabort = () => reject(store.transaction.error);
    });
  return {
    async all() {
      return request((await tx('readonly')).getAll() as IDBRequest<PendingEdit[]>);
    },
    async put(edit) {
      const store = await tx('readwrite');
      store.put(edit);
      await done(store); // resolved only once the write is durable in the browser's store
    },
    async delete(key) {
      const store = await tx('readwrite');
      store.delete(key);
      await done(store);
    },
  };
}

/** For tests and for browsers without IndexedDB (edits then last as long as the page). */
export function memoryStore(initial: PendingEdit[] = []): PendingStore {
  const edits = new Map(initial.map((edit) => [edit.key, edit]));
  return {
    all: async () => [...edits.values()].map((edit) => structuredClone(edit)),
    put: async (edit) => {
      edits.set(edit.key, structuredClone(edit));
    },
    delete: async (key) => {
      edits.delete(key);
    },
  };
}
