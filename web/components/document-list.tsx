import { createSignal, For, Show } from 'solid-js';
import { ApiError } from '../lib/api';
import { DOCUMENT_KINDS, type DocumentKind, type LibraryDocument } from '../lib/document-types';
import { type DocumentFields, documentFileHref, updateDocument } from '../lib/documents-api';
import { formatDate, formatDateTime, formatNumber } from '../lib/i18n';
import { DocumentExtraction } from './document-extraction';
import { DocumentReextract } from './document-reextract';
import { t } from './documents.i18n';
import { ErrorMessage } from './error-message';

/** `1,2 MB`, `340 kB`, `12 B`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${formatNumber(bytes / 1_000_000, 1)}\u00a0MB`;
  if (bytes >= 1_000) return `${formatNumber(bytes / 1_000, 0)}\u00a0kB`;
  return `${bytes}\u00a0B`;
}

/** Only a web address (http or https) becomes a link; anything else is shown as text. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The documents of an evaluation, each with its extraction, download, reader, edit and delete. */
export function DocumentList(props: {
  evaluationId: string;
  documents: readonly LibraryDocument[];
  mayWrite: boolean;
  citedCount: (documentId: string) => number;
  onSaved: (document: LibraryDocument) => void;
  onDelete: (document: LibraryDocument) => void;
  /** The document queued to be read again. */
  onReextracted?: (document: LibraryDocument) => void;
  /** The server's copy, after a 409 on save. */
  onStale: () => Promise<void>;
}) {
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">
        {t('listHeading')} <span class="muted">({t('count', props.documents.length)})</span>
      </h2>
      <Show when={props.documents.length > 0} fallback={<p>{t('empty')}</p>}>
        <ul class="document-list">
          <For each={props.documents}>
            {(document) => (
              <DocumentRow
                evaluationId={props.evaluationId}
                document={document}
                mayWrite={props.mayWrite}
                cited={props.citedCount(document.id)}
                onSaved={props.onSaved}
                onDelete={props.onDelete}
                onReextracted={props.onReextracted}
                onStale={props.onStale}
              />
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function DocumentRow(props: {
  evaluationId: string;
  document: LibraryDocument;
  mayWrite: boolean;
  cited: number;
  onSaved: (document: LibraryDocument) => void;
  onDelete: (document: LibraryDocument) => void;
  onReextracted?: (document: LibraryDocument) => void;
  onStale: () => Promise<void>;
}) {
  const [editing, setEditing] = createSignal(false);
  const doc = () => props.document;
  const readerHref = () => `/evaluations/${props.evaluationId}/documents/${doc().id}`;
  const headingId = () => `document-${doc().id}`;
  let editButton: HTMLButtonElement | undefined;
  return (
    <li class="document" data-document={doc().id} aria-labelledby={headingId()}>
      <h3 id={headingId()}>
        <a href={readerHref()}>
          <bdi>{doc().title}</bdi>
        </a>
      </h3>
      <p class="document-meta">
        <span class="badge">{t(`kind_${doc().kind}`)}</span>{' '}
        <span>{doc().date ? formatDate(doc().date) : t('noDate')}</span>
        {' · '}
        <span>
          <bdi>{t('fileInfo', doc().fileName, formatSize(doc().size))}</bdi>
        </span>
        <Show when={props.cited > 0}>
          {' · '}
          <span>{t('citedTimes', props.cited)}</span>
        </Show>
      </p>
      <Show when={doc().url}>
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
      <p class="muted small">{t('addedBy', doc().addedBy.name, formatDateTime(doc().addedAt))}</p>
      <DocumentExtraction document={doc()} />
      <Show when={props.mayWrite}>
        <DocumentReextract document={doc()} onQueued={(queued) => props.onReextracted?.(queued)} />
      </Show>
      <p class="row-actions">
        <a class="button-link" href={readerHref()} aria-label={t('readDocument', doc().title)}>
          {t('read')}
        </a>{' '}
        <a
          class="button-link"
          href={documentFileHref(doc().id)}
          download={doc().fileName}
          aria-label={t('downloadFile', doc().title)}
        >
          {t('download')}
        </a>
        <Show when={props.mayWrite}>
          {' '}
          <button
            type="button"
            ref={editButton}
            aria-expanded={editing()}
            aria-label={t('editDocument', doc().title)}
            onClick={() => setEditing(!editing())}
          >
            {t('edit')}
          </button>{' '}
          <button
            type="button"
            class="danger"
            aria-label={t('removeDocument', doc().title)}
            onClick={() => props.onDelete(doc())}
          >
            {t('remove')}
          </button>
        </Show>
      </p>
      <Show when={editing()}>
        <DocumentEditForm
          document={doc()}
          onSaved={(saved) => {
            props.onSaved(saved);
            setEditing(false);
            editButton?.focus();
          }}
          onCancel={() => {
            setEditing(false);
            editButton?.focus();
          }}
          onStale={props.onStale}
        />
      </Show>
    </li>
  );
}

function DocumentEditForm(props: {
  document: LibraryDocument;
  onSaved: (document: LibraryDocument) => void;
  onCancel: () => void;
  onStale: () => Promise<void>;
}) {
  const initial = (): DocumentFields => ({
    title: props.document.title,
    kind: props.document.kind,
    date: props.document.date,
    url: props.document.url,
  });
  const [fields, setFields] = createSignal<DocumentFields>(initial());
  const [error, setError] = createSignal<unknown>(null);
  const [conflict, setConflict] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const id = (name: string) => `edit-${props.document.id}-${name}`;
  const set = (change: Partial<DocumentFields>) => setFields({ ...fields(), ...change });

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setConflict(false);
    try {
      const current = fields();
      const saved = await updateDocument(
        props.document.id,
        {
          title: current.title.trim(),
          kind: current.kind,
          date: current.date || null,
          url: current.url?.trim() || null,
        },
        props.document.version,
      );
      props.onSaved(saved);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) {
        await props.onStale();
        setFields(initial());
        setConflict(true);
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="document-edit" onSubmit={(e) => void save(e)}>
      <div class="document-fields">
        <label for={id('title')}>{t('docTitle')}</label>
        <input
          id={id('title')}
          required
          maxLength={500}
          value={fields().title}
          onInput={(e) => set({ title: e.currentTarget.value })}
        />
        <label for={id('kind')}>{t('kind')}</label>
        <select
          id={id('kind')}
          value={fields().kind}
          onChange={(e) => set({ kind: e.currentTarget.value as DocumentKind })}
        >
          <For each={DOCUMENT_KINDS}>
            {(kind) => (
              <option value={kind} selected={fields().kind === kind}>
                {t(`kind_${kind}`)}
              </option>
            )}
          </For>
        </select>
        <label for={id('date')}>{t('documentDate')}</label>
        <input
          id={id('date')}
          type="date"
          value={fields().date ?? ''}
          onInput={(e) => set({ date: e.currentTarget.value || null })}
        />
        <label for={id('url')}>{t('url')}</label>
        <input
          id={id('url')}
          type="url"
          placeholder="https://"
          value={fields().url ?? ''}
          onInput={(e) => set({ url: e.currentTarget.value || null })}
        />
      </div>
      <Show when={conflict()}>
        <p class="error" role="alert">
          {t('conflict')}
        </p>
      </Show>
      <Show when={error()}>
        <div role="alert">
          <p class="error">{t('saveFailed')}</p>
          <ErrorMessage error={error()} />
        </div>
      </Show>
      <p class="dialog-actions">
        <button type="submit" class="primary" disabled={busy()}>
          {t('save')}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
