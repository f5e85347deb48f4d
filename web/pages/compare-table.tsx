import { For, Show } from 'solid-js';
import { formatNumber } from '../lib/i18n';
import { t } from './compare.i18n';
import type { ComparisonTable } from './compare-csv';
import type { SelfAssessmentColumn } from './compare-self-assessment';

const signed = (value: number | null) =>
  value === null
    ? '–'
    : value > 0
      ? `+${formatNumber(value)}`
      : value === 0
        ? '±0'
        : `−${formatNumber(-value)}`;

/**
 * The comparison as a table: per area and in total the subject's points, each compared
 * result's, the kommun's self-assessment when shown, then the subject's difference to each.
 */
export function ComparisonTableView(props: {
  comparison: ComparisonTable & { compared: { label: string; indicative: boolean }[] };
  self: SelfAssessmentColumn | undefined;
}) {
  return (
    <div class="table-scroll">
      <table class="data" aria-label={t('table')}>
        <thead>
          <tr>
            <th scope="col">{t('area')}</th>
            <th scope="col" class="num">
              {props.comparison.subject.label}
            </th>
            <For each={props.comparison.compared}>
              {(other) => (
                <th scope="col" class="num">
                  {other.label}
                  <Show when={other.indicative}> ({t('indicativeTag')})</Show>
                </th>
              )}
            </For>
            <Show when={props.self}>
              {(column) => (
                <th scope="col" class="num">
                  {column().label}
                </th>
              )}
            </Show>
            <For each={props.comparison.compared}>
              {(other) => (
                <th scope="col" class="num">
                  {t('difference', other.label)}
                </th>
              )}
            </For>
            <Show when={props.self}>
              <th scope="col" class="num">
                {t('selfDifference')}
              </th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For
            each={[
              ...props.comparison.areas.map((a, i) => ({
                ...a,
                label: `${a.id}. ${a.title}`,
                self: props.self?.areas[i],
              })),
              { ...props.comparison.total, label: t('total'), self: props.self?.total },
            ]}
          >
            {(row) => (
              <tr>
                <th scope="row">{row.label}</th>
                <td class="num" data-testid="subject-value">
                  {formatNumber(row.value)}
                </td>
                <For each={row.others}>
                  {(other) => <td class="num">{formatNumber(other.value)}</td>}
                </For>
                <Show when={props.self}>
                  <td class="num" data-testid="self-assessment-value">
                    {formatNumber(row.self?.value ?? null)}
                  </td>
                </Show>
                <For each={row.others}>
                  {(other) => <td class="num">{signed(other.difference)}</td>}
                </For>
                <Show when={props.self}>
                  <td class="num">{signed(row.self?.difference ?? null)}</td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.self}>
        {(column) => (
          <>
            <p class="hint">{t('selfDifferenceNote')}</p>
            <Show when={column().partial.length > 0}>
              <p class="hint">{t('selfPartial', column().partial.join(', '))}</p>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
