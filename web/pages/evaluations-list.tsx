import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { ContactEvaluations } from '../components/contact-evaluations';
import { ErrorMessage } from '../components/error-message';
import { KommunPicker } from '../components/kommun-picker';
import { type PickedMember, TeamPicker } from '../components/team-picker';
import { ApiError, client, unwrap } from '../lib/api';
import { t as common } from '../lib/common.i18n';
import { formatDate, formatNumber } from '../lib/i18n';
import { loadRubricVersions } from '../lib/rubric-versions';
import { me } from '../lib/session';
import { t } from './evaluations-list.i18n';

const STATUSES = ['draft', 'visit', 'consensus', 'published'] as const;
type Status = (typeof STATUSES)[number];

export default function EvaluationsList() {
  const [params, setParams] = useSearchParams<{ status?: string; municipality?: string }>();
  const query = () => ({
    ...(params.status ? { status: params.status } : {}),
    ...(params.municipality && /^\d{4}$/.test(params.municipality)
      ? { municipality: params.municipality }
      : {}),
  });
  const [list] = createResource(query, (q) => unwrap(client.api.evaluations.$get({ query: q })));
  const staff = () => me()?.role === 'admin' || me()?.role === 'evaluator';
  return (
    <section>
      <h1>{t('title')}</h1>
      <ContactEvaluations />
      <search class="filters">
        {/* A reader sees published evaluations only: the workflow status is the team's. */}
        <Show when={staff()}>
          <label>
            {t('filterStatus')}
            <select
              value={params.status ?? ''}
              onChange={(e) => setParams({ status: e.currentTarget.value || undefined })}
            >
              <option value="">{t('all')}</option>
              <For each={STATUSES}>
                {(status) => <option value={status}>{common(`status_${status}`)}</option>}
              </For>
            </select>
          </label>
        </Show>
        <label>
          {t('filterMunicipality')}
          <input
            inputMode="numeric"
            maxLength={4}
            value={params.municipality ?? ''}
            onInput={(e) => setParams({ municipality: e.currentTarget.value || undefined })}
          />
        </label>
      </search>
      <Show when={list.error}>
        <ErrorMessage error={list.error} />
      </Show>
      <Show when={list()}>
        {(data) => (
          <Show when={data().evaluations.length > 0} fallback={<p>{t('none')}</p>}>
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{t('kommun')}</th>
                  <th scope="col">{t('date')}</th>
                  <th scope="col">{t('rubric')}</th>
                  <Show when={staff()}>
                    <th scope="col">{t('status')}</th>
                  </Show>
                  <th scope="col" class="num">
                    {t('total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={data().evaluations}>
                  {(evaluation) => (
                    <tr>
                      <th scope="row">
                        <A href={`/evaluations/${evaluation.id}`}>
                          <bdi>{evaluation.municipality.name}</bdi>
                        </A>
                      </th>
                      <td>{formatDate(evaluation.date)}</td>
                      <td>{evaluation.rubric.id}</td>
                      <Show when={staff()}>
                        <td>
                          <span class={`badge status-${evaluation.status}`}>
                            {common(`status_${evaluation.status as Status}`)}
                          </span>
                        </td>
                      </Show>
                      <td class="num">
                        {formatNumber(evaluation.total.shownPoints)}
                        <Show
                          when={!evaluation.total.complete && evaluation.total.shownPoints !== null}
                        >
                          {' '}
                          {t('incomplete')}
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
      <Show when={staff()}>
        <CreateEvaluation />
        <ImportEvaluation />
      </Show>
    </section>
  );
}

function CreateEvaluation() {
  const navigate = useNavigate();
  // Published versions with delfrågor, newest first (area-level-only ones serve comparisons).
  const [versions] = createResource(() => loadRubricVersions());
  const scorable = () =>
    (versions()?.versions ?? []).filter((v) => v.status === 'published' && !v.areaLevelOnly);
  const [error, setError] = createSignal<unknown>(null);
  const [teamError, setTeamError] = createSignal(false);
  const [kommunError, setKommunError] = createSignal(false);
  // The creator starts on the team with their own account (an admin may take themselves off).
  const [team, setTeam] = createSignal<PickedMember[]>(
    me() ? [{ name: me()?.name ?? '', userId: me()?.id ?? null, email: me()?.email ?? '' }] : [],
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const evaluators = team().map((member) =>
      member.userId ? { name: member.name, userId: member.userId } : member.name,
    );
    setTeamError(evaluators.length === 0);
    // The combobox fills `code` only when its text names one of SCB's kommuner.
    setKommunError(text('code') === '');
    if (text('code') === '') {
      document.getElementById('create-kommun')?.focus();
      return;
    }
    if (evaluators.length === 0) return;
    try {
      const created = await unwrap(
        client.api.evaluations.$post({
          json: {
            municipality: { name: text('name'), code: text('code') },
            rubric: scorable().find((v) => v.versionId === text('rubric'))?.id ?? '',
            rubricVersionId: text('rubric'),
            date: text('date'),
            ...(text('visitStart') && text('visitEnd')
              ? { visit: { start: text('visitStart'), end: text('visitEnd') } }
              : {}),
            evaluators,
          },
        }),
      );
      navigate(`/evaluations/${created.id}`);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <details class="panel">
      <summary>
        <h2>{t('createTitle')}</h2>
      </summary>
      <form onSubmit={submit} class="stacked">
        <KommunPicker id="create-kommun" required onChange={(k) => k && setKommunError(false)} />
        <Show when={kommunError()}>
          <p class="error" role="alert">
            {t('kommunMissing')}
          </p>
        </Show>
        <label>
          {t('rubric')}
          <select name="rubric">
            <For each={scorable()}>
              {(version) => (
                <option value={version.versionId}>
                  {t('rubricVersion', version.title, version.version)}
                </option>
              )}
            </For>
          </select>
        </label>
        <label>
          {t('evalDate')}
          <input name="date" required pattern="\d{4}-\d{2}(-\d{2})?" placeholder="2026-05" />
        </label>
        <label>
          {t('visitStart')}
          <input name="visitStart" type="date" />
        </label>
        <label>
          {t('visitEnd')}
          <input name="visitEnd" type="date" />
        </label>
        <TeamPicker idPrefix="create-team" members={team()} onChange={setTeam} />
        <Show when={teamError()}>
          <p class="error" role="alert">
            {t('teamEmpty')}
          </p>
        </Show>
        <Show when={error()}>
          <ErrorMessage
            error={error()}
            labels={{
              date: t('evalDate'),
              'visit.start': t('visitStart'),
              'visit.end': t('visitEnd'),
            }}
          />
        </Show>
        <button type="submit" class="primary">
          {t('create')}
        </button>
      </form>
    </details>
  );
}

interface ImportOutcome {
  id: string;
  notice: string | null;
  team: { unlinked: string[] };
}

function ImportEvaluation() {
  const navigate = useNavigate();
  const [error, setError] = createSignal<unknown>(null);
  const [outcome, setOutcome] = createSignal<ImportOutcome | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const file =
      (new FormData(event.currentTarget as HTMLFormElement).get('file') as File | null) ?? null;
    if (!file) return;
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setError(new ApiError(400, 'invalid_input', t('notJson')));
      return;
    }
    try {
      const created = await unwrap(client.api.evaluations.import.$post({ json: body as never }));
      // What the importer must know (a draft instead of published, names without an account)
      // stays on this page with a link; otherwise straight to the evaluation.
      if (created.notice || created.team.unlinked.length > 0) setOutcome(created);
      else navigate(`/evaluations/${created.id}`);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <details class="panel">
      <summary>
        <h2>{t('importTitle')}</h2>
      </summary>
      <form onSubmit={submit} class="stacked">
        <label>
          {t('importFile')}
          <input name="file" type="file" accept="application/json,.json" required />
        </label>
        <Show when={error()}>
          <ErrorMessage error={error()} />
        </Show>
        <button type="submit">{t('import')}</button>
      </form>
      <Show when={outcome()}>
        {(done) => (
          <div class="notice" role="status">
            <p>{t('imported')}</p>
            <Show when={done().notice}>
              <p>{t('importedAsDraft')}</p>
            </Show>
            <Show when={done().team.unlinked.length > 0}>
              <p>{t('unlinked', done().team.unlinked.join(', '))}</p>
            </Show>
            <A href={`/evaluations/${done().id}`}>{t('openImported')}</A>
          </div>
        )}
      </Show>
    </details>
  );
}
