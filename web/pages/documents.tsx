import { useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, onCleanup, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { CiteDialog, type CiteTarget } from '../components/cite-dialog';
import { extracting } from '../components/document-extraction';
import { DocumentList } from '../components/document-list';
import { DocumentSearch } from '../components/document-search';
import { DocumentUpload } from '../components/document-upload';
import { t } from '../components/documents.i18n';
import { ErrorMessage } from '../components/error-message';
import { PageHeader } from '../components/page-header';
import { citationStore } from '../lib/citations-store';
import { mayWriteDocuments } from '../lib/document-access';
import type { LibraryDocument, SearchHit } from '../lib/document-types';
import { deleteDocument, listDocuments, loadPassages } from '../lib/documents-api';
import { useEvaluation } from '../lib/evaluation-data';
import { formatDate } from '../lib/i18n';
import { me } from '../lib/session';
import '../components/documents.css';

/** How often the list is asked for again while a document's text is being extracted. */
const POLL_MS = 1_000;

/**
 * The document library of an evaluation: search over its documents, upload (several files, drag
 * and drop, progress per file), and the list with each document's extraction, download, edit
 * and delete. A kommun's reader of a published evaluation reads and searches only.
 */
export default function Documents() {
  const params = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams<{ q?: string }>();
  const { summary, rubric } = useEvaluation(() => params.id);
  const mayWrite = () => mayWriteDocuments(me(), summary());
  const [list, { refetch, mutate }] = createResource(
    () => (summary() ? params.id : undefined),
    listDocuments,
  );
  // One object per document for good: the list asked for again every second while a text is
  // extracted keeps each row (and an edit form open in it) instead of drawing it anew.
  const [documents, setDocuments] = createStore<LibraryDocument[]>([]);
  createEffect(() =>
    setDocuments(reconcile(list.error ? [] : (list.latest?.documents ?? []), { key: 'id' })),
  );
  const store = citationStore(params.id);
  const citedCount = createMemo(() => {
    const counts = new Map<string, number>();
    for (const citation of store.list()) {
      if (citation.documentId)
        counts.set(citation.documentId, (counts.get(citation.documentId) ?? 0) + 1);
    }
    return counts;
  });

  // While any text is being extracted, the list is asked for again to show its progress.
  const timer = setInterval(() => {
    if (!list.loading && documents.some(extracting)) void refetch();
  }, POLL_MS);
  onCleanup(() => clearInterval(timer));

  const [announcement, setAnnouncement] = createSignal('');
  const [deleteError, setDeleteError] = createSignal<unknown>(null);
  const [citing, setCiting] = createSignal<CiteTarget | null>(null);
  const [citeError, setCiteError] = createSignal<unknown>(null);

  /** A document uploaded or changed here: replaced in place, or added to the list. */
  const upsert = (doc: LibraryDocument) =>
    mutate((current) => {
      const all = current?.documents ?? [];
      return {
        documents: all.some((d) => d.id === doc.id)
          ? all.map((d) => (d.id === doc.id ? doc : d))
          : [...all, doc],
      };
    });

  const remove = async (doc: LibraryDocument) => {
    const cited = citedCount().get(doc.id) ?? 0;
    const question =
      cited > 0 ? t('deleteCitedConfirm', doc.title, cited) : t('deleteConfirm', doc.title);
    if (!window.confirm(question)) return;
    setDeleteError(null);
    try {
      await deleteDocument(doc.id, doc.version);
    } catch (error) {
      setDeleteError(error);
      return;
    }
    mutate((current) => ({
      documents: (current?.documents ?? []).filter((d) => d.id !== doc.id),
    }));
    // The citations stay, now without their document: shown with their quote and title.
    if (cited > 0) store.refresh(true);
    setAnnouncement(t('deleted', doc.title));
    // The deleted row's button is gone: focus goes to the list's heading.
    const heading = document.getElementById('documents-heading');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };

  const citeHit = async (hit: SearchHit) => {
    setCiteError(null);
    try {
      const { passages } = await loadPassages(hit.documentId);
      const passage = passages.find((p) => p.id === hit.passageId);
      if (!passage) return;
      setCiting({
        documentId: hit.documentId,
        passageId: passage.id,
        start: 0,
        end: passage.text.length,
        quote: passage.text,
        questionIds: [],
        documentTitle: hit.documentTitle,
        page: passage.page,
      });
    } catch (error) {
      setCiteError(error);
    }
  };

  const pickerAreas = () =>
    (rubric()?.areas ?? []).map((area) => ({
      id: area.id,
      title: area.title,
      questions: area.questions.map((q) => ({ id: q.id, text: q.text })),
    }));

  return (
    <Show when={summary()}>
      {(evaluation) => (
        <article class="documents-page">
          <PageHeader
            evaluationId={evaluation().id}
            backLabel={t('back')}
            title={
              <>
                {t('title')}: <bdi>{evaluation().municipality.name}</bdi>{' '}
                {formatDate(evaluation().date)}
              </>
            }
            readOnly={!mayWrite()}
            readOnlyText={
              evaluation().status === 'published' ? t('readOnlyPublished') : t('readOnlyReader')
            }
          />
          <p>{t('intro')}</p>
          <DocumentSearch
            evaluationId={evaluation().id}
            query={search.q ?? ''}
            onQuery={(q) => setSearch({ q: q || undefined })}
            onCite={mayWrite() ? (hit) => void citeHit(hit) : undefined}
          />
          <Show when={citeError()}>
            <ErrorMessage error={citeError()} />
          </Show>
          <Show when={mayWrite()}>
            <DocumentUpload evaluationId={evaluation().id} onUploaded={upsert} />
          </Show>
          <Show when={list.error}>
            <ErrorMessage error={list.error} />
          </Show>
          <Show when={deleteError()}>
            <div role="alert">
              <p class="error">{t('deleteFailed')}</p>
              <ErrorMessage error={deleteError()} />
            </div>
          </Show>
          <p class="visually-hidden" role="status">
            {announcement()}
          </p>
          <DocumentList
            evaluationId={evaluation().id}
            documents={documents}
            mayWrite={mayWrite()}
            citedCount={(id) => citedCount().get(id) ?? 0}
            onSaved={(saved) => {
              upsert(saved);
              setAnnouncement(t('saved', saved.title));
            }}
            onDelete={(document) => void remove(document)}
            onReextracted={(queued) => {
              upsert(queued);
              setAnnouncement(t('reextractQueued', queued.title));
            }}
            onStale={async () => {
              await refetch();
            }}
          />
          <Show when={citing()}>
            {(target) => (
              <CiteDialog
                evaluationId={evaluation().id}
                areas={pickerAreas()}
                target={target()}
                onSaved={(saved) => {
                  store.put(saved);
                  setAnnouncement(t('citeSaved', saved.questionIds.join(', ')));
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
