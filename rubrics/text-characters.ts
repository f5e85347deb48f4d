/**
 * The characters no stored text may hold: NUL (PostgreSQL cannot store it) and every other
 * character XML 1.0 forbids, so a Word file (XML inside) with the text still opens: C0 controls
 * but tab, line feed and carriage return; lone surrogates; the non-characters U+FFFE and U+FFFF.
 */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` may not be stored, naming its first forbidden character; undefined when it may. */
export function forbiddenCharacter(text: string): string | undefined {
  const found = FORBIDDEN.exec(text);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0);
  if (code === 0) return 'text may not contain the NUL character (U+0000)';
  if (code >= 0xd800 && code <= 0xdfff) {
    return `text may not contain a lone surrogate (${hex(code)}): it is not a character`;
  }
  if (code >= 0xfffe) {
    return `text may not contain ${hex(code)}, which is not a character (a Word file cannot hold it)`;
  }
  return `text may not contain the control character ${hex(code)} (a Word file cannot hold it)`;
}
