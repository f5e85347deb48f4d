import { useParams, useSearchParams } from '@solidjs/router';
import {
  createEffect,
  createMemo,
  createResource,
  createSignal,
  For,
  on,
  onCleanup,
  onMount,
  Show,
} from 'solid-js';
import { CiteDialog, type CiteTarget } from '../components/cite-dialog';
import { DocumentExtraction, extracting } from '../components/document-extraction';
import { formatSize, safeHref } from '../components/document-list';
import { pageLabel } from '../components/document-search';
import { t } from '../components/documents.i18n';
import { ErrorMessage } from '../components/error-message';
import { PageHeader } from '../components/page-header';
import { PassageView } from '../components/passage-view';
import { ReaderPassages } from '../components/reader-passages';
import { citationStore } from '../lib/citations-store';
import { mayWriteDocuments } from '../lib/document-access';
import type { Citation, Passage } from '../lib/document-types';
import {
  createCitation,
  deleteCitation,
  documentFileHref,
  getDocument,
  loadPassages,
} from '../lib/documents-api';
import { useEvaluation } from '../lib/evaluation-data';
import { formatDate } from '../lib/i18n';
import { locateCitation, type Offsets, passageElementOf, rangeOffsets } from '../lib/passage-text';
import { me } from '../lib/session';
import '../components/documents.css';

/** How often a document whose text is being extracted is asked for again. */
const POLL_MS = 1_000;

interface Selected {
  passage: Passage;
  offsets: Offsets;
}

/**
 * A document in the reader: its passages with page numbers and headings; select text in a
 * passage (or take a whole one) and cite it to delfrågor. `?passage=` or `?citation=` opens it
 * at that passage: scrolled to, focused and marked.
 */
export default function DocumentReader() {
  const params = useParams<{ id: string; documentId: string }>();
  const [search] = useSearchParams<{ passage?: string; citation?: string }>();
  const { summary, rubric } = useEvaluation(() => params.id);
  const mayWrite = () => mayWriteDocuments(me(), summary());
  const [doc, { refetch: refetchDocument }] = createResource(() => params.documentId, getDocument);
  // An errored resource throws when read: these read it only when it has a value. `latest`
  // keeps the page on screen while the document is asked for again (no Suspense fallback).
  const loaded = () => (doc.error ? undefined : doc.latest);
  const [passageList] = createResource(() => {
    const current = loaded();
    return current && !extracting(current) ? current.id : undefined;
  }, loadPassages);
  const passageAnswer = () => (passageList.error ? undefined : passageList());
  const passages = () => passageAnswer()?.passages ?? [];
  const store = citationStore(params.id);
  const citations = createMemo(() =>
    store.list().filter((c) => c.documentId === params.documentId),
  );

  // While the text is being extracted, ask again until it is done.
  const timer = setInterval(() => {
    const current = loaded();
    if (current && extracting(current) && !doc.loading) void refetchDocument();
  }, POLL_MS);
  onCleanup(() => clearInterval(timer));

  const located = createMemo(() =>
    citations().map((citation) => ({ citation, at: locateCitation(citation, passages()) })),
  );
  const citedIn = (passageId: string) =>
    located()
      .filter((c) => c.at?.passage.id === passageId)
      .map((c) => c.at?.offsets as Offsets);
  const citedTo = (passageId: string, questionId: string) =>
    located().some(
      (c) => c.at?.passage.id === passageId && c.citation.questionIds.includes(questionId),
    );

  /** The passage the address points at, and the run to mark in it. */
  const target = createMemo(() => {
    if (search.citation) {
      const found = located().find((c) => c.citation.id === search.citation)?.at;
      if (found) return { passageId: found.passage.id, offsets: found.offsets };
      return null;
    }
    if (search.passage) return { passageId: search.passage, offsets: null };
    return null;
  });
  createEffect(
    on(
      () => [target()?.passageId, passages().length] as const,
      ([passageId, count]) => {
        if (!passageId || count === 0) return;
        requestAnimationFrame(() => {
          const element = document.getElementById(`passage-${passageId}`);
          if (!element) return;
          element.scrollIntoView({ block: 'center' });
          element.focus({ preventScroll: true });
        });
      },
    ),
  );

  // The selection, if it lies within one passage's text.
  const [selected, setSelected] = createSignal<Selected | null>(null);
  const [across, setAcross] = createSignal(false);
  const onSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      setSelected(null);
      setAcross(false);
      return;
    }
    const range = selection.getRangeAt(0);
    const first = passageElementOf(range.startContainer);
    const last = passageElementOf(range.endContainer);
    if (!first && !last) return; // a selection elsewhere on the page: the last one stays offered
    const passage = passages().find((p) => p.id === first?.dataset.passageText);
    if (!first || first !== last || !passage) {
      setSelected(null);
      setAcross(true);
      return;
    }
    setAcross(false);
    const offsets = rangeOffsets(first, range, passage.text);
    setSelected(offsets ? { passage, offsets } : null);
  };
  onMount(() => document.addEventListener('selectionchange', onSelection));
  onCleanup(() => document.removeEventListener('selectionchange', onSelection));

  const [citing, setCiting] = createSignal<{ target: CiteTarget; citation?: Citation } | null>(
    null,
  );
  const [announcement, setAnnouncement] = createSignal('');
  const [actionError, setActionError] = createSignal<unknown>(null);
  const targetOf = (
    passage: Passage,
    offsets: Offsets,
    questionIds: string[] = [],
  ): CiteTarget => ({
    documentId: passage.documentId,
    passageId: passage.id,
    start: offsets.start,
    end: offsets.end,
    quote: passage.text.slice(offsets.start, offsets.end),
    questionIds,
    documentTitle: loaded()?.title ?? '',
    page: passage.page,
  });
  const citeWhole = (passage: Passage) =>
    setCiting({ target: targetOf(passage, { start: 0, end: passage.text.length }) });
  const citeTo = async (passage: Passage, questionId: string) => {
    setActionError(null);
    try {
      const saved = await createCitation(params.id, {
        documentId: passage.documentId,
        passageId: passage.id,
        start: 0,
        end: passage.text.length,
        quote: passage.text,
        questionIds: [questionId],
      });
      store.put(saved);
      setAnnouncement(t('citeSaved', questionId));
    } catch (error) {
      setActionError(error);
    }
  };
  const removeCitation = async (citation: Citation) => {
    if (!window.confirm(t('removeCitationConfirm'))) return;
    setActionError(null);
    try {
      await deleteCitation(citation.id, citation.version);
      store.remove(citation.id);
      setAnnouncement(t('citationRemoved'));
    } catch (error) {
      setActionError(error);
    }
  };

  const pickerAreas = () =>
    (rubric()?.areas ?? []).map((area) => ({
      id: area.id,
      title: area.title,
      questions: area.questions.map((q) => ({ id: q.id, text: q.text })),
    }));
  const questionText = (id: string) =>
    rubric()
      ?.areas.flatMap((a) => a.questions)
      .find((q) => q.id === id)?.text ?? '';
  const citationHref = (citation: Citation) =>
    `/evaluations/${params.id}/documents/${params.documentId}?citation=${encodeURIComponent(citation.id)}`;

  return (
    // The heading waits for the document, so the page's title names it from the start.
    <Show when={doc.error || loaded() ? summary() : undefined}>
      {(evaluation) => (
        <article class="document-reader">
          <PageHeader
            evaluationId={evaluation().id}
            backLabel={t('back')}
            title={
              <Show when={loaded()} fallback={t('title')}>
                {(current) => <bdi>{current().title}</bdi>}
              </Show>
            }
            readOnly={!mayWrite()}
            readOnlyText={
              evaluation().status === 'published' ? t('readOnlyPublished') : t('readOnlyReader')
            }
          />
          <p>
            <a href={`/evaluations/${params.id}/documents`}>{t('backToDocuments')}</a>
          </p>
          <Show when={doc.error}>
            <p class="error">{t('readerNotFound')}</p>
            <ErrorMessage error={doc.error} />
          </Show>
          <Show when={loaded()}>
            {(current) => (
              <>
                <p class="document-meta">
                  <span class="badge">{t(`kind_${current().kind}`)}</span>{' '}
                  <span>{current().date ? formatDate(current().date) : t('noDate')}</span>
                  {' · '}
                  <a
                    href={documentFileHref(current().id)}
                    download={current().fileName}
                    aria-label={t('downloadFile', current().title)}
                  >
                    {t('download')} (<bdi>{current().fileName}</bdi>, {formatSize(current().size)})
                  </a>
                </p>
                <Show when={current().url}>
                  {(url) => (
                    <p class="document-url">
                      {t('url')}:{' '}
                      <Show when={safeHref(url())} fallback={<bdi>{url()}</bdi>}>
                        {(href) => (
                          <a href={href()} rel="noopener noreferrer external" target="_blank">
                            <bdi>{url()}</bdi>
                          </a>
                        )}
                      </Show>
                    </p>
                  )}
                </Show>
                <DocumentExtraction document={current()} />
              </>
            )}
          </Show>
          <Show when={actionError()}>
            <ErrorMessage error={actionError()} />
          </Show>
          <p class="visually-hidden" role="status">
            {announcement()}
          </p>

          <section class="reader-citations" aria-labelledby="reader-citations-heading">
            <h2 id="reader-citations-heading">{t('citationsHeading')}</h2>
            <Show when={citations().length > 0} fallback={<p class="muted">{t('noCitations')}</p>}>
              <ul class="citation-list">
                <For each={citations()}>
                  {(citation) => (
                    <li data-citation={citation.id}>
                      <blockquote class="quote">
                        <p>{citation.quote}</p>
                      </blockquote>
                      <p class="muted">
                        {t('questionsOf', citation.questionIds.join(', '))}
                        {citation.page !== null ? ` · ${pageLabel(citation.page)}` : ''}
                      </p>
                      <p class="row-actions">
                        <a href={citationHref(citation)}>{t('showCitation')}</a>
                        <Show when={mayWrite()}>
                          {' '}
                          <button
                            type="button"
                            onClick={() => {
                              const at = located().find((c) => c.citation.id === citation.id)?.at;
                              setCiting({
                                citation,
                                target: {
                                  documentId: params.documentId,
                                  passageId: at?.passage.id ?? citation.passageId ?? '',
                                  start: citation.start,
                                  end: citation.end,
                                  quote: citation.quote,
                                  questionIds: citation.questionIds,
                                  documentTitle: citation.documentTitle,
                                  page: citation.page,
                                },
                              });
                            }}
                          >
                            {t('changeQuestions')}
                          </button>{' '}
                          <button
                            type="button"
                            class="danger"
                            onClick={() => void removeCitation(citation)}
                          >
                            {t('removeCitation')}
                          </button>
                        </Show>
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>

          <section class="reader-text" aria-labelledby="reader-text-heading">
            <h2 id="reader-text-heading">{t('passages')}</h2>
            <Show when={mayWrite() && passages().length > 0}>
              <section class="cite-toolbar" aria-label={t('citeSelection')}>
                <p class="selection-preview" aria-live="polite">
                  {selected()
                    ? t(
                        'selectionShown',
                        (selected() as Selected).passage.text.slice(
                          (selected() as Selected).offsets.start,
                          (selected() as Selected).offsets.end,
                        ),
                      )
                    : across()
                      ? t('selectionAcross')
                      : t('selectionNone')}
                </p>
                <button
                  type="button"
                  class="primary"
                  disabled={!selected()}
                  // Keeps the selection: a mouse press on the button would otherwise clear it.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    const current = selected();
                    if (current) setCiting({ target: targetOf(current.passage, current.offsets) });
                  }}
                >
                  {t('citeSelection')}
                </button>
              </section>
            </Show>
            <Show when={passageList.error}>
              <ErrorMessage error={passageList.error} />
            </Show>
            <Show
              when={passages().length > 0}
              fallback={
                <Show when={passageAnswer()}>
                  <p class="muted">{t('noPassages')}</p>
                </Show>
              }
            >
              <ReaderPassages
                passages={passages()}
                targetId={target()?.passageId}
                renderPassage={(passage, index, slot) => (
                  <PassageView
                    passage={passage}
                    number={index + 1}
                    showHeading={
                      passage.heading !== null && passage.heading !== passages()[index - 1]?.heading
                    }
                    cited={citedIn(passage.id)}
                    focused={
                      target()?.passageId === passage.id ? (target()?.offsets ?? null) : null
                    }
                    isTarget={target()?.passageId === passage.id}
                    light={slot.light}
                    onElement={slot.onElement}
                    questionText={questionText}
                    citedTo={(questionId) => citedTo(passage.id, questionId)}
                    onCiteWhole={mayWrite() ? () => citeWhole(passage) : undefined}
                    onCiteTo={
                      mayWrite() ? (questionId) => void citeTo(passage, questionId) : undefined
                    }
                  />
                )}
              />
            </Show>
          </section>

          <Show when={citing()}>
            {(current) => (
              <CiteDialog
                evaluationId={params.id}
                areas={pickerAreas()}
                target={current().target}
                citation={current().citation}
                onSaved={(saved) => {
                  store.put(saved);
                  setAnnouncement(t('citeSaved', saved.questionIds.join(', ')));
                  window.getSelection()?.removeAllRanges();
                  // The button that opened the dialog is disabled now: focus the cited passage.
                  requestAnimationFrame(() =>
                    document.getElementById(`passage-${saved.passageId}`)?.focus(),
                  );
                }}
                onClose={() => setCiting(null)}
              />
            )}
          </Show>
        </article>
      )}
    </Show>
  );
}
