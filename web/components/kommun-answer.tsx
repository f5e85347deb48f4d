import { useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { formatNumber } from '../lib/i18n';
import { kommunInput } from '../lib/kommun-input';
import { t } from './kommun-part.i18n';
import './kommun-part.css';

/**
 * Beside a delfråga for the evaluators: the kommun's answers to the written questions that
 * inform it and its self-assessment, collapsed by default. Shows nothing when the kommun has
 * given neither.
 */
export function KommunAnswer(props: { questionId: string; evaluationId?: string }) {
  // Without the prop, the evaluation of the page (/evaluations/:id/…), so a page needs no new prop.
  const data = kommunInput(props.evaluationId ?? useParams<{ id: string }>().id);
  const answers = () => {
    const q = data.error ? undefined : data()?.questionnaire;
    if (!q?.questions || !q.answers) return [];
    const ids = new Set(
      q.questions.filter((w) => w.questionIds.includes(props.questionId)).map((w) => w.id),
    );
    return q.answers.filter(
      (a) => ids.has(a.questionId) && (a.notApplicable || a.text.trim() !== ''),
    );
  };
  const estimate = () =>
    (data.error ? undefined : data()?.selfAssessment)?.entries?.find(
      (e) => e.questionId === props.questionId && e.countedPoints !== null,
    );
  return (
    <Show when={answers().length > 0 || estimate()}>
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
