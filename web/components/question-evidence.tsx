import { For, Show } from 'solid-js';
import { type EvidenceItem, evidenceLabel } from '../lib/evidence-index';
import { formatDate } from '../lib/i18n';
import { t } from './question-evidence.i18n';

/** The evidence a delfråga rests on: kind, date and title (or the first line of the notes). */
export function QuestionEvidence(props: { questionId: string; items: readonly EvidenceItem[] }) {
  const headingId = () => `evidence-${props.questionId}`;
  return (
    <section class="question-evidence" aria-labelledby={headingId()}>
      <h4 id={headingId()}>{t('heading', props.questionId)}</h4>
      <Show when={props.items.length > 0} fallback={<p class="muted">{t('none')}</p>}>
        <ul>
          <For each={props.items}>
            {(item) => (
              <li>
                <span class="evidence-kind">{t(`kind_${item.kind}`)}</span>
                <Show when={item.date}>
                  <span class="muted"> {formatDate(item.date)}</span>
                </Show>
                : {evidenceLabel(item) ?? t('untitled')}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
