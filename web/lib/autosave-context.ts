import { createRoot } from 'solid-js';
import { createAutosave } from './autosave';
import { indexedDbStore, memoryStore } from './pending-store';

/**
 * The app's one autosave queue, on IndexedDB when the browser has it. It starts when the app
 * mounts, resends on `online`, and warns before leaving with unsent changes.
 */
export const autosave = createRoot(() =>
  createAutosave({ store: typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore() }),
);

let started = false;

export function startAutosave(warning: () => string): void {
  if (started) return;
  started = true;
  void autosave.start();
  window.addEventListener('online', () => autosave.online());
  window.addEventListener('beforeunload', (event) => {
    if (!autosave.hasUnsent()) return;
    event.preventDefault();
    event.returnValue = warning();
  });
  // Leaving the tab (closing the laptop lid) sends what waits for the debounce.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void autosave.flushNow();
  });
}
