import { For, Show } from 'solid-js';
import type { EvaluationResult } from '../../scoring/score-evaluation';
import { formatNumber, formatPercent } from '../lib/i18n';
import { t } from './score-figures.i18n';

/**
 * The engine's area and total figures as SKL shows them (rounded from the exact sums), with each
 * incomplete area and the total marked in words. Updates as the scores on screen change.
 */
export function ScoreFigures(props: {
  result: EvaluationResult;
  caption: string;
  /** The area on screen: its link is marked with aria-current. */
  currentArea?: string | undefined;
  /** Questions whose value is invalid and left out of the figures. */
  invalidCount?: number;
  /** A link for each area's name (the scoring page links to the area). */
  hrefOf?: (areaId: string) => string;
}) {
  const questionCount = () => props.result.areas.reduce((n, a) => n + a.questions.length, 0);
  const scoredCount = () => props.result.areas.reduce((n, a) => n + a.scoredCount, 0);
  return (
    <table class="data figures" data-testid="score-figures">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('area')}</th>
          <th scope="col" class="num">
            {t('points')}
          </th>
          <th scope="col" class="num">
            {t('percent')}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.result.areas}>
          {(area) => (
            <tr classList={{ current: props.currentArea === area.id }} data-figures-area={area.id}>
              <th scope="row">
                <Show
                  when={props.hrefOf}
                  fallback={<span lang="sv">{`${area.id}. ${area.title}`}</span>}
                >
                  {(hrefOf) => (
                    <a
                      href={hrefOf()(area.id)}
                      lang="sv"
                      aria-current={props.currentArea === area.id ? 'page' : undefined}
                    >
                      {area.id}. {area.title}
                    </a>
                  )}
                </Show>
                <Show when={!area.complete}>
                  <span class="incomplete">
                    {t('incomplete', area.scoredCount, area.questions.length)}
                  </span>
                </Show>
              </th>
              <td class="num" data-testid={`area-${area.id}-points`}>
                {formatNumber(area.shownPoints)}
              </td>
              <td class="num" data-testid={`area-${area.id}-percent`}>
                {formatPercent(area.shownPercent)}
              </td>
            </tr>
          )}
        </For>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">
            {t('total')}
            <Show when={!props.result.total.complete}>
              <span class="incomplete">{t('incomplete', scoredCount(), questionCount())}</span>
            </Show>
            <Show when={(props.invalidCount ?? 0) > 0}>
              <span class="incomplete">{t('invalid', props.invalidCount ?? 0)}</span>
            </Show>
          </th>
          <td class="num total" colSpan={2}>
            <span data-testid="total-points">{formatNumber(props.result.total.shownPoints)}</span>{' '}
            <span class="muted">{t('of', formatNumber(props.result.total.max))}</span>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
