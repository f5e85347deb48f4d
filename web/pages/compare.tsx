import { useParams, useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { RadarChart } from '../charts/radar-chart';
import '../charts/charts.css';
import { parseMeanSeries } from '../../scoring/mean-series';
import { DifferenceView } from '../charts/difference-view';
import { DistributionView } from '../charts/distribution-view';
import { download, standaloneSvg, svgToPng } from '../charts/export';
import { TrendView } from '../charts/trend-view';
import { ErrorMessage } from '../components/error-message';
import { client, unwrap } from '../lib/api';
import { downloadCsv } from '../lib/csv-download';
import { useEvaluation } from '../lib/evaluation-data';
import { formatDate, formatNumber } from '../lib/i18n';
import { referenceChoices } from '../lib/reference-choices';
import { t } from './compare.i18n';
import { comparisonRows } from './compare-csv';
import {
  type SelfAssessmentColumn,
  type SelfAssessmentGaps,
  selfAssessmentColumn,
  selfAssessmentSeries,
  selfOnlyComparison,
} from './compare-self-assessment';
import { ComparisonTableView } from './compare-table';

const MAX_OTHERS = 4;

/** The API names a period's mean in Swedish: name it in the UI's language everywhere it shows. */
export function withMeanLabels<
  C extends { compared: { id: string; label: string }[]; radar: { id: string; label: string }[] },
>(comparison: C): C {
  const label = <T extends { id: string; label: string }>(item: T): T => {
    const mean = parseMeanSeries(item.id, item.label);
    if (!mean) return item;
    const period = mean.from === mean.to ? String(mean.from) : `${mean.from}–${mean.to}`;
    return { ...item, label: t('meanLabel', period, mean.count, mean.excluding) };
  };
  return {
    ...comparison,
    compared: comparison.compared.map(label),
    radar: comparison.radar.map(label),
  };
}

/**
 * Compare an evaluation with reference kommuner, a period's mean and its own earlier results:
 * radar chart and the same numbers as a table. Every number comes from the API (scoring/).
 */
export default function Compare() {
  const params = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams<{
    with?: string;
    mean?: string;
    earlier?: string;
    self?: string;
  }>();
  const { summary, rubric } = useEvaluation(() => params.id);
  const [result] = createResource(
    () => params.id,
    (id) => unwrap(client.api.evaluations[':id'].result.$get({ param: { id } })),
  );
  const [distribution] = createResource(
    () => params.id,
    (id) => unwrap(client.api.evaluations[':id'].distribution.$get({ param: { id } })),
  );
  const [trend] = createResource(
    () => params.id,
    (id) => unwrap(client.api.evaluations[':id'].trend.$get({ param: { id } })),
  );
  const [references] = createResource(() => unwrap(client.api.references.$get({ query: {} })));
  // The kommun's self-assessment beside the result: 404 for whoever may not see it yet.
  const [selfGaps] = createResource(
    () => params.id,
    (id): Promise<SelfAssessmentGaps> =>
      unwrap(client.api.evaluations[':id']['self-assessment'].comparison.$get({ param: { id } })),
  );
  // A resource in error throws when read: read it through this.
  const gapsValue = () => (selfGaps.error ? undefined : selfGaps());
  const selfAvailable = () => gapsValue()?.available === true;
  const [chosen, setChosen] = createSignal<string[]>(search.with ? search.with.split(',') : []);
  const [meanOn, setMeanOn] = createSignal(Boolean(search.mean));
  const [meanFrom, setMeanFrom] = createSignal(search.mean?.split('-')[0] ?? '2010');
  const [meanTo, setMeanTo] = createSignal(
    search.mean?.split('-')[1] ?? String(new Date().getFullYear()),
  );
  const [earlier, setEarlier] = createSignal(search.earlier === 'true');
  // On unless turned off: the self-assessment is shown by default where there is one.
  const [selfOn, setSelfOn] = createSignal(search.self !== 'false');
  const [problem, setProblem] = createSignal<string | null>(null);

  const query = () => {
    if (!search.with && !search.mean && search.earlier !== 'true') return undefined;
    return {
      id: params.id,
      query: {
        ...(search.with ? { with: search.with } : {}),
        ...(search.mean ? { mean: search.mean } : {}),
        ...(search.earlier === 'true' ? { earlier: 'true' as const } : {}),
      },
    };
  };
  const [comparison] = createResource(query, async (q) =>
    withMeanLabels(
      await unwrap(
        client.api.evaluations[':id'].comparison.$get({ param: { id: q.id }, query: q.query }),
      ),
    ),
  );

  const subjectLabel = () => {
    const s = summary();
    return s ? `${s.municipality.name} ${s.date.slice(0, 4)}` : '';
  };
  /** The API's comparison; with nothing chosen, the evaluation alone beside its self-assessment. */
  const shown = createMemo(() => {
    if (query()) return comparison.error ? undefined : comparison();
    const gaps = gapsValue();
    return gaps && selfAvailable() && search.self !== 'false' && summary()
      ? selfOnlyComparison(gaps, { id: params.id, label: subjectLabel() })
      : undefined;
  });
  const selfColumn = createMemo((): SelfAssessmentColumn | undefined => {
    const gaps = gapsValue();
    const c = shown();
    return gaps && c && selfAvailable() && search.self !== 'false'
      ? selfAssessmentColumn(
          gaps,
          c.areas.map((area) => area.id),
          t('selfAssessment'),
        )
      : undefined;
  });

  const differenceInputs = () => {
    if (!query()) return undefined;
    const c = comparison();
    const r = rubric();
    const res = result();
    return c && r && res ? { comparison: c, rubric: r, result: res } : undefined;
  };

  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    const count = chosen().length + (meanOn() ? 1 : 0);
    if (count > MAX_OTHERS) {
      setProblem(t('tooMany'));
      return;
    }
    if (count === 0 && !earlier() && !(selfOn() && selfAvailable())) {
      setProblem(t('nothing'));
      return;
    }
    setProblem(null);
    setSearch({
      with: chosen().length > 0 ? chosen().join(',') : undefined,
      mean: meanOn() ? `${meanFrom()}-${meanTo()}` : undefined,
      earlier: earlier() ? 'true' : undefined,
      self: selfAvailable() && !selfOn() ? 'false' : undefined,
    });
  };
  const toggle = (id: string, on: boolean) =>
    setChosen(on ? [...chosen().filter((c) => c !== id), id] : chosen().filter((c) => c !== id));
  const name = () =>
    summary() ? `${summary()?.municipality.name} ${formatDate(summary()?.date)}` : '';

  return (
    <section>
      <h1>{t('title', name())}</h1>
      <form onSubmit={apply} class="panel">
        <fieldset>
          <legend>{t('choose')}</legend>
          <h2 class="small">{t('references')}</h2>
          <ul class="checklist">
            {/* Not totals-only results (no area points; the trend shows them) nor this evaluation's own published copy. */}
            <For
              each={referenceChoices(references()?.references ?? [], summary(), {
                sameRubric: false,
              })}
            >
              {(reference) => (
                <li>
                  <label class="inline">
                    <input
                      type="checkbox"
                      checked={chosen().includes(reference.id)}
                      onChange={(e) => toggle(reference.id, e.currentTarget.checked)}
                    />
                    <bdi>{reference.municipality.name}</bdi> {reference.year}{' '}
                    <span class="muted">({t('version', reference.rubric)})</span>
                  </label>
                </li>
              )}
            </For>
          </ul>
          <Show when={(references()?.references ?? []).filter((r) => r.totalsOnly).length}>
            {(n) => <p class="muted">{t('totalsOnlyHint', n())}</p>}
          </Show>
          <label class="inline">
            <input
              type="checkbox"
              checked={meanOn()}
              onChange={(e) => setMeanOn(e.currentTarget.checked)}
            />
            {t('mean')}
          </label>
          <div class="inline-fields">
            <label>
              {t('meanFrom')}
              <input
                inputMode="numeric"
                maxLength={4}
                size={5}
                value={meanFrom()}
                onInput={(e) => setMeanFrom(e.currentTarget.value)}
              />
            </label>
            <label>
              {t('meanTo')}
              <input
                inputMode="numeric"
                maxLength={4}
                size={5}
                value={meanTo()}
                onInput={(e) => setMeanTo(e.currentTarget.value)}
              />
            </label>
          </div>
          <label class="inline">
            <input
              type="checkbox"
              checked={earlier()}
              onChange={(e) => setEarlier(e.currentTarget.checked)}
            />
            {t('earlier')}
          </label>
          <Show when={selfAvailable()}>
            <label class="inline">
              <input
                type="checkbox"
                checked={selfOn()}
                onChange={(e) => setSelfOn(e.currentTarget.checked)}
              />
              {t('selfAssessment')} <span class="muted">({t('selfAssessmentHint')})</span>
            </label>
          </Show>
        </fieldset>
        <Show when={problem()}>
          <p class="error" role="alert">
            {problem()}
          </p>
        </Show>
        <button type="submit" class="primary">
          {t('show')}
        </button>
      </form>

      <Show when={comparison.error}>
        <ErrorMessage error={comparison.error} />
      </Show>
      <Show when={shown()}>
        {(c) => (
          <>
            <Show when={c().indicative}>
              <p class="indicative-note" role="note">
                {t('indicative')}
              </p>
            </Show>
            <div class="compare-layout">
              <RadarChart
                id="compare-radar"
                title={t('chartTitle', name())}
                description={t('chartDesc', c().radar.length + (selfColumn() ? 1 : 0))}
                axes={c().areas.map((area) => ({
                  id: area.id,
                  label: area.shortTitle,
                  max: area.max,
                }))}
                series={[
                  ...c().radar,
                  ...((column) => (column ? [selfAssessmentSeries(column)] : []))(selfColumn()),
                ]}
              />
              <ComparisonTableView comparison={c()} self={selfColumn()} />
            </div>
            <section aria-label={t('exports')} class="actions">
              <button
                type="button"
                onClick={() => {
                  const svg = document.getElementById('compare-radar') as SVGSVGElement | null;
                  if (svg)
                    download(
                      new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }),
                      `${t('fileName')}.svg`,
                    );
                }}
              >
                {t('exportSvg')}
              </button>
              <button
                type="button"
                onClick={async () => {
                  const svg = document.getElementById('compare-radar') as SVGSVGElement | null;
                  if (!svg) return;
                  const box = svg.viewBox.baseVal;
                  download(
                    await svgToPng(standaloneSvg(svg), box.width * 2, box.height * 2),
                    `${t('fileName')}.png`,
                  );
                }}
              >
                {t('exportPng')}
              </button>
              <button
                type="button"
                onClick={() =>
                  void downloadCsv(comparisonRows(c(), selfColumn()), `${t('fileName')}.csv`)
                }
              >
                {t('exportCsv')}
              </button>
            </section>
            <Show when={c().total.rank}>
              {(rank) => (
                <p>
                  {t(
                    'rank',
                    rank().rank,
                    rank().of,
                    rank().percentile === null ? '–' : formatNumber(rank().percentile),
                  )}
                </p>
              )}
            </Show>
          </>
        )}
      </Show>
      <Show when={differenceInputs()}>
        {(d) => (
          <DifferenceView comparison={d().comparison} rubric={d().rubric} result={d().result} />
        )}
      </Show>
      <Show when={distribution()}>
        {(d) => (
          <DistributionView
            distribution={d()}
            titles={{
              ...Object.fromEntries(
                (rubric()?.areas ?? []).map((a) => [a.id, `${a.id}. ${a.shortTitle}`]),
              ),
              total: t('total'),
            }}
            subjectLabel={name()}
          />
        )}
      </Show>
      <Show when={trend()}>
        <TrendView points={trend()?.points ?? []} rubric={summary()?.rubric.id} />
      </Show>
    </section>
  );
}
