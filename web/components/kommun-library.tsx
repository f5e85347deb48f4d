import { createSignal, For, Show } from 'solid-js';
import { ApiError } from '../lib/api';
import { deleteDocument, documentFileHref, updateDocument } from '../lib/documents-api';
import { errorText } from '../lib/error-text';
import type { KommunDocument } from '../lib/kommun-part';
import { ActionFeedback, createActionFeedback } from './action-feedback';
import { t } from './answer-documents.i18n';
import { t as docT } from './documents.i18n';
import './answer-documents.css';

/**
 * For a contact while the kommun's part is open: the documents the kommun uploaded, each
 * renamed or deleted here (deleting asks first, and says which answers lose it). A stale
 * version (another contact changed it) reloads the list and says so.
 */
export function KommunLibrary(props: {
  documents: readonly KommunDocument[];
  onChange: (documents: KommunDocument[]) => void;
  /** Reloads the kommun's part after a conflict. */
  onStale: () => void;
}) {
  const [renaming, setRenaming] = createSignal<string | null>(null);
  const [title, setTitle] = createSignal('');
  const { busy, notice, error, run } = createActionFeedback((failure) => {
    if (failure instanceof ApiError && failure.status === 409 && failure.code === 'conflict') {
      props.onStale();
      return t('changedElsewhere');
    }
    return t('failed', errorText(failure));
  });
  let heading: HTMLHeadingElement | undefined;

  const startRename = (document: KommunDocument) => {
    setTitle(document.title);
    setRenaming(document.id);
    queueMicrotask(() => globalThis.document.getElementById(`rename-${document.id}`)?.focus());
  };

  const rename = (document: KommunDocument, event: SubmitEvent) => {
    event.preventDefault();
    const next = title().trim();
    if (next === '' || next === document.title) {
      setRenaming(null);
      return;
    }
    void run(async () => {
      const saved = await updateDocument(document.id, { title: next }, document.version);
      props.onChange(
        props.documents.map((d) =>
          d.id === document.id ? { ...d, title: saved.title, version: saved.version } : d,
        ),
      );
      setRenaming(null);
      return t('renamedNotice', saved.title);
    });
  };

  const remove = (document: KommunDocument) => {
    if (!window.confirm(t('removeConfirm', document.title, document.questionIds.length))) return;
    void run(async () => {
      await deleteDocument(document.id, document.version);
      props.onChange(props.documents.filter((d) => d.id !== document.id));
      // The row and its buttons are gone: focus goes to the list's heading.
      queueMicrotask(() => heading?.focus());
      return t('removedNotice', document.title);
    });
  };

  return (
    <section class="kommun-library" aria-labelledby="kommun-library-h">
      <h2 id="kommun-library-h" ref={heading} tabIndex={-1}>
        {t('ownDocuments')}
      </h2>
      <p class="hint">{t('ownDocumentsIntro')}</p>
      <Show when={props.documents.length > 0} fallback={<p>{t('libraryEmpty')}</p>}>
        <ul>
          <For each={props.documents}>
            {(document) => (
              <li data-document={document.id}>
                <Show
                  when={renaming() === document.id}
                  fallback={
                    <>
                      <a
                        href={documentFileHref(document.id)}
                        download={document.fileName}
                        aria-label={t('download', document.title)}
                      >
                        <bdi>{document.title}</bdi>
                      </a>{' '}
                      <span class="hint">
                        ({docT(`kind_${document.kind}`)}
                        {document.questionIds.length > 0
                          ? `; ${t('questions').toLowerCase()} ${document.questionIds.join(', ')}`
                          : `; ${t('notAttached').toLowerCase()}`}
                        )
                      </span>{' '}
                      <button
                        type="button"
                        class="link-button"
                        disabled={busy()}
                        aria-label={t('rename', document.title)}
                        onClick={() => startRename(document)}
                      >
                        {t('renameShort')}
                      </button>{' '}
                      <button
                        type="button"
                        class="link-button danger"
                        disabled={busy()}
                        aria-label={t('remove', document.title)}
                        onClick={() => remove(document)}
                      >
                        {t('removeShort')}
                      </button>
                    </>
                  }
                >
                  <form class="rename-form" onSubmit={(event) => rename(document, event)}>
                    <label for={`rename-${document.id}`}>{t('newTitle')}</label>{' '}
                    <input
                      id={`rename-${document.id}`}
                      required
                      maxLength={500}
                      value={title()}
                      onInput={(event) => setTitle(event.currentTarget.value)}
                    />{' '}
                    <button type="submit" disabled={busy()}>
                      {t('save')}
                    </button>{' '}
                    <button type="button" onClick={() => setRenaming(null)}>
                      {t('cancel')}
                    </button>
                  </form>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <ActionFeedback notice={notice()} error={error()} />
    </section>
  );
}
