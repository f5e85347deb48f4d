import { For, Show } from 'solid-js';
import type { TrendPoint } from '../../scoring/trend';
import { formatNumber } from '../lib/i18n';
import { t } from './views.i18n';

const WIDTH = 420;
const HEIGHT = 160;

/**
 * The kommun's totals over time, published totals without area scores included; a change of
 * rubric version is marked on the line and in the table, and a total of another version than
 * `rubric` (the evaluation's) is labelled indicative.
 */
export function TrendView(props: { points: TrendPoint[]; rubric?: string | undefined }) {
  const years = () => props.points.map((p) => p.year);
  const minYear = () => Math.min(...years());
  const maxYear = () => Math.max(...years(), minYear() + 1);
  const x = (year: number) => 30 + ((year - minYear()) / (maxYear() - minYear())) * (WIDTH - 60);
  const y = (total: number) => HEIGHT - 20 - (total / 800) * (HEIGHT - 40);
  const withTotal = () => props.points.filter((p) => p.total !== null);
  const indicative = (p: TrendPoint) => props.rubric !== undefined && p.rubric !== props.rubric;
  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">{t('trendTitle')}</h2>
      <Show when={withTotal().length > 0}>
        <svg
          class="trend"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={t('trendDesc')}
        >
          <line class="strip-axis" x1={30} x2={WIDTH - 30} y1={HEIGHT - 20} y2={HEIGHT - 20} />
          <polyline
            class="trend-line"
            points={withTotal()
              .map((p) => `${x(p.year)},${y(p.total as number)}`)
              .join(' ')}
          />
          <For each={withTotal()}>
            {(p) => (
              <g data-year={p.year}>
                <Show when={p.rubricChanged}>
                  <line
                    class="version-change"
                    x1={x(p.year) - 6}
                    x2={x(p.year) - 6}
                    y1={10}
                    y2={HEIGHT - 20}
                  />
                </Show>
                {/* A published total without area scores is an open dot. */}
                <circle
                  class={p.totalsOnly ? 'strip-dot subject totals-only' : 'strip-dot subject'}
                  cx={x(p.year)}
                  cy={y(p.total as number)}
                  r={4}
                />
                <text
                  class="bar-value"
                  x={x(p.year)}
                  y={y(p.total as number) - 8}
                  text-anchor="middle"
                >
                  {formatNumber(p.total)}
                </text>
                <text class="bar-label" x={x(p.year)} y={HEIGHT - 6} text-anchor="middle">
                  {p.year}
                </text>
              </g>
            )}
          </For>
        </svg>
      </Show>
      <Show when={props.points.some(indicative)}>
        <p class="indicative-note" role="note">
          {t('trendIndicative')}
        </p>
      </Show>
      <table class="data" aria-label={t('trendTable')}>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col">{t('result')}</th>
            <th scope="col" class="num">
              {t('total')}
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.points}>
            {(p) => (
              <tr>
                <th scope="row">{p.year}</th>
                <td>
                  {p.label} ({p.rubric})<Show when={p.totalsOnly}>, {t('totalsOnly')}</Show>
                  <Show when={p.rubricChanged}> – {t('rubricChange')}</Show>
                  <Show when={indicative(p)}> ({t('indicativeTag', p.rubric)})</Show>
                </td>
                <td class="num">{formatNumber(p.total)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
