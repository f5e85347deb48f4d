import { For, Show } from 'solid-js';
import {
  IMPROVEMENT_BELOW_PERCENT,
  type QuestionSuggestion,
  STRENGTH_FROM_PERCENT,
  type SuggestionSource,
} from '../lib/area-suggestions';
import { formatNumber, formatPercent } from '../lib/i18n';
import { t } from './area-texts.i18n';

/** Where a suggested text comes from, in words: "Konsensusmotivering", "Annas motivering", … */
function sourceLabel(source: SuggestionSource): string {
  if (source.kind === 'consensus') return t('fromConsensus');
  if (source.kind === 'evaluator') return t('fromEvaluator', source.who ?? '');
  return t('fromNote', source.who ?? '');
}

/**
 * Candidate items for one list: per delfråga (its number, percent and gap to the reference) the
 * findings written about it, each saying where it comes from. "Använd" copies one into the list;
 * nothing is added otherwise, and a delfråga's question text is never offered.
 */
export function SuggestionList(props: {
  kind: 'strengths' | 'improvements';
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
      <p class="hint">
        {props.kind === 'strengths'
          ? t('strengthRule', STRENGTH_FROM_PERCENT)
          : t('improvementRule', IMPROVEMENT_BELOW_PERCENT)}{' '}
        {t('suggestionsIntro')}
      </p>
      <Show when={props.suggestions.length > 0} fallback={<p>{t('noSuggestions')}</p>}>
        <ul class="suggestion-list">
          <For each={props.suggestions}>
            {(suggestion) => (
              <li>
                <p class="suggestion-question">
                  <strong>{t('question', suggestion.questionId)}</strong>{' '}
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
                </p>
                <Show
                  when={suggestion.sources.length > 0}
                  fallback={<p class="muted">{t('nothingWritten', suggestion.questionId)}</p>}
                >
                  <ul class="note-suggestions">
                    <For each={suggestion.sources}>
                      {(source) => (
                        <li class="suggestion">
                          <span>
                            <span class="source">
                              {sourceLabel(source)} ({t('question', suggestion.questionId)}):
                            </span>{' '}
                            <span class="full-notes">{source.text}</span>
                          </span>
                          <UseButton
                            used={used(source.text)}
                            label={t('useSource', sourceLabel(source), suggestion.questionId)}
                            onUse={() => props.onUse(source.text)}
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
