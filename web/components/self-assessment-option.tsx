import { t } from './self-assessment-option.i18n';

/** The report page's choice to add the section "Självskattning och utvärdering". */
export function SelfAssessmentOption(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <fieldset>
      <legend>{t('title')}</legend>
      <label class="inline">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        {t('includeSection')}
      </label>
    </fieldset>
  );
}
