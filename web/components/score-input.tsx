import { createEffect, createMemo, createSignal, on, Show } from 'solid-js';
import { formatNumber } from '../lib/i18n';
import {
  fromTyped,
  maxInMode,
  parseTyped,
  type ScoreMode,
  type ScoreValue,
  scoreProblem,
  stepValue,
  valueInMode,
} from '../lib/score-value';
import { t } from './score-input.i18n';

export interface ScoreInputProps {
  /** The input's DOM id; its error is `<id>-error`. */
  id: string;
  questionId: string;
  /** The delfråga's max points. */
  max: number;
  mode: ScoreMode;
  value: ScoreValue;
  /** Every number typed (even one the server will refuse, so it is kept and explained). */
  onChange: (value: ScoreValue) => void;
  disabled?: boolean;
  /** The server's refusal of the last save (`autosave.errors[key]`). */
  serverError?: string | undefined;
  /** The word after the id, e.g. "Poäng" (default) or "Konsensuspoäng". */
  word?: string;
  /** Keep the label for screen readers only (a table column already says what it is). */
  hideLabel?: boolean;
  ref?: (element: HTMLInputElement) => void;
}

/**
 * One delfråga's score as a spinbutton: Swedish decimals (`7,5`) or dots, arrow keys in 0,5-point
 * steps (whole percent in percent mode), within 0..max. Its accessible name starts with the
 * delfråga's id ("1.1 Poäng (max 15)"); an invalid value is flagged at once and the server's
 * reason is shown beside it, both tied to the input with aria-describedby.
 */
export function ScoreInput(props: ScoreInputProps) {
  // While the user types, their own text is shown as is (no reformatting under the caret).
  const [draft, setDraft] = createSignal<string | null>(null);
  createEffect(
    on(
      () => props.mode,
      () => setDraft(null),
      { defer: true },
    ),
  );

  const shown = () => valueInMode(props.value, props.mode, props.max);
  const text = () => {
    const typed = draft();
    if (typed !== null) return typed;
    const value = shown();
    return value === null ? '' : formatNumber(value, 2);
  };
  const typed = () => {
    const current = draft();
    return current === null ? shown() : parseTyped(current);
  };
  const problem = createMemo(() => scoreProblem(typed(), props.mode, props.max));
  const maxText = () => formatNumber(props.max, 2);
  const label = () =>
    props.mode === 'points'
      ? `${props.word ?? t('points')} ${t('maxPoints', maxText())}`
      : `${props.word ?? t('percent')} ${t('maxPercent', maxText())}`;
  const problemText = () => {
    switch (problem()) {
      case 'notNumber':
        return t('notNumber');
      case 'negative':
        return t('negative');
      case 'overMax':
        return t(
          'overMax',
          props.mode === 'points' ? maxText() : formatNumber(maxInMode('percent', props.max)),
        );
      default:
        return null;
    }
  };
  const errorId = () => `${props.id}-error`;
  const hasError = () => Boolean(problemText() || props.serverError);
  const valueText = () => {
    const value = typed();
    if (value === null || value === 'invalid') return t('unscored');
    return props.mode === 'points'
      ? t('valueText', formatNumber(value, 2), maxText())
      : t('valueTextPercent', formatNumber(value, 2));
  };

  const emit = (value: number | null) => props.onChange(fromTyped(value, props.mode));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const current = typed();
    const base = current === 'invalid' ? shown() : current;
    setDraft(null);
    emit(stepValue(base, event.key === 'ArrowUp' ? 1 : -1, props.mode, props.max));
  };

  return (
    <div class="score-input">
      <label for={props.id} classList={{ 'visually-hidden': props.hideLabel === true }}>
        <span class="visually-hidden">{props.questionId} </span>
        {label()}
      </label>
      <span class="score-input-field">
        <input
          ref={(element) => props.ref?.(element)}
          id={props.id}
          type="text"
          inputMode="decimal"
          role="spinbutton"
          // The accessible name starts with the question id for every screen reader and test.
          aria-label={`${props.questionId} ${label()}`}
          autocomplete="off"
          size={5}
          data-score-input={props.questionId}
          aria-valuemin={0}
          aria-valuemax={maxInMode(props.mode, props.max)}
          aria-valuenow={typeof typed() === 'number' ? (typed() as number) : undefined}
          aria-valuetext={valueText()}
          aria-invalid={hasError() ? 'true' : undefined}
          aria-describedby={hasError() ? errorId() : undefined}
          value={text()}
          disabled={props.disabled}
          onInput={(event) => {
            const raw = event.currentTarget.value;
            setDraft(raw);
            const parsed = parseTyped(raw);
            if (parsed !== 'invalid') emit(parsed);
          }}
          // Leaving the field shows the saved value again, unless the text is no number: then
          // the text and its message stay until fixed (the user would not know what was lost).
          onBlur={() => {
            const current = draft();
            if (current === null || parseTyped(current) !== 'invalid') setDraft(null);
          }}
          onKeyDown={onKeyDown}
        />
        <span class="unit" aria-hidden="true">
          {props.mode === 'points' ? `/ ${maxText()}` : '%'}
        </span>
      </span>
      <Show when={hasError()}>
        <p id={errorId()} class="field-error">
          <Show when={problemText()}>
            <span>{problemText()}</span>
          </Show>
          <Show when={props.serverError}>
            {problemText() ? ' ' : ''}
            <span>{t('server', props.serverError ?? '')}</span>
          </Show>
        </p>
      </Show>
    </div>
  );
}
