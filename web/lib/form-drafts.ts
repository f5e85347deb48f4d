import { useBeforeLeave } from '@solidjs/router';
import { createSignal, onCleanup, onMount } from 'solid-js';

/**
 * Half-typed forms that are not autosaved (the handlingsplan's actions, notes and effektmål are
 * saved with a button): what is typed is kept in this browser's localStorage as it is typed,
 * restored when the form is shown again (after a reload, a navigation or a crash), and leaving
 * the page with unsaved text asks first. A draft is forgotten when the form is saved or
 * cancelled, and every draft when the user logs out.
 */

const PREFIX = 'kompass-draft:';
type Fields = Record<string, string | string[]>;

/** Forms with unsaved text on this page, by draft key. */
const [dirty, setDirty] = createSignal<ReadonlySet<string>>(new Set());

function markDirty(key: string, on: boolean) {
  const next = new Set(dirty());
  if (on) next.add(key);
  else next.delete(key);
  setDirty(next);
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: the warning before leaving still protects the text
  }
}

function read(key: string): Fields | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Fields) : null;
  } catch {
    return null;
  }
}

/** Whether a draft is kept for `key` (a closed editor with a draft opens itself again). */
export function hasDraft(key: string): boolean {
  return read(key) !== null;
}

/** Forgets every kept draft: at logout, since drafts belong to the user who typed them. */
export function forgetAllDrafts(): void {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}

function fieldsOf(form: HTMLFormElement): Fields {
  const fields: Fields = {};
  for (const element of Array.from(form.elements)) {
    if (
      !(element instanceof HTMLInputElement) &&
      !(element instanceof HTMLTextAreaElement) &&
      !(element instanceof HTMLSelectElement)
    )
      continue;
    if (!element.name || element.type === 'password' || element.type === 'file') continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      const list = (fields[element.name] as string[] | undefined) ?? [];
      if (element.checked) list.push(element.value);
      fields[element.name] = list;
    } else {
      fields[element.name] = element.value;
    }
  }
  return fields;
}

function fill(form: HTMLFormElement, fields: Fields) {
  for (const element of Array.from(form.elements)) {
    if (
      !(element instanceof HTMLInputElement) &&
      !(element instanceof HTMLTextAreaElement) &&
      !(element instanceof HTMLSelectElement)
    )
      continue;
    const value = fields[element.name];
    if (value === undefined) continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      element.checked = Array.isArray(value) && value.includes(element.value);
    } else if (typeof value === 'string') {
      element.value = value;
    }
  }
}

export interface FormDraft {
  /** Give to the form's `ref`. */
  ref(form: HTMLFormElement): void;
  /** After a successful save or a cancel: the draft is done. */
  clear(): void;
  /** True when the form was filled from a kept draft. */
  restored(): boolean;
}

/** Keeps the form's typed text under `key` (unique per user, evaluation and form). */
export function useFormDraft(key: string): FormDraft {
  const [restored, setRestored] = createSignal(false);
  let form: HTMLFormElement | undefined;
  let initial = '';
  const save = () => {
    if (!form) return;
    const fields = fieldsOf(form);
    const changed = JSON.stringify(fields) !== initial;
    markDirty(key, changed);
    if (changed) storage()?.setItem(PREFIX + key, JSON.stringify(fields));
    else storage()?.removeItem(PREFIX + key);
  };
  onMount(() => {
    if (!form) return;
    initial = JSON.stringify(fieldsOf(form));
    const kept = read(key);
    if (kept) {
      fill(form, kept);
      setRestored(true);
      markDirty(key, JSON.stringify(fieldsOf(form)) !== initial);
    }
    form.addEventListener('input', save);
    form.addEventListener('change', save);
  });
  onCleanup(() => {
    form?.removeEventListener('input', save);
    form?.removeEventListener('change', save);
    markDirty(key, false); // the text stays in storage; the page being left no longer holds it
  });
  return {
    ref: (element) => {
      form = element;
    },
    clear: () => {
      storage()?.removeItem(PREFIX + key);
      markDirty(key, false);
      setRestored(false);
      if (form) initial = JSON.stringify(fieldsOf(form));
    },
    restored,
  };
}

/**
 * On a page with draft forms: leaving it (in the app or closing the tab) while a form holds
 * unsaved text asks first. The text is kept either way; the question says so.
 */
export function warnBeforeLeavingDrafts(message: () => string): void {
  useBeforeLeave((event) => {
    if (dirty().size === 0 || event.defaultPrevented) return;
    event.preventDefault();
    if (window.confirm(message())) event.retry(true);
  });
  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (dirty().size === 0) return;
    event.preventDefault();
    event.returnValue = message();
  };
  window.addEventListener('beforeunload', beforeUnload);
  onCleanup(() => window.removeEventListener('beforeunload', beforeUnload));
}
