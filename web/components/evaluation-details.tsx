import { createEffect, createSignal, For, on, Show } from 'solid-js';
import type { EvaluationSummary } from '../../api/evaluations/evaluations.schemas';
import { ApiError, client, unwrap } from '../lib/api';
import { me } from '../lib/session';
import { ErrorMessage } from './error-message';
import { t } from './evaluation-details.i18n';
import { type PickedMember, TeamPicker } from './team-picker';

/** Kortfakta the reports of SKL carried; offered as suggestions, any other label is allowed. */
const SUGGESTED_FACTS = [
  'Invånare',
  'Politisk majoritet',
  'Kommunstyrelsens ordförande',
  'Kommundirektör',
  'Antal anställda',
  'Nettokostnad',
];

/**
 * Edits an evaluation after it was created: month, visit dates, Kortfakta, and (admins) the team
 * with its accounts. Saved as one versioned change (audited by the API); a stale version says so
 * and shows the saved details.
 */
export function EvaluationDetails(props: {
  evaluation: EvaluationSummary;
  onSaved: () => Promise<unknown>;
}) {
  const admin = () => me()?.role === 'admin';
  const [date, setDate] = createSignal(props.evaluation.date);
  const [visitStart, setVisitStart] = createSignal(props.evaluation.visit?.start ?? '');
  const [visitEnd, setVisitEnd] = createSignal(props.evaluation.visit?.end ?? '');
  const [facts, setFacts] = createSignal<[string, string][]>(
    Object.entries(props.evaluation.facts),
  );
  const [team, setTeam] = createSignal<PickedMember[]>(
    props.evaluation.team.map((m) => ({ id: m.id, name: m.name, userId: m.userId })),
  );
  // A saved (or someone else's) change gives a new version: the form shows what is stored now.
  createEffect(
    on(
      () => props.evaluation.version,
      () => {
        const e = props.evaluation;
        setDate(e.date);
        setVisitStart(e.visit?.start ?? '');
        setVisitEnd(e.visit?.end ?? '');
        setFacts(Object.entries(e.facts));
        setTeam(e.team.map((m) => ({ id: m.id, name: m.name, userId: m.userId })));
      },
      { defer: true },
    ),
  );
  const [error, setError] = createSignal<unknown>(null);
  const [local, setLocal] = createSignal('');
  const [status, setStatus] = createSignal('');

  const setFact = (index: number, at: 0 | 1, value: string) =>
    setFacts(
      facts().map((row, i) => (i === index ? (at === 0 ? [value, row[1]] : [row[0], value]) : row)),
    );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    setStatus('');
    setLocal('');
    const start = visitStart();
    const end = visitEnd();
    if (start && end && end < start) {
      setLocal(t('visitBackwards'));
      return;
    }
    try {
      await unwrap(
        client.api.evaluations[':id'].$put({
          param: { id: props.evaluation.id },
          json: {
            version: props.evaluation.version,
            date: date().trim(),
            visit: start && end ? { start, end } : null,
            facts: Object.fromEntries(
              facts()
                .map(([label, value]) => [label.trim(), value.trim()] as const)
                .filter(([label, value]) => label !== '' && value !== ''),
            ),
            ...(admin()
              ? {
                  team: team().map((m) => ({
                    ...(m.id ? { id: m.id } : {}),
                    name: m.name,
                    userId: m.userId,
                  })),
                }
              : {}),
          },
        }),
      );
      setStatus(t('saved'));
      await props.onSaved();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        setLocal(t('conflict'));
        await props.onSaved();
      } else setError(caught);
    }
  };

  return (
    <details class="panel">
      <summary>
        <h2>{t('title')}</h2>
      </summary>
      <form class="stacked" onSubmit={submit} novalidate>
        <label>
          {t('date')}
          <input
            name="date"
            required
            pattern="\d{4}-\d{2}(-\d{2})?"
            value={date()}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </label>
        <div class="date-row">
          <label>
            {t('visitStart')}
            <input
              type="date"
              value={visitStart()}
              onInput={(e) => setVisitStart(e.currentTarget.value)}
            />
          </label>
          <label>
            {t('visitEnd')}
            <input
              type="date"
              min={visitStart() || undefined}
              value={visitEnd()}
              onInput={(e) => setVisitEnd(e.currentTarget.value)}
            />
          </label>
        </div>
        <fieldset>
          <legend>{t('facts')}</legend>
          <p class="muted">{t('factsHint')}</p>
          <datalist id="fact-suggestions">
            <For each={SUGGESTED_FACTS}>{(label) => <option value={label} />}</For>
          </datalist>
          <For each={facts()}>
            {(row, index) => (
              <div class="fact-row">
                <label>
                  {t('factLabel', index() + 1)}
                  <input
                    list="fact-suggestions"
                    maxLength={200}
                    value={row[0]}
                    onInput={(e) => setFact(index(), 0, e.currentTarget.value)}
                  />
                </label>
                <label>
                  {t('factValue', index() + 1)}
                  <input
                    maxLength={2000}
                    value={row[1]}
                    onInput={(e) => setFact(index(), 1, e.currentTarget.value)}
                  />
                </label>
                <button
                  type="button"
                  onClick={() => setFacts(facts().filter((_, i) => i !== index()))}
                >
                  {t('removeFact', row[0])}
                </button>
              </div>
            )}
          </For>
          <button type="button" onClick={() => setFacts([...facts(), ['', '']])}>
            {t('addFact')}
          </button>
        </fieldset>
        <Show when={admin()} fallback={<p class="muted">{t('teamAdminOnly')}</p>}>
          <TeamPicker idPrefix="edit-team" members={team()} onChange={setTeam} />
        </Show>
        <Show when={local()}>
          <p class="error" role="alert">
            {local()}
          </p>
        </Show>
        <Show when={error()}>
          <ErrorMessage
            error={error()}
            labels={{ date: t('date'), 'visit.start': t('visitStart'), 'visit.end': t('visitEnd') }}
          />
        </Show>
        <p role="status">{status()}</p>
        <button type="submit" class="primary">
          {t('save')}
        </button>
      </form>
    </details>
  );
}
