import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ValidationError, type ValidationIssue } from '../../rubrics/validation';
import {
  isTotalsOnly,
  noteWithTotal,
  parseReferenceFile,
  type ReferenceResult,
  sumOfAreas,
} from './reference-file';

const FIXTURES = fileURLToPath(new URL('../../fixtures/references/', import.meta.url));
const ENKOPING_SOURCE = 'SKL, Kommunkompassen: Analys av Enköpings kommun, maj 2016 (seed 002)';
const GRASTORP_URL =
  'https://www.grastorp.se/kommun-och-politik/kommunens-organisation/styrning-och-ledning/' +
  'statistik-och-undersokningar/kommunkompassen.html';
const OREBRO_URL =
  'https://blogg.orebro.se/enklarevardag/2013/01/24/' +
  'orebro-i-toppskiktet-i-kommunkompassens-matning/';
const VALLENTUNA_URL =
  'https://www.vallentuna.se/kommun-och-politik/service-och-kvalitetsarbete/kommunkompassen/';

/** DOMAIN.md's "Published results usable as reference kommuner", row by row. */
// biome-ignore format: one table row per two lines mirrors DOMAIN.md
const TABLE: [string, string, string, number, string, string, number[], number, string][] = [
  ['enkoping-2016', 'Enköping', '0381', 2016, 'kk-2010', 'municipality',
    [54, 55, 63, 42, 43, 55, 56, 66], 434, ENKOPING_SOURCE],
  ['grastorp-2014', 'Grästorp', '1444', 2014, 'kk-2010', 'municipality',
    [61, 60, 73, 53, 70, 56, 65, 68], 506, GRASTORP_URL],
  ['orebro-2010', 'Örebro', '1880', 2010, 'kk-2010', 'municipality',
    [52, 80, 66, 59, 51, 71, 55, 82], 516, OREBRO_URL],
  ['orebro-2012', 'Örebro', '1880', 2012, 'kk-2010', 'municipality',
    [68, 85, 86, 74, 70, 74, 71, 87], 615, OREBRO_URL],
  ['sverigesnitt-2021', 'Riket', '0000', 2021, 'kk-2020', 'nationalMean',
    [63, 65, 73, 64, 61, 59, 68, 64], 517, VALLENTUNA_URL],
  ['vallentuna-2021', 'Vallentuna', '0115', 2021, 'kk-2020', 'municipality',
    [73, 75, 80, 83, 86, 82, 86, 83], 648, VALLENTUNA_URL],
];

/** DOMAIN.md's "Totals only (for trend charts)": kommun, kommunkod, year, total. */
// biome-ignore format: one kommun per line, as DOMAIN.md lists them
const TOTALS: [string, string, number, number][] = [
  ['Enköping', '0381', 2016, 434], ['Enköping', '0381', 2018, 519],
  ['Vallentuna', '0115', 2017, 555], ['Vallentuna', '0115', 2019, 603], ['Vallentuna', '0115', 2021, 648],
  ['Örebro', '1880', 2010, 516], ['Örebro', '1880', 2012, 615], ['Örebro', '1880', 2015, 650],
  ['Höganäs', '1284', 2020, 611], ['Höganäs', '1284', 2023, 679],
  ['Helsingborg', '1283', 2017, 668],
  ['Tomelilla', '1270', 2020, 497], ['Tomelilla', '1270', 2022, 546],
  ['Mark', '1463', 2022, 438], ['Mark', '1463', 2024, 510],
  ['Lidköping', '1494', 2011, 483], ['Lidköping', '1494', 2014, 549],
  ['Karlskoga', '1883', 2010, 384], ['Karlskoga', '1883', 2014, 450],
  ['Ängelholm', '1292', 2013, 426], ['Ängelholm', '1292', 2016, 496],
  ['Nacka', '0182', 2011, 644],
];

function readFixtures(): Map<string, ReferenceResult[]> {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
  return new Map(
    files.map((name) => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      return [name, parseReferenceFile(text, name).references];
    }),
  );
}

const orebro2012 = {
  id: 'orebro-2012',
  municipality: { name: 'Örebro', code: '1880' },
  year: 2012,
  rubric: 'kk-2010',
  kind: 'municipality',
  areas: { '1': 68, '2': 85, '3': 86, '4': 74, '5': 70, '6': 74, '7': 71, '8': 87 },
  total: 615,
  source: OREBRO_URL,
};

/** A file text laid out like the fixtures, so issue lines are predictable. */
const fileText = (...references: object[]) =>
  JSON.stringify({ format: 'kommunkompassen-references/1', references }, null, 2);

function issuesOf(text: string): ValidationIssue[] {
  try {
    parseReferenceFile(text, 'test.json');
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('reference fixtures', () => {
  it('has one file per kommun, each valid, with totals equal to the area sums', () => {
    const fixtures = readFixtures();
    expect([...fixtures.keys()].sort()).toEqual([
      'angelholm.json',
      'enkoping.json',
      'grastorp.json',
      'helsingborg.json',
      'hoganas.json',
      'karlskoga.json',
      'lidkoping.json',
      'mark.json',
      'nacka.json',
      'orebro.json',
      'sverigesnitt.json',
      'tomelilla.json',
      'vallentuna.json',
    ]);
    for (const [name, references] of fixtures) {
      for (const reference of references) {
        expect(reference.id.startsWith(name.replace('.json', '-'))).toBe(true);
        if (reference.areas) expect(sumOfAreas(reference.areas)).toBe(reference.total);
      }
    }
    expect(fixtures.get('orebro.json')?.map((reference) => reference.id)).toEqual([
      'orebro-2010',
      'orebro-2012',
      'orebro-2015',
    ]);
  });

  it('holds every row of the DOMAIN.md reference table and nothing else with areas', () => {
    const all = [...readFixtures().values()]
      .flat()
      .filter((reference) => reference.areas !== undefined)
      .sort((a, b) => a.id.localeCompare(b.id));
    const rows = all.map((reference) => [
      reference.id,
      reference.municipality.name,
      reference.municipality.code,
      reference.year,
      reference.rubric,
      reference.kind,
      Object.values(reference.areas ?? {}),
      reference.total,
      reference.source,
    ]);
    expect(rows).toEqual(TABLE);
  });

  it('says how the derived Örebro 2010 figures were obtained', () => {
    const all = [...readFixtures().values()].flat();
    const orebro2010 = all.find((reference) => reference.id === 'orebro-2010');
    expect(orebro2010?.note).toBe(
      'Derived, not published as such: the 2012 result minus the per-area gains reported in ' +
        'the same post.',
    );
    const notes = all
      .filter((reference) => reference.areas !== undefined && reference.note !== undefined)
      .map((r) => r.id);
    expect(notes).toEqual(['orebro-2010', 'sverigesnitt-2021']);
  });

  it('holds every total of the DOMAIN.md totals list exactly once, with or without areas', () => {
    const all = [...readFixtures().values()].flat();
    const municipal = all
      .filter((reference) => reference.kind === 'municipality')
      .map((r): [string, string, number, number] => [
        r.municipality.name,
        r.municipality.code,
        r.year,
        r.total,
      ]);
    const key = ([name, , year]: [string, string, number, number]) => `${name} ${year}`;
    const sorted = (rows: [string, string, number, number][]) =>
      [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    // Grästorp 2014 has area scores but is not in the totals list: every other kommun row is.
    expect(sorted(municipal.filter(([name]) => name !== 'Grästorp'))).toEqual(sorted(TOTALS));
  });

  it('gives each totals-only result its rubric by year, says it is inferred, and cites DOMAIN.md', () => {
    const totalsOnly = [...readFixtures().values()].flat().filter((r) => r.areas === undefined);
    expect(totalsOnly).toHaveLength(18);
    for (const reference of totalsOnly) {
      expect(reference.rubric).toBe(reference.year < 2020 ? 'kk-2010' : 'kk-2020');
      expect(reference.note).toMatch(
        /^Total only: no area scores were published\. Rubric version inferred from the year/,
      );
      expect(reference.source.startsWith('DOMAIN.md, published totals')).toBe(true);
    }
    // The kommun page DOMAIN.md gives is cited where it gives one; no other address is made up.
    const urls = totalsOnly.flatMap((r) => r.source.match(/https?:\/\/\S+/g) ?? []);
    expect([...new Set(urls)]).toEqual([VALLENTUNA_URL]);
    expect(totalsOnly.filter((r) => r.source.includes(VALLENTUNA_URL)).map((r) => r.id)).toEqual([
      'vallentuna-2017',
      'vallentuna-2019',
    ]);
  });
});

describe('parseReferenceFile', () => {
  it('accepts a record with decimals, comparing the total in millionths', () => {
    const areas = { '1': 0.1, '2': 0.2, '3': 54.5, '4': 0, '5': 0, '6': 0, '7': 0, '8': 100 };
    const file = parseReferenceFile(fileText({ ...orebro2012, areas, total: 154.8 }), 'x.json');
    expect(file.references[0]?.areas?.['3']).toBe(54.5);
    expect(file.references[0]?.total).toBe(154.8);
  });

  it('keeps a total that differs from the sum of the areas as published, with a note saying so', () => {
    const text = fileText(orebro2012, { ...orebro2012, id: 'orebro-2013', total: 616 });
    const stored = parseReferenceFile(text, 'refs.json').references[1];
    expect(stored?.total).toBe(616);
    expect(noteWithTotal(stored as NonNullable<typeof stored>)).toBe(
      'Publicerad totalsumma 616 skiljer sig från summan av områdena 615 (avrundning i källan); totalsumman är den publicerade.',
    );
    // Added once: a note that says it already is kept as it is.
    const noted = { ...orebro2012, total: 616, note: 'Publicerad totalsumma 616, se källan.' };
    expect(noteWithTotal(noted)).toBe('Publicerad totalsumma 616, se källan.');
    expect(noteWithTotal(orebro2012)).toBeUndefined();
  });

  it('rejects a duplicate id', () => {
    expect(issuesOf(fileText(orebro2012, orebro2012))).toEqual([
      {
        path: 'references[1].id',
        line: 27,
        message: 'duplicate id "orebro-2012" (first used by references[0])',
      },
    ]);
  });

  it('reports a duplicate id together with the other problems of the file', () => {
    const issues = issuesOf(fileText({ ...orebro2012, total: 900 }, orebro2012));
    expect(issues.map((issue) => issue.path)).toEqual(['references[0].total', 'references[1].id']);
  });

  it('rejects 7 areas, naming the missing one', () => {
    const { '8': _, ...seven } = orebro2012.areas;
    expect(issuesOf(fileText({ ...orebro2012, areas: seven, total: 528 }))).toEqual([
      {
        path: 'references[0].areas["8"]',
        line: 13,
        message:
          'missing: give all the areas "1" to "8", or leave out "areas" for a result published as a total only',
      },
    ]);
  });

  it('accepts a result published as a total only: no areas, the total within 0..800', () => {
    const { areas: _, ...orebro2015 } = { ...orebro2012, id: 'orebro-2015', year: 2015 };
    const file = parseReferenceFile(fileText({ ...orebro2015, total: 650 }), 'x.json');
    expect(file.references[0]?.areas).toBeUndefined();
    expect(file.references[0] && isTotalsOnly(file.references[0])).toBe(true);
    expect(isTotalsOnly(orebro2012)).toBe(false);
    expect(issuesOf(fileText({ ...orebro2015, total: 801 }))).toEqual([
      { path: 'references[0].total', line: 13, message: '801 is above 800' },
    ]);
  });

  it('rejects empty areas: all 8 or none', () => {
    const issues = issuesOf(fileText({ ...orebro2012, areas: {} }));
    expect(issues).toHaveLength(8);
    expect(issues[0]).toEqual({
      path: 'references[0].areas["1"]',
      line: 13,
      message:
        'missing: give all the areas "1" to "8", or leave out "areas" for a result published as a total only',
    });
  });

  it('rejects an area above 100', () => {
    const areas = { ...orebro2012.areas, '2': 101 };
    expect(issuesOf(fileText({ ...orebro2012, areas, total: 631 }))).toEqual([
      { path: 'references[0].areas["2"]', line: 15, message: '101 is above 100' },
    ]);
  });

  it('rejects an area key outside "1".."8"', () => {
    const areas = { ...orebro2012.areas, '9': 0 };
    expect(issuesOf(fileText({ ...orebro2012, areas }))).toEqual([
      { path: 'references[0].areas', line: 13, message: 'Unrecognized key: "9"' },
    ]);
  });

  it('rejects unknown keys in a record and at the top', () => {
    const text = fileText({ ...orebro2012, score: 615 }).replace('{', '{\n  "extra": true,');
    const issues = issuesOf(text);
    expect(issues).toEqual([
      { path: 'references[0]', line: 5, message: 'Unrecognized key: "score"' },
      { path: '', line: 1, message: 'Unrecognized key: "extra"' },
    ]);
  });

  it('rejects an id that is not a lower-case slug, a bad kommunkod and an empty source', () => {
    const bad = {
      ...orebro2012,
      id: 'Örebro 2012',
      municipality: { name: 'Örebro', code: '188' },
      source: '',
    };
    const issues = issuesOf(fileText(bad));
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'references[0].id',
        'an id is lower-case letters and digits joined by dashes, e.g. "orebro-2012"',
      ],
      ['references[0].municipality.code', 'a kommunkod is four digits, e.g. "0381"'],
      ['references[0].source', 'a source is required: a URL or a text such as "seed 002"'],
    ]);
  });

  it('rejects a year that is not a whole number in 1990..2100 and an unknown kind', () => {
    const issues = issuesOf(fileText({ ...orebro2012, year: 1989, kind: 'county' }));
    expect(issues.map((issue) => issue.path)).toEqual(['references[0].year', 'references[0].kind']);
  });
});
