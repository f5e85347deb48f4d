// Passage text on screen: where a selection lies in it, and which runs of it are marked.
import type { Citation, Passage } from './document-types';

/** The attribute on the element that holds exactly one passage's text (and nothing else). */
export const PASSAGE_TEXT_ATTR = 'data-passage-text';

export interface Offsets {
  start: number;
  end: number;
}

/**
 * Where `range` lies in `container`'s text, as offsets in that text; null when the range leaves
 * the container or is empty. Leading and trailing white space of the selection is left out, so a
 * double-clicked word does not carry the space after it.
 */
export function rangeOffsets(container: Node, range: Range, text: string): Offsets | null {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const before = container.ownerDocument?.createRange() ?? document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let end = start + range.toString().length;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return end > start ? { start, end } : null;
}

/** The passage element (by PASSAGE_TEXT_ATTR) a node lies in, if any. */
export function passageElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>(`[${PASSAGE_TEXT_ATTR}]`) ?? null;
}

export interface Run {
  text: string;
  /** Marked as cited (a saved citation covers it). */
  cited: boolean;
  /** The passage the user opened a citation at: shown stronger. */
  focused: boolean;
}

/**
 * The text cut into runs at the edges of the given ranges (overlaps allowed); each run says
 * whether a citation covers it and whether the focused range does.
 */
export function markRuns(
  text: string,
  cited: readonly Offsets[],
  focused: Offsets | null = null,
): Run[] {
  const inRange = (r: Offsets) => r.start < r.end && r.start < text.length && r.end > 0;
  const ranges = cited.filter(inRange);
  const edges = new Set<number>([0, text.length]);
  for (const r of [...ranges, ...(focused && inRange(focused) ? [focused] : [])]) {
    edges.add(Math.max(0, r.start));
    edges.add(Math.min(text.length, r.end));
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const from = sorted[i] as number;
    const to = sorted[i + 1] as number;
    const covers = (r: Offsets) => r.start <= from && r.end >= to;
    const run = {
      text: text.slice(from, to),
      cited: ranges.some(covers),
      focused: focused !== null && covers(focused),
    };
    const last = runs[runs.length - 1];
    if (last && last.cited === run.cited && last.focused === run.focused) last.text += run.text;
    else runs.push(run);
  }
  return runs;
}

/**
 * The text cut into runs where a word begins with one of the matched words (the search's stems:
 * `medborgardialog` marks `medborgardialoger`), for showing why a passage was suggested.
 */
export function matchedRuns(
  text: string,
  matched: readonly string[],
): { text: string; match: boolean }[] {
  const stems = matched.map((word) => word.toLocaleLowerCase('sv')).filter((word) => word !== '');
  if (stems.length === 0) return [{ text, match: false }];
  const runs: { text: string; match: boolean }[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (part === '') continue;
    const lower = part.toLocaleLowerCase('sv');
    const match = /[\p{L}\p{N}]/u.test(part) && stems.some((stem) => lower.startsWith(stem));
    const last = runs[runs.length - 1];
    if (last && last.match === match && !match) last.text += part;
    else runs.push({ text: part, match });
  }
  return runs;
}

/**
 * Where a citation stands in the passages now: its own passage and offsets while they still hold
 * its quote, else the first passage holding the quote (the document was extracted again).
 */
export function locateCitation(
  citation: Pick<Citation, 'passageId' | 'start' | 'end' | 'quote'>,
  passages: readonly Passage[],
): { passage: Passage; offsets: Offsets } | null {
  const own = passages.find((p) => p.id === citation.passageId);
  if (own && own.text.slice(citation.start, citation.end) === citation.quote)
    return { passage: own, offsets: { start: citation.start, end: citation.end } };
  for (const passage of passages) {
    const at = passage.text.indexOf(citation.quote);
    if (at >= 0) return { passage, offsets: { start: at, end: at + citation.quote.length } };
  }
  return null;
}
