import { Show } from 'solid-js';
import { formatDate } from '../lib/i18n';
import type { ActionStatus, GoalStatus } from './plan-api';
import { t } from './plan-ui.i18n';

const SYMBOL: Record<GoalStatus, string> = { met: '●', near: '◐', notMet: '○', noData: '–' };

/** A goal's traffic light: colour, a distinct symbol and the status in words (never colour alone). */
export function GoalStatusBadge(props: { status: GoalStatus }) {
  return (
    <span class={`goal-status goal-${props.status}`} data-status={props.status}>
      <span aria-hidden="true">{SYMBOL[props.status]} </span>
      {t(`goal_${props.status}`)}
    </span>
  );
}

/** An action's status in words; an overdue one says so in words and with a mark. */
export function ActionStatusBadge(props: {
  status: ActionStatus;
  overdue: boolean;
  due: string | null;
}) {
  return (
    <span class="action-status">
      <span class={`badge action-${props.status}`}>{t(`action_${props.status}`)}</span>
      <Show when={props.overdue}>
        {' '}
        <strong class="overdue" title={t('overdueLong', formatDate(props.due))}>
          <span aria-hidden="true">⚠ </span>
          {t('overdue')}
        </strong>
      </Show>
    </span>
  );
}
