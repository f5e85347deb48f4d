import { readFileSync } from 'node:fs';
import { ValidationError } from '../../rubrics/validation';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What a file (or body) that is not UTF-8 gets told, rather than a misleading later error. */
export const NOT_UTF8 =
  'is not UTF-8 text: save it as UTF-8 (in Excel: "CSV UTF-8 (kommaavgränsad)")';

/** The bytes as UTF-8 text, or undefined when they are not UTF-8 (never U+FFFD for them). */
export function utf8Text(bytes: ArrayBuffer | Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A CSV file's text: UTF-8, else Windows-1252 (what Excel's plain "CSV (semikolonavgränsad)"
 * writes on a Swedish Windows). Bytes with a NUL (UTF-16, a spreadsheet saved as "Unicode
 * text", a binary file) are neither: undefined.
 */
export function csvText(bytes: ArrayBuffer | Uint8Array): string | undefined {
  const text = utf8Text(bytes);
  if (text !== undefined) return text;
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return view.includes(0) ? undefined : new TextDecoder('windows-1252').decode(view);
}

/** Reads a file the CLI was given: `.csv` as csvText, anything else as UTF-8. */
export function readTextFile(path: string, source: string): string {
  const bytes = readFileSync(path);
  const text = source.toLowerCase().endsWith('.csv') ? csvText(bytes) : utf8Text(bytes);
  if (text === undefined) throw new ValidationError(source, [{ path: '', message: NOT_UTF8 }]);
  return text;
}
