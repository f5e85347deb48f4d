import { useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { ErrorMessage } from '../components/error-message';
import { ModeSwitch } from '../components/mode-switch';
import { PageHeader } from '../components/page-header';
import { ScoreFigures } from '../components/score-figures';
import { ScoringArea } from '../components/scoring-area';
import { ShortcutHelp } from '../components/shortcut-help';
import { client, unwrap } from '../lib/api';
import { autosave } from '../lib/autosave-context';
import { useEvaluation } from '../lib/evaluation-data';
import { evidenceByQuestion, loadEvidence } from '../lib/evidence-index';
import { focusWhenShown } from '../lib/focus-when-shown';
import { formatDate } from '../lib/i18n';
import { liveResult } from '../lib/live-result';
import { focusInside, questionKeys } from '../lib/question-keys';
import {
  createScoreRecords,
  evaluatorScoreTarget,
  shownScore,
  toStoredScore,
} from '../lib/score-records';
import { type ScoreMode, UNSCORED } from '../lib/score-value';
import { me } from '../lib/session';
import { t } from './scoring.i18n';
import '../components/scoring.css';

/**
 * The logged-in evaluator's own scores, area by area, with live area and total figures from the
 * scoring engine. An admin who is not on the team picks whose scores to work on.
 */
export default function Scoring() {
  const params = useParams<{ id: string; area?: string }>();
  const [search, setSearch] = useSearchParams<{ member?: string }>();
  const navigate = useNavigate();
  const { summary, rubric } = useEvaluation(() => params.id);

  const myMember = () => {
    const user = me();
    return user ? summary()?.team.find((m) => m.userId === user.id) : undefined;
  };
  const isAdmin = () => me()?.role === 'admin';
  const member = () =>
    myMember() ?? (isAdmin() ? summary()?.team.find((m) => m.id === search.member) : undefined);
  const mayScore = () => Boolean(myMember() || isAdmin());
  const readOnly = () => summary()?.status === 'published';
  const [mode, setMode] = createSignal<ScoreMode>('points');

  const [scores] = createResource(
    () => (summary() && mayScore() ? params.id : undefined),
    (id) => unwrap(client.api.evaluations[':id'].scores.$get({ param: { id }, query: {} })),
  );
  const [evidence] = createResource(
    () => (summary() && mayScore() ? params.id : undefined),
    loadEvidence,
  );
  const evidenceOf = createMemo(() =>
    evidenceByQuestion(evidence.error ? [] : (evidence()?.evidence ?? [])),
  );

  const targets = createMemo(() => {
    const memberId = member()?.id;
    const areas = rubric()?.areas ?? [];
    if (!memberId) return [];
    return areas.flatMap((area) =>
      area.questions.map((q) => evaluatorScoreTarget(params.id, memberId, q.id)),
    );
  });
  const targetOf = createMemo(
    () => new Map(targets().map((target) => [target.questionId, target])),
  );
  const records = createScoreRecords(
    autosave,
    () => {
      const memberId = member()?.id;
      const loaded = scores();
      if (!memberId || !loaded) return undefined;
      return Object.fromEntries(
        loaded.evaluatorScores
          .filter((record) => record.memberId === memberId)
          .map((record) => [record.questionId, toStoredScore(record)]),
      );
    },
    targets,
  );
  // The figures come from the engine, run on exactly what is on screen (pending edits included).
  const live = createMemo(() => {
    const loaded = rubric();
    if (!loaded || !member()) return null;
    return liveResult(loaded, (questionId) => {
      const target = targetOf().get(questionId);
      return target ? shownScore(autosave, target.key, records[questionId]) : UNSCORED;
    });
  });

  const areas = () => rubric()?.areas ?? [];
  const area = () => areas().find((a) => a.id === params.area) ?? areas()[0];
  const memberQuery = () => (myMember() || !member() ? '' : `?member=${member()?.id}`);
  const areaHref = (areaId: string) =>
    `/evaluations/${params.id}/scoring/${areaId}${memberQuery()}`;
  const neighbour = (direction: 1 | -1) => {
    const index = areas().findIndex((a) => a.id === area()?.id);
    return areas()[index + direction];
  };

  // After Alt+PageDown/PageUp or "Nästa område" the new area takes the focus at its first
  // delfråga's score, scrolled into view: after the route's own focus move (to the heading), so
  // it is the field that keeps it.
  let focusNewArea = false;
  const goToArea = (direction: 1 | -1) => {
    const next = neighbour(direction);
    if (!next) return;
    focusNewArea = true;
    navigate(areaHref(next.id));
    const first = next.questions[0]?.id;
    if (first) {
      focusWhenShown(
        () => document.querySelector<HTMLElement>(`[data-score-input="${CSS.escape(first)}"]`),
        'center',
      );
    }
  };
  /** A plain click on a pager link moves like Alt+PageDown; other clicks (new tab) are the browser's. */
  const pagerClick = (direction: 1 | -1) => (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    goToArea(direction);
  };
  let root: HTMLElement | undefined;
  const onKeyDown = questionKeys({ root: () => root, onArea: (direction) => goToArea(direction) });
  onMount(() => window.addEventListener('keydown', onKeyDown));
  onCleanup(() => window.removeEventListener('keydown', onKeyDown));

  return (
    <Show when={summary()}>
      {(evaluation) => (
        <article class="scoring-page" ref={root}>
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
          <Show when={mayScore()} fallback={<p class="notice">{t('notOnTeam')}</p>}>
            <Show when={!myMember()}>
              <Show when={evaluation().team.length > 0} fallback={<p>{t('noTeam')}</p>}>
                <label class="member-picker">
                  {t('scoringAs')}
                  <select
                    value={member()?.id ?? ''}
                    onChange={(e) => setSearch({ member: e.currentTarget.value || undefined })}
                  >
                    <option value="">{t('pickMember')}</option>
                    <For each={evaluation().team}>
                      {(m) => <option value={m.id}>{m.name}</option>}
                    </For>
                  </select>
                </label>
              </Show>
            </Show>
            <Show when={rubric()?.areaLevelOnly}>
              <p class="notice">{t('areaLevelOnly')}</p>
            </Show>
            <Show
              when={member() && live()}
              fallback={
                <Show when={!member()}>
                  <p>{t('pickMemberFirst')}</p>
                </Show>
              }
            >
              {(current) => (
                <>
                  <div class="scoring-tools">
                    <ModeSwitch mode={mode()} onChange={setMode} />
                    <ShortcutHelp />
                  </div>
                  <Show when={evidence.error}>
                    <p class="error">{t('evidenceError')}</p>
                    <ErrorMessage error={evidence.error} />
                  </Show>
                  <div class="scoring-layout">
                    <nav aria-label={t('areas')} class="area-nav">
                      <ScoreFigures
                        result={current().result}
                        caption={t('figuresCaption', member()?.name ?? '')}
                        currentArea={area()?.id}
                        invalidCount={current().invalid.size}
                        hrefOf={areaHref}
                      />
                    </nav>
                    <div class="area-main">
                      <Show when={area()} keyed>
                        {(shownArea) => (
                          <ScoringArea
                            area={shownArea}
                            targetOf={(questionId) => targetOf().get(questionId)}
                            records={records}
                            autosave={autosave}
                            mode={mode()}
                            disabled={readOnly()}
                            evidenceOf={(questionId) => evidenceOf().get(questionId) ?? []}
                            result={current().result.areas.find((a) => a.id === shownArea.id)}
                            invalid={current().invalid}
                            onShown={(section) => {
                              if (!focusNewArea) return;
                              focusNewArea = false;
                              focusInside(
                                section.querySelector<HTMLElement>('[data-question]') ?? section,
                                '[data-score-input]',
                              );
                            }}
                          />
                        )}
                      </Show>
                      <nav class="area-pager" aria-label={t('pager')}>
                        <Show when={neighbour(-1)}>
                          {(previous) => (
                            <a href={areaHref(previous().id)} rel="prev" onClick={pagerClick(-1)}>
                              ← {t('previousArea')}: {previous().id}. {previous().title}
                            </a>
                          )}
                        </Show>
                        <Show when={neighbour(1)}>
                          {(next) => (
                            <a href={areaHref(next().id)} rel="next" onClick={pagerClick(1)}>
                              {t('nextArea')}: {next().id}. {next().title} →
                            </a>
                          )}
                        </Show>
                      </nav>
                    </div>
                  </div>
                </>
              )}
            </Show>
          </Show>
        </article>
      )}
    </Show>
  );
}
