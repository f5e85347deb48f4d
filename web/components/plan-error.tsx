import { Show } from 'solid-js';
import { ApiError } from '../lib/api';
import { ErrorMessage } from './error-message';
import { t } from './plan-ui.i18n';

/**
 * A plan form's error. On a conflict (someone else saved first) it says what happens to the
 * user's text and offers to load the latest version, which the form would otherwise keep
 * sending with its stale version.
 */
export function PlanError(props: { error: unknown; onReload?: () => void }) {
  const conflict = () => props.error instanceof ApiError && props.error.status === 409;
  return (
    <Show when={props.error}>
      <div class="plan-error">
        <ErrorMessage error={props.error} />
        <Show when={conflict() && props.onReload}>
          <p>{t('conflictHelp')}</p>
          <button type="button" onClick={() => props.onReload?.()}>
            {t('reloadLatest')}
          </button>
        </Show>
      </div>
    </Show>
  );
}
