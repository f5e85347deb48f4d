import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show, Suspense } from 'solid-js';
import { ErrorMessage } from '../components/error-message';
import { ActionCard } from '../components/plan-action-card';
import { type ActionDraft, ActionForm } from '../components/plan-action-form';
import { loadPlan, loadReview, type PlanView } from '../components/plan-api';
import { GoalCard } from '../components/plan-goal-card';
import { GoalForm } from '../components/plan-goal-form';
import { PreviousPlan } from '../components/plan-previous';
import { PlanTitle } from '../components/plan-title';
import { t as ui } from '../components/plan-ui.i18n';
import { client, unwrap } from '../lib/api';
import { downloadCsv } from '../lib/csv-download';
import { useEvaluation } from '../lib/evaluation-data';
import { firstField, focusWhenShown } from '../lib/focus-when-shown';
import { warnBeforeLeavingDrafts } from '../lib/form-drafts';
import { formatDate, formatNumber } from '../lib/i18n';
import { me } from '../lib/session';
import { t } from './plan.i18n';
import { actionRows, goalRows } from './plan-csv';
import '../components/plan-styles.css';

const loadTexts = (id: string) =>
  unwrap(client.api.evaluations[':id'].areas.$get({ param: { id } }));

function statusCounts(view: PlanView, areaId: string) {
  const actions = view.actions.filter((a) => a.areaId === areaId);
  const ids = new Set(actions.map((a) => a.id));
  const goals = view.goals.filter((g) => g.actionId !== null && ids.has(g.actionId));
  const count = (status: string) => goals.filter((g) => g.status === status).length;
  return {
    actions: actions.length,
    done: actions.filter((a) => a.status === 'done').length,
    overdue: actions.filter((a) => a.overdue).length,
    goals: [count('met'), count('near'), count('notMet'), count('noData')] as const,
  };
}

/**
 * The kommun's handlingsplan after an evaluation, per area: the report's förbättringsområden
 * (each can become an action), the actions with status and notes, their effektmål with status
 * and timeline, and the previous plan beside the new scores. The kommun's readers edit it.
 */
export default function PlanPage() {
  const params = useParams<{ id: string }>();
  const { summary, rubric } = useEvaluation(() => params.id);
  const [plan, { refetch }] = createResource(() => (summary() ? params.id : undefined), loadPlan);
  const [texts] = createResource(() => (summary() ? params.id : undefined), loadTexts);
  const [review] = createResource(() => (summary() ? params.id : undefined), loadReview);
  const [draft, setDraft] = createSignal<ActionDraft | null>(null);
  const [addingGoal, setAddingGoal] = createSignal(false);
  warnBeforeLeavingDrafts(() => ui('leaveWithDrafts'));
  const editable = () =>
    me()?.role === 'reader' && me()?.municipalityCode === summary()?.municipality.code;
  const areaTitle = (id: string) => rubric()?.areas.find((a) => a.id === id)?.title ?? id;
  const questionsOf = (areaId: string) =>
    (rubric()?.areas.find((a) => a.id === areaId)?.questions ?? []).map((q) => ({
      id: q.id,
      text: q.text,
    }));
  const fileName = () =>
    `handlingsplan-${summary()?.municipality.name.toLowerCase() ?? ''}-${summary()?.date.slice(0, 4) ?? ''}`;
  const exportCsv = (rows: ReturnType<typeof actionRows>, suffix: string) =>
    downloadCsv(rows, `${fileName()}-${suffix}.csv`);
  const view = () => plan.latest as PlanView;
  const changed = () => {
    void refetch();
  };
  // A new action's form takes the focus at its first field (Rubrik).
  const openDraft = (next: ActionDraft) => {
    setDraft(next);
    focusWhenShown(() => firstField(document.querySelector('.plan-page form.action-form')));
  };

  return (
    <Show when={summary()}>
      {(evaluation) => (
        <article class="plan-page">
          <p>
            <A href={`/evaluations/${params.id}`}>{t('overview')}</A>
          </p>
          <h1>
            {t('title')} – <bdi>{evaluation().municipality.name}</bdi>{' '}
            {formatDate(evaluation().date)}
          </h1>
          <p class="hint">{editable() ? t('introEditable') : t('introReadOnly')}</p>
          <For each={[plan.error, texts.error, review.error].filter(Boolean)}>
            {(error) => <ErrorMessage error={error} />}
          </For>

          <Suspense fallback={<p>{ui('loading')}</p>}>
            <Show when={plan.latest && rubric()}>
              <PlanTitle
                evaluationId={params.id}
                plan={view().plan}
                editable={editable()}
                onChange={changed}
              />
              <section aria-labelledby="plan-summary">
                <h2 id="plan-summary">{t('summary')}</h2>
                <table class="data">
                  <thead>
                    <tr>
                      <th scope="col">{t('area')}</th>
                      <th scope="col" class="num">
                        {t('actions')}
                      </th>
                      <th scope="col" class="num">
                        {t('done')}
                      </th>
                      <th scope="col" class="num">
                        {t('overdue')}
                      </th>
                      <th scope="col">{t('goals')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={rubric()?.areas ?? []}>
                      {(area) => {
                        const counts = () => statusCounts(view(), area.id);
                        return (
                          <tr>
                            <th scope="row">
                              <a href={`#plan-area-${area.id}`}>
                                {area.id}. {area.title}
                              </a>
                            </th>
                            <td class="num">{counts().actions}</td>
                            <td class="num">{counts().done}</td>
                            <td class="num" classList={{ overdue: counts().overdue > 0 }}>
                              {counts().overdue}
                            </td>
                            <td>{t('goalCounts', ...counts().goals)}</td>
                          </tr>
                        );
                      }}
                    </For>
                  </tbody>
                </table>
              </section>

              <section aria-labelledby="plan-exports">
                <h2 id="plan-exports">{t('exports')}</h2>
                <div class="actions">
                  <button
                    type="button"
                    onClick={() => exportCsv(actionRows(view(), areaTitle), 'atgarder')}
                  >
                    {t('actionsCsv')}
                  </button>
                  <button type="button" onClick={() => exportCsv(goalRows(view()), 'effektmal')}>
                    {t('goalsCsv')}
                  </button>
                  {/* `download`: a file from the API, not a page of the app's router. */}
                  <a href={`/api/evaluations/${params.id}/plan/follow-up.docx`} download="">
                    {t('docx')}
                  </a>
                </div>
              </section>

              <For each={rubric()?.areas ?? []}>
                {(area) => {
                  const actions = () => view().actions.filter((a) => a.areaId === area.id);
                  const improvements = () =>
                    texts.latest?.areas.find((a) => a.areaId === area.id)?.improvements ?? [];
                  const reviewArea = () => review.latest?.areas.find((a) => a.areaId === area.id);
                  const drafting = () => draft()?.areaId === area.id;
                  return (
                    <section
                      id={`plan-area-${area.id}`}
                      class="panel plan-area"
                      aria-labelledby={`plan-area-${area.id}-title`}
                    >
                      <h2 id={`plan-area-${area.id}-title`}>
                        {area.id}. {area.title}
                      </h2>
                      <Show when={reviewArea()?.currentPoints != null}>
                        <p class="muted">
                          {t('points', formatNumber(reviewArea()?.currentPoints ?? null))}
                        </p>
                      </Show>
                      <Show when={review.latest && reviewArea()}>
                        <PreviousPlan
                          review={review.latest as NonNullable<typeof review.latest>}
                          area={reviewArea() as NonNullable<ReturnType<typeof reviewArea>>}
                        />
                      </Show>
                      <Show when={improvements().length > 0}>
                        <h3>{t('improvements')}</h3>
                        <ul class="improvements">
                          <For each={improvements()}>
                            {(improvement) => (
                              <li>
                                {improvement}
                                <Show when={editable()}>
                                  {' '}
                                  <button
                                    type="button"
                                    aria-label={t('createFromNamed', improvement)}
                                    onClick={() =>
                                      openDraft({
                                        areaId: area.id,
                                        title: improvement.slice(0, 500),
                                        improvement,
                                      })
                                    }
                                  >
                                    {t('createFrom')}
                                  </button>
                                </Show>
                              </li>
                            )}
                          </For>
                        </ul>
                      </Show>
                      <Show when={drafting()}>
                        <ActionForm
                          evaluationId={params.id}
                          draft={draft() as ActionDraft}
                          questions={questionsOf(area.id)}
                          onSaved={(saved) => {
                            setDraft(null);
                            changed();
                            // The new action's heading, once the list has it.
                            focusWhenShown(() => document.getElementById(`action-${saved.id}`));
                          }}
                          onCancel={() => {
                            setDraft(null);
                            focusWhenShown(() => document.getElementById(`new-action-${area.id}`));
                          }}
                          onReload={changed}
                        />
                      </Show>
                      <h3>{t('actions')}</h3>
                      <Show
                        when={actions().length > 0}
                        fallback={<p class="muted">{t('noActions')}</p>}
                      >
                        <For each={actions()}>
                          {(action) => (
                            <ActionCard
                              action={action}
                              goals={view().goals.filter((g) => g.actionId === action.id)}
                              evaluationId={params.id}
                              questions={questionsOf(area.id)}
                              editable={editable()}
                              onChange={changed}
                            />
                          )}
                        </For>
                      </Show>
                      <Show when={editable() && !drafting()}>
                        <button
                          type="button"
                          id={`new-action-${area.id}`}
                          onClick={() =>
                            openDraft({ areaId: area.id, title: '', improvement: null })
                          }
                        >
                          {t('newAction')}
                        </button>
                      </Show>
                    </section>
                  );
                }}
              </For>

              <section class="panel" aria-labelledby="plan-goals">
                <h2 id="plan-goals">{t('planGoals')}</h2>
                <Show
                  when={view().goals.some((g) => g.actionId === null)}
                  fallback={<p class="muted">{t('noPlanGoals')}</p>}
                >
                  <For each={view().goals.filter((g) => g.actionId === null)}>
                    {(goal) => (
                      <GoalCard
                        goal={goal}
                        evaluationId={params.id}
                        editable={editable()}
                        onChange={changed}
                      />
                    )}
                  </For>
                </Show>
                <Show when={editable()}>
                  <Show
                    when={addingGoal()}
                    fallback={
                      <button
                        type="button"
                        id="plan-add-goal"
                        onClick={() => {
                          setAddingGoal(true);
                          focusWhenShown(() =>
                            firstField(document.getElementById('plan-goal-form')),
                          );
                        }}
                      >
                        {ui('addGoal')}
                      </button>
                    }
                  >
                    <div id="plan-goal-form">
                      <GoalForm
                        evaluationId={params.id}
                        actionId={null}
                        onSaved={() => {
                          setAddingGoal(false);
                          changed();
                          focusWhenShown(() => document.getElementById('plan-add-goal'));
                        }}
                        onCancel={() => {
                          setAddingGoal(false);
                          focusWhenShown(() => document.getElementById('plan-add-goal'));
                        }}
                      />
                    </div>
                  </Show>
                </Show>
              </section>
            </Show>
          </Suspense>
        </article>
      )}
    </Show>
  );
}
