import { createSignal, For, Show } from 'solid-js';
import { useFormDraft } from '../lib/form-drafts';
import { me } from '../lib/session';
import { CharCount } from './char-count';
import { DateInput } from './date-input';
import { type Action, type ActionInput, type ActionStatus, planApi } from './plan-api';
import { PlanError } from './plan-error';
import { t } from './plan-ui.i18n';

const STATUSES: ActionStatus[] = ['planned', 'inProgress', 'done', 'cancelled'];

/** The key under which a half-typed action form is kept (see form-drafts). */
export function actionDraftKey(evaluationId: string, areaId: string, actionId?: string): string {
  return `${me()?.id ?? 'anon'}:${evaluationId}:action:${actionId ?? `new-${areaId}`}`;
}

export interface ActionDraft {
  areaId: string;
  title: string;
  improvement: string | null;
}

/**
 * Creates an action (from an improvement or freely) or edits one (`action` given): title,
 * description, owner, dates, status and the area's delfrågor.
 */
export function ActionForm(props: {
  evaluationId: string;
  draft: ActionDraft;
  questions: { id: string; text: string }[];
  action?: Action;
  onSaved: (action: Action) => void;
  onCancel: () => void;
  /** Loads the page's latest data (offered after a conflict). */
  onReload?: () => void;
}) {
  const [error, setError] = createSignal<unknown>(null);
  const prefix = `a-${props.action?.id ?? `new-${props.draft.areaId}`}`;
  const id = (name: string) => `${prefix}-${name}`;
  const chosen = new Set(props.action?.questions ?? []);
  const draft = useFormDraft(
    actionDraftKey(props.evaluationId, props.draft.areaId, props.action?.id),
  );

  // A double click submits twice before any re-render: the flag, not only the disabled button,
  // keeps the second from creating the action again.
  const [busy, setBusy] = createSignal(false);
  let sending = false;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (sending) return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const body: ActionInput = {
      areaId: props.draft.areaId,
      title: text('title'),
      description: String(form.get('description') ?? ''),
      owner: text('owner'),
      startDate: text('startDate') || null,
      dueDate: text('dueDate') || null,
      status: text('status') as ActionStatus,
      questions: form.getAll('questions').map(String),
      improvement: props.action?.improvement ?? props.draft.improvement,
    };
    setError(null);
    sending = true;
    setBusy(true);
    try {
      const saved = props.action
        ? await planApi.updateAction(props.evaluationId, props.action.id, {
            ...body,
            version: props.action.version,
          })
        : await planApi.createAction(props.evaluationId, body);
      draft.clear();
      props.onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      sending = false;
      setBusy(false);
    }
  };

  return (
    <form class="action-form panel" onSubmit={submit} ref={draft.ref}>
      <Show when={draft.restored()}>
        <p class="notice" role="status">
          {t('draftRestored')}
        </p>
      </Show>
      <Show when={props.draft.improvement}>
        <p>
          <strong>{t('fromImprovement')}:</strong> {props.draft.improvement}
        </p>
      </Show>
      <label for={id('title')}>{t('title')}</label>
      <input
        id={id('title')}
        name="title"
        required
        maxLength={500}
        value={props.action?.title ?? props.draft.title}
      />
      <CharCount for={id('title')} max={500} />
      <label for={id('description')}>{t('description')}</label>
      <textarea id={id('description')} name="description" rows={3} maxLength={20_000}>
        {props.action?.description ?? ''}
      </textarea>
      <CharCount for={id('description')} max={20_000} />
      <label for={id('owner')}>{t('owner')}</label>
      <input
        id={id('owner')}
        name="owner"
        required
        maxLength={300}
        value={props.action?.owner ?? ''}
      />
      <CharCount for={id('owner')} max={300} />
      <div class="date-row">
        <label for={id('startDate')}>{t('start')}</label>
        <DateInput id={id('startDate')} name="startDate" value={props.action?.startDate} />
        <label for={id('dueDate')}>{t('due')}</label>
        <DateInput id={id('dueDate')} name="dueDate" value={props.action?.dueDate} />
      </div>
      <label for={id('status')}>{t('status')}</label>
      <select id={id('status')} name="status" value={props.action?.status ?? 'planned'}>
        <For each={STATUSES}>
          {(status) => <option value={status}>{t(`action_${status}`)}</option>}
        </For>
      </select>
      <fieldset>
        <legend>{t('questions')}</legend>
        <For each={props.questions}>
          {(question) => (
            <label class="inline-check">
              <input
                type="checkbox"
                name="questions"
                value={question.id}
                checked={chosen.has(question.id)}
              />{' '}
              {question.id} {question.text}
            </label>
          )}
        </For>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" aria-disabled={busy()}>
          {t('saveAction')}
        </button>
        <button
          type="button"
          onClick={() => {
            draft.clear();
            props.onCancel();
          }}
        >
          {t('cancel')}
        </button>
      </div>
      <PlanError error={error()} {...(props.onReload ? { onReload: props.onReload } : {})} />
    </form>
  );
}
