import { createSignal, For, Show } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { ApiError } from '../lib/api';
import { DOCUMENT_KINDS, type DocumentKind, type LibraryDocument } from '../lib/document-types';
import { uploadDocument } from '../lib/documents-api';
import { errorText } from '../lib/error-text';
import { formatPercent, locale } from '../lib/i18n';
import { t } from './documents.i18n';

/** How many files are sent at the same time; the rest wait their turn. */
const PARALLEL = 2;

interface UploadItem {
  id: number;
  name: string;
  progress: number;
  state: 'waiting' | 'sending' | 'done' | 'failed';
  error: string | null;
}

/** An upload error in the UI's words, naming the file. */
export function uploadErrorText(name: string, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 413 || error.code === 'too_large') return t('tooLarge', name);
    // The API refuses a file it cannot read as what its name says (field `file`).
    const fileIssue = error.issues.find((issue) => issue.path === 'file');
    if (error.status === 415 || (error.code === 'invalid_input' && fileIssue)) {
      // The server's reason is English: given only in the English UI.
      const detail = locale() === 'en' && fileIssue ? ` (${fileIssue.message})` : '';
      return `${t('wrongType', name)}${detail}`;
    }
  }
  return t('uploadFailed', name, errorText(error));
}

/**
 * Adds documents to an evaluation: a file picker and a drop zone for several files at once, each
 * sent in its own request with its own progress bar; a failed file says why, by name.
 */
export function DocumentUpload(props: {
  evaluationId: string;
  onUploaded: (document: LibraryDocument) => void;
}) {
  const [kind, setKind] = createSignal<DocumentKind>('styrdokument');
  const [items, setItems] = createStore<UploadItem[]>([]);
  const [dragging, setDragging] = createSignal(false);
  const [announcement, setAnnouncement] = createSignal('');
  const queue: { id: number; file: File; kind: DocumentKind }[] = [];
  let running = 0;
  let nextId = 1;

  const update = (id: number, change: Partial<UploadItem>) =>
    setItems(
      (item) => item.id === id,
      produce((item) => Object.assign(item, change)),
    );

  const pump = () => {
    while (running < PARALLEL && queue.length > 0) {
      const job = queue.shift();
      if (!job) return;
      running += 1;
      update(job.id, { state: 'sending' });
      uploadDocument(props.evaluationId, job.file, { kind: job.kind }, (fraction) =>
        update(job.id, { progress: fraction }),
      )
        .then((document) => {
          update(job.id, { state: 'done', progress: 1 });
          setAnnouncement(t('uploadedAnnounce', job.file.name));
          props.onUploaded(document);
        })
        .catch((error: unknown) =>
          update(job.id, { state: 'failed', error: uploadErrorText(job.file.name, error) }),
        )
        .finally(() => {
          running -= 1;
          pump();
        });
    }
  };

  const add = (files: FileList | null | undefined) => {
    if (!files || files.length === 0) return;
    // Finished uploads make room for the new ones; failures stay until dismissed.
    setItems((all) => all.filter((item) => item.state !== 'done'));
    for (const file of Array.from(files)) {
      const id = nextId++;
      setItems(items.length, { id, name: file.name, progress: 0, state: 'waiting', error: null });
      queue.push({ id, file, kind: kind() });
    }
    pump();
  };

  const statusText = (item: UploadItem) =>
    item.state === 'waiting'
      ? t('uploadWaiting')
      : item.state === 'sending'
        ? t('uploadSending', formatPercent(Math.round(item.progress * 100)))
        : item.state === 'done'
          ? t('uploadDone')
          : '';

  return (
    <section class="document-upload" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('uploadHeading')}</h2>
      <label>
        {t('uploadKind')}
        <select value={kind()} onChange={(e) => setKind(e.currentTarget.value as DocumentKind)}>
          <For each={DOCUMENT_KINDS}>
            {(value) => <option value={value}>{t(`kind_${value}`)}</option>}
          </For>
        </select>
      </label>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is a mouse shortcut; the file picker inside it is the keyboard's way */}
      <div
        class="drop-zone"
        classList={{ dragging: dragging() }}
        data-testid="drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          add(e.dataTransfer?.files);
        }}
      >
        <label class="file-button">
          {t('chooseFiles')}
          <input
            type="file"
            multiple
            accept=".pdf,.docx,.html,.htm,.txt,.md,application/pdf,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby="upload-hint"
            onChange={(e) => {
              add(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <span aria-hidden="true">{dragging() ? t('dropActive') : t('dropHere')}</span>
      </div>
      <p id="upload-hint" class="hint">
        {t('uploadHint')}
      </p>
      <Show when={items.length > 0}>
        <ul class="upload-list">
          <For each={items}>
            {(item) => (
              <li data-upload={item.name} classList={{ failed: item.state === 'failed' }}>
                <span class="upload-name">
                  <bdi>{item.name}</bdi>
                </span>
                <Show
                  when={item.state !== 'failed'}
                  fallback={
                    <span class="upload-error">
                      <span class="error" role="alert">
                        {item.error}
                      </span>{' '}
                      <button
                        type="button"
                        aria-label={t('uploadDismiss', item.name)}
                        onClick={() => setItems((all) => all.filter((i) => i.id !== item.id))}
                      >
                        ×
                      </button>
                    </span>
                  }
                >
                  <progress
                    max={1}
                    value={item.progress}
                    aria-label={t('uploadProgress', item.name)}
                  />
                  <span class="muted">{statusText(item)}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </section>
  );
}
