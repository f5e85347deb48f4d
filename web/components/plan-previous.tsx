import { For, Show } from 'solid-js';
import { formatDate, formatNumber } from '../lib/i18n';
import { t } from '../pages/plan.i18n';
import type { PlanReview } from './plan-api';
import { ActionStatusBadge, GoalStatusBadge } from './plan-status';

type ReviewArea = PlanReview['areas'][number];

const signed = (n: number) =>
  n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '±0';

/** Beside an area's new scores: what the previous plan held there, how far it got, how the points moved. */
export function PreviousPlan(props: { review: PlanReview; area: ReviewArea }) {
  const previous = () => props.review.previous;
  return (
    <Show when={previous()}>
      {(p) => (
        <aside class="previous-plan panel" aria-label={t('previous', formatDate(p().date))}>
          <h3>{t('previous', formatDate(p().date))}</h3>
          <p>
            {props.area.previousPoints === null
              ? ''
              : props.area.change === null
                ? t('movedUnknown', formatNumber(props.area.previousPoints))
                : t(
                    'moved',
                    formatNumber(props.area.previousPoints),
                    formatNumber(props.area.currentPoints),
                    signed(props.area.change),
                  )}
          </p>
          <Show when={props.review.indicative}>
            <p class="hint">{t('indicative')}</p>
          </Show>
          <p>
            {t(
              'previousLine',
              props.area.actions.length,
              props.area.counts.done,
              props.area.counts.inProgress,
            )}
          </p>
          <ul>
            <For each={props.area.actions}>
              {(action) => (
                <li>
                  {action.title}:{' '}
                  <ActionStatusBadge
                    status={action.status}
                    overdue={action.overdue}
                    due={action.dueDate}
                  />
                </li>
              )}
            </For>
            <For each={props.area.goals}>
              {(goal) => (
                <li>
                  {goal.title}: <GoalStatusBadge status={goal.status} />
                </li>
              )}
            </For>
          </ul>
        </aside>
      )}
    </Show>
  );
}
