import { createSignal, Show } from 'solid-js';
import { ApiError } from '../lib/api';
import type { LibraryDocument } from '../lib/document-types';
import { reextractDocument } from '../lib/documents-api';
import { extracting } from './document-extraction';
import { t } from './documents.i18n';
import { ErrorMessage } from './error-message';

/**
 * "Läs in igen": the document's text read again (after a failure, a scanned file, or to use an
 * improved reader). The button stays in place (aria-disabled while the text is read) so focus
 * does not jump; the extraction's progress is shown above it by DocumentExtraction. Its name
 * starts with its visible text (axe: label-content-name-mismatch).
 */
export function DocumentReextract(props: {
  document: LibraryDocument;
  onQueued: (document: LibraryDocument) => void;
}) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const waiting = () => busy() || extracting(props.document);
  const status = () => props.document.extraction.status;

  const start = async () => {
    if (waiting()) return;
    setBusy(true);
    setError(null);
    try {
      props.onQueued(await reextractDocument(props.document.id));
    } catch (failure) {
      // Already being read (queued by a teammate meanwhile): show where it stands.
      if (failure instanceof ApiError && failure.code === 'conflict' && failure.current) {
        props.onQueued(failure.current as LibraryDocument);
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="reextract">
      <Show when={status() === 'failed' || status() === 'no-text'}>
        <p class="hint">{t('reextractHint')}</p>
      </Show>
      <button
        type="button"
        aria-disabled={waiting()}
        aria-label={t('reextractDocument', props.document.title)}
        aria-describedby={`reextract-${props.document.id}-note`}
        onClick={() => void start()}
      >
        {t('reextract')}
      </button>{' '}
      <span id={`reextract-${props.document.id}-note`} class="muted small">
        {t('reextractNote')}
      </span>
      <Show when={error()}>
        <div role="alert">
          <p class="error">{t('reextractFailed')}</p>
          <ErrorMessage error={error()} />
        </div>
      </Show>
    </div>
  );
}
