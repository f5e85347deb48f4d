import { createMemo, For, Show } from 'solid-js';
import type { Goal } from '../components/plan-api';
import { t } from '../components/plan-ui.i18n';
import { formatDate, formatNumber } from '../lib/i18n';
import { type TimelineBand, type TimelineValue, timelineLayout } from './timeline-geometry';

/** The numeric observations of a goal: its Nuläge and its measurements that carry a value. */
export function timelineValues(goal: Goal): TimelineValue[] {
  const values: TimelineValue[] = [];
  if (goal.nulage?.value != null && goal.nulageStatus !== 'noData') {
    values.push({ date: goal.nulage.date, value: goal.nulage.value, status: goal.nulageStatus });
  }
  for (const m of goal.measurements) {
    if (m.value !== null && m.status !== 'noData')
      values.push({ date: m.date, value: m.value, status: m.status });
  }
  return values;
}

function timelineBands(goal: Goal): TimelineBand[] {
  return (['met', 'near', 'notMet'] as const).flatMap((status) => {
    const band = goal.bands[status];
    return band ? [{ status, min: band.min ?? null, max: band.max ?? null }] : [];
  });
}

/**
 * A goal's measurements over time on its status bands (d3 scales, loaded only with the plan
 * page). Every value is also in the table beside it; the chart itself is a picture of them.
 */
export function TimelineChart(props: { goal: Goal; id: string }) {
  const layout = createMemo(() =>
    timelineLayout(timelineValues(props.goal), timelineBands(props.goal)),
  );
  return (
    <figure class="timeline">
      <svg
        viewBox={`0 0 ${layout().width} ${layout().height}`}
        role="img"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={`${props.id}-desc`}
      >
        <title id={`${props.id}-title`}>{t('timelineTitle', props.goal.title)}</title>
        <desc id={`${props.id}-desc`}>
          {t('timelineDesc', layout().points.length, props.goal.unit)}
        </desc>
        <For each={layout().bands}>
          {(band) => (
            <g class={`timeline-band goal-${band.status}`}>
              <rect
                x={layout().plot.left}
                y={band.y}
                width={layout().plot.right - layout().plot.left}
                height={band.height}
              />
              <Show when={band.height >= 12}>
                <text x={layout().plot.right - 4} y={band.y + 11} text-anchor="end">
                  {t(`goal_${band.status}`)}
                </text>
              </Show>
            </g>
          )}
        </For>
        <For each={layout().yTicks}>
          {(tick) => (
            <text class="timeline-tick" x={layout().plot.left - 6} y={tick.y + 3} text-anchor="end">
              {formatNumber(tick.value, 2)}
            </text>
          )}
        </For>
        <For each={layout().xTicks}>
          {(tick) => (
            <text class="timeline-tick" x={tick.x} y={layout().height - 8} text-anchor="middle">
              {formatDate(tick.date.slice(0, 7))}
            </text>
          )}
        </For>
        <path class="timeline-line" d={layout().path} />
        <For each={layout().points}>
          {(point) => (
            <g class={`timeline-point goal-${point.status}`}>
              <circle cx={point.x} cy={point.y} r={4.5} />
              <text x={point.x} y={point.y - 8} text-anchor="middle">
                {formatNumber(point.value, 2)}
              </text>
            </g>
          )}
        </For>
      </svg>
    </figure>
  );
}
