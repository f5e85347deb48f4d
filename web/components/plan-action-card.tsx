import { createSignal, For, Show } from 'solid-js';
import { firstField, focusWhenShown } from '../lib/focus-when-shown';
import { hasDraft, useFormDraft } from '../lib/form-drafts';
import { formatDate, formatDateTime } from '../lib/i18n';
import { me } from '../lib/session';
import { ErrorMessage } from './error-message';
import { ActionForm, actionDraftKey } from './plan-action-form';
import { type Action, type Goal, planApi } from './plan-api';
import { GoalCard } from './plan-goal-card';
import { GoalForm } from './plan-goal-form';
import { ActionStatusBadge } from './plan-status';
import { t } from './plan-ui.i18n';

/** An action: status (overdue said in words), owner, dates, notes over time and its effektmål. */
export function ActionCard(props: {
  action: Action;
  goals: Goal[];
  evaluationId: string;
  questions: { id: string; text: string }[];
  editable: boolean;
  onChange: () => void;
}) {
  // An edit left half-typed (a reload, another page) opens again with its text.
  const [editing, setEditing] = createSignal(
    props.editable &&
      hasDraft(actionDraftKey(props.evaluationId, props.action.areaId, props.action.id)),
  );
  const [addingGoal, setAddingGoal] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const titleId = () => `action-${props.action.id}`;

  return (
    <article
      class="action-card"
      classList={{ 'is-overdue': props.action.overdue }}
      aria-labelledby={titleId()}
    >
      <h3 id={titleId()}>{props.action.title}</h3>
      <p>
        <ActionStatusBadge
          status={props.action.status}
          overdue={props.action.overdue}
          due={props.action.dueDate}
        />
      </p>
      <Show
        when={!editing()}
        fallback={
          <ActionForm
            evaluationId={props.evaluationId}
            draft={{
              areaId: props.action.areaId,
              title: props.action.title,
              improvement: props.action.improvement,
            }}
            questions={props.questions}
            action={props.action}
            onSaved={() => {
              setEditing(false);
              props.onChange();
              focusWhenShown(() => document.getElementById(`${titleId()}-edit`));
            }}
            onCancel={() => {
              setEditing(false);
              focusWhenShown(() => document.getElementById(`${titleId()}-edit`));
            }}
            onReload={() => props.onChange()}
          />
        }
      >
        <dl class="action-facts">
          <dt>{t('owner')}</dt>
          <dd>{props.action.owner}</dd>
          <dt>{t('start')}</dt>
          <dd>{formatDate(props.action.startDate)}</dd>
          <dt>{t('due')}</dt>
          <dd>{formatDate(props.action.dueDate)}</dd>
          <Show when={props.action.questions.length > 0}>
            <dt>{t('questions')}</dt>
            <dd>{props.action.questions.join(', ')}</dd>
          </Show>
          <Show when={props.action.improvement}>
            <dt>{t('fromImprovement')}</dt>
            <dd>{props.action.improvement}</dd>
          </Show>
        </dl>
        <Show when={props.action.description}>
          <p class="action-description">{props.action.description}</p>
        </Show>
        <Show when={props.editable}>
          <button
            type="button"
            id={`${titleId()}-edit`}
            onClick={() => {
              setEditing(true);
              focusWhenShown(() =>
                firstField(
                  document.getElementById(titleId())?.closest('article')?.querySelector('form'),
                ),
              );
            }}
            aria-describedby={titleId()}
          >
            {t('edit')}
          </button>
        </Show>
      </Show>

      <h4>{t('notes')}</h4>
      <Show when={props.action.notes.length > 0} fallback={<p class="muted">{t('noNotes')}</p>}>
        <ol class="action-notes">
          <For each={props.action.notes}>
            {(note) => (
              <li>
                <span class="muted">
                  {formatDateTime(note.createdAt)}, {note.authorName}:
                </span>{' '}
                {note.text}
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={props.editable}>
        <NoteForm
          evaluationId={props.evaluationId}
          actionId={props.action.id}
          fieldId={`${titleId()}-note`}
          onAdded={props.onChange}
          onError={setError}
        />
      </Show>
      <Show when={error()}>
        <ErrorMessage error={error()} />
      </Show>

      <For each={props.goals}>
        {(goal) => (
          <GoalCard
            goal={goal}
            evaluationId={props.evaluationId}
            editable={props.editable}
            onChange={() => props.onChange()}
          />
        )}
      </For>
      <Show when={props.editable}>
        <Show
          when={addingGoal()}
          fallback={
            <button
              type="button"
              id={`${titleId()}-add-goal`}
              onClick={() => {
                setAddingGoal(true);
                focusWhenShown(() => firstField(document.getElementById(`${titleId()}-goal-form`)));
              }}
              aria-describedby={titleId()}
            >
              {t('addGoal')}
            </button>
          }
        >
          <div id={`${titleId()}-goal-form`}>
            <GoalForm
              evaluationId={props.evaluationId}
              actionId={props.action.id}
              onSaved={() => {
                setAddingGoal(false);
                props.onChange();
                focusWhenShown(() => document.getElementById(`${titleId()}-add-goal`));
              }}
              onCancel={() => {
                setAddingGoal(false);
                focusWhenShown(() => document.getElementById(`${titleId()}-add-goal`));
              }}
            />
          </div>
        </Show>
      </Show>
    </article>
  );
}

/** A new note on an action; what is typed is kept until it is added. */
function NoteForm(props: {
  evaluationId: string;
  actionId: string;
  fieldId: string;
  onAdded: () => void;
  onError: (error: unknown) => void;
}) {
  const draft = useFormDraft(`${me()?.id ?? 'anon'}:${props.evaluationId}:note:${props.actionId}`);
  const addNote = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = String(new FormData(form).get('note') ?? '');
    props.onError(null);
    try {
      await planApi.addNote(props.evaluationId, props.actionId, text);
      form.reset();
      draft.clear();
      props.onAdded();
    } catch (caught) {
      props.onError(caught);
    }
  };
  return (
    <form class="note-form" onSubmit={addNote} ref={draft.ref}>
      <label for={props.fieldId}>{t('newNote')}</label>
      <Show when={draft.restored()}>
        <p class="notice" role="status">
          {t('draftRestored')}
        </p>
      </Show>
      <textarea id={props.fieldId} name="note" rows={2} required />
      <button type="submit">{t('addNote')}</button>
    </form>
  );
}
