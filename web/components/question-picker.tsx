import { createMemo, createSignal, For, Show } from 'solid-js';
import { compareQuestionIds } from '../lib/evidence-model';
import { t } from './evidence-form.i18n';

export interface PickerArea {
  id: string;
  title: string;
  questions: readonly { id: string; text: string }[];
}

/** True when `filter` names the question: its id starts with it, or its text contains it. */
export function questionMatches(question: { id: string; text: string }, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return true;
  return question.id.startsWith(needle) || question.text.toLowerCase().includes(needle);
}

/**
 * Tags delfrågor: a filter box, then a checkbox per question whose name starts with its id
 * ("1.1 Finns en plan…"), grouped by area. Enter in the filter toggles the first match, so a
 * question is tagged by typing "3.2" and Enter without leaving the keyboard.
 */
export function QuestionPicker(props: {
  idPrefix: string;
  areas: readonly PickerArea[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  disabled?: boolean;
}) {
  const [filter, setFilter] = createSignal('');
  const visible = createMemo(() =>
    props.areas
      .map((area) => ({
        ...area,
        questions: area.questions.filter((q) => questionMatches(q, filter())),
      }))
      .filter((area) => area.questions.length > 0),
  );
  const isSelected = (id: string) => props.selected.includes(id);
  const toggle = (id: string, on: boolean) => {
    const rest = props.selected.filter((q) => q !== id);
    props.onChange((on ? [...rest, id] : rest).sort(compareQuestionIds));
  };
  const hasQuestions = () => props.areas.some((area) => area.questions.length > 0);
  const id = (suffix: string) => `${props.idPrefix}-${suffix}`;

  return (
    <fieldset class="question-picker" disabled={props.disabled}>
      <legend>{t('questions')}</legend>
      <Show when={hasQuestions()} fallback={<p>{t('noQuestions')}</p>}>
        <p id={id('selected')} class="picked" aria-live="polite">
          {props.selected.length > 0
            ? t('selected', [...props.selected].sort(compareQuestionIds).join(', '))
            : t('noneSelected')}
        </p>
        <label>
          {t('questionFilter')}
          <input
            type="search"
            value={filter()}
            aria-describedby={id('filter-hint')}
            onInput={(e) => setFilter(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              const first = visible()[0]?.questions[0];
              if (first) {
                toggle(first.id, !isSelected(first.id));
                setFilter('');
              }
            }}
          />
        </label>
        <p id={id('filter-hint')} class="hint">
          {t('questionFilterHint')}
        </p>
        <div class="question-options">
          <Show when={visible().length > 0} fallback={<p>{t('noMatch')}</p>}>
            <For each={visible()}>
              {(area) => (
                <fieldset class="question-area-group">
                  <legend class="question-area">
                    {area.id}. {area.title}
                  </legend>
                  <For each={area.questions}>
                    {(question) => (
                      <label class="check">
                        <input
                          type="checkbox"
                          checked={isSelected(question.id)}
                          onChange={(e) => toggle(question.id, e.currentTarget.checked)}
                        />
                        <span>
                          <strong>{question.id}</strong> {question.text}
                        </span>
                      </label>
                    )}
                  </For>
                </fieldset>
              )}
            </For>
          </Show>
        </div>
      </Show>
    </fieldset>
  );
}
