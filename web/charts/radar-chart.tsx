import { curveLinearClosed, line } from 'd3-shape';
import { createSignal, For, Show } from 'solid-js';
import {
  gridLevels,
  labelPlacement,
  type Point,
  radarOutline,
  radarPoint,
} from '../../scoring/radar-geometry';
import { formatNumber } from '../lib/i18n';
import { t } from './radar-chart.i18n';

export interface RadarAxis {
  id: string;
  label: string;
  max: number;
}

export interface RadarSeriesInput {
  id: string;
  label: string;
  values: (number | null)[];
  indicative: boolean;
}

const RADIUS = 120;
/**
 * Distinct line styles, readable in greyscale print: solid, dashed, dotted, dash-dot, long dash,
 * dash-dot-dot, long-short, sparse dots: the subject, four chosen results, the kommun's
 * self-assessment and earlier results each get their own (colours: `series-0`..`series-7`).
 */
export const DASHES = ['', '6 4', '2 3', '8 3 2 3', '12 4', '10 3 2 3 2 3', '16 3 4 3', '1 5'];
const path = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveLinearClosed);

/**
 * The 8-axis radar (spindeldiagram). Accessible by design: a titled, described SVG group, each
 * point focusable with its value as its name, the focused value also shown as text. Colours and
 * dashes come from CSS classes `series-0`..`series-7`.
 */
export function RadarChart(props: {
  id: string;
  title: string;
  description: string;
  axes: RadarAxis[];
  series: RadarSeriesInput[];
}) {
  const [focused, setFocused] = createSignal<{ x: number; y: number; text: string } | null>(null);
  const maxes = () => props.axes.map((axis) => axis.max);
  const levels = () => gridLevels(100, 5);
  return (
    <figure class="radar">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG chart is a titled group; there is no fieldset in SVG */}
      <svg
        id={props.id}
        viewBox="-270 -165 540 330"
        role="group"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={`${props.id}-desc`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.description}</desc>
        <g class="radar-grid">
          <For each={levels()}>
            {(level) => (
              <path
                d={
                  path(
                    props.axes.map((axis, i) =>
                      radarPoint((level * axis.max) / 100, axis.max, i, props.axes.length, RADIUS),
                    ),
                  ) ?? ''
                }
              />
            )}
          </For>
          <For each={props.axes}>
            {(axis, i) => {
              const end = () => radarPoint(axis.max, axis.max, i(), props.axes.length, RADIUS);
              const label = () => labelPlacement(i(), props.axes.length, RADIUS);
              return (
                <>
                  <line class="radar-axis" x1={0} y1={0} x2={end().x} y2={end().y} />
                  <text
                    class="radar-label"
                    x={label().x}
                    y={label().y}
                    text-anchor={label().anchor}
                    dominant-baseline="middle"
                  >
                    {axis.label}
                  </text>
                </>
              );
            }}
          </For>
        </g>
        <For each={props.series}>
          {(series, s) => {
            // An area without a value (an evaluation not fully scored) is a gap, as in the report.
            const outline = () => radarOutline(series.values, maxes(), RADIUS);
            const d = () => {
              const points = outline().points;
              return points.every((p) => p !== null)
                ? (path(points as Point[]) ?? '')
                : outline().path;
            };
            return (
              <g class={`radar-series series-${s()}`} data-series={series.id}>
                <path d={d()} stroke-dasharray={DASHES[s()] ?? ''} />
                <For each={outline().points}>
                  {(point, i) => {
                    if (point === null) return null;
                    const text = () =>
                      t(
                        'point',
                        series.label,
                        props.axes[i()]?.label ?? '',
                        formatNumber(series.values[i()] ?? null),
                      );
                    return (
                      // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a focusable data point named by its value (role img), as the issue asks
                      <circle
                        cx={point.x}
                        cy={point.y}
                        r={4}
                        tabIndex={0}
                        role="img"
                        aria-label={text()}
                        onFocus={() => setFocused({ ...point, text: text() })}
                        onBlur={() => setFocused(null)}
                      />
                    );
                  }}
                </For>
              </g>
            );
          }}
        </For>
        <Show when={focused()}>
          {(f) => (
            <text class="radar-focus" x={f().x} y={f().y - 10} text-anchor="middle">
              {f().text}
            </text>
          )}
        </Show>
      </svg>
      <figcaption>
        <ul class="radar-legend" aria-label={t('legend')}>
          <For each={props.series}>
            {(series, s) => (
              <li class={`series-${s()}`}>
                <svg width="36" height="10" aria-hidden="true">
                  <line x1="0" y1="5" x2="36" y2="5" stroke-dasharray={DASHES[s()] ?? ''} />
                </svg>
                {series.label} <Show when={series.indicative}>{t('indicative')}</Show>
              </li>
            )}
          </For>
        </ul>
      </figcaption>
    </figure>
  );
}
