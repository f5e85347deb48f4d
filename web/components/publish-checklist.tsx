import { A } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { formatPercent } from '../lib/i18n';
import { ErrorMessage } from './error-message';
import { t } from './publish-checklist.i18n';

/**
 * What is missing before publishing, as the API's publish rule sees it (`publish-checklist`):
 * unscored delfrågor block publishing; other gaps need a reason the user types, which the
 * status route stores in the audit log. `onPublish` sends the status change with that reason.
 */
export function PublishChecklist(props: {
  evaluationId: string;
  onPublish: (reason: string | undefined) => Promise<boolean>;
}) {
  const [checklist, { refetch }] = createResource(
    () => props.evaluationId,
    (id) => unwrap(client.api.evaluations[':id']['publish-checklist'].$get({ param: { id } })),
  );
  const [reason, setReason] = createSignal('');
  const [reasonMissing, setReasonMissing] = createSignal(false);
  let reasonField: HTMLTextAreaElement | undefined;

  const publish = async () => {
    const current = checklist();
    if (!current?.publishable) return;
    if (!current.complete && reason().trim() === '') {
      setReasonMissing(true);
      reasonField?.focus();
      return;
    }
    setReasonMissing(false);
    const done = await props.onPublish(current.complete ? undefined : reason().trim());
    // Refused (someone changed something meanwhile): show what is missing now.
    if (!done) await refetch();
  };

  return (
    <section class="publish-checklist" aria-labelledby="publish-checklist-heading">
      <h3 id="publish-checklist-heading">{t('heading')}</h3>
      <Show when={checklist.error}>
        <ErrorMessage error={checklist.error} />
      </Show>
      <Show when={checklist.latest} fallback={<p>{t('loading')}</p>}>
        {(list) => (
          <>
            <Show when={list().complete}>
              <p data-testid="checklist-complete">{t('complete')}</p>
            </Show>
            <ul class="checklist" data-testid="publish-checklist">
              <Show when={list().unscoredQuestions.length > 0}>
                <li>
                  {t('unscored', list().unscoredQuestions.length)}{' '}
                  {list().unscoredQuestions.join(', ')}.{' '}
                  <A href={`/evaluations/${props.evaluationId}/consensus`}>{t('toConsensus')}</A>
                </li>
              </Show>
              <Show when={list().areasWithoutTexts.length > 0}>
                <li>
                  {t('areasWithoutTexts')}
                  <ul>
                    <For each={list().areasWithoutTexts}>
                      {(area) => (
                        <li>
                          {t(
                            'area',
                            area.areaId,
                            area.missing.map((kind) => t(`missing_${kind}`)).join(', '),
                          )}
                        </li>
                      )}
                    </For>
                  </ul>
                  <A href={`/evaluations/${props.evaluationId}/texts`}>{t('toTexts')}</A>
                </li>
              </Show>
              <Show when={list().evaluatorsNotScored.length > 0}>
                <li>
                  {t('evaluatorsNotScored')}
                  <ul>
                    <For each={list().evaluatorsNotScored}>
                      {(member) => (
                        <li>
                          <bdi>{member.name}</bdi>
                          {t('evaluator', member.unscored)}
                        </li>
                      )}
                    </For>
                  </ul>
                </li>
              </Show>
              <Show when={list().spreadsWithoutRationale.length > 0}>
                <li>
                  {t('spreads', list().spreadThreshold)}
                  <ul>
                    <For each={list().spreadsWithoutRationale}>
                      {(spread) => (
                        <li>
                          {t('spread', spread.questionId, formatPercent(spread.spreadPercent))}
                        </li>
                      )}
                    </For>
                  </ul>
                  <A href={`/evaluations/${props.evaluationId}/consensus`}>{t('toConsensus')}</A>
                </li>
              </Show>
            </ul>
            <Show when={list().publishable && !list().complete}>
              <label for="publish-reason">{t('reason')}</label>
              <p class="hint" id="publish-reason-hint">
                {t('reasonHint')}
              </p>
              <textarea
                id="publish-reason"
                ref={reasonField}
                rows={3}
                maxLength={2000}
                aria-describedby={
                  reasonMissing()
                    ? 'publish-reason-hint publish-reason-error'
                    : 'publish-reason-hint'
                }
                aria-invalid={reasonMissing() ? 'true' : undefined}
                value={reason()}
                onInput={(event) => setReason(event.currentTarget.value)}
              />
              <Show when={reasonMissing()}>
                <p class="error" id="publish-reason-error">
                  {t('reasonNeeded')}
                </p>
              </Show>
            </Show>
            <Show when={!list().publishable}>
              <p class="hint">{t('blocked')}</p>
            </Show>
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={!list().publishable}
                onClick={() => void publish()}
              >
                {list().complete ? t('publish') : t('publishWithGaps')}
              </button>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
