import { For, Show } from 'solid-js';
import type { Distribution } from '../../scoring/distribution';
import { formatNumber } from '../lib/i18n';
import { stripPositions } from './bar-geometry';
import { t } from './views.i18n';

const WIDTH = 300;

/** Per area a strip plot of every result of the rubric version, this kommun highlighted. */
export function DistributionView(props: {
  distribution: Distribution;
  titles: Record<string, string>;
  subjectLabel: string;
}) {
  const rows = () => [...props.distribution.areas, props.distribution.total];
  return (
    <section aria-labelledby="distribution-title">
      <h2 id="distribution-title">{t('distributionTitle')}</h2>
      <p>{t('distributionIntro', props.distribution.count, props.distribution.rubric)}</p>
      <table class="data">
        <tbody>
          <For each={rows()}>
            {(row) => {
              const max = row.id === 'total' ? 800 : 100;
              const xs = () =>
                stripPositions(
                  row.entries.map((e) => e.value),
                  max,
                  WIDTH,
                );
              const subject = () => row.entries.find((e) => e.subject);
              return (
                <tr>
                  <th scope="row">{props.titles[row.id] ?? row.id}</th>
                  <td>
                    <svg
                      class="strip"
                      viewBox={`-4 0 ${WIDTH + 8} 24`}
                      width={WIDTH + 8}
                      height="24"
                      role="img"
                      aria-label={`${props.titles[row.id] ?? row.id}: ${row.entries.map((e) => `${e.label} ${formatNumber(e.value)}`).join(', ')}`}
                    >
                      <line class="strip-axis" x1={0} x2={WIDTH} y1={12} y2={12} />
                      <For each={row.entries}>
                        {(entry, i) => (
                          <circle
                            class={entry.subject ? 'strip-dot subject' : 'strip-dot'}
                            cx={xs()[i()]}
                            cy={12}
                            r={entry.subject ? 6 : 4}
                          />
                        )}
                      </For>
                    </svg>
                  </td>
                  <td class="num">
                    <Show when={subject()}>
                      {(s) => (
                        <>
                          <strong>{formatNumber(s().value)}</strong>
                          <Show when={row.rank}>
                            {(rank) => (
                              <>
                                {' '}
                                (
                                {t(
                                  'rankLine',
                                  rank().rank,
                                  rank().of,
                                  rank().percentile === null
                                    ? '–'
                                    : formatNumber(rank().percentile),
                                )}
                                )
                              </>
                            )}
                          </Show>
                        </>
                      )}
                    </Show>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <p class="muted">
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <circle class="strip-dot subject" cx="7" cy="7" r="6" />
        </svg>{' '}
        {props.subjectLabel}
      </p>
    </section>
  );
}
