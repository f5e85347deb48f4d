import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Rubric } from '../../rubrics/rubric';
import type { ComparableResult } from '../../scoring/comparable-result';
import type { Comparison } from '../../scoring/compare';
import { findingCandidates } from '../../scoring/finding-candidates';
import type { EvaluationResult } from '../../scoring/score-evaluation';
import { formatNumber } from '../lib/i18n';
import { differenceBars } from './bar-geometry';
import { t } from './views.i18n';

const WIDTH = 320;
const LABEL = 170;

/**
 * Per area the difference to one chosen result as bars (area order or sorted), with the
 * delfrågor that explain most of each gap (the engine's `findingCandidates`).
 */
export function DifferenceView(props: {
  comparison: Comparison;
  rubric: Rubric;
  result: EvaluationResult;
}) {
  const [against, setAgainst] = createSignal(0);
  const [sorted, setSorted] = createSignal(false);
  const other = () => props.comparison.compared[against()];
  const rows = createMemo(() => {
    const list = props.comparison.areas.flatMap((area) => {
      const difference = area.others[against()]?.difference;
      return difference === null || difference === undefined
        ? []
        : [{ id: area.id, label: `${area.id}. ${area.shortTitle}`, value: difference }];
    });
    return sorted() ? [...list].sort((a, b) => a.value - b.value) : list;
  });
  const geometry = createMemo(() => differenceBars(rows(), WIDTH, 24));
  const explaining = createMemo(() => {
    const compared = other();
    if (!compared) return [];
    const reference: ComparableResult = {
      id: compared.id,
      label: compared.label,
      rubric: props.comparison.rubric,
      year: compared.year,
      municipalityCode: null,
      areas: Object.fromEntries(
        props.comparison.areas.map((a) => [a.id, a.others[against()]?.value ?? null]),
      ),
      total: props.comparison.total.others[against()]?.value ?? null,
      complete: true,
      indicative: compared.indicative,
    };
    const byGap = findingCandidates(props.rubric, props.result, reference).byGap.filter(
      (c) => (c.gap ?? 0) < 0,
    );
    // The two delfrågor losing most points in each of the three areas furthest behind.
    const areas = [...new Set(byGap.map((c) => c.areaId))].slice(0, 3);
    return areas.flatMap((areaId) => byGap.filter((c) => c.areaId === areaId).slice(0, 2));
  });
  return (
    <section aria-labelledby="difference-title">
      <h2 id="difference-title">{t('differenceTitle')}</h2>
      <div class="inline-fields">
        <label>
          {t('against')}
          <select value={against()} onChange={(e) => setAgainst(Number(e.currentTarget.value))}>
            <For each={props.comparison.compared}>
              {(c, i) => <option value={i()}>{c.label}</option>}
            </For>
          </select>
        </label>
        <label class="inline">
          <input
            type="checkbox"
            checked={sorted()}
            onChange={(e) => setSorted(e.currentTarget.checked)}
          />
          {t('sorted')}
        </label>
      </div>
      <svg
        class="difference-chart"
        viewBox={`0 -4 ${LABEL + WIDTH + 50} ${geometry().height + 8}`}
        role="img"
        aria-label={t('differenceDesc', other()?.label ?? '')}
      >
        <line
          class="zero"
          x1={LABEL + geometry().zero}
          x2={LABEL + geometry().zero}
          y1={0}
          y2={geometry().height}
        />
        <For each={geometry().bars}>
          {(bar) => (
            <g>
              <text
                class="bar-label"
                x={LABEL - 6}
                y={bar.y + bar.height / 2}
                text-anchor="end"
                dominant-baseline="middle"
              >
                {bar.label}
              </text>
              <rect
                class={bar.value < 0 ? 'bar negative' : 'bar positive'}
                x={LABEL + bar.x}
                y={bar.y}
                width={Math.max(bar.width, 1)}
                height={bar.height}
              />
              <text
                class="bar-value"
                // On the other side of the zero line from the bar, clear of the area labels.
                x={LABEL + geometry().zero + (bar.value < 0 ? 4 : -4)}
                y={bar.y + bar.height / 2}
                text-anchor={bar.value < 0 ? 'start' : 'end'}
                dominant-baseline="middle"
              >
                {bar.value > 0
                  ? `+${formatNumber(bar.value)}`
                  : bar.value < 0
                    ? `−${formatNumber(-bar.value)}`
                    : '±0'}
              </text>
            </g>
          )}
        </For>
      </svg>
      <Show when={explaining().length > 0}>
        <h3>{t('explains')}</h3>
        <ul>
          <For each={explaining()}>
            {(c) => <li>{t('lost', c.id, c.text, formatNumber(c.lostPoints))}</li>}
          </For>
        </ul>
      </Show>
    </section>
  );
}
