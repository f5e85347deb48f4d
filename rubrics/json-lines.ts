/**
 * Maps each JSON path of a valid JSON text to the line its value starts on, so validation errors
 * can name the line a user must fix. A small recursive scanner: it assumes `JSON.parse` already
 * accepted the text.
 */
export function jsonLineIndex(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;

  const skipSpace = () => {
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === '\n') line++;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\uFEFF') return;
      pos++;
    }
  };
  const readString = (): string => {
    const start = pos;
    pos++; // opening quote
    while (text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const value = (path: string) => {
    skipSpace();
    lines.set(path, line);
    const ch = text[pos];
    if (ch === '{') {
      pos++;
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return;
      }
      for (;;) {
        skipSpace();
        const key = readString();
        skipSpace();
        pos++; // colon
        value(joinKey(path, key));
        skipSpace();
        if (text[pos++] === '}') return;
      }
    }
    if (ch === '[') {
      pos++;
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return;
      }
      for (let index = 0; ; index++) {
        value(`${path}[${index}]`);
        skipSpace();
        if (text[pos++] === ']') return;
      }
    }
    if (ch === '"') {
      readString();
      return;
    }
    while (pos < text.length && !/[\s,\]}]/.test(text[pos] as string)) pos++;
  };

  value('');
  return lines;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Appends an object key to a path: `areas` + `id` -> `areas.id`, `scores` + `1.1` -> `scores["1.1"]`. */
export function joinKey(path: string, key: string): string {
  if (IDENTIFIER.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

const SEGMENT = /^[A-Za-z_$][\w$]*|\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]/g;

/** The line of `path`, or of its nearest ancestor that exists in the text (a missing key). */
export function lineOf(index: Map<string, number>, path: string): number | undefined {
  const segments = path.match(SEGMENT) ?? [];
  for (let length = segments.length; length >= 0; length--) {
    const line = index.get(segments.slice(0, length).join(''));
    if (line !== undefined) return line;
  }
  return undefined;
}
