import { For, Show } from 'solid-js';
import type { QuestionSuggestion } from '../lib/area-suggestions';
import { formatNumber, formatPercent } from '../lib/i18n';
import { t } from './area-texts.i18n';

/**
 * Candidate items for one list: each delfråga with its percent (and gap to the reference), and
 * the notes tagged to it. "Använd" copies a text into the list; nothing is added otherwise.
 */
export function SuggestionList(props: {
  suggestions: readonly QuestionSuggestion[];
  /** The texts already in the list: a suggestion found there says so. */
  current: readonly string[];
  referenceLabel: string | null;
  onUse: (text: string) => void;
}) {
  const used = (text: string) => props.current.includes(text);
  return (
    <details class="suggestions" open={props.suggestions.length > 0}>
      <summary>{t('suggestions', props.suggestions.length)}</summary>
      <p class="hint">{t('suggestionsIntro')}</p>
      <Show when={props.suggestions.length > 0} fallback={<p>{t('noSuggestions')}</p>}>
        <ul class="suggestion-list">
          <For each={props.suggestions}>
            {(suggestion) => (
              <li>
                <p class="suggestion">
                  <span>
                    <strong>{suggestion.questionId}</strong> {suggestion.text}{' '}
                    <span class="muted">
                      ({t('percent', formatPercent(suggestion.shownPercent))}
                      <Show when={suggestion.gap !== null && props.referenceLabel}>
                        {'; '}
                        {t(
                          'gap',
                          `${(suggestion.gap ?? 0) > 0 ? '+' : ''}${formatNumber(suggestion.gap)}`,
                          props.referenceLabel ?? '',
                        )}
                      </Show>
                      )
                    </span>
                  </span>
                  <UseButton
                    used={used(suggestion.text)}
                    label={t('useQuestion', suggestion.questionId)}
                    onUse={() => props.onUse(suggestion.text)}
                  />
                </p>
                <Show when={suggestion.notes.length > 0}>
                  <ul class="note-suggestions" aria-label={t('notes')}>
                    <For each={suggestion.notes}>
                      {(note) => (
                        <li class="suggestion">
                          <span class="full-notes">{note.text}</span>
                          <UseButton
                            used={used(note.text)}
                            label={t('useNote', suggestion.questionId, note.label)}
                            onUse={() => props.onUse(note.text)}
                          />
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </details>
  );
}

function UseButton(props: { used: boolean; label: string; onUse: () => void }) {
  return (
    <span class="use">
      <button type="button" aria-label={props.label} onClick={() => props.onUse()}>
        {t('use')}
      </button>
      <Show when={props.used}>
        <span class="muted"> ✓ {t('added')}</span>
      </Show>
    </span>
  );
}
