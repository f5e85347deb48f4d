import { For, Show } from 'solid-js';
import { formatDate } from '../lib/i18n';
import { kommunInput } from '../lib/kommun-input';
import { documentReaderHref } from '../lib/kommun-part';
import { t } from './answer-documents.i18n';
import { t as docT } from './documents.i18n';
import './answer-documents.css';

/**
 * For the evaluators' evidence page: the documents the kommun uploaded before the visit, with
 * the written questions they are attached to, each opening the reader, as evidence to read.
 */
export function KommunDocuments(props: { evaluationId: string }) {
  const data = kommunInput(props.evaluationId);
  // Without the kommun's part (an error, or not loaded yet) the section says nothing.
  const documents = () => (data.error ? undefined : data()?.questionnaire.documents);
  return (
    <Show when={documents()}>
      {(list) => (
        <section class="kommun-documents" aria-labelledby="kommun-documents-h">
          <h2 id="kommun-documents-h">{t('kommunDocuments')}</h2>
          <p class="hint">{t('kommunDocumentsIntro')}</p>
          <Show when={list().length > 0} fallback={<p>{t('noKommunDocuments')}</p>}>
            <table class="data">
              <caption class="visually-hidden">{t('kommunDocuments')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('title')}</th>
                  <th scope="col">{t('kindColumn')}</th>
                  <th scope="col">{t('date')}</th>
                  <th scope="col">{t('questions')}</th>
                  <th scope="col">{t('addedBy')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(document) => (
                    <tr data-document={document.id}>
                      <th scope="row">
                        <a href={documentReaderHref(props.evaluationId, document.id)}>
                          <bdi>{document.title}</bdi>
                        </a>
                      </th>
                      <td>{docT(`kind_${document.kind}`)}</td>
                      <td>{document.date ? formatDate(document.date) : '–'}</td>
                      <td>
                        {document.questionIds.length > 0
                          ? document.questionIds.join(', ')
                          : t('notAttached')}
                      </td>
                      <td>
                        <bdi>{document.addedBy.name}</bdi>,{' '}
                        {formatDate(document.addedAt.slice(0, 10))}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </section>
      )}
    </Show>
  );
}
