import { For, Match, Show, Switch } from 'solid-js';
import {
  EVIDENCE_KINDS,
  type EvidenceDraft,
  type EvidenceKind,
  hasContent,
  INTERVIEWEE_GROUPS,
  type IntervieweeGroup,
} from '../lib/evidence-model';
import { CharCount } from './char-count';
import { t } from './evidence-form.i18n';
import { type PickerArea, QuestionPicker } from './question-picker';

/** The API's limit on an evidence record's notes (evidence.schemas.ts). */
const NOTES_MAX = 200_000;

/**
 * The fields of one piece of evidence, by kind: an interview's date, group, function; a
 * document's title, date, reference; a web page's URL, title, date seen; then the notes and the
 * delfrågor. Controlled: every change is reported whole through `onChange`.
 */
export function EvidenceForm(props: {
  idPrefix: string;
  draft: EvidenceDraft;
  areas: readonly PickerArea[];
  onChange: (next: EvidenceDraft) => void;
}) {
  const set = <K extends keyof EvidenceDraft>(field: K, value: EvidenceDraft[K]) =>
    props.onChange({ ...props.draft, [field]: value });
  const id = (suffix: string) => `${props.idPrefix}-${suffix}`;
  // Said once there is something to save, not on an empty form.
  const missingGroup = () =>
    props.draft.kind === 'interview' && !props.draft.intervieweeGroup && hasContent(props.draft);
  const missingUrl = () =>
    props.draft.kind === 'webPage' && !props.draft.reference?.trim() && hasContent(props.draft);

  const dateField = () => (
    <label>
      {t(`date_${props.draft.kind}`)}
      <input
        type="date"
        value={props.draft.date ?? ''}
        onInput={(e) => set('date', e.currentTarget.value || null)}
      />
    </label>
  );
  const titleField = (autofocus: boolean) => (
    <label>
      {t('title')}
      <input
        type="text"
        data-autofocus={autofocus ? '' : undefined}
        value={props.draft.title ?? ''}
        onInput={(e) => set('title', e.currentTarget.value)}
      />
    </label>
  );

  return (
    <div class="evidence-form">
      <fieldset class="kind-choice">
        <legend>{t('kind')}</legend>
        <For each={EVIDENCE_KINDS}>
          {(kind) => (
            <label class="check">
              <input
                type="radio"
                name={id('kind')}
                value={kind}
                checked={props.draft.kind === kind}
                onChange={() => set('kind', kind as EvidenceKind)}
              />
              <span>{t(`kind_${kind}`)}</span>
            </label>
          )}
        </For>
      </fieldset>

      <div class="evidence-fields">
        <Switch>
          <Match when={props.draft.kind === 'interview'}>
            {dateField()}
            <label>
              {t('group')}
              <select
                data-autofocus=""
                value={props.draft.intervieweeGroup ?? ''}
                aria-invalid={missingGroup()}
                aria-describedby={missingGroup() ? id('group-missing') : undefined}
                onChange={(e) =>
                  set(
                    'intervieweeGroup',
                    (e.currentTarget.value || null) as IntervieweeGroup | null,
                  )
                }
              >
                <option value="">{t('groupChoose')}</option>
                <For each={INTERVIEWEE_GROUPS}>
                  {(group) => <option value={group}>{t(`group_${group}`)}</option>}
                </For>
              </select>
            </label>
            <div>
              <label>
                {t('function')}
                <input
                  type="text"
                  value={props.draft.function ?? ''}
                  aria-describedby={id('function-hint')}
                  onInput={(e) => set('function', e.currentTarget.value)}
                />
              </label>
              <p id={id('function-hint')} class="hint">
                {t('functionHint')}
              </p>
            </div>
          </Match>
          <Match when={props.draft.kind === 'document'}>
            {titleField(true)}
            {dateField()}
            <div>
              <label>
                {t('reference_document')}
                <input
                  type="text"
                  value={props.draft.reference ?? ''}
                  aria-describedby={id('reference-hint')}
                  onInput={(e) => set('reference', e.currentTarget.value)}
                />
              </label>
              <p id={id('reference-hint')} class="hint">
                {t('referenceHint')}
              </p>
            </div>
          </Match>
          <Match when={props.draft.kind === 'webPage'}>
            <label>
              {t('reference_webPage')}
              <input
                type="url"
                data-autofocus=""
                value={props.draft.reference ?? ''}
                aria-invalid={missingUrl()}
                aria-describedby={missingUrl() ? id('url-missing') : undefined}
                onInput={(e) => set('reference', e.currentTarget.value)}
              />
            </label>
            {titleField(false)}
            {dateField()}
          </Match>
        </Switch>
      </div>
      <Show when={missingGroup()}>
        <p id={id('group-missing')} class="field-note">
          {t('groupMissing')}
        </p>
      </Show>
      <Show when={missingUrl()}>
        <p id={id('url-missing')} class="field-note">
          {t('referenceMissing')}
        </p>
      </Show>

      <label>
        {t('notes')}
        <textarea
          id={id('notes')}
          class="notes"
          rows={10}
          maxLength={NOTES_MAX}
          value={props.draft.notes}
          onInput={(e) => set('notes', e.currentTarget.value)}
        />
      </label>
      <CharCount for={id('notes')} max={NOTES_MAX} value={props.draft.notes} />

      <QuestionPicker
        idPrefix={id('questions')}
        areas={props.areas}
        selected={props.draft.questions}
        onChange={(questions) => set('questions', questions)}
      />
    </div>
  );
}
