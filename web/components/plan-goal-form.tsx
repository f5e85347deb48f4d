import { createSignal, For, Show } from 'solid-js';
import { CharCount } from './char-count';
import { DateInput } from './date-input';
import { type Goal, type GoalInput, planApi } from './plan-api';
import { PlanError } from './plan-error';
import { t } from './plan-ui.i18n';

type Direction = GoalInput['direction'];
type BandName = 'met' | 'near' | 'notMet';

const number = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return text === '' ? null : Number(text.replace(',', '.'));
};
const text = (value: FormDataEntryValue | null) => String(value ?? '').trim();

/** One band from the form: words, and for a measured goal bounds with their inclusivity. */
function bandOf(form: FormData, name: BandName, numeric: boolean) {
  const words = text(form.get(`${name}-text`));
  if (!numeric) return words ? { text: words } : { text: '' };
  const min = number(form.get(`${name}-min`));
  const max = number(form.get(`${name}-max`));
  return {
    ...(words ? { text: words } : {}),
    ...(min !== null ? { min, minInclusive: form.get(`${name}-minInclusive`) === 'on' } : {}),
    ...(max !== null ? { max, maxInclusive: form.get(`${name}-maxInclusive`) === 'on' } : {}),
  };
}

/** The goal as the API takes it; the server checks the bands (gaps, overlaps, order). */
export function goalFromForm(form: FormData, actionId: string | null): GoalInput {
  const direction = text(form.get('direction')) as Direction;
  const numeric = direction !== 'yesNo';
  const near = bandOf(form, 'near', numeric);
  const nearEmpty = Object.values(near).every((v) => v === '' || v === undefined);
  const nulageDate = text(form.get('nulageDate'));
  const nulageValue = text(form.get('nulageValue'));
  const nulageStated = text(form.get('nulageStated'));
  const nulage =
    nulageDate === ''
      ? null
      : nulageStated
        ? { date: nulageDate, stated: nulageStated as 'met' | 'near' | 'notMet' }
        : numeric
          ? { date: nulageDate, value: number(nulageValue) ?? Number.NaN }
          : { date: nulageDate, done: form.get('nulageDone') === 'on' };
  return {
    title: text(form.get('title')),
    indicator: text(form.get('indicator')),
    unit: text(form.get('unit')),
    direction,
    bands: {
      met: bandOf(form, 'met', numeric),
      near: nearEmpty ? null : near,
      notMet: bandOf(form, 'notMet', numeric),
    },
    ...(numeric
      ? {}
      : {
          deadline: text(form.get('deadline')) || null,
          nearFrom: text(form.get('nearFrom')) || null,
        }),
    nulage,
    targetDate: text(form.get('targetDate')) || null,
    note: text(form.get('note')),
    actionId,
  };
}

/** A new effektmål on the plan or on an action, with explicit inclusive/exclusive bounds. */
export function GoalForm(props: {
  evaluationId: string;
  actionId: string | null;
  /** Given: edit this goal (versioned); absent: a new one. */
  goal?: Goal;
  onSaved: (goal: Goal) => void;
  onCancel: () => void;
  /** Loads the page's latest data (offered after a conflict). */
  onReload?: () => void;
}) {
  const [direction, setDirection] = createSignal<Direction>(
    props.goal?.direction ?? 'higherBetter',
  );
  const goal = props.goal;
  const bandValue = (band: BandName, key: 'text' | 'min' | 'max') => {
    const value = goal?.bands[band]?.[key];
    return value == null ? '' : String(value);
  };
  const inclusive = (band: BandName, key: 'minInclusive' | 'maxInclusive', fallback: boolean) =>
    goal?.bands[band]?.[key] ?? fallback;
  const [error, setError] = createSignal<unknown>(null);
  const prefix = `g-${props.goal?.id ?? props.actionId ?? 'plan'}`;
  const id = (name: string) => `${prefix}-${name}`;
  const numeric = () => direction() !== 'yesNo';

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const form = new FormData(event.currentTarget as HTMLFormElement);
      const body = goalFromForm(form, props.actionId);
      props.onSaved(
        goal
          ? await planApi.updateGoal(props.evaluationId, goal.id, {
              ...body,
              version: goal.version,
            })
          : await planApi.createGoal(props.evaluationId, body),
      );
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form class="goal-form panel" onSubmit={submit}>
      <h4>{goal ? goal.title : t('addGoal')}</h4>
      <label for={id('title')}>{t('title')}</label>
      <input id={id('title')} name="title" required maxLength={1000} value={goal?.title ?? ''} />
      <label for={id('indicator')}>{t('indicator')}</label>
      <input id={id('indicator')} name="indicator" maxLength={1000} value={goal?.indicator ?? ''} />
      <label for={id('unit')}>{t('unit')}</label>
      <input id={id('unit')} name="unit" maxLength={50} value={goal?.unit ?? ''} />
      <label for={id('direction')}>{t('direction')}</label>
      <select
        id={id('direction')}
        name="direction"
        value={direction()}
        onChange={(e) => setDirection(e.currentTarget.value as Direction)}
      >
        <option value="higherBetter">{t('direction_higherBetter')}</option>
        <option value="lowerBetter">{t('direction_lowerBetter')}</option>
        <option value="yesNo">{t('direction_yesNo')}</option>
      </select>
      <fieldset aria-describedby={id('bands-hint')}>
        <legend>{t('bands')}</legend>
        {/* What the fields mean, next to them: the plan's words are shown, the numbers decide. */}
        <p class="hint" id={id('bands-hint')}>
          {t('bandsHint')}
        </p>
        <For each={['met', 'near', 'notMet'] as const}>
          {(band) => (
            <fieldset class="band-row">
              <legend>{t(`goal_${band}`)}</legend>
              <label>
                {t('words')}{' '}
                <input name={`${band}-text`} maxLength={500} value={bandValue(band, 'text')} />
              </label>
              <Show when={numeric()}>
                <label>
                  {t('from')}{' '}
                  <input
                    name={`${band}-min`}
                    inputmode="decimal"
                    size={6}
                    value={bandValue(band, 'min')}
                  />
                </label>
                <label class="inline-check">
                  <input
                    name={`${band}-minInclusive`}
                    type="checkbox"
                    checked={inclusive(band, 'minInclusive', true)}
                  />{' '}
                  {t('inclusive')}
                </label>
                <label>
                  {t('to')}{' '}
                  <input
                    name={`${band}-max`}
                    inputmode="decimal"
                    size={6}
                    value={bandValue(band, 'max')}
                  />
                </label>
                <label class="inline-check">
                  <input
                    name={`${band}-maxInclusive`}
                    type="checkbox"
                    checked={inclusive(band, 'maxInclusive', false)}
                  />{' '}
                  {t('inclusive')}
                </label>
              </Show>
            </fieldset>
          )}
        </For>
        <Show when={!numeric()}>
          <label for={id('deadline')}>{t('deadline')}</label>
          <DateInput id={id('deadline')} name="deadline" required value={goal?.deadline} />
          <label for={id('nearFrom')}>{t('nearFrom')}</label>
          <DateInput id={id('nearFrom')} name="nearFrom" value={goal?.nearFrom} />
        </Show>
      </fieldset>
      <fieldset>
        <legend>{t('nulage')}</legend>
        <label for={id('nulageDate')}>{t('nulageDate')}</label>
        <DateInput id={id('nulageDate')} name="nulageDate" month value={goal?.nulage?.date} />
        <Show
          when={numeric()}
          fallback={
            <label class="inline-check">
              <input name="nulageDone" type="checkbox" checked={goal?.nulage?.done === true} />{' '}
              {t('done')}
            </label>
          }
        >
          <label for={id('nulageValue')}>{t('nulageValue')}</label>
          <input
            id={id('nulageValue')}
            name="nulageValue"
            inputmode="decimal"
            value={goal?.nulage?.value == null ? '' : String(goal.nulage.value)}
          />
        </Show>
        <label for={id('nulageStated')}>{t('stated')}</label>
        <select id={id('nulageStated')} name="nulageStated" value={goal?.nulage?.stated ?? ''}>
          <option value="">–</option>
          <option value="met">{t('goal_met')}</option>
          <option value="near">{t('goal_near')}</option>
          <option value="notMet">{t('goal_notMet')}</option>
        </select>
      </fieldset>
      <label for={id('targetDate')}>{t('targetDate')}</label>
      <DateInput id={id('targetDate')} name="targetDate" month value={goal?.targetDate} />
      <label for={id('note')}>{t('note')}</label>
      <textarea id={id('note')} name="note" rows={2} maxLength={5000}>
        {goal?.note ?? ''}
      </textarea>
      <CharCount for={id('note')} max={5000} />
      <div class="actions">
        <button type="submit" class="primary">
          {t('saveGoal')}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
      </div>
      <PlanError error={error()} {...(props.onReload ? { onReload: props.onReload } : {})} />
    </form>
  );
}
