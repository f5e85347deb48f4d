import { createResource, For, Show } from 'solid-js';
import { RadarChart } from '../charts/radar-chart';
import { client, unwrap } from '../lib/api';
import { formatNumber } from '../lib/i18n';
import { t } from './self-assessment-gaps.i18n';

const signed = (value: number | null) =>
  value === null
    ? '–'
    : value > 0
      ? `+${formatNumber(value)}`
      : value === 0
        ? '±0'
        : `−${formatNumber(-value)}`;

/**
 * "Kommunens självskattning" beside the evaluation per area, with the difference: shown on the
 * comparison page once the evaluation can be seen and the kommun gave a self-assessment.
 */
export function SelfAssessmentGaps(props: { evaluationId: string }) {
  const [comparison] = createResource(
    () => props.evaluationId,
    (id) =>
      unwrap(client.api.evaluations[':id']['self-assessment'].comparison.$get({ param: { id } })),
  );
  const rows = () => {
    const data = comparison.error ? undefined : comparison();
    return data?.available ? [...data.areas, ...(data.total ? [data.total] : [])] : [];
  };
  return (
    <Show when={rows().length > 0}>
      <section class="self-assessment-gaps" aria-labelledby="self-assessment-gaps-h">
        <h2 id="self-assessment-gaps-h">{t('title')}</h2>
        <p class="hint">{t('intro')}</p>
        <RadarChart
          id="self-assessment-radar"
          title={t('caption')}
          description={t('chartDesc')}
          axes={(comparison()?.areas ?? []).map((area) => ({
            id: area.id,
            label: area.shortTitle,
            max: area.max,
          }))}
          series={[
            {
              id: 'evaluation',
              label: t('evaluation'),
              values: (comparison()?.areas ?? []).map((area) => area.evaluation),
              indicative: false,
            },
            {
              id: 'self-assessment',
              label: t('series'),
              values: (comparison()?.areas ?? []).map((area) => area.selfAssessment),
              indicative: false,
            },
          ]}
        />
        <table class="data">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('area')}</th>
              <th scope="col" class="num">
                {t('evaluation')}
              </th>
              <th scope="col" class="num">
                {t('series')}
              </th>
              <th scope="col" class="num">
                {t('difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr data-area={row.id}>
                  <th scope="row">{row.id === 'total' ? t('total') : `${row.id}. ${row.title}`}</th>
                  <td class="num">{formatNumber(row.evaluation)}</td>
                  <td class="num">
                    {row.selfAssessment === null
                      ? t('notAssessed')
                      : formatNumber(row.selfAssessment)}
                  </td>
                  <td class="num">{signed(row.difference)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </Show>
  );
}
