import { useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { formatNumber } from '../lib/i18n';
import { kommunInput } from '../lib/kommun-input';
import { documentReaderHref } from '../lib/kommun-part';
import { t as attachT } from './answer-documents.i18n';
import { t } from './kommun-part.i18n';
import './kommun-part.css';

/**
 * Beside a delfråga for the evaluators: the kommun's answers to the written questions that
 * inform it, the documents attached to them (each opening the reader) and its self-assessment,
 * collapsed by default. Shows nothing when the kommun has given none of them.
 */
export function KommunAnswer(props: { questionId: string; evaluationId?: string }) {
  // Without the prop, the evaluation of the page (/evaluations/:id/…), so a page needs no new prop.
  const evaluationId = props.evaluationId ?? useParams<{ id: string }>().id;
  const data = kommunInput(evaluationId);
  const questionnaire = () => (data.error ? undefined : data()?.questionnaire);
  /** The written questions that inform this delfråga. */
  const written = () =>
    new Set(
      (questionnaire()?.questions ?? [])
        .filter((w) => w.questionIds.includes(props.questionId))
        .map((w) => w.id),
    );
  const answers = () =>
    (questionnaire()?.answers ?? []).filter(
      (a) => written().has(a.questionId) && (a.notApplicable || a.text.trim() !== ''),
    );
  /** The kommun's documents attached to those answers. */
  const documents = () =>
    (questionnaire()?.documents ?? []).filter((d) => d.questionIds.some((id) => written().has(id)));
  const estimate = () =>
    (data.error ? undefined : data()?.selfAssessment)?.entries?.find(
      (e) => e.questionId === props.questionId && e.countedPoints !== null,
    );
  return (
    <Show when={answers().length > 0 || documents().length > 0 || estimate()}>
      <details class="kommun-answer-details" data-testid={`kommun-answer-${props.questionId}`}>
        <summary>{t('kommunAnswer', props.questionId)}</summary>
        <For each={answers()}>
          {(answer) => (
            <Show when={answer.notApplicable} fallback={<p class="full-notes">{answer.text}</p>}>
              <p>
                <strong>{t('notApplicable')}</strong>: {answer.notApplicableReason}
              </p>
            </Show>
          )}
        </For>
        <Show when={documents().length > 0}>
          <p class="answer-documents-title">{attachT('attached')}</p>
          <ul>
            <For each={documents()}>
              {(document) => (
                <li>
                  <a href={documentReaderHref(evaluationId, document.id)}>
                    <bdi>{document.title}</bdi>
                  </a>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={estimate()}>
          {(entry) => (
            <p>
              {entry().level
                ? t(
                    'selfShortLevel',
                    t(`level_${entry().level as 'partly'}`),
                    formatNumber(entry().countedPoints),
                  )
                : t('selfShort', formatNumber(entry().countedPoints))}
            </p>
          )}
        </Show>
      </details>
    </Show>
  );
}
