import { A, useParams, useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { ConsensusTable } from '../components/consensus-table';
import { ModeSwitch } from '../components/mode-switch';
import { PageHeader } from '../components/page-header';
import { ShortcutHelp } from '../components/shortcut-help';
import { client, unwrap } from '../lib/api';
import { autosave } from '../lib/autosave-context';
import { useEvaluation } from '../lib/evaluation-data';
import { evidenceByQuestion, loadEvidence } from '../lib/evidence-index';
import { formatDate, formatNumber, formatPercent } from '../lib/i18n';
import { liveResult } from '../lib/live-result';
import { focusInside, questionKeys } from '../lib/question-keys';
import {
  consensusScoreTarget,
  createScoreRecords,
  shownScore,
  toStoredScore,
} from '../lib/score-records';
import type { ScoreMode } from '../lib/score-value';
import { me } from '../lib/session';
import { t } from './consensus.i18n';
import '../components/scoring.css';

const THRESHOLDS = [10, 20, 30] as const;
const DEFAULT_THRESHOLD = 20;

/**
 * The consensus meeting: per area, every evaluator's points side by side with the spread, and the
 * agreed score with its rationale (autosaved). Live consensus figures from the scoring engine.
 */
export default function Consensus() {
  const params = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams<{ spreadThreshold?: string }>();
  const threshold = () => {
    const asked = Number(search.spreadThreshold);
    return THRESHOLDS.find((value) => value === asked) ?? DEFAULT_THRESHOLD;
  };
  const { summary, rubric } = useEvaluation(() => params.id);
  const [scores, { refetch }] = createResource(
    () => (summary() ? { id: params.id, threshold: threshold() } : undefined),
    ({ id, threshold }) =>
      unwrap(
        client.api.evaluations[':id'].scores.$get({
          param: { id },
          query: { spreadThreshold: String(threshold) },
        }),
      ),
  );
  const [evidence] = createResource(() => (summary() ? params.id : undefined), loadEvidence);
  const evidenceOf = createMemo(() =>
    evidenceByQuestion(evidence.error ? [] : (evidence()?.evidence ?? [])),
  );
  // `latest` keeps the tables on screen while a new threshold or a refresh loads.
  const loaded = () => scores.latest;
  const readOnly = () => summary()?.status === 'published';
  const [mode, setMode] = createSignal<ScoreMode>('points');

  const targets = createMemo(() =>
    (rubric()?.areas ?? []).flatMap((area) =>
      area.questions.map((q) => consensusScoreTarget(params.id, q.id)),
    ),
  );
  const targetOf = createMemo(
    () => new Map(targets().map((target) => [target.questionId, target])),
  );
  const records = createScoreRecords(
    autosave,
    () => {
      const data = loaded();
      if (!data) return undefined;
      return Object.fromEntries(
        data.consensusScores.map((record) => [record.questionId, toStoredScore(record)]),
      );
    },
    targets,
  );
  const live = createMemo(() => {
    const pinned = rubric();
    if (!pinned) return null;
    return liveResult(pinned, (questionId) => {
      const target = targetOf().get(questionId);
      return shownScore(autosave, target?.key ?? '', records[questionId]);
    });
  });
  const questionCount = () => live()?.result.areas.reduce((n, a) => n + a.questions.length, 0) ?? 0;
  const scoredCount = () => live()?.result.areas.reduce((n, a) => n + a.scoredCount, 0) ?? 0;
  const flaggedCount = () => loaded()?.spread.filter((s) => s.flagged).length ?? 0;

  let root: HTMLElement | undefined;
  const onKeyDown = questionKeys({
    root: () => root,
    onArea: (direction, current) => {
      const sections = [...(root?.querySelectorAll<HTMLElement>('section[data-area]') ?? [])];
      const index = sections.findIndex((section) => section.dataset.area === current);
      const next =
        sections[index === -1 ? (direction === 1 ? 0 : sections.length - 1) : index + direction];
      if (next)
        focusInside(
          next.querySelector<HTMLElement>('[data-question]') ?? next,
          '[data-score-input]',
        );
    },
  });
  onMount(() => window.addEventListener('keydown', onKeyDown));
  onCleanup(() => window.removeEventListener('keydown', onKeyDown));

  return (
    <Show when={summary()}>
      {(evaluation) => (
        <article class="consensus-page" ref={root}>
          <PageHeader
            evaluationId={evaluation().id}
            backLabel={t('back')}
            title={
              <>
                {t('title')}: <bdi>{evaluation().municipality.name}</bdi>{' '}
                {formatDate(evaluation().date)}
              </>
            }
            readOnly={readOnly()}
            readOnlyText={t('readOnly')}
          />
          <Show when={rubric()?.areaLevelOnly}>
            <p class="notice">{t('areaLevelOnly')}</p>
          </Show>
          <p>{t('intro')}</p>
          <Show when={live()}>
            {(current) => (
              <>
                <p class="consensus-total">
                  <strong>{t('total')}:</strong>{' '}
                  <span class="total" data-testid="consensus-total">
                    {t(
                      'totalValue',
                      formatNumber(current().result.total.shownPoints),
                      formatNumber(current().result.total.max),
                    )}
                  </span>
                  <Show when={!current().result.total.complete}>
                    {' '}
                    <span class="incomplete">
                      {t('incomplete', scoredCount(), questionCount())}
                    </span>
                  </Show>
                  <Show when={current().invalid.size > 0}>
                    {' '}
                    <span class="incomplete">{t('invalid', current().invalid.size)}</span>
                  </Show>
                </p>
                <Show when={current().result.total.complete && !readOnly()}>
                  <p class="notice ok" data-testid="publish-hint">
                    {t('complete')}{' '}
                    <A href={`/evaluations/${evaluation().id}`}>{t('publishLink')}</A>
                  </p>
                </Show>
                <div class="scoring-tools">
                  <div>
                    <label>
                      {t('threshold')}
                      <select
                        value={String(threshold())}
                        onChange={(e) => setSearch({ spreadThreshold: e.currentTarget.value })}
                      >
                        <For each={THRESHOLDS}>
                          {(value) => (
                            <option value={String(value)}>{t('thresholdOption', value)}</option>
                          )}
                        </For>
                      </select>
                    </label>
                    <p class="muted">{t('flaggedCount', flaggedCount())}</p>
                    <button type="button" onClick={() => void refetch()} disabled={scores.loading}>
                      {scores.loading ? t('refreshing') : t('refresh')}
                    </button>
                  </div>
                  <ModeSwitch mode={mode()} onChange={setMode} />
                  <ShortcutHelp />
                </div>
                <Show when={loaded()}>
                  {(data) => (
                    <For each={rubric()?.areas ?? []}>
                      {(area) => {
                        const result = () => current().result.areas.find((a) => a.id === area.id);
                        return (
                          <section
                            class="consensus-area"
                            data-area={area.id}
                            aria-labelledby={`consensus-area-${area.id}`}
                          >
                            <h2 id={`consensus-area-${area.id}`}>
                              {area.id}. <span lang="sv">{area.title}</span>
                            </h2>
                            <p class="area-figures">
                              {t(
                                'areaFigures',
                                formatNumber(result()?.shownPoints),
                                formatNumber(area.maxPoints),
                                formatPercent(result()?.shownPercent),
                              )}
                              <Show when={result() && !result()?.complete}>
                                {' '}
                                <span class="incomplete">
                                  {t(
                                    'incomplete',
                                    result()?.scoredCount ?? 0,
                                    area.questions.length,
                                  )}
                                </span>
                              </Show>
                            </p>
                            <ConsensusTable
                              evaluationId={evaluation().id}
                              area={area}
                              team={evaluation().team}
                              spread={data().spread}
                              evaluatorScores={data().evaluatorScores}
                              hiddenQuestions={data().hiddenQuestions}
                              ownMemberId={
                                evaluation().team.find((m) => m.userId === me()?.id)?.id ?? null
                              }
                              evidenceOf={(questionId) => evidenceOf().get(questionId) ?? []}
                              records={records}
                              autosave={autosave}
                              mode={mode()}
                              disabled={readOnly()}
                              areaResult={result()}
                            />
                          </section>
                        );
                      }}
                    </For>
                  )}
                </Show>
              </>
            )}
          </Show>
        </article>
      )}
    </Show>
  );
}
