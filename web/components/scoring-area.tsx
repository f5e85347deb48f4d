import { For, onMount, Show } from 'solid-js';
import type { RubricArea } from '../../rubrics/rubric';
import type { AreaResult } from '../../scoring/score-evaluation';
import type { Autosave } from '../lib/autosave';
import type { EvidenceItem } from '../lib/evidence-index';
import { formatNumber, formatPercent } from '../lib/i18n';
import type { ScoreTarget, StoredScore } from '../lib/score-records';
import type { ScoreMode } from '../lib/score-value';
import { t } from './scoring-area.i18n';
import { ScoringQuestion } from './scoring-question';

/**
 * One area of the rubric for scoring: title, the report's rubriker, the guidance, and each
 * delfråga with its evidence and the evaluator's score. `onShown` runs once it is on screen (the
 * page moves focus into it after Alt+PageDown).
 */
export function ScoringArea(props: {
  area: RubricArea;
  targetOf: (questionId: string) => ScoreTarget | undefined;
  records: Record<string, StoredScore>;
  autosave: Autosave;
  mode: ScoreMode;
  disabled: boolean;
  evidenceOf: (questionId: string) => readonly EvidenceItem[];
  result: AreaResult | undefined;
  invalid: ReadonlySet<string>;
  onShown?: (section: HTMLElement) => void;
}) {
  let section: HTMLElement | undefined;
  onMount(() => {
    if (section) props.onShown?.(section);
  });
  const titleId = () => `area-${props.area.id}-title`;
  return (
    <section
      ref={section}
      class="scoring-area"
      data-area={props.area.id}
      aria-labelledby={titleId()}
    >
      <h2 id={titleId()} tabIndex={-1}>
        {props.area.id}. <span lang="sv">{props.area.title}</span>
      </h2>
      <p class="area-figures" data-testid="area-figures" aria-live="polite" aria-atomic="true">
        {t(
          'areaFigures',
          formatNumber(props.result?.shownPoints),
          formatNumber(props.area.maxPoints),
        )}
        {' · '}
        {formatPercent(props.result?.shownPercent)}
        <Show when={props.result && !props.result.complete}>
          {' · '}
          <span class="incomplete">
            {t('incomplete', props.result?.scoredCount ?? 0, props.area.questions.length)}
          </span>
        </Show>
      </p>
      <Show when={props.area.headings.length > 0}>
        <h3>{t('headings')}</h3>
        <ul class="headings" lang="sv">
          <For each={props.area.headings}>{(heading) => <li>{heading}</li>}</For>
        </ul>
      </Show>
      <Show when={props.area.guidance}>
        <h3>{t('guidance')}</h3>
        <p class="guidance" lang="sv">
          {props.area.guidance}
        </p>
      </Show>
      <For each={props.area.questions}>
        {(question) => (
          <Show when={props.targetOf(question.id)}>
            {(target) => (
              <ScoringQuestion
                question={question}
                target={target()}
                stored={props.records[question.id]}
                autosave={props.autosave}
                mode={props.mode}
                disabled={props.disabled}
                evidence={props.evidenceOf(question.id)}
                result={props.result?.questions.find((q) => q.id === question.id)}
                invalid={props.invalid.has(question.id)}
              />
            )}
          </Show>
        )}
      </For>
    </section>
  );
}
