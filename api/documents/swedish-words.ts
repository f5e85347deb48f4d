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
  /** For a compound ending in one of COMPOUND_TAILS (effektmål), that last part's stem (mål). */
  tail: string | null;
}

export function stem(word: string): string {
  const lower = word.toLocaleLowerCase('sv');
  // Numbers and single letters are kept as they are.
  return lower.length < 3 || /^\p{N}+$/u.test(lower) ? lower : stemmer(lower);
}

/**
 * Last parts of compounds a search for the part alone finds: `mål` finds effektmål and
 * effektmålen, `dialog` medborgardialogen, `plan` verksamhetsplanen. Nouns of the rubrics'
 * texts (a test checks each is a word of kk-2010 or kk-2020, alone or as a part of one of their
 * compounds: nämndmål, budgetprocessen, ansvarsfördelning), chosen so that a word merely
 * ending in the same letters is rare: not `vision` (television) nor `ledning` (vägledning).
 * The list is short on purpose: splitting against every known word makes `del` find handel.
 */
export const COMPOUND_TAILS: readonly string[] = [
  'mål',
  'plan',
  'dialog',
  'styrning',
  'uppföljning',
  'budget',
  'ekonomi',
  'kvalitet',
  'nämnd',
  'politik',
  'medborgare',
  'brukare',
  'verksamhet',
  'utveckling',
  'strategi',
  'resultat',
  'process',
  'analys',
  'uppdrag',
  'förvaltning',
  'organisation',
  'chef',
  'ansvar',
  'samverkan',
  'jämförelse',
  'förbättring',
  'delegation',
  'fördelning',
  'invånare',
  'tillit',
];

const TAIL_STEMS = new Set(COMPOUND_TAILS.map(stem));
/** Letters a compound keeps before its tail: effekt-mål, not om-nämnd (omnämnd). */
const HEAD = 3;

/** The stem of `stemmed`'s last part when that part is one of COMPOUND_TAILS, else null. */
export function compoundTail(stemmed: string): string | null {
  // The longest known tail: målstyrning is a kind of styrning, not of mål.
  for (let at = HEAD; at <= stemmed.length - 3; at++) {
    const tail = stemmed.slice(at);
    if (TAIL_STEMS.has(tail)) return tail;
  }
  return null;
}

/** Every word of `text` with its offset, stem and compound tail. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const stemmed = stem(match[0]);
    found.push({ text: match[0], start: match.index, stem: stemmed, tail: compoundTail(stemmed) });
  }
  return found;
}

/**
 * Between a passage's stems and its compounds' tails in the stored column; both stores'
 * tokenizers skip it, so the index holds both, and readers of the stems alone stop at it.
 */
export const TAILS_SEPARATOR = ' | ';

/**
 * The indexed column of a passage: its words' stems, space-separated and one for one with the
 * words, then (after TAILS_SEPARATOR, when there are any) the tails of its compounds, so a
 * search for `mål` finds effektmål. A query is stemmed word by word without tails: a search for
 * effektmål finds effektmål, not every mål. Passages stored before tails were indexed (4 Dec
 * 2026) have none until their document is read again.
 */
export function stemText(text: string): string {
  const all = words(text);
  const stems = all.map((word) => word.stem).join(' ');
  const tails = all.flatMap((word) => (word.tail === null ? [] : [word.tail]));
  return tails.length === 0 ? stems : `${stems}${TAILS_SEPARATOR}${tails.join(' ')}`;
}

/** The stems of a stored column, one for each word of the text, without the tails. */
export function ownStems(column: string): string[] {
  const own = column.split(TAILS_SEPARATOR)[0] ?? '';
  return own === '' ? [] : own.split(' ');
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
