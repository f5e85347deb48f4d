import { createMemo, createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { citationStore } from '../lib/citations-store';
import type { Citation, Suggestion } from '../lib/document-types';
import { createCitation, loadSuggestions } from '../lib/documents-api';
import { matchedRuns } from '../lib/passage-text';
import { Snippet } from './document-search';
import { ErrorMessage } from './error-message';
import { t } from './question-citations.i18n';
import './documents.css';

/** How many suggested passages a delfråga shows. */
const SUGGESTIONS_SHOWN = 5;

const pageOf = (page: number | null) => (page === null ? '' : t('page', page));

/** Where a citation opens: the reader at its passage (none once its document is deleted). */
export function citationHref(evaluationId: string, citation: Citation): string | null {
  return citation.documentId
    ? `/evaluations/${evaluationId}/documents/${citation.documentId}?citation=${encodeURIComponent(citation.id)}`
    : null;
}

/**
 * The quotes from documents cited for one delfråga, beside its other evidence on the scoring and
 * consensus pages, and "Vad talar för denna delfråga?": suggested passages, cited with one click.
 * A deleted document's citation still shows its quote and title. `compact` (a table cell) folds
 * it all into one disclosure.
 */
export function QuestionCitations(props: {
  evaluationId: string;
  questionId: string;
  readOnly: boolean;
  compact?: boolean;
}) {
  const store = citationStore(props.evaluationId);
  const citations = createMemo(() =>
    store.list().filter((c) => c.questionIds.includes(props.questionId)),
  );
  const headingId = () => `citations-${props.questionId}`;
  const body = (): JSX.Element => (
    <>
      <Show when={store.error() && !store.loaded()}>
        <p class="muted">{t('loadFailed')}</p>
      </Show>
      <Show
        when={citations().length > 0}
        fallback={
          <Show when={store.loaded()}>
            <p class="muted">{t('none')}</p>
          </Show>
        }
      >
        <ul class="question-citation-list">
          <For each={citations()}>
            {(citation) => (
              <li data-citation={citation.id}>
                <blockquote class="quote">
                  <p>{citation.quote}</p>
                </blockquote>
                <p class="quote-source">
                  <Show
                    when={citationHref(props.evaluationId, citation)}
                    fallback={
                      <span>
                        <bdi>{t('from', citation.documentTitle, pageOf(citation.page))}</bdi>{' '}
                        <span class="muted">({t('deletedDocument')})</span>
                      </span>
                    }
                  >
                    {(href) => (
                      <a href={href()} aria-label={t('open', citation.documentTitle)}>
                        <bdi>{t('from', citation.documentTitle, pageOf(citation.page))}</bdi>
                      </a>
                    )}
                  </Show>
                </p>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <QuestionSuggestions
        evaluationId={props.evaluationId}
        questionId={props.questionId}
        readOnly={props.readOnly}
        cited={citations()}
        onCited={(citation) => store.put(citation)}
      />
    </>
  );
  return (
    <Show
      when={props.compact}
      fallback={
        <section class="question-citations" aria-labelledby={headingId()}>
          <h4 id={headingId()}>{t('heading', props.questionId)}</h4>
          {body()}
        </section>
      }
    >
      <details class="question-citations compact">
        <summary>{t('summary', citations().length)}</summary>
        {body()}
      </details>
    </Show>
  );
}

/** The passages suggested for a delfråga, loaded when opened; offered only, cited by a click. */
function QuestionSuggestions(props: {
  evaluationId: string;
  questionId: string;
  readOnly: boolean;
  cited: readonly Citation[];
  onCited: (citation: Citation) => void;
}) {
  const [open, setOpen] = createSignal(false);
  const [answer] = createResource(
    () => (open() ? { id: props.evaluationId, questionId: props.questionId } : undefined),
    ({ id, questionId }) => loadSuggestions(id, questionId),
  );
  const [error, setError] = createSignal<unknown>(null);
  const [announcement, setAnnouncement] = createSignal('');
  const shown = () =>
    answer.error ? [] : (answer()?.suggestions ?? []).slice(0, SUGGESTIONS_SHOWN);
  const isCited = (suggestion: Suggestion) =>
    props.cited.some((c) => c.passageId === suggestion.passage.id);
  const cite = async (suggestion: Suggestion) => {
    setError(null);
    try {
      const saved = await createCitation(props.evaluationId, {
        documentId: suggestion.passage.documentId,
        passageId: suggestion.passage.id,
        start: 0,
        end: suggestion.passage.text.length,
        quote: suggestion.passage.text,
        questionIds: [props.questionId],
      });
      props.onCited(saved);
      setAnnouncement(t('citeSaved', props.questionId));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <details
      class="question-suggestions"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid={`suggestions-${props.questionId}`}
    >
      <summary>
        {t('suggestions')}
        <span class="visually-hidden"> ({props.questionId})</span>
      </summary>
      <p class="hint">{t('suggestionsIntro')}</p>
      <Show when={answer.error}>
        <ErrorMessage error={answer.error} />
      </Show>
      <Show when={!answer.error && answer()}>
        <Show when={shown().length > 0} fallback={<p class="muted">{t('noSuggestions')}</p>}>
          <ul class="suggestion-passages">
            <For each={shown()}>
              {(suggestion) => (
                <li data-passage={suggestion.passage.id}>
                  <blockquote class="quote">
                    <p>
                      <Snippet runs={matchedRuns(suggestion.passage.text, suggestion.matched)} />
                    </p>
                  </blockquote>
                  <p class="quote-source">
                    <a
                      href={`/evaluations/${props.evaluationId}/documents/${suggestion.passage.documentId}?passage=${encodeURIComponent(suggestion.passage.id)}`}
                    >
                      <bdi>
                        {t(
                          'from',
                          suggestion.passage.documentTitle,
                          pageOf(suggestion.passage.page),
                        )}
                      </bdi>
                    </a>
                  </p>
                  <Show when={suggestion.matched.length > 0}>
                    <p class="muted">{t('matched', suggestion.matched.join(', '))}</p>
                  </Show>
                  <Show when={!props.readOnly}>
                    <Show
                      when={!isCited(suggestion)}
                      fallback={<p class="ok-text">{t('cited')}</p>}
                    >
                      <button
                        type="button"
                        aria-label={t(
                          'citeFor',
                          props.questionId,
                          suggestion.passage.documentTitle,
                        )}
                        onClick={() => void cite(suggestion)}
                      >
                        {t('cite')}
                      </button>
                    </Show>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <Show when={error()}>
        <p class="error">{t('citeFailed')}</p>
        <ErrorMessage error={error()} />
      </Show>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </details>
  );
}
