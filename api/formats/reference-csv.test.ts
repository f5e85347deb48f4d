import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ValidationError, type ValidationIssue } from '../../rubrics/validation';
import { parseReferenceCsv, referenceSlug } from './reference-csv';
import { parseReferenceFile } from './reference-file';

const fixture = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../fixtures/references/${name}`, import.meta.url)),
    'utf8',
  );

const HEADER = 'Kommun;Kommunkod;År;Version;Typ;1;2;3;4;5;6;7;8;Totalt;Källa;Anteckning';
const ENKOPING = 'Enköping;0381;2016;kk-2010;kommun;54;55;63;42;43;55;56;66;434;seed 002;';
const ENKOPING_AREAS = { '1': 54, '2': 55, '3': 63, '4': 42, '5': 43, '6': 55, '7': 56, '8': 66 };

/** Lines as Swedish Excel saves "CSV UTF-8 (kommaavgränsad)": BOM, CRLF, `;`. */
const excel = (...lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

function issuesOf(text: string): ValidationIssue[] {
  try {
    parseReferenceCsv(text, 'test.csv');
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('parseReferenceCsv', () => {
  it('reads example.csv into the same records as the JSON fixtures', () => {
    const fromCsv = parseReferenceCsv(fixture('example.csv'), 'example.csv');
    const grastorp = parseReferenceFile(fixture('grastorp.json'), 'grastorp.json').references;
    const orebro = parseReferenceFile(fixture('orebro.json'), 'orebro.json').references;
    expect(fromCsv).toStrictEqual([grastorp[0], orebro[1]]);
    expect(fromCsv.map((reference) => reference.id)).toEqual(['grastorp-2014', 'orebro-2012']);
  });

  it('example.csv is written as Swedish Excel writes it: BOM, CRLF, semicolons', () => {
    const text = fixture('example.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${HEADER}`);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('reads the same records with or without BOM, with CRLF or LF', () => {
    const withBom = parseReferenceCsv(fixture('example.csv'), 'a.csv');
    const plain = fixture('example.csv').slice(1);
    expect(parseReferenceCsv(plain, 'b.csv')).toStrictEqual(withBom);
    expect(parseReferenceCsv(plain.replace(/\r\n/g, '\n'), 'c.csv')).toStrictEqual(withBom);
    expect(withBom[1]?.total).toBe(615);
  });

  it('reads a row, generating the id and defaulting the kind', () => {
    const [enkoping] = parseReferenceCsv(excel(HEADER, ENKOPING), 'x.csv');
    expect(enkoping).toStrictEqual({
      id: 'enkoping-2016',
      municipality: { name: 'Enköping', code: '0381' },
      year: 2016,
      rubric: 'kk-2010',
      kind: 'municipality',
      areas: ENKOPING_AREAS,
      total: 434,
      source: 'seed 002',
    });
  });

  it('reads decimal commas', () => {
    const row = 'Enköping;0381;2016;kk-2010;kommun;54,5;55;63;42;43;55;56;66;434,5;seed 002;';
    const [enkoping] = parseReferenceCsv(excel(HEADER, row), 'x.csv');
    expect(enkoping?.areas?.['1']).toBe(54.5);
    expect(enkoping?.total).toBe(434.5);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    const source = '"SKL; Kommunkompassen ""Enköping"", maj 2016"';
    const note = '"rad 1\r\nrad 2"';
    const row = `Enköping;0381;2016;kk-2010;kommun;54;55;63;42;43;55;56;66;434;${source};${note}`;
    const [enkoping] = parseReferenceCsv(excel(HEADER, row), 'x.csv');
    expect(enkoping?.source).toBe('SKL; Kommunkompassen "Enköping", maj 2016');
    expect(enkoping?.note).toBe('rad 1\nrad 2');
  });

  it('pads a kommunkod that Excel stripped of its leading zero', () => {
    const row = ENKOPING.replace(';0381;', ';381;');
    expect(parseReferenceCsv(excel(HEADER, row), 'x.csv')[0]?.municipality.code).toBe('0381');
  });

  it('ignores trailing empty lines and rows Excel left as bare separators', () => {
    const text = `${excel(HEADER, ENKOPING)};;;;;;;;;;;;;;;\r\n\r\n\r\n`;
    expect(parseReferenceCsv(text, 'x.csv').map((reference) => reference.id)).toEqual([
      'enkoping-2016',
    ]);
  });

  it('reads English headers with a comma separator and a quoted decimal comma', () => {
    const text = [
      'ID,Municipality,Code,Year,Rubric,Kind,Area 1,2,3,4,5,6,7,8,Total,Source,Note',
      'riket-2021,Riket,0,2021,kk-2020,nationalMean,"63,5",65,73,64,61,59,68,64,517.5,' +
        'https://www.vallentuna.se/,"mean, as published"',
    ].join('\n');
    expect(parseReferenceCsv(text, 'x.csv')).toStrictEqual([
      {
        id: 'riket-2021',
        municipality: { name: 'Riket', code: '0000' },
        year: 2021,
        rubric: 'kk-2020',
        kind: 'nationalMean',
        areas: { '1': 63.5, '2': 65, '3': 73, '4': 64, '5': 61, '6': 59, '7': 68, '8': 64 },
        total: 517.5,
        source: 'https://www.vallentuna.se/',
        note: 'mean, as published',
      },
    ]);
  });

  it('accepts "område N" headers and the Swedish kind "snitt"', () => {
    const header = HEADER.replace(/;(\d);/g, ';Område $1;').replace(/;(\d);/g, ';Område $1;');
    const row = ENKOPING.replace(';kommun;', ';Snitt;');
    const [reference] = parseReferenceCsv(excel(header, row), 'x.csv');
    expect(header).toContain(';Område 1;Område 2;');
    expect(reference?.kind).toBe('nationalMean');
    expect(reference?.areas).toStrictEqual(ENKOPING_AREAS);
  });

  it('names every missing column in one issue on the header line', () => {
    const header = HEADER.replace('Kommunkod;', '').replace(';Totalt', '');
    expect(issuesOf(excel(header))).toEqual([
      {
        path: 'line 1',
        line: 1,
        message: 'missing columns: "kommunkod" (or "code"), "totalt" (or "total")',
      },
    ]);
  });

  it('names unknown and repeated columns', () => {
    const issues = issuesOf(excel(`${HEADER};Poäng;Område 3`, `${ENKOPING};1;63`));
    expect(issues.map((issue) => issue.message)).toEqual([
      'columns "3" and "Område 3" say the same',
      'unknown columns: "Poäng" (known: id, kommun, kommunkod, år, version, typ, 1 to 8, ' +
        'totalt, källa, anteckning, or the English municipality, code, year, rubric, kind, ' +
        'total, source, note)',
    ]);
  });

  it('names the line and column of a cell that is not a number', () => {
    const bad = ENKOPING.replace(';42;', ';abc;');
    const text = excel(HEADER, ENKOPING.replace('2016', '2018'), bad);
    expect(issuesOf(text)).toEqual([
      { path: 'line 3, column "4"', line: 3, message: '"abc" is not a number' },
    ]);
    expect(() => parseReferenceCsv(text, 'refs.csv')).toThrow(
      'refs.csv: line 3, column "4": "abc" is not a number',
    );
  });

  it('returns nothing when one of two rows is bad, and lists every problem of that row', () => {
    const bad = 'Enköping;0381;2018;kk-2010;kommun;54;55;63;42;43;55;56;101;400;;';
    const text = excel(HEADER, ENKOPING, bad);
    expect(() => parseReferenceCsv(text, 'x.csv')).toThrow(ValidationError);
    expect(issuesOf(text)).toEqual([
      { path: 'line 3, column "Källa"', line: 3, message: 'is empty' },
      { path: 'line 3, column "8"', line: 3, message: '101 is above 100' },
    ]);
  });

  it('keeps a total that is not the sum of the areas as published (rounding in the source)', () => {
    const row = ENKOPING.replace(';434;', ';435;');
    const [reference] = parseReferenceCsv(excel(HEADER, row), 'x.csv');
    expect(reference?.total).toBe(435);
  });

  it('counts lines inside quoted cells when naming a later row', () => {
    const first = ENKOPING.replace(/;$/, ';"en\r\ntvå\r\ntre"');
    const second = ENKOPING.replace('2016', '2018').replace('kk-2010', '');
    expect(issuesOf(excel(HEADER, first, second))).toEqual([
      { path: 'line 5, column "Version"', line: 5, message: 'is empty' },
    ]);
  });

  it('rejects an unknown kind, a short row and an unclosed quote', () => {
    expect(issuesOf(excel(HEADER, ENKOPING.replace(';kommun;', ';län;')))).toEqual([
      {
        path: 'line 2, column "Typ"',
        line: 2,
        message: '"län" is not a kind: use kommun (municipality) or snitt (nationalMean)',
      },
    ]);
    expect(issuesOf(excel(HEADER, 'Enköping;0381;2016'))).toEqual([
      { path: 'line 2', line: 2, message: 'has 3 cells, the header has 16' },
    ]);
    expect(issuesOf(excel(HEADER, `${ENKOPING}"öppen`))).toEqual([
      { path: 'line 2', line: 2, message: 'a quote is not closed' },
    ]);
  });

  it('rejects two rows with the same id, generated or given', () => {
    expect(issuesOf(excel(HEADER, ENKOPING, ENKOPING))).toEqual([
      {
        path: 'line 3, column "Kommun"',
        line: 3,
        message:
          'gives the id "enkoping-2016" again (first on line 2); ' +
          'add an "id" column to tell them apart',
      },
    ]);
    const text = excel(`Id;${HEADER}`, `x-1;${ENKOPING}`, `x-1;${ENKOPING}`);
    expect(issuesOf(text)).toEqual([
      { path: 'line 3, column "Id"', line: 3, message: 'duplicate id "x-1" (first on line 2)' },
    ]);
  });

  it('reads a row with all 8 area cells empty as a result published as a total only', () => {
    const totalOnly = 'Enköping;0381;2018;kk-2010;kommun;;;;;;;;;519;DOMAIN.md, published totals;';
    const [full, total] = parseReferenceCsv(excel(HEADER, ENKOPING, totalOnly), 'x.csv');
    expect(full?.areas).toStrictEqual(ENKOPING_AREAS);
    expect(total).toStrictEqual({
      id: 'enkoping-2018',
      municipality: { name: 'Enköping', code: '0381' },
      year: 2018,
      rubric: 'kk-2010',
      kind: 'municipality',
      total: 519,
      source: 'DOMAIN.md, published totals',
    });
  });

  it('reads a file without area columns as totals only', () => {
    const text = excel('Kommun;Kommunkod;År;Version;Totalt;Källa', 'Nacka;182;2011;kk-2010;644;x');
    const [nacka] = parseReferenceCsv(text, 'x.csv');
    expect(nacka?.municipality.code).toBe('0182');
    expect(nacka?.areas).toBeUndefined();
    expect(nacka?.total).toBe(644);
  });

  it('names each empty area cell of a row that fills in only some areas', () => {
    const partial = 'Mark;1463;2022;kk-2020;kommun;50;;60;;;;;;438;DOMAIN.md, published totals;';
    const hint =
      'is empty: fill in all the areas 1 to 8, or leave all 8 empty for a result published as a total only';
    const issues = issuesOf(excel(HEADER, ENKOPING, partial));
    expect(issues.map((issue) => issue.path)).toEqual(
      ['2', '4', '5', '6', '7', '8'].map((column) => `line 3, column "${column}"`),
    );
    expect(issues.every((issue) => issue.line === 3 && issue.message === hint)).toBe(true);
  });

  it('rejects a totals-only row with a bad total, and the whole file with it', () => {
    const over = 'Mark;1463;2024;kk-2020;kommun;;;;;;;;;810;DOMAIN.md, published totals;';
    const empty = 'Mark;1463;2022;kk-2020;kommun;;;;;;;;;;DOMAIN.md, published totals;';
    expect(issuesOf(excel(HEADER, ENKOPING, over, empty))).toEqual([
      {
        path: 'line 3, column "Totalt"',
        line: 3,
        message: '810 is above 800',
      },
      { path: 'line 4, column "Totalt"', line: 4, message: 'is empty, expected a number' },
    ]);
  });

  it('wants the area columns as a block: all 8 or none', () => {
    const header = HEADER.replace(';7;8;', ';');
    expect(issuesOf(excel(header))).toEqual([
      {
        path: 'line 1',
        line: 1,
        message:
          'missing area columns: "7", "8" (give all the areas 1 to 8, or none in a file of ' +
          'results published as totals only)',
      },
    ]);
  });

  it('rejects a file with no header', () => {
    expect(issuesOf('\uFEFF\r\n\r\n')).toEqual([
      { path: 'line 1', line: 1, message: 'the file is empty: expected a header line' },
    ]);
  });
});

describe('referenceSlug', () => {
  it('folds å, ä, ö and other marks and joins words with dashes', () => {
    expect(referenceSlug('Örebro 2012')).toBe('orebro-2012');
    expect(referenceSlug('Upplands Väsby 2019')).toBe('upplands-vasby-2019');
    expect(referenceSlug(' Håbo  kommun ')).toBe('habo-kommun');
  });
});
