import { createSignal, Show } from 'solid-js';
import { focusWhenShown } from '../lib/focus-when-shown';
import { type PlanView, planApi } from './plan-api';
import { PlanError } from './plan-error';
import { t } from './plan-ui.i18n';

/**
 * The plan's name, and for the kommun a way to give or change it (versioned: a conflict offers
 * the latest version instead of overwriting someone else's name).
 */
export function PlanTitle(props: {
  evaluationId: string;
  plan: PlanView['plan'];
  editable: boolean;
  onChange: () => void;
}) {
  const [editing, setEditing] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const inputId = () => `plan-title-${props.evaluationId}`;
  const buttonId = () => `${inputId()}-button`;
  // The button and the form replace each other: focus follows, never left on the page body.
  const open = () => {
    setEditing(true);
    focusWhenShown(() => document.getElementById(inputId()));
  };
  const close = () => {
    setEditing(false);
    focusWhenShown(() => document.getElementById(buttonId()));
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget as HTMLFormElement).get('title') ?? '');
    setBusy(true);
    setError(null);
    try {
      await planApi.savePlan(props.evaluationId, title.trim(), props.plan?.version ?? 0);
      close();
      props.onChange();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show
      when={editing()}
      fallback={
        <div class="plan-title-row">
          <Show
            when={props.plan}
            fallback={
              <Show when={props.editable}>
                <p class="muted">{t('noPlanName')}</p>
              </Show>
            }
          >
            <p class="plan-title">{props.plan?.title}</p>
          </Show>
          <Show when={props.editable}>
            <button type="button" id={buttonId()} onClick={open}>
              {props.plan ? t('renamePlan') : t('namePlan')}
            </button>
          </Show>
        </div>
      }
    >
      <form class="plan-title-form" onSubmit={submit}>
        <label for={inputId()}>{t('planName')}</label>
        <input
          id={inputId()}
          name="title"
          required
          maxLength={500}
          value={props.plan?.title ?? ''}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy()}>
            {t('save')}
          </button>
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
        </div>
        <PlanError
          error={error()}
          onReload={() => {
            setError(null);
            setEditing(false);
            props.onChange();
          }}
        />
      </form>
    </Show>
  );
}
