import ExcelJS from 'exceljs';
import type { Rubric } from '../../../rubrics/rubric';
import {
  AREA_COLUMNS,
  type Column,
  NO,
  QUESTION_COLUMNS,
  SHEETS,
  VERSION_FIELDS,
  type VersionField,
  WRITTEN_COLUMNS,
  YES,
} from './layout';

type Cell = string | number;

/** What goes into the workbook: the version's facts and the rows of each sheet. */
export interface WorkbookContent {
  facts: Record<VersionField, Cell>;
  areas: Cell[][];
  questions: Cell[][];
  written: Cell[][];
}

function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<string>[],
  rows: Cell[][],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  // Ids are text: "1.10" typed into a number cell would become 1.1.
  columns.forEach((column, index) => {
    if (column.key === 'id' || column.key === 'areaId') sheet.getColumn(index + 1).numFmt = '@';
  });
  for (const row of rows) sheet.addRow(row);
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
}

/** Writes the workbook layout (layout.ts) as .xlsx bytes. */
export async function writeWorkbook(content: WorkbookContent): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kommunkompassen';
  const version = workbook.addWorksheet(SHEETS.version);
  version.columns = [{ width: 22 }, { width: 70 }];
  for (const [field, label] of Object.entries(VERSION_FIELDS) as [VersionField, string][]) {
    const row = version.addRow([label, content.facts[field]]);
    row.getCell(1).font = { bold: true };
  }
  version.getCell('B1').numFmt = '@';
  version.getCell('B2').numFmt = '@';
  addTable(workbook, SHEETS.areas, AREA_COLUMNS, content.areas);
  addTable(workbook, SHEETS.questions, QUESTION_COLUMNS, content.questions);
  addTable(workbook, SHEETS.written, WRITTEN_COLUMNS, content.written);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A rubric version as a workbook: reading it back gives the same rubric. */
export function rubricWorkbook(rubric: Rubric): Promise<Uint8Array> {
  return writeWorkbook({
    facts: {
      id: rubric.id,
      version: rubric.version,
      title: rubric.title,
      year: rubric.year,
      source: rubric.source,
      areaLevelOnly: rubric.areaLevelOnly ? YES : NO,
    },
    areas: rubric.areas.map((area) => [
      area.id,
      area.title,
      area.shortTitle,
      area.headings.join('\n'),
      area.guidance,
      area.maxPoints,
      area.alternativeTitles.join('\n'),
    ]),
    questions: rubric.areas.flatMap((area) =>
      area.questions.map((question) => [
        area.id,
        question.id,
        question.text,
        question.maxPoints,
        question.guidance ?? '',
      ]),
    ),
    written: (rubric.writtenQuestions ?? []).map((question) => [
      question.id,
      question.text,
      question.areaId ?? '',
    ]),
  });
}

/** The template an admin fills in: the 8 areas numbered, 100 points each, everything else blank. */
export function templateWorkbook(): Promise<Uint8Array> {
  return writeWorkbook({
    facts: { id: '', version: '1', title: '', year: '', source: '', areaLevelOnly: NO },
    areas: Array.from({ length: 8 }, (_, index) => [String(index + 1), '', '', '', '', 100, '']),
    questions: [],
    written: [],
  });
}
