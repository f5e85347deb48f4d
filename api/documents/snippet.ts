import type { Highlight } from './documents.schemas';
import { type Word, words } from './swedish-words';

/** Words shown around the first match. */
const BEFORE = 12;
const LENGTH = 40;

/**
 * A snippet of `text` around its first word whose stem is in `stems`, split into runs with the
 * matching words marked. The whole text when it is short.
 */
export function snippet(text: string, stems: ReadonlySet<string>): Highlight {
  const all = words(text);
  // A compound matches by its tail too: a search for mål marks effektmål.
  const matches = (word: Word) =>
    stems.has(word.stem) || (word.tail !== null && stems.has(word.tail));
  const first = Math.max(0, all.findIndex(matches));
  const from =
    all.length <= LENGTH ? 0 : Math.max(0, Math.min(first - BEFORE, all.length - LENGTH));
  const to = Math.min(all.length, from + LENGTH);
  const startAt = from === 0 ? 0 : (all[from]?.start ?? 0);
  const endAt = to >= all.length ? text.length : (all[to]?.start ?? text.length);
  const runs: Highlight = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const last = runs.at(-1);
    if (last && last.match === match) last.text += piece;
    else runs.push({ text: piece, match });
  };
  if (startAt > 0) push('… ', false);
  let at = startAt;
  for (const word of all.slice(from, to)) {
    if (!matches(word)) continue;
    push(text.slice(at, word.start), false);
    push(word.text, true);
    at = word.start + word.text.length;
  }
  push(text.slice(at, endAt).trimEnd(), false);
  if (endAt < text.length) push(' …', false);
  return runs;
}
