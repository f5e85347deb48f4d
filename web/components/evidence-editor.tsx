import { createSignal, onCleanup, Show } from 'solid-js';
import type { Autosave } from '../lib/autosave';
import {
  draftFromBody,
  type EvidenceDraft,
  evidenceEdit,
  evidenceKey,
  hasContent,
  newDraft,
  normalizeDraft,
  today,
} from '../lib/evidence-model';
import { EvidenceForm } from './evidence-form';
import { t } from './evidence-form.i18n';
import type { PickerArea } from './question-picker';

export interface EvidenceEditorProps {
  autosave: Autosave;
  evaluationId: string;
  areas: readonly PickerArea[];
  /** The server version of an item (0 while it has none): the next save builds on it. */
  versionOf: (evidenceId: string) => number;
  /** Called with the item's id when it first goes into the queue. */
  onStarted?: (evidenceId: string) => void;
  /** Quick capture: the note is done and the form is empty again. */
  onFinished?: () => void;
}

/** Every change of `draft` through the shared autosave queue, the very first save included. */
function useQueuedDraft(props: EvidenceEditorProps, initial: EvidenceDraft, queued: boolean) {
  const [draft, setDraft] = createSignal(initial);
  let started = queued;
  const change = (next: EvidenceDraft) => {
    setDraft(next);
    if (!started && !hasContent(next)) return;
    if (!started) props.onStarted?.(next.id);
    started = true;
    void props.autosave.edit(
      evidenceKey(props.evaluationId, next.id),
      evidenceEdit(props.evaluationId, next, props.versionOf(next.id)),
    );
  };
  /** Shows `next` without saving it: a new blank note, or the record the server holds. */
  const reset = (next: EvidenceDraft, isQueued = false) => {
    setDraft(next);
    started = isQueued;
  };
  return { draft, change, reset };
}

/** Moves focus to the field the next note starts with (the group, a title, a URL). */
function focusFirst(root: HTMLElement | undefined) {
  root?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}

/**
 * Quick capture during an interview: date defaults to today, a big notes field, delfrågor by
 * keyboard. "Klar – ny anteckning" sends at once and starts the next note with the same kind and
 * date; nothing typed waits for a button to be kept.
 */
export function EvidenceCapture(props: EvidenceEditorProps) {
  const queued = useQueuedDraft(props, newDraft('interview'), false);
  const [announcement, setAnnouncement] = createSignal('');
  let root: HTMLFormElement | undefined;
  const finish = async () => {
    const done = queued.draft();
    if (hasContent(done)) await props.autosave.flushNow();
    queued.reset(newDraft(done.kind, done.date ?? today()));
    setAnnouncement(t('finished'));
    props.onFinished?.();
    focusFirst(root);
  };
  return (
    <form
      ref={root}
      class="panel capture"
      aria-labelledby="capture-title"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id="capture-title">{t('captureTitle')}</h2>
      <p class="hint">{t('captureIntro')}</p>
      <Show when={queued.draft().id} keyed>
        {(id) => (
          <EvidenceForm
            idPrefix={`capture-${id}`}
            draft={queued.draft()}
            areas={props.areas}
            onChange={queued.change}
          />
        )}
      </Show>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void finish()}>
          {t('finishNew')}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </form>
  );
}

/** Editing a listed item in place: the same fields, autosaved on every change. */
export function EvidenceEditor(
  props: EvidenceEditorProps & { item: EvidenceDraft; label: string; onClose: () => void },
) {
  // A plain copy: the listed item is a store proxy that changes with every save.
  const queued = useQueuedDraft(props, normalizeDraft(props.item), true);
  let root: HTMLElement | undefined;
  const titleId = `edit-title-${props.item.id}`;
  // A 409 resolved with the saved version replaces what this editor shows.
  onCleanup(
    props.autosave.onSaved(evidenceKey(props.evaluationId, props.item.id), (record) => {
      if (props.autosave.pending[evidenceKey(props.evaluationId, props.item.id)]) return;
      const saved = normalizeDraft(draftFromBody(props.item.id, record));
      if (JSON.stringify(saved) !== JSON.stringify(normalizeDraft(queued.draft()))) {
        queued.reset(saved, true);
      }
    }),
  );
  const close = async () => {
    await props.autosave.flushNow();
    props.onClose();
  };
  return (
    <section
      ref={(el) => {
        root = el;
        queueMicrotask(() => focusFirst(root));
      }}
      class="editor"
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>{t('editTitle', props.label)}</h3>
      <EvidenceForm
        idPrefix={`edit-${props.item.id}`}
        draft={queued.draft()}
        areas={props.areas}
        onChange={queued.change}
      />
      <div class="actions">
        <button type="button" class="primary" onClick={() => void close()}>
          {t('close')}
        </button>
      </div>
    </section>
  );
}
