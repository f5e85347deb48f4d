import { t } from './date-input.i18n';

/**
 * The one date field of the plan pages (Nuläge, Måldatum, measurements, an action's dates): a
 * text field for ISO dates with its format said beside it, so every date is typed the same way.
 * `month` also takes YYYY-MM (a month's observation is its last day; see scoring/goal-status.ts).
 * The label is the caller's `<label for={id}>`.
 */
export function DateInput(props: {
  id: string;
  name: string;
  value?: string | null | undefined;
  required?: boolean;
  month?: boolean;
}) {
  const hintId = () => `${props.id}-format`;
  return (
    <>
      <input
        id={props.id}
        name={props.name}
        class="date-input"
        inputmode="numeric"
        autocomplete="off"
        size={10}
        maxLength={10}
        pattern={props.month ? '\\d{4}-\\d{2}(-\\d{2})?' : '\\d{4}-\\d{2}-\\d{2}'}
        placeholder={props.month ? 'ÅÅÅÅ-MM(-DD)' : 'ÅÅÅÅ-MM-DD'}
        required={props.required}
        value={props.value ?? ''}
        aria-describedby={hintId()}
      />
      <span class="hint date-format" id={hintId()}>
        {props.month ? t('dayOrMonth') : t('day')}
      </span>
    </>
  );
}
