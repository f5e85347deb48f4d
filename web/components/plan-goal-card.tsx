import { createSignal, For, Show } from 'solid-js';
import { type Interval, observationDay } from '../../scoring/goal-status';
import { TimelineChart, timelineValues } from '../charts/timeline-chart';
import { bandText } from '../lib/band-text';
import { formatDate, formatNumber } from '../lib/i18n';
import { DateInput } from './date-input';
import { ErrorMessage } from './error-message';
import { type Goal, type GoalStatus, type MeasurementInput, planApi } from './plan-api';
import { PlanError } from './plan-error';
import { GoalForm } from './plan-goal-form';
import { GoalStatusBadge } from './plan-status';
import { t } from './plan-ui.i18n';

type Band = Goal['bands']['met'];

function intervalOf(band: Band): Interval {
  return {
    min: band.min ?? null,
    minInclusive: band.min == null ? false : (band.minInclusive ?? false),
    max: band.max ?? null,
    maxInclusive: band.max == null ? false : (band.maxInclusive ?? false),
  };
}

/** An observation in words: the text as written, else the value and unit, or done / not done. */
export function observationWords(
  o: { text?: string | null; value?: number | null; done?: boolean | null; stated?: string | null },
  unit: string,
): string {
  if (o.text) return o.text;
  if (o.value != null) return `${formatNumber(o.value, 2)}${unit ? ` ${unit}` : ''}`;
  if (o.done != null) return o.done ? t('done') : t('notDone');
  if (o.stated) return t(`goal_${o.stated as GoalStatus}`);
  return '–';
}

interface Row {
  key: string;
  /** The measurement's id; null for the nulage, which belongs to the goal itself. */
  measurementId: string | null;
  date: string;
  words: string;
  source: string;
  status: GoalStatus;
}

function rows(goal: Goal): Row[] {
  const all: Row[] = [];
  if (goal.nulage) {
    all.push({
      key: 'nulage',
      measurementId: null,
      date: goal.nulage.date,
      words: observationWords(goal.nulage, goal.unit),
      source: t('sourceNulage'),
      status: goal.nulageStatus,
    });
  }
  for (const m of goal.measurements) {
    all.push({
      key: m.id,
      measurementId: m.id,
      date: m.date,
      words: observationWords(m, goal.unit),
      source: t('sourceMeasurement'),
      status: m.status,
    });
  }
  return all.sort((a, b) => observationDay(a.date).localeCompare(observationDay(b.date)));
}

/** `1,8` or `1.8` -> 1.8; anything else NaN (the server names the field). */
const parseNumber = (text: string) => Number(text.trim().replace(/\s/g, '').replace(',', '.'));

function MeasurementForm(props: {
  goal: Goal;
  evaluationId: string;
  onSaved: (goal: Goal) => void;
}) {
  const today = new Date().toISOString().slice(0, 10);
  const yesNo = () => props.goal.direction === 'yesNo';
  const [kind, setKind] = createSignal<'value' | 'done' | 'stated'>(yesNo() ? 'done' : 'value');
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const id = (name: string) => `m-${props.goal.id}-${name}`;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = String(form.get('text') ?? '').trim();
    const body: MeasurementInput = {
      date: String(form.get('date') ?? ''),
      ...(kind() === 'value' ? { value: parseNumber(String(form.get('value') ?? '')) } : {}),
      ...(kind() === 'done' ? { done: form.get('done') === 'on' } : {}),
      ...(kind() === 'stated'
        ? { stated: String(form.get('stated')) as 'met' | 'near' | 'notMet' }
        : {}),
      ...(text ? { text } : {}),
    };
    setBusy(true);
    setError(null);
    try {
      props.onSaved(await planApi.addMeasurement(props.evaluationId, props.goal.id, body));
      (event.currentTarget as HTMLFormElement).reset();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="measurement-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('addMeasurement')}</legend>
        <label for={id('date')}>{t('date')}</label>
        <DateInput id={id('date')} name="date" month required value={today} />
        <label for={id('kind')}>{t('kind')}</label>
        <select
          id={id('kind')}
          value={kind()}
          onChange={(e) => setKind(e.currentTarget.value as 'value' | 'done' | 'stated')}
        >
          <Show when={!yesNo()}>
            <option value="value">{t('kind_value')}</option>
          </Show>
          <Show when={yesNo()}>
            <option value="done">{t('kind_done')}</option>
          </Show>
          <option value="stated">{t('kind_stated')}</option>
        </select>
        <Show when={kind() === 'value'}>
          <label for={id('value')}>
            {t('value')}
            {props.goal.unit ? ` (${props.goal.unit})` : ''}
          </label>
          <input id={id('value')} name="value" inputmode="decimal" required />
        </Show>
        <Show when={kind() === 'done'}>
          <label class="inline-check">
            <input name="done" type="checkbox" /> {t('done')}
          </label>
        </Show>
        <Show when={kind() === 'stated'}>
          <label for={id('stated')}>{t('stated')}</label>
          <select id={id('stated')} name="stated">
            <option value="met">{t('goal_met')}</option>
            <option value="near">{t('goal_near')}</option>
            <option value="notMet">{t('goal_notMet')}</option>
          </select>
        </Show>
        <label for={id('text')}>{t('comment')}</label>
        <input id={id('text')} name="text" maxLength={500} />
        <button type="submit" disabled={busy()}>
          {t('addMeasurement')}
        </button>
      </fieldset>
      <Show when={error()}>
        <ErrorMessage error={error()} />
      </Show>
    </form>
  );
}

/**
 * An effektmål: its bands as the plan words them and as intervals, the status now in words, the
 * timeline of its values with every observation in a table, and (for the kommun) a new measurement.
 */
export function GoalCard(props: {
  goal: Goal;
  evaluationId: string;
  editable: boolean;
  /** Called after a change here, with the goal when the answer holds it. */
  onChange: (goal?: Goal) => void;
}) {
  const titleId = () => `goal-${props.goal.id}`;
  const numeric = () => props.goal.direction !== 'yesNo';
  const [editing, setEditing] = createSignal(false);
  const [deleteError, setDeleteError] = createSignal<unknown>(null);
  const remove = async (row: Row) => {
    const date = formatDate(row.date);
    if (!row.measurementId || !window.confirm(t('confirmDeleteMeasurement', date, row.words))) {
      return;
    }
    setDeleteError(null);
    try {
      await planApi.deleteMeasurement(props.evaluationId, props.goal.id, row.measurementId);
      props.onChange();
    } catch (caught) {
      setDeleteError(caught);
    }
  };
  return (
    <section class="goal-card" aria-labelledby={titleId()}>
      <h4 id={titleId()}>{props.goal.title}</h4>
      <p class="goal-now">
        {t('statusNow')}: <GoalStatusBadge status={props.goal.status} />
      </p>
      <dl class="goal-facts">
        <Show when={props.goal.indicator}>
          <dt>{t('indicator')}</dt>
          <dd>{props.goal.indicator}</dd>
        </Show>
        <dt>{t('direction')}</dt>
        <dd>
          {t(`direction_${props.goal.direction}`)}
          {props.goal.unit ? ` (${props.goal.unit})` : ''}
        </dd>
        <dt>{t('bands')}</dt>
        <dd>
          <ul class="goal-bands">
            <For each={(['met', 'near', 'notMet'] as const).filter((s) => props.goal.bands[s])}>
              {(status) => {
                const band = props.goal.bands[status] as Band;
                return (
                  <li>
                    <GoalStatusBadge status={status} />: {band.text ?? ''}
                    <Show when={numeric()}>
                      {' '}
                      <span class="band-range">
                        ({bandText(intervalOf(band), props.goal.unit)})
                      </span>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ul>
          <Show when={props.goal.deadline}>
            <p>
              {t('deadline')} {formatDate(props.goal.deadline)}
              <Show when={props.goal.nearFrom}>
                ; {t('nearFrom')} {formatDate(props.goal.nearFrom)}
              </Show>
            </p>
          </Show>
        </dd>
        <Show when={props.goal.targetDate}>
          <dt>{t('targetDate')}</dt>
          <dd>{formatDate(props.goal.targetDate)}</dd>
        </Show>
        <Show when={props.goal.note}>
          <dt>{t('note')}</dt>
          <dd>{props.goal.note}</dd>
        </Show>
      </dl>
      <Show when={numeric() && timelineValues(props.goal).length > 0}>
        <TimelineChart goal={props.goal} id={`timeline-${props.goal.id}`} />
      </Show>
      <table class="data goal-observations">
        <caption>{t('measurements')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('status')}</th>
            <Show when={props.editable}>
              <th scope="col">
                <span class="visually-hidden">{t('deleteMeasurement')}</span>
              </th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={rows(props.goal)}>
            {(row) => (
              <tr>
                <th scope="row">{formatDate(row.date)}</th>
                <td>{row.words}</td>
                <td>{row.source}</td>
                <td>
                  <GoalStatusBadge status={row.status} />
                </td>
                <Show when={props.editable}>
                  <td>
                    <Show when={row.measurementId}>
                      <button
                        type="button"
                        aria-label={t('deleteMeasurementNamed', formatDate(row.date), row.words)}
                        onClick={() => void remove(row)}
                      >
                        {t('deleteMeasurement')}
                      </button>
                    </Show>
                  </td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <PlanError error={deleteError()} />
      <Show when={props.editable}>
        <Show
          when={editing()}
          fallback={
            <button type="button" onClick={() => setEditing(true)} aria-describedby={titleId()}>
              {t('editGoal')}
            </button>
          }
        >
          <GoalForm
            evaluationId={props.evaluationId}
            actionId={props.goal.actionId}
            goal={props.goal}
            onSaved={(goal) => {
              setEditing(false);
              props.onChange(goal);
            }}
            onCancel={() => setEditing(false)}
            onReload={() => props.onChange()}
          />
        </Show>
        <MeasurementForm
          goal={props.goal}
          evaluationId={props.evaluationId}
          onSaved={props.onChange}
        />
      </Show>
    </section>
  );
}
