import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import type { Autosave } from '../lib/autosave';
import { answerKey } from '../lib/kommun-part';
import { t } from './kommun-part.i18n';

interface AnswerFields {
  text: string;
  notApplicable: boolean;
  notApplicableReason: string;
}

const fieldsFrom = (source: Record<string, unknown>): AnswerFields => ({
  text: typeof source.text === 'string' ? source.text : '',
  notApplicable: source.notApplicable === true,
  notApplicableReason:
    typeof source.notApplicableReason === 'string' ? source.notApplicableReason : '',
});

/**
 * The kommun's answer to one written question, autosaved (versioned, kept in the browser until
 * the server has it), or "ej aktuellt" with a reason. Read-only once submitted or closed.
 */
export function QuestionnaireAnswer(props: {
  autosave: Autosave;
  evaluationId: string;
  questionId: string;
  initial: AnswerFields;
  version: () => number;
  readOnly: boolean;
}) {
  const key = () => answerKey(props.evaluationId, props.questionId);
  const pending = props.autosave.pending[key()];
  const [fields, setFields] = createSignal<AnswerFields>(
    pending ? fieldsFrom(pending.body) : props.initial,
  );
  let touched = false;
  createEffect(() => {
    const edit = props.autosave.pending[key()];
    if (edit && !touched) setFields(fieldsFrom(edit.body));
  });
  onCleanup(
    props.autosave.onSaved(key(), (record) => {
      if (!props.autosave.pending[key()]) setFields(fieldsFrom(record));
    }),
  );
  const change = (next: AnswerFields) => {
    touched = true;
    setFields(next);
    void props.autosave.edit(key(), {
      method: 'PUT',
      path: `/api/evaluations/${props.evaluationId}/questionnaire/answers/${encodeURIComponent(props.questionId)}`,
      body: { ...next },
      baseVersion: props.version(),
      // "Ej aktuellt" without a reason would be refused: kept until the reason is written.
      held: next.notApplicable && next.notApplicableReason.trim() === '',
    });
  };
  const id = () => `answer-${props.questionId.replace(/\W/g, '-')}`;
  return (
    <Show
      when={!props.readOnly}
      fallback={
        <div class="kommun-answer-text">
          <Show
            when={fields().notApplicable}
            fallback={<p class="full-notes">{fields().text || t('noAnswer')}</p>}
          >
            <p>
              <strong>{t('notApplicable')}</strong>: {fields().notApplicableReason}
            </p>
          </Show>
        </div>
      }
    >
      <div class="kommun-answer-editor">
        <label for={`${id()}-text`}>{t('answer')}</label>
        <textarea
          id={`${id()}-text`}
          rows={5}
          value={fields().text}
          disabled={fields().notApplicable}
          onInput={(e) => change({ ...fields(), text: e.currentTarget.value })}
        />
        <label class="inline">
          <input
            type="checkbox"
            checked={fields().notApplicable}
            onChange={(e) => change({ ...fields(), notApplicable: e.currentTarget.checked })}
          />{' '}
          {t('notApplicable')}
        </label>
        <Show when={fields().notApplicable}>
          <label for={`${id()}-reason`}>{t('notApplicableReason')}</label>
          <textarea
            id={`${id()}-reason`}
            rows={2}
            value={fields().notApplicableReason}
            onInput={(e) => change({ ...fields(), notApplicableReason: e.currentTarget.value })}
          />
        </Show>
      </div>
    </Show>
  );
}
