import { createSignal, For, Show } from 'solid-js';
import { DOCUMENT_KINDS, type DocumentKind } from '../lib/document-types';
import { documentFileHref, uploadDocument } from '../lib/documents-api';
import { errorText } from '../lib/error-text';
import { formatDate } from '../lib/i18n';
import {
  attachDocument,
  detachDocument,
  documentReaderHref,
  type KommunDocument,
} from '../lib/kommun-part';
import { ActionFeedback, createActionFeedback } from './action-feedback';
import { t } from './answer-documents.i18n';
import { uploadErrorText } from './document-upload';
import { t as docT } from './documents.i18n';
import './answer-documents.css';

/** The same formats the document library takes. */
const ACCEPT =
  '.pdf,.docx,.html,.htm,.txt,.md,application/pdf,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `documents` after `questionId` is attached to (or detached from) one of them. */
function withAttachment(
  documents: readonly KommunDocument[],
  attached: KommunDocument,
): KommunDocument[] {
  const known = documents.some((d) => d.id === attached.id);
  return known
    ? documents.map((d) => (d.id === attached.id ? attached : d))
    : [...documents, attached];
}

/**
 * The documents attached to the kommun's answer to one written question. A contact, while the
 * kommun's part is open, attaches one of the kommun's documents in the library or uploads a new
 * one there and attaches it, and removes an attachment (the document stays in the library). The
 * team sees the list, each document opening the reader; a contact downloads the file (the reader
 * page is the evaluators').
 */
export function AnswerDocuments(props: {
  evaluationId: string;
  questionId: string;
  documents: readonly KommunDocument[];
  editable: boolean;
  isContact: boolean;
  onChange: (documents: KommunDocument[]) => void;
}) {
  const slug = () => `attach-${props.questionId.replace(/\W/g, '-')}`;
  const attached = () => props.documents.filter((d) => d.questionIds.includes(props.questionId));
  const available = () => props.documents.filter((d) => !d.questionIds.includes(props.questionId));
  const [open, setOpen] = createSignal(false);
  const [picked, setPicked] = createSignal('');
  const [kind, setKind] = createSignal<DocumentKind>('styrdokument');
  const { busy, notice, setNotice, error, setError, run } = createActionFeedback((failure) =>
    t('failed', errorText(failure)),
  );
  let toggle: HTMLButtonElement | undefined;
  let fileInput: HTMLInputElement | undefined;

  const attach = (documentId: string) =>
    run(async () => {
      const document = await attachDocument(props.evaluationId, props.questionId, documentId);
      props.onChange(withAttachment(props.documents, document));
      setPicked('');
      return t('attachedNotice', document.title);
    });

  const uploadAndAttach = async (file: File) => {
    setNotice(t('uploading', file.name));
    const uploaded = await uploadDocument(props.evaluationId, file, { kind: kind() }, () => {})
      .then((document) => ({ document }))
      .catch((failure: unknown) => ({ failure }));
    if (fileInput) fileInput.value = '';
    if ('failure' in uploaded) {
      setNotice('');
      setError(uploadErrorText(file.name, uploaded.failure));
      return;
    }
    // In the library now, so the picker offers it even if attaching it fails.
    const { document } = uploaded;
    props.onChange(
      withAttachment(props.documents, {
        id: document.id,
        title: document.title,
        kind: document.kind,
        date: document.date,
        fileName: document.fileName,
        addedBy: document.addedBy,
        addedAt: document.addedAt,
        questionIds: [],
        version: document.version,
      }),
    );
    await attach(document.id);
  };

  const detach = (document: KommunDocument) =>
    run(async () => {
      await detachDocument(props.evaluationId, props.questionId, document.id);
      props.onChange(
        withAttachment(props.documents, {
          ...document,
          questionIds: document.questionIds.filter((id) => id !== props.questionId),
        }),
      );
      // The removed row's button is gone: focus the way to attach again.
      queueMicrotask(() => toggle?.focus());
      return t('detachedNotice', document.title);
    });

  const show = (next: boolean) => {
    setOpen(next);
    if (next) {
      queueMicrotask(() => (document.getElementById(`${slug()}-pick`) ?? fileInput)?.focus());
    } else toggle?.focus();
  };

  return (
    <Show when={props.editable || attached().length > 0}>
      <div class="answer-documents">
        <p class="answer-documents-title" id={`${slug()}-h`}>
          {t('attached')}
        </p>
        <Show when={attached().length > 0} fallback={<p class="hint">{t('none')}</p>}>
          <ul aria-labelledby={`${slug()}-h`}>
            <For each={attached()}>
              {(document) => (
                <li>
                  <a
                    href={
                      props.isContact
                        ? documentFileHref(document.id)
                        : documentReaderHref(props.evaluationId, document.id)
                    }
                    // The file is a download, never a page of the app.
                    download={props.isContact ? document.fileName : undefined}
                    aria-label={props.isContact ? t('download', document.title) : undefined}
                  >
                    <bdi>{document.title}</bdi>
                  </a>{' '}
                  <span class="hint">
                    ({docT(`kind_${document.kind}`)}
                    {document.date ? `, ${formatDate(document.date)}` : ''})
                  </span>
                  <Show when={props.editable}>
                    {' '}
                    <button
                      type="button"
                      class="link-button"
                      disabled={busy()}
                      aria-label={t('detach', document.title)}
                      onClick={() => void detach(document)}
                    >
                      {t('detach', document.title)}
                    </button>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={props.editable}>
          <button
            type="button"
            ref={toggle}
            aria-expanded={open()}
            aria-controls={`${slug()}-panel`}
            aria-label={t('attachFor', props.questionId)}
            onClick={() => show(!open())}
          >
            {t('attach')}
          </button>
          <Show when={open()}>
            <fieldset id={`${slug()}-panel`} class="attach-panel">
              <legend>{t('attachFor', props.questionId)}</legend>
              <Show
                when={available().length > 0}
                fallback={<p class="hint">{t('libraryEmpty')}</p>}
              >
                <label for={`${slug()}-pick`}>{t('pick')}</label>
                <select
                  id={`${slug()}-pick`}
                  value={picked()}
                  onChange={(e) => setPicked(e.currentTarget.value)}
                >
                  <option value="">{t('pickNone')}</option>
                  <For each={available()}>
                    {(document) => <option value={document.id}>{document.title}</option>}
                  </For>
                </select>
                <button
                  type="button"
                  disabled={picked() === '' || busy()}
                  onClick={() => void attach(picked())}
                >
                  {t('attachPicked')}
                </button>
              </Show>
              <label for={`${slug()}-kind`}>{t('kind')}</label>
              <select
                id={`${slug()}-kind`}
                value={kind()}
                onChange={(e) => setKind(e.currentTarget.value as DocumentKind)}
              >
                <For each={DOCUMENT_KINDS}>
                  {(value) => <option value={value}>{docT(`kind_${value}`)}</option>}
                </For>
              </select>
              <label for={`${slug()}-file`}>{t('upload')}</label>
              <input
                id={`${slug()}-file`}
                ref={fileInput}
                type="file"
                accept={ACCEPT}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  if (file) void uploadAndAttach(file);
                }}
              />
              <button type="button" onClick={() => show(false)}>
                {t('close')}
              </button>
            </fieldset>
          </Show>
        </Show>
        <ActionFeedback notice={notice()} error={error()} />
      </div>
    </Show>
  );
}
