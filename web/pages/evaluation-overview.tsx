import { A, useParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { scoreEvaluation } from '../../scoring/score-evaluation';
import { BlindScoringSetting } from '../components/blind-scoring-setting';
import { ErrorMessage } from '../components/error-message';
import { EvaluationDetails } from '../components/evaluation-details';
import { KommunContacts } from '../components/kommun-contacts';
import { PublishChecklist } from '../components/publish-checklist';
import { TeamInvite } from '../components/team-invite';
import { client, unwrap } from '../lib/api';
import { t as common } from '../lib/common.i18n';
import { useEvaluation } from '../lib/evaluation-data';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../lib/i18n';
import { me } from '../lib/session';
import { t } from './evaluation-overview.i18n';

type Status = 'draft' | 'visit' | 'consensus' | 'published';

export default function EvaluationOverview() {
  const params = useParams<{ id: string }>();
  const { summary, rubric, refetch } = useEvaluation(() => params.id);
  const onTeam = () => me()?.role === 'admin' || summary()?.team.some((m) => m.userId === me()?.id);
  const [scores] = createResource(
    () => (summary() && onTeam() ? params.id : undefined),
    (id) => unwrap(client.api.evaluations[':id'].scores.$get({ param: { id }, query: {} })),
  );
  const [areas] = createResource(
    () => (summary() ? params.id : undefined),
    (id) => unwrap(client.api.evaluations[':id'].areas.$get({ param: { id } })),
  );
  const [published] = createResource(
    () => (summary() && !onTeam() ? params.id : undefined),
    (id) => unwrap(client.api.evaluations[':id'].result.$get({ param: { id } })),
  );
  const [actionError, setActionError] = createSignal<unknown>(null);
  const myMember = () => summary()?.team.find((m) => m.userId === me()?.id);

  // The live total: the same engine as the API and the report, run on the consensus scores.
  const result = createMemo(() => {
    const r = rubric();
    const s = scores();
    if (r && s) {
      return scoreEvaluation(
        r,
        Object.fromEntries(
          s.consensusScores.map((c) => [
            c.questionId,
            c.points !== null
              ? { points: c.points }
              : c.percent !== null
                ? { percent: c.percent }
                : null,
          ]),
        ),
      );
    }
    return published();
  });

  /** True when the status changed; a refusal is shown and false returned. */
  const setStatus = async (status: Status, reason?: string): Promise<boolean> => {
    const current = summary();
    if (!current) return false;
    if (status === 'published' && !window.confirm(t('publishConfirm'))) return false;
    setActionError(null);
    try {
      await unwrap(
        client.api.evaluations[':id'].status.$post({
          param: { id: current.id },
          json: { status, version: current.version, ...(reason ? { reason } : {}) },
        }),
      );
      await refetch();
      return true;
    } catch (error) {
      setActionError(error);
      return false;
    }
  };
  const reopen = async () => {
    const current = summary();
    const reason = window.prompt(t('reopenReason'));
    if (!current || !reason) return;
    try {
      await unwrap(
        client.api.evaluations[':id'].reopen.$post({
          param: { id: current.id },
          json: { reason, version: current.version },
        }),
      );
      await refetch();
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <Show when={summary()}>
      {(evaluation) => (
        <article>
          <h1>
            <bdi>{evaluation().municipality.name}</bdi> {formatDate(evaluation().date)}
          </h1>
          <Show when={evaluation().status === 'published'}>
            <p class="notice" role="note">
              {t(
                'published',
                evaluation().publishedAt ? formatDateTime(evaluation().publishedAt as string) : '',
              )}
            </p>
          </Show>
          <dl class="facts">
            <dt>{t('status')}</dt>
            <dd>
              <span class={`badge status-${evaluation().status}`}>
                {common(`status_${evaluation().status}`)}
              </span>
            </dd>
            <dt>{t('team')}</dt>
            <dd>
              {evaluation()
                .team.map((m) => m.name)
                .join(', ')}
            </dd>
            <dt>{t('visit')}</dt>
            <dd>
              {evaluation().visit
                ? `${formatDate(evaluation().visit?.start)} – ${formatDate(evaluation().visit?.end)}`
                : '–'}
            </dd>
            <dt>{t('rubric')}</dt>
            <dd>
              {evaluation().rubric.id} ({evaluation().rubric.version})
            </dd>
            <dt>{t('total')}</dt>
            <dd class="total" data-testid="overview-total">
              {formatNumber(result()?.total.shownPoints ?? null)} / {result()?.total.max ?? 800}
              <Show when={result() && !result()?.total.complete}>
                {' '}
                (
                {t(
                  'incomplete',
                  result()?.areas.reduce((n, a) => n + a.scoredCount, 0) ?? 0,
                  result()?.areas.reduce((n, a) => n + a.questions.length, 0) ?? 0,
                )}
                )
              </Show>
            </dd>
          </dl>

          <nav aria-label={t('pages')} class="workspaces">
            <A href={`/evaluations/${evaluation().id}/documents`}>{t('documents')}</A>
            <A href={`/evaluations/${evaluation().id}/compare`}>{t('compare')}</A>
            <A href={`/evaluations/${evaluation().id}/plan`}>{t('plan')}</A>
            <A href={`/evaluations/${evaluation().id}/report`}>{t('report')}</A>
          </nav>
          <Show when={onTeam()}>
            <nav aria-label={t('teamPages')} class="workspaces">
              <A href={`/evaluations/${evaluation().id}/scoring`}>{t('scoring')}</A>
              <A href={`/evaluations/${evaluation().id}/evidence`}>{t('evidence')}</A>
              <A href={`/evaluations/${evaluation().id}/consensus`}>{t('consensus')}</A>
              <A href={`/evaluations/${evaluation().id}/texts`}>{t('texts')}</A>
            </nav>
          </Show>

          <h2>{t('progress')}</h2>
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('area')}</th>
                <Show when={onTeam()}>
                  <Show when={myMember()}>
                    <th scope="col" class="num">
                      {t('myScores')}
                    </th>
                  </Show>
                  <th scope="col" class="num">
                    {t('consensusScores')}
                  </th>
                </Show>
                <th scope="col">{t('textsWritten')}</th>
                <th scope="col" class="num">
                  {t('points')}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={rubric()?.areas ?? []}>
                {(area) => {
                  const areaResult = () => result()?.areas.find((a) => a.id === area.id);
                  const mine = () =>
                    scores()?.evaluatorScores.filter(
                      (s) =>
                        s.memberId === myMember()?.id &&
                        s.questionId.startsWith(`${area.id}.`) &&
                        (s.points !== null || s.percent !== null),
                    ).length ?? 0;
                  const texts = () => areas()?.areas.find((a) => a.areaId === area.id);
                  const written = () =>
                    Boolean(
                      texts()?.summary || texts()?.strengths.length || texts()?.improvements.length,
                    );
                  return (
                    <tr>
                      <th scope="row">
                        {area.id}. {area.title}
                      </th>
                      <Show when={onTeam()}>
                        <Show when={myMember()}>
                          <td class="num">
                            {mine()} / {area.questions.length}
                          </td>
                        </Show>
                        <td class="num">
                          {areaResult()?.scoredCount ?? 0} / {area.questions.length}
                        </td>
                      </Show>
                      <td>{written() ? t('yes') : t('no')}</td>
                      <td class="num">
                        {formatNumber(areaResult()?.shownPoints ?? null)} (
                        {formatPercent(areaResult()?.shownPercent ?? null)})
                        <Show
                          when={
                            areaResult() &&
                            !areaResult()?.complete &&
                            (areaResult()?.scoredCount ?? 0) > 0
                          }
                        >
                          {' '}
                          {t('areaIncomplete')}
                        </Show>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>

          <Show when={onTeam()}>
            <section aria-labelledby="status-actions">
              <h2 id="status-actions">{t('actions')}</h2>
              <div class="actions">
                <Show when={evaluation().status === 'draft'}>
                  <button type="button" onClick={() => setStatus('visit')}>
                    {t('toVisit')}
                  </button>
                </Show>
                <Show when={evaluation().status === 'visit'}>
                  <button type="button" onClick={() => setStatus('draft')}>
                    {t('toDraft')}
                  </button>
                  <button type="button" onClick={() => setStatus('consensus')}>
                    {t('toConsensus')}
                  </button>
                </Show>
                <Show when={evaluation().status === 'published' && me()?.role === 'admin'}>
                  <button type="button" onClick={reopen}>
                    {t('reopen')}
                  </button>
                </Show>
              </div>
              <Show when={evaluation().status === 'consensus'}>
                <PublishChecklist
                  evaluationId={evaluation().id}
                  onPublish={(reason) => setStatus('published', reason)}
                />
              </Show>
              <Show when={actionError()}>
                <ErrorMessage error={actionError()} />
              </Show>
            </section>
            <Show when={evaluation().status !== 'published'}>
              <BlindScoringSetting evaluation={evaluation()} onSaved={() => void refetch()} />
            </Show>
            <Show when={evaluation().status !== 'published'}>
              <EvaluationDetails
                evaluation={evaluation()}
                onSaved={async () => {
                  await refetch();
                }}
              />
              <TeamInvite evaluationId={evaluation().id} onInvited={() => void refetch()} />
            </Show>
            <KommunContacts evaluationId={evaluation().id} status={evaluation().status} />
          </Show>
        </article>
      )}
    </Show>
  );
}
