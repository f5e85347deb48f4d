import { createSignal, onMount, Show } from 'solid-js';
import type { Citation } from '../lib/document-types';
import { createCitation, type NewCitation, updateCitation } from '../lib/documents-api';
import { compareQuestionIds } from '../lib/evidence-model';
import { pageLabel } from './document-search';
import { t } from './documents.i18n';
import { ErrorMessage } from './error-message';
import { type PickerArea, QuestionPicker } from './question-picker';

/** What is about to be cited: the exact quote and where it stands. */
export interface CiteTarget extends NewCitation {
  documentTitle: string;
  page: number | null;
}

/**
 * Ties a quote to one or more delfrågor: the quote as it will be kept, the question picker, save.
 * A modal dialog: focus moves into it and goes back to where it was when it closes. With
 * `citation`, it changes that citation's delfrågor instead of creating one.
 */
export function CiteDialog(props: {
  evaluationId: string;
  areas: readonly PickerArea[];
  target: CiteTarget;
  citation?: Citation;
  onSaved: (citation: Citation) => void;
  onClose: () => void;
}) {
  const [selected, setSelected] = createSignal<string[]>(
    props.citation?.questionIds ?? props.target.questionIds,
  );
  const [error, setError] = createSignal<unknown>(null);
  const [missing, setMissing] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let dialog: HTMLDialogElement | undefined;
  onMount(() => {
    dialog?.showModal?.();
    dialog?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  });

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const questionIds = [...selected()].sort(compareQuestionIds);
    if (questionIds.length === 0) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = props.citation
        ? await updateCitation(props.citation.id, questionIds, props.citation.version)
        : await createCitation(props.evaluationId, {
            documentId: props.target.documentId,
            passageId: props.target.passageId,
            start: props.target.start,
            end: props.target.end,
            quote: props.target.quote,
            questionIds,
          });
      dialog?.close();
      props.onSaved(saved);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="cite-dialog"
      aria-labelledby="cite-title"
      onClose={() => props.onClose()}
    >
      <form method="dialog" onSubmit={(e) => void save(e)}>
        <h2 id="cite-title">{t('citeTitle')}</h2>
        <blockquote class="quote" data-testid="cite-quote">
          <p>{props.target.quote}</p>
          <footer>
            <bdi>{t('citeFrom', props.target.documentTitle, pageLabel(props.target.page))}</bdi>
          </footer>
        </blockquote>
        <QuestionPicker
          idPrefix="cite"
          areas={props.areas}
          selected={selected()}
          onChange={(next) => {
            setSelected(next);
            if (next.length > 0) setMissing(false);
          }}
        />
        <Show when={missing()}>
          <p class="error" role="alert">
            {t('citePickOne')}
          </p>
        </Show>
        <Show when={error()}>
          <div role="alert">
            <p class="error">{t('citeFailed')}</p>
            <ErrorMessage error={error()} />
          </div>
        </Show>
        <p class="dialog-actions">
          <button type="submit" class="primary" disabled={busy()}>
            {t('citeSave')}
          </button>
          <button type="button" onClick={() => dialog?.close()}>
            {t('cancel')}
          </button>
        </p>
      </form>
    </dialog>
  );
}
