import { stemmer } from '@orama/stemmers/swedish';

/**
 * Words as both stores index them: lower-cased runs of letters and digits, each reduced to its
 * Swedish stem by Snowball's Swedish algorithm (@orama/stemmers). One function for passages and
 * queries, in JavaScript, so SQLite's FTS5 and PostgreSQL's full-text search see the same stems
 * (`medborgardialogen` and `medborgardialoger` -> `medborgardialog`, `målen` -> `mål`).
 */
const WORD = /[\p{L}\p{N}]+/gu;

export interface Word {
  /** The word as written. */
  text: string;
  /** Offset in the text (UTF-16 code units). */
  start: number;
  stem: string;
}

export function stem(word: string): string {
  const lower = word.toLocaleLowerCase('sv');
  // Numbers and single letters are kept as they are.
  return lower.length < 3 || /^\p{N}+$/u.test(lower) ? lower : stemmer(lower);
}

/** Every word of `text` with its offset and stem. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    found.push({ text: match[0], start: match.index, stem: stem(match[0]) });
  }
  return found;
}

/** The stems of `text`, space-separated: the indexed column of a passage. */
export function stemText(text: string): string {
  return words(text)
    .map((word) => word.stem)
    .join(' ');
}

/**
 * Common Swedish function words: they say nothing about which delfråga a passage speaks to, so
 * suggestions leave them out (search keeps them: a quoted phrase may need them).
 */
export const STOP_STEMS = new Set(
  [
    'och',
    'i',
    'att',
    'det',
    'som',
    'en',
    'på',
    'är',
    'av',
    'för',
    'med',
    'till',
    'den',
    'har',
    'de',
    'inte',
    'om',
    'ett',
    'han',
    'men',
    'var',
    'jag',
    'sig',
    'från',
    'vi',
    'så',
    'kan',
    'man',
    'när',
    'år',
    'säger',
    'hon',
    'under',
    'också',
    'efter',
    'eller',
    'nu',
    'sin',
    'där',
    'vid',
    'mot',
    'ska',
    'skall',
    'vara',
    'blir',
    'bli',
    'hur',
    'dess',
    'detta',
    'dessa',
    'deras',
    'vilka',
    'vilken',
    'vilket',
    'sina',
    'sitt',
    'genom',
    'samt',
    'alla',
    'andra',
    'olika',
    'finns',
    'ha',
    'hos',
    'än',
    'utan',
    'över',
    'inom',
    'mellan',
    'vad',
    'både',
    'även',
    'bara',
    'kommun',
    'kommunen',
    'kommunens',
    'kommuner',
  ].map(stem),
);
