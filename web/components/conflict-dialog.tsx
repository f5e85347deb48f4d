import { createSignal, For, onMount } from 'solid-js';
import type { Autosave } from '../lib/autosave';
import { t } from '../lib/common.i18n';
import { clashedFields } from '../lib/conflict-fields';
import { formatDateTime } from '../lib/i18n';

export interface ConflictField {
  /** The body field that holds text (e.g. `rationale`, `notes`, `summary`). */
  name: string;
  label: string;
}

/** Both texts, one after the other, as a starting point for a merge. */
export function mergeTexts(mine: string, theirs: string): string {
  if (mine === theirs || theirs.includes(mine)) return theirs;
  if (mine.includes(theirs)) return mine;
  return `${theirs}\n\n${mine}`;
}

/**
 * Shown when the server refused a save with 409: both versions side by side; the user keeps
 * theirs, keeps mine, or edits a merge. Focus moves into the dialog and Escape does not discard.
 */
export function ConflictDialog(props: {
  autosave: Autosave;
  editKey: string;
  fields: ConflictField[];
  /** What the edit is about, e.g. "Delfråga 1.1: din bedömning". */
  subject?: string;
}) {
  const edit = () => props.autosave.pending[props.editKey];
  const current = () => (edit()?.conflict?.current ?? {}) as Record<string, unknown>;
  const text = (source: Record<string, unknown> | undefined, name: string) => {
    const value = source?.[name];
    return value === null || value === undefined ? '' : String(value);
  };
  const [merged, setMerged] = createSignal<Record<string, string>>(
    Object.fromEntries(
      props.fields.map((f) => [
        f.name,
        mergeTexts(text(edit()?.body, f.name), text(current(), f.name)),
      ]),
    ),
  );
  const changedBy = () => {
    const change = edit()?.conflict?.lastChange;
    if (!change) return '';
    const when = formatDateTime(change.at);
    return change.by
      ? t('conflictChangedBy', `${change.by.name} (${change.by.email})`, when)
      : t('conflictChangedAt', when);
  };
  let dialog: HTMLDialogElement | undefined;
  onMount(() => {
    dialog?.showModal?.();
  });
  const id = `conflict-${props.editKey.replace(/[^\w-]/g, '-')}`;
  return (
    <dialog
      ref={dialog}
      class="conflict-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id={`${id}-title`}>
        {t('conflictTitle')}
        {props.subject ? `: ${props.subject}` : ''}
      </h2>
      <p id={`${id}-intro`}>
        {t('conflictIntro')}{' '}
        <span data-testid="conflict-clashed">
          {t('conflictClashed', clashedFields(props.editKey, edit()?.body, current()).join(', '))}
        </span>{' '}
        <span data-testid="conflict-changed-by">{changedBy()}</span>
      </p>
      <For each={props.fields}>
        {(field) => (
          <fieldset>
            <legend>{field.label}</legend>
            <div class="conflict-columns">
              <div>
                <h3>{t('conflictMine')}</h3>
                <pre class="conflict-text" data-testid="conflict-mine">
                  {text(edit()?.body, field.name)}
                </pre>
              </div>
              <div>
                <h3>{t('conflictTheirs')}</h3>
                <pre class="conflict-text" data-testid="conflict-theirs">
                  {text(current(), field.name)}
                </pre>
              </div>
            </div>
            <label>
              {t('conflictMerged')}
              <textarea
                rows={5}
                value={merged()[field.name] ?? ''}
                onInput={(e) => setMerged({ ...merged(), [field.name]: e.currentTarget.value })}
              />
            </label>
          </fieldset>
        )}
      </For>
      <div class="dialog-actions">
        <button type="button" onClick={() => void props.autosave.resolve(props.editKey, 'mine')}>
          {t('keepMine')}
        </button>
        <button type="button" onClick={() => void props.autosave.resolve(props.editKey, 'theirs')}>
          {t('keepTheirs')}
        </button>
        <button
          type="button"
          class="primary"
          onClick={() =>
            void props.autosave.resolve(props.editKey, { body: { ...edit()?.body, ...merged() } })
          }
        >
          {t('keepMerged')}
        </button>
      </div>
    </dialog>
  );
}
