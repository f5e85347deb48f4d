import { KOMMUNER, type Kommun } from '../../rubrics/kommuner/scb-kommuner';

/** Lower case without diacritics, so "enkoping" finds Enköping. */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('sv')
    .trim();

const indexed = KOMMUNER.map((kommun) => ({ kommun, name: folded(kommun.name) }));

/**
 * The kommuner a typed text names: by kommunkod prefix ("14" -> Västra Götaland's) or by name,
 * those starting with the text before those merely containing it ("kö" -> Köping first, then
 * Enköping, Jönköping, ...). Empty text matches nothing.
 */
export function searchKommuner(text: string): Kommun[] {
  const query = folded(text.replace(/\(\d{0,4}\)?.*$/, ''));
  const code = /^\d{1,4}$/.exec(text.trim())?.[0];
  if (code) return KOMMUNER.filter((kommun) => kommun.code.startsWith(code));
  if (query === '') return [];
  const starts = indexed.filter((entry) => entry.name.startsWith(query));
  const contains = indexed.filter(
    (entry) => !entry.name.startsWith(query) && entry.name.includes(query),
  );
  return [...starts, ...contains].map((entry) => entry.kommun);
}

/** The one kommun a text names exactly: its kommunkod, its name, or "Name (code)". */
export function exactKommun(text: string): Kommun | null {
  const trimmed = text.trim();
  const withCode = /\((\d{4})\)/.exec(trimmed)?.[1] ?? /^\d{4}$/.exec(trimmed)?.[0];
  if (withCode) return KOMMUNER.find((kommun) => kommun.code === withCode) ?? null;
  const name = folded(trimmed);
  return KOMMUNER.find((kommun) => folded(kommun.name) === name) ?? null;
}
