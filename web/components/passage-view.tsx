import { For, Show } from 'solid-js';
import type { Passage } from '../lib/document-types';
import { markRuns, type Offsets } from '../lib/passage-text';
import { pageLabel } from './document-search';
import { t } from './documents.i18n';
import { PassageQuestions } from './passage-questions';

/**
 * One passage of a document in the reader: its heading (when it changes), page, the text with
 * cited runs marked, and the ways to cite it. The text element holds the passage text and
 * nothing else, so a selection in it maps to offsets in the passage. `light`: text and marks
 * only, for a long document's passages away from the screen.
 */
export function PassageView(props: {
  passage: Passage;
  number: number;
  showHeading: boolean;
  cited: readonly Offsets[];
  focused: Offsets | null;
  isTarget: boolean;
  questionText: (id: string) => string;
  citedTo: (questionId: string) => boolean;
  onCiteWhole?: () => void;
  onCiteTo?: (questionId: string) => void;
  /** Drawn lightly (text and marks, no buttons): a long document's passage off screen. */
  light?: boolean;
  /** The passage's element, once drawn (the reader watches when it comes near the screen). */
  onElement?: (element: HTMLLIElement) => void;
}) {
  const label = () => t('passageLabel', props.number, pageLabel(props.passage.page));
  return (
    <li
      ref={(element) => props.onElement?.(element)}
      id={`passage-${props.passage.id}`}
      class="passage"
      classList={{ target: props.isTarget, light: props.light }}
      data-passage={props.passage.id}
      tabIndex={-1}
      aria-label={label()}
    >
      <Show when={props.showHeading && props.passage.heading}>
        {(heading) => (
          <h2 class="passage-heading">
            <bdi>{heading()}</bdi>
          </h2>
        )}
      </Show>
      <div class="passage-body">
        <span class="passage-page muted" aria-hidden="true">
          {pageLabel(props.passage.page)}
        </span>
        <p class="passage-text" data-passage-text={props.passage.id}>
          <For each={markRuns(props.passage.text, props.cited, props.focused)}>
            {(run) =>
              run.cited || run.focused ? (
                <mark classList={{ cited: run.cited, focused: run.focused }}>{run.text}</mark>
              ) : (
                run.text
              )
            }
          </For>
        </p>
      </div>
      <Show when={!props.light}>
        <div class="passage-actions">
          <Show when={props.onCiteWhole}>
            <button type="button" class="link-button" onClick={() => props.onCiteWhole?.()}>
              {t('citeWhole')}
              <span class="visually-hidden"> ({label()})</span>
            </button>
          </Show>
          <PassageQuestions
            passage={props.passage}
            questionText={props.questionText}
            citedTo={props.citedTo}
            onCite={props.onCiteTo}
          />
        </div>
      </Show>
    </li>
  );
}
