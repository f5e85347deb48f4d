import { type Accessor, createRoot, createSignal } from 'solid-js';
import type { Citation } from './document-types';
import { loadCitations } from './documents-api';

/** A fresh enough list is not asked for again when another delfråga's component mounts. */
const FRESH_MS = 3_000;

export interface CitationStore {
  /** Every citation of the evaluation (empty until loaded). */
  list: Accessor<readonly Citation[]>;
  loaded: Accessor<boolean>;
  error: Accessor<unknown>;
  /** Loads again unless loaded within the last few seconds (or `force`). */
  refresh(force?: boolean): void;
  /** A citation created, changed or (with `removed`) deleted here: shown at once everywhere. */
  put(citation: Citation): void;
  remove(citationId: string): void;
}

const stores = new Map<string, CitationStore>();

function createStore(evaluationId: string): CitationStore {
  return createRoot(() => {
    const [list, setList] = createSignal<readonly Citation[]>([]);
    const [loaded, setLoaded] = createSignal(false);
    const [error, setError] = createSignal<unknown>(null);
    let loadedAt = 0;
    let pending: Promise<void> | null = null;
    const refresh = (force = false) => {
      if (pending || (!force && Date.now() - loadedAt < FRESH_MS)) return;
      loadedAt = Date.now();
      pending = loadCitations(evaluationId)
        .then(
          (answer) => {
            setList(answer.citations);
            setError(null);
            setLoaded(true);
          },
          (failure: unknown) => {
            setError(failure);
            loadedAt = 0;
          },
        )
        .finally(() => {
          pending = null;
        });
    };
    return {
      list,
      loaded,
      error,
      refresh,
      put: (citation) => setList((all) => [...all.filter((c) => c.id !== citation.id), citation]),
      remove: (citationId) => setList((all) => all.filter((c) => c.id !== citationId)),
    };
  });
}

/** The citations of one evaluation, shared by every component on the page (one request). */
export function citationStore(evaluationId: string): CitationStore {
  let store = stores.get(evaluationId);
  if (!store) {
    store = createStore(evaluationId);
    stores.set(evaluationId, store);
  }
  store.refresh();
  return store;
}
