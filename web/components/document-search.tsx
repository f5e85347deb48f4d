import { createResource, createSignal, For, Show } from 'solid-js';
import type { SearchHit } from '../lib/document-types';
import { searchDocuments } from '../lib/documents-api';
import { t } from './documents.i18n';
import { ErrorMessage } from './error-message';

/** A snippet's runs, the matching words in `<mark>` (text only: never HTML from the server). */
export function Snippet(props: { runs: readonly { text: string; match: boolean }[] }) {
  return <For each={props.runs}>{(run) => (run.match ? <mark>{run.text}</mark> : run.text)}</For>;
}

/** Where a passage sits: its page and heading. */
export function pageLabel(page: number | null): string {
  return page === null ? '' : t('page', page);
}

/**
 * One query box over the evaluation's documents (and the kommun's earlier ones): ranked hits
 * with the matching words marked, each opening the reader at its passage. The query lives in the
 * address (`?q=`), so going back from the reader shows the same hits.
 */
export function DocumentSearch(props: {
  evaluationId: string;
  query: string;
  onQuery: (query: string) => void;
  /** Offered on hits of this evaluation's own documents when the user may cite. */
  onCite?: (hit: SearchHit) => void;
}) {
  const [draft, setDraft] = createSignal(props.query);
  const [result] = createResource(
    () => (props.query.trim() ? { id: props.evaluationId, q: props.query.trim() } : undefined),
    ({ id, q }) => searchDocuments(id, q),
  );
  const hits = () => (result.error ? [] : (result.latest?.hits ?? []));
  const hrefOf = (hit: SearchHit) =>
    `/evaluations/${props.evaluationId}/documents/${hit.documentId}?passage=${encodeURIComponent(hit.passageId)}`;

  return (
    <section class="document-search" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <search>
        <form
          class="search-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onQuery(draft().trim());
          }}
        >
          <label for="document-query">{t('searchLabel')}</label>
          <div class="search-row">
            <input
              id="document-query"
              type="search"
              value={draft()}
              aria-describedby="document-query-hint"
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
            <button type="submit" class="primary">
              {t('searchButton')}
            </button>
          </div>
          <p id="document-query-hint" class="hint">
            {t('searchHint')}
          </p>
        </form>
      </search>
      <p role="status" class="search-status">
        <Show when={props.query.trim()}>
          {result.loading
            ? t('searching')
            : result.error
              ? ''
              : t('hits', hits().length, props.query.trim())}
        </Show>
      </p>
      <Show when={result.error}>
        <ErrorMessage error={result.error} />
      </Show>
      <Show when={hits().length > 0}>
        <ol class="search-hits">
          <For each={hits()}>
            {(hit) => (
              <li data-hit={hit.passageId}>
                <p class="hit-source">
                  <a href={hrefOf(hit)}>
                    <bdi>{t('openHit', hit.documentTitle, pageLabel(hit.page))}</bdi>
                  </a>
                  <Show when={hit.heading}>
                    {(heading) => (
                      <span class="muted">
                        {' · '}
                        <bdi>{heading()}</bdi>
                      </span>
                    )}
                  </Show>
                  <Show when={hit.evaluationId !== props.evaluationId}>
                    <span class="muted"> · {t('earlier')}</span>
                  </Show>
                </p>
                <p class="snippet">
                  <Snippet runs={hit.snippet} />
                </p>
                <Show when={props.onCite && hit.evaluationId === props.evaluationId}>
                  <button type="button" onClick={() => props.onCite?.(hit)}>
                    {t('citeHit')}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
