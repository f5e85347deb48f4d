import { Match, Switch } from 'solid-js';
import type { LibraryDocument } from '../lib/document-types';
import { formatPercent } from '../lib/i18n';
import { t } from './documents.i18n';

/** Is the document's text still being extracted (the list polls while it is). */
export const extracting = (document: Pick<LibraryDocument, 'extraction'>) =>
  document.extraction.status === 'queued' || document.extraction.status === 'running';

/** Where a document's text extraction stands: a progress bar, searchable, or why not. */
export function DocumentExtraction(props: { document: LibraryDocument }) {
  const extraction = () => props.document.extraction;
  return (
    <div class="extraction" data-status={extraction().status}>
      <Switch>
        <Match when={extracting(props.document)}>
          <progress
            max={1}
            value={extraction().status === 'queued' ? 0 : extraction().progress}
            aria-label={t('extractionProgress', props.document.title)}
          />{' '}
          <span>
            {extraction().status === 'queued'
              ? t('status_queued')
              : t('status_running', formatPercent(Math.round(extraction().progress * 100)))}
          </span>
        </Match>
        <Match when={extraction().status === 'done'}>
          <span class="ok-text">
            {t(
              'status_done',
              extraction().passages,
              extraction().pages ? t('pages', extraction().pages ?? 0) : '',
            )}
          </span>
        </Match>
        <Match when={extraction().status === 'no-text'}>
          <p class="notice">{t('status_noText')}</p>
        </Match>
        <Match when={extraction().status === 'failed'}>
          <p class="error">
            {t('status_failed')}
            {extraction().message ? ` (${extraction().message})` : ''}
          </p>
        </Match>
      </Switch>
    </div>
  );
}
