import {
  createComputed,
  createMemo,
  createSignal,
  For,
  type JSX,
  onCleanup,
  onMount,
  Show,
  untrack,
} from 'solid-js';
import type { Passage } from '../lib/document-types';
import { LIGHT_FROM, nearViewport } from './passage-visibility';

/** Passages drawn (or left as one placeholder) together. */
const CHUNK = 25;
/** A placeholder's height: a passage's text lines and its page, buttons and margins. */
const LINE_PX = 24;
const CHARS_A_LINE = 100;
const PASSAGE_PX = 40;

export interface PassageSlot {
  /** Text and marks only, until the passage comes near the screen. */
  light: boolean;
  onElement: (element: HTMLLIElement) => void;
}

/**
 * The reader's list of passages. A short document is drawn whole. A long one (a 300-page PDF
 * has thousands of passages) is drawn so that the passage opened at is on screen at once: the
 * 25-passage chunks around it first, the others as placeholders of about their height, filled
 * in when the browser is idle (nearest first) or at once when scrolled near; until a passage
 * itself comes near the screen it is drawn lightly (its text, without buttons). Once drawn,
 * nothing is taken away again, so a selection or focus in it stays.
 */
export function ReaderPassages(props: {
  passages: readonly Passage[];
  targetId: string | null | undefined;
  renderPassage: (passage: Passage, index: number, slot: PassageSlot) => JSX.Element;
}) {
  const near = nearViewport();
  const long = () => props.passages.length >= LIGHT_FROM;
  const chunks = createMemo(() => {
    const list: { start: number; passages: readonly Passage[]; height: number }[] = [];
    for (let start = 0; start < props.passages.length; start += CHUNK) {
      const passages = props.passages.slice(start, start + CHUNK);
      const height = passages.reduce(
        (sum, p) => sum + PASSAGE_PX + Math.ceil(p.text.length / CHARS_A_LINE) * LINE_PX,
        0,
      );
      list.push({ start, passages, height });
    }
    return list;
  });
  const [filled, setFilled] = createSignal<ReadonlySet<number>>(new Set());
  const fill = (...indexes: number[]) => {
    const current = untrack(filled);
    const missing = indexes.filter((i) => i >= 0 && i < chunks().length && !current.has(i));
    if (missing.length > 0) setFilled(new Set([...current, ...missing]));
  };
  const targetChunk = createMemo(() => {
    const index = props.passages.findIndex((p) => p.id === props.targetId);
    return index === -1 ? null : Math.floor(index / CHUNK);
  });
  // The chunk of the passage opened at (and its neighbours) is drawn before the page scrolls.
  createComputed(() => {
    const at = targetChunk() ?? 0;
    fill(at - 1, at, at + 1);
  });

  // Then the rest, nearest first, a chunk at a time when the browser is idle.
  let stopped = false;
  // Safari has no requestIdleCallback: a short timeout stands in.
  const idle = (next: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(next, { timeout: 250 })
      : setTimeout(next, 16);
  const step = () => {
    if (stopped) return;
    const at = targetChunk() ?? 0;
    const waiting = chunks()
      .map((_, i) => i)
      .filter((i) => !filled().has(i))
      .sort((a, b) => Math.abs(a - at) - Math.abs(b - at));
    const next = waiting[0];
    if (next === undefined) return;
    fill(next);
    idle(step);
  };
  onMount(() => {
    if (long()) requestAnimationFrame(() => idle(step));
  });
  onCleanup(() => {
    stopped = true;
    near.disconnect();
  });

  return (
    <ol class="passages">
      <For each={chunks()}>
        {(chunk, chunkIndex) => (
          <Show
            when={!long() || filled().has(chunkIndex())}
            fallback={
              <li
                class="passage-placeholder"
                aria-hidden="true"
                style={{ height: `${chunk.height}px` }}
                ref={(element) => near.watch(element, () => fill(chunkIndex()))}
              />
            }
          >
            <For each={chunk.passages}>
              {(passage, index) => {
                const [seen, setSeen] = createSignal(!long());
                return props.renderPassage(passage, chunk.start + index(), {
                  get light() {
                    return !seen() && props.targetId !== passage.id;
                  },
                  onElement: (element) => {
                    if (!seen()) near.watch(element, () => setSeen(true));
                  },
                });
              }}
            </For>
          </Show>
        )}
      </For>
    </ol>
  );
}
