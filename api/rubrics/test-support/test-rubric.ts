// Test support: a made-up 8-area rubric (a TEST rubric, not SKR's) and workbooks of it built
// cell by cell with exceljs, independently of the app's own workbook writer.
import ExcelJS from 'exceljs';
import { RUBRIC_FORMAT, type Rubric } from '../../../rubrics/rubric';

/** 8 areas of 4 delfrågor (30 + 25 + 32,5 + 12,5 points); area 3 has an extra rubrik. */
export function testRubric(): Rubric {
  return {
    format: RUBRIC_FORMAT,
    id: 'test-rubrik',
    version: '1',
    title: 'TESTRUBRIK (påhittad, inte SKR:s)',
    year: 2026,
    areaLevelOnly: false,
    source: 'Påhittad för automatiska tester',
    areas: Array.from({ length: 8 }, (_, a) => {
      const id = String(a + 1);
      return {
        id,
        title: `Testområde ${id}`,
        shortTitle: `Test ${id}`,
        alternativeTitles: a === 0 ? ['Första testområdet'] : [],
        headings: a === 2 ? ['Testrubrik A', 'Testrubrik B'] : [`Testrubrik ${id}`],
        guidance: `Bedöm testområde ${id}.`,
        maxPoints: 100,
        questions: [30, 25, 32.5, 12.5].map((maxPoints, q) => ({
          id: `${id}.${q + 1}`,
          text: `Testfråga ${id}.${q + 1}?`,
          maxPoints,
          ...(q === 0 ? { guidance: `Vägledning till ${id}.1` } : {}),
        })),
      };
    }),
    writtenQuestions: [
      { id: '1', text: 'Hur informerar kommunen om sina testresultat?', areaId: '1' },
      { id: '2', text: 'Vilka testplaner finns?' },
    ],
  };
}

type Cell = string | number | null;

export interface WorkbookRows {
  version: Cell[][];
  areas: Cell[][];
  questions: Cell[][];
  written?: Cell[][];
}

/** The rows of a workbook for `rubric` in the template's layout, headers included. */
export function workbookRows(
  rubric: Rubric,
  options: { swedishDecimals?: boolean } = {},
): WorkbookRows {
  const number = (value: number): Cell =>
    options.swedishDecimals && !Number.isInteger(value) ? String(value).replace('.', ',') : value;
  return {
    version: [
      ['Id', rubric.id],
      ['Version', rubric.version],
      ['Titel', rubric.title],
      ['År', rubric.year],
      ['Källa', rubric.source],
      ['Endast områdesnivå', rubric.areaLevelOnly ? 'ja' : 'nej'],
    ],
    areas: [
      [
        'Område',
        'Titel',
        'Kort titel',
        'Rubriker (en per rad)',
        'Vägledning',
        'Maxpoäng',
        'Andra titler (en per rad)',
      ],
      ...rubric.areas.map((area) => [
        area.id,
        area.title,
        area.shortTitle,
        area.headings.join('\n'),
        area.guidance,
        area.maxPoints,
        area.alternativeTitles.join('\n'),
      ]),
    ],
    questions: [
      ['Område', 'Delfråga', 'Text', 'Maxpoäng', 'Vägledning'],
      ...rubric.areas.flatMap((area) =>
        area.questions.map((question) => [
          area.id,
          question.id,
          question.text,
          number(question.maxPoints),
          question.guidance ?? null,
        ]),
      ),
    ],
    written: [
      ['Nr', 'Fråga', 'Område'],
      ...(rubric.writtenQuestions ?? []).map((question) => [
        question.id,
        question.text,
        question.areaId ?? null,
      ]),
    ],
  };
}

/** An .xlsx file of the rows, made with exceljs. */
export async function workbookOf(rows: WorkbookRows): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const add = (name: string, data: Cell[][]) => {
    const sheet = workbook.addWorksheet(name);
    for (const row of data) sheet.addRow(row);
  };
  add('Version', rows.version);
  add('Områden', rows.areas);
  add('Delfrågor', rows.questions);
  if (rows.written) add('Frågor till kommunen', rows.written);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
