import { createSignal, For, Show } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { ApiError } from '../lib/api';
import type { LibraryDocument } from '../lib/document-types';
import { uploadDocument } from '../lib/documents-api';
import { errorText, issueText } from '../lib/error-text';
import { formatPercent, locale } from '../lib/i18n';
import { t } from './documents.i18n';
import {
  isWebPage,
  kindForFile,
  savedPageFacts,
  titleFromFileName,
  validWebAddress,
} from './upload-defaults';
import { type FileFields, type UploadField, UploadFileFields } from './upload-file-fields';

/** How many files are sent at the same time; the rest wait their turn. */
const PARALLEL = 2;

interface UploadItem {
  id: number;
  name: string;
  fields: FileFields;
  /** `ready`: its details can still be changed; the rest are on their way or done. */
  state: 'ready' | 'waiting' | 'sending' | 'done' | 'failed';
  progress: number;
  /** Why the file itself was refused (too large, not what its name says, …). */
  error: string | null;
  /** A detail the server or the form refused, by field; the file stays ready to send. */
  fieldErrors: Partial<Record<UploadField, string>>;
}

const FIELDS: readonly UploadField[] = ['title', 'kind', 'date', 'url'];

/** The form's labels for the API's field names. */
const fieldLabels = () => ({
  title: t('docTitle'),
  kind: t('kind'),
  date: t('documentDate'),
  url: t('url'),
});

/** What the form itself refuses before anything is sent. */
function checkFields(fields: FileFields): Partial<Record<UploadField, string>> {
  const errors: Partial<Record<UploadField, string>> = {};
  if (fields.title.trim() === '') errors.title = t('uploadTitleRequired');
  if (fields.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(fields.date)) {
    errors.date = t('uploadDateInvalid');
  }
  if (fields.kind === 'webbsida' && fields.url.trim() !== '' && !validWebAddress(fields.url)) {
    errors.url = t('uploadUrlInvalid');
  }
  return errors;
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
 * Adds documents to an evaluation: a file picker and a drop zone for several files at once. Each
 * file gets a small form (title from its name, kind, date, a web page's address) before it is
 * sent; then each goes in its own request with its own progress bar. A refused file says why, by
 * name; a refused detail is shown at its field and the file can be sent again.
 */
export function DocumentUpload(props: {
  evaluationId: string;
  onUploaded: (document: LibraryDocument) => void;
}) {
  const [items, setItems] = createStore<UploadItem[]>([]);
  const [dragging, setDragging] = createSignal(false);
  const [announcement, setAnnouncement] = createSignal('');
  const files = new Map<number, File>();
  const queue: number[] = [];
  let running = 0;
  let nextId = 1;
  let progressList: HTMLUListElement | undefined;

  const update = (id: number, change: Partial<UploadItem>) =>
    setItems(
      (item) => item.id === id,
      produce((item) => Object.assign(item, change)),
    );
  const itemOf = (id: number) => items.find((item) => item.id === id);
  const ready = () => items.filter((item) => item.state === 'ready');
  const sent = () => items.filter((item) => item.state !== 'ready');

  const sendOne = (id: number) => {
    const item = itemOf(id);
    const file = files.get(id);
    if (!item || !file) return;
    const { title, kind, date, url } = item.fields;
    update(id, { state: 'sending' });
    return uploadDocument(
      props.evaluationId,
      file,
      {
        title: title.trim(),
        kind,
        date: date || undefined,
        url: kind === 'webbsida' ? url.trim() || undefined : undefined,
      },
      (fraction) => update(id, { progress: fraction }),
    )
      .then((document) => {
        update(id, { state: 'done', progress: 1 });
        files.delete(id);
        setAnnouncement(t('uploadedAnnounce', item.name));
        props.onUploaded(document);
      })
      .catch((error: unknown) => {
        const issues =
          error instanceof ApiError && error.code === 'invalid_input'
            ? error.issues.filter((i) => (FIELDS as readonly string[]).includes(i.path))
            : [];
        if (issues.length > 0) {
          // A detail was refused: back to its form, the reason at the field.
          const fieldErrors: Partial<Record<UploadField, string>> = {};
          for (const issue of issues) {
            fieldErrors[issue.path as UploadField] = issueText(issue, fieldLabels());
          }
          update(id, { state: 'ready', progress: 0, fieldErrors });
          setAnnouncement(t('uploadFieldRefused', item.name));
        } else {
          update(id, { state: 'failed', error: uploadErrorText(item.name, error) });
          files.delete(id);
        }
      });
  };

  const pump = () => {
    while (running < PARALLEL && queue.length > 0) {
      const id = queue.shift();
      if (id === undefined) return;
      const sending = sendOne(id);
      if (!sending) continue;
      running += 1;
      void sending.finally(() => {
        running -= 1;
        pump();
      });
    }
  };

  const add = (list: FileList | null | undefined) => {
    if (!list || list.length === 0) return;
    // Finished uploads make room for the new ones; failures stay until dismissed.
    setItems((all) => all.filter((item) => item.state !== 'done'));
    const added: number[] = [];
    for (const file of Array.from(list)) {
      const id = nextId++;
      files.set(id, file);
      added.push(id);
      const fields: FileFields = {
        title: titleFromFileName(file.name),
        kind: kindForFile(file.name),
        date: '',
        url: '',
      };
      setItems(items.length, {
        id,
        name: file.name,
        fields,
        state: 'ready',
        progress: 0,
        error: null,
        fieldErrors: {},
      });
      if (isWebPage(file.name)) void prefillFromPage(id, file, fields.title);
    }
    setAnnouncement(t('uploadReadyAnnounce', added.length));
    requestAnimationFrame(() => document.getElementById(`upload-${added[0]}-title`)?.focus());
  };

  /** A saved page's own title and address, unless the user has already typed their own. */
  const prefillFromPage = async (id: number, file: File, defaultTitle: string) => {
    const facts = savedPageFacts(await file.text());
    const item = itemOf(id);
    if (item?.state !== 'ready') return;
    const found: Partial<FileFields> = {};
    if (facts.title && item.fields.title === defaultTitle) found.title = facts.title;
    if (facts.url && item.fields.url === '') found.url = facts.url;
    update(id, { fields: { ...item.fields, ...found } });
  };

  const change = (id: number, change: Partial<FileFields>) => {
    const item = itemOf(id);
    if (!item) return;
    const fieldErrors = { ...item.fieldErrors };
    for (const field of Object.keys(change) as UploadField[]) delete fieldErrors[field];
    update(id, { fields: { ...item.fields, ...change }, fieldErrors });
  };

  const removeReady = (id: number) => {
    const index = ready().findIndex((item) => item.id === id);
    files.delete(id);
    setItems((all) => all.filter((item) => item.id !== id));
    // Focus the next file's title, or the picker when none is left.
    const next = ready()[Math.min(index, ready().length - 1)];
    requestAnimationFrame(() =>
      (next
        ? document.getElementById(`upload-${next.id}-title`)
        : document.getElementById('upload-files')
      )?.focus(),
    );
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    let firstInvalid: string | null = null;
    for (const item of ready()) {
      const fieldErrors = checkFields(item.fields);
      update(item.id, { fieldErrors });
      const field = FIELDS.find((f) => fieldErrors[f]);
      if (field && !firstInvalid) firstInvalid = `upload-${item.id}-${field}`;
    }
    if (firstInvalid) {
      document.getElementById(firstInvalid)?.focus();
      return;
    }
    for (const item of ready()) {
      update(item.id, { state: 'waiting', progress: 0, fieldErrors: {} });
      queue.push(item.id);
    }
    pump();
    progressList?.focus();
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
            id="upload-files"
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
      <Show when={ready().length > 0}>
        <form class="upload-ready" noValidate onSubmit={submit}>
          <For each={ready()}>
            {(item) => (
              <UploadFileFields
                id={item.id}
                name={item.name}
                fields={item.fields}
                errors={item.fieldErrors}
                onChange={(fields) => change(item.id, fields)}
                onRemove={() => removeReady(item.id)}
              />
            )}
          </For>
          <p>
            <button type="submit" class="primary">
              {t('uploadSubmit', ready().length)}
            </button>
          </p>
        </form>
      </Show>
      <Show when={sent().length > 0}>
        <ul class="upload-list" ref={progressList} tabIndex={-1} aria-label={t('uploadsLabel')}>
          <For each={sent()}>
            {(item) => (
              <li data-upload={item.name} classList={{ failed: item.state === 'failed' }}>
                <span class="upload-name">
                  <bdi>{item.fields.title || item.name}</bdi>
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
