import { createResource, createSignal, For, Show } from 'solid-js';
import type { Passage } from '../lib/document-types';
import { loadPassageQuestions } from '../lib/documents-api';
import { t } from './documents.i18n';
import { ErrorMessage } from './error-message';

/** How many likely delfrågor a passage lists. */
const SHOWN = 5;

/**
 * The delfrågor a passage most likely speaks to, loaded when the user opens the list: each with
 * the words that matched, and (for those who may cite) one button to cite the whole passage to it.
 * Only offered: nothing is cited without that click.
 */
export function PassageQuestions(props: {
  passage: Passage;
  questionText: (id: string) => string;
  citedTo: (questionId: string) => boolean;
  onCite?: (questionId: string) => void;
}) {
  const [open, setOpen] = createSignal(false);
  const [answer] = createResource(
    () => (open() ? props.passage : undefined),
    (passage) => loadPassageQuestions(passage.documentId, passage.id),
  );
  const listId = () => `likely-${props.passage.id}`;
  const questions = () => (answer.error ? [] : (answer()?.questions ?? []).slice(0, SHOWN));
  return (
    <div class="passage-questions">
      <button
        type="button"
        class="link-button"
        aria-expanded={open()}
        aria-controls={listId()}
        aria-label={t('likelyQuestionsFor', props.passage.ordinal)}
        onClick={() => setOpen(!open())}
      >
        {t('likelyQuestions')}
      </button>
      <div id={listId()} hidden={!open()}>
        <Show when={open()}>
          <Show when={answer.error}>
            <ErrorMessage error={answer.error} />
          </Show>
          <Show when={!answer.error && answer()}>
            <Show when={questions().length > 0} fallback={<p class="muted">{t('likelyNone')}</p>}>
              <ul class="likely-list">
                <For each={questions()}>
                  {(question) => (
                    <li>
                      <strong>{question.questionId}</strong>{' '}
                      <span lang="sv">{props.questionText(question.questionId)}</span>
                      <Show when={question.matched.length > 0}>
                        <br />
                        <span class="muted">{t('matchedWords', question.matched.join(', '))}</span>
                      </Show>
                      <Show when={props.onCite}>
                        {' '}
                        <Show
                          when={!props.citedTo(question.questionId)}
                          fallback={
                            <span class="ok-text">{t('citedTo', question.questionId)}</span>
                          }
                        >
                          <button type="button" onClick={() => props.onCite?.(question.questionId)}>
                            {t('citeTo', question.questionId)}
                          </button>
                        </Show>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Show>
        </Show>
      </div>
    </div>
  );
}
