import ExcelJS from 'exceljs';
import {
  RUBRIC_FORMAT,
  Rubric,
  type RubricArea,
  type WrittenQuestion,
} from '../../../rubrics/rubric';
import { formatPath, ValidationError, type ValidationIssue } from '../../../rubrics/validation';
import { cellId, cellLines, cellNumber, cellText } from './cells';
import {
  AREA_COLUMNS,
  type Column,
  cellLocation,
  NO,
  QUESTION_COLUMNS,
  SHEETS,
  VERSION_FIELDS,
  type VersionField,
  WRITTEN_COLUMNS,
  YES,
} from './layout';
import { swedishMessage } from './swedish-messages';

/** Where each part of the rubric came from, so a rule broken there names the sheet, row, column. */
type Locations = Map<string, string>;

class Collector {
  readonly issues: ValidationIssue[] = [];
  /** Paths whose cells were already reported, so the rules do not report them again. */
  readonly tainted = new Set<string>();
  add(path: string, message: string, taint: string[] = []) {
    this.issues.push({ path, message });
    for (const t of taint) this.tainted.add(t);
  }
}

function rowValues(row: ExcelJS.Row, count: number): ExcelJS.CellValue[] {
  return Array.from({ length: count }, (_, index) => row.getCell(index + 1).value);
}

/** The data rows of a sheet (after the header), with their Excel row number; blank rows skipped. */
function dataRows(sheet: ExcelJS.Worksheet, columns: readonly Column<string>[], out: Collector) {
  const header = rowValues(sheet.getRow(1), columns.length);
  columns.forEach((column, index) => {
    const text = cellText(header[index] ?? null);
    if (text.toLowerCase() !== column.header.toLowerCase()) {
      out.add(
        cellLocation(sheet.name, 1, index),
        `rubriken ska vara "${column.header}", är "${text}"`,
      );
    }
  });
  const rows: { number: number; values: ExcelJS.CellValue[] }[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const values = rowValues(sheet.getRow(number), columns.length);
    if (values.every((value) => cellText(value) === '')) continue;
    rows.push({ number, values });
  }
  return rows;
}

function readVersion(sheet: ExcelJS.Worksheet, out: Collector, at: Locations) {
  const found = new Map<VersionField, { text: string; row: number; value: ExcelJS.CellValue }>();
  const names = Object.entries(VERSION_FIELDS) as [VersionField, string][];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const label = cellText(row.getCell(1).value).toLowerCase();
    const field = names.find(([, name]) => name.toLowerCase() === label)?.[0];
    if (field) {
      const value = row.getCell(2).value;
      found.set(field, { text: cellText(value), row: number, value });
      at.set(field, cellLocation(sheet.name, number, 1));
    }
  }
  const text = (field: VersionField, required: boolean): string => {
    const entry = found.get(field);
    if (!entry) {
      if (required) out.add(sheet.name, `raden "${VERSION_FIELDS[field]}" saknas`, [field]);
      return '';
    }
    if (required && entry.text === '') {
      out.add(cellLocation(sheet.name, entry.row, 1), `${VERSION_FIELDS[field]} saknas`, [field]);
    }
    return entry.text;
  };
  const id = text('id', true);
  const version = text('version', false) || '1';
  const title = text('title', true);
  const source = text('source', true);
  let year = 0;
  const yearEntry = found.get('year');
  if (!yearEntry) out.add(sheet.name, `raden "${VERSION_FIELDS.year}" saknas`, ['year']);
  else {
    const parsed = cellNumber(yearEntry.value);
    if (parsed.kind !== 'number' || !Number.isInteger(parsed.value)) {
      out.add(
        cellLocation(sheet.name, yearEntry.row, 1),
        parsed.kind === 'empty' ? 'år saknas' : `"${yearEntry.text}" är inte ett årtal`,
        ['year'],
      );
    } else year = parsed.value;
  }
  const levelEntry = found.get('areaLevelOnly');
  const level = (levelEntry?.text ?? '').toLowerCase();
  if (levelEntry && level !== '' && level !== YES && level !== NO) {
    out.add(
      cellLocation(sheet.name, levelEntry.row, 1),
      `skriv "${YES}" eller "${NO}", inte "${levelEntry.text}"`,
    );
  }
  return { id, version, title, source, year, areaLevelOnly: level === YES };
}

function readAreas(sheet: ExcelJS.Worksheet, out: Collector, at: Locations): RubricArea[] {
  return dataRows(sheet, AREA_COLUMNS, out).map(({ number, values }, a) => {
    const path = `areas[${a}]`;
    at.set(path, cellLocation(sheet.name, number));
    AREA_COLUMNS.forEach((column, index) => {
      at.set(`${path}.${column.key}`, cellLocation(sheet.name, number, index));
    });
    const required = (index: number, what: string) => {
      const text = cellText(values[index] ?? null);
      if (text === '')
        out.add(cellLocation(sheet.name, number, index), `${what} saknas`, [
          `${path}.${AREA_COLUMNS[index]?.key}`,
        ]);
      return text;
    };
    const id = cellId(values[0] ?? null);
    if (id === '')
      out.add(cellLocation(sheet.name, number, 0), 'områdets nummer saknas', [`${path}.id`]);
    const title = required(1, 'titel');
    const shortTitle = required(2, 'kort titel');
    const max = cellNumber(values[5] ?? null);
    let maxPoints = 100;
    if (max.kind === 'invalid') {
      out.add(cellLocation(sheet.name, number, 5), `"${max.text}" är inte ett tal`, [
        `${path}.maxPoints`,
        `${path}.questions`,
      ]);
    } else if (max.kind === 'number') maxPoints = max.value;
    return {
      id,
      title,
      shortTitle,
      alternativeTitles: cellLines(values[6] ?? null),
      headings: cellLines(values[3] ?? null),
      guidance: cellText(values[4] ?? null),
      maxPoints,
      questions: [],
    };
  });
}

function readQuestions(
  sheet: ExcelJS.Worksheet,
  areas: RubricArea[],
  out: Collector,
  at: Locations,
) {
  const areaIndex = new Map(areas.map((area, index) => [area.id, index]));
  for (const { number, values } of dataRows(sheet, QUESTION_COLUMNS, out)) {
    const where = (index: number) => cellLocation(sheet.name, number, index);
    const areaId = cellId(values[0] ?? null);
    const a = areaIndex.get(areaId);
    const area = a === undefined ? undefined : areas[a];
    if (areaId === '') out.add(where(0), 'område saknas');
    else if (!area) out.add(where(0), `område ${areaId} finns inte i bladet ${SHEETS.areas}`);
    const id = cellId(values[1] ?? null);
    if (id === '') out.add(where(1), 'delfrågans nummer saknas');
    const text = cellText(values[2] ?? null);
    if (text === '') out.add(where(2), 'text saknas');
    const max = cellNumber(values[3] ?? null);
    if (max.kind === 'empty') out.add(where(3), 'maxpoäng saknas');
    if (max.kind === 'invalid') out.add(where(3), `"${max.text}" är inte ett tal`);
    const guidance = cellText(values[4] ?? null);
    if (!area || a === undefined) continue;
    const path = `areas[${a}].questions[${area.questions.length}]`;
    at.set(path, cellLocation(sheet.name, number));
    QUESTION_COLUMNS.forEach((column, index) => {
      at.set(`${path}.${column.key}`, where(index));
    });
    if (id === '') out.tainted.add(`${path}.id`);
    if (text === '') out.tainted.add(`${path}.text`);
    if (max.kind !== 'number') {
      out.tainted.add(`${path}.maxPoints`);
      out.tainted.add(`areas[${a}].questions`);
    }
    area.questions.push({
      id,
      text,
      maxPoints: max.kind === 'number' ? max.value : 0,
      ...(guidance === '' ? {} : { guidance }),
    });
  }
  areas.forEach((area, a) => {
    at.set(`areas[${a}].questions`, `${SHEETS.questions}, område ${area.id}`);
  });
}

function readWritten(sheet: ExcelJS.Worksheet, out: Collector, at: Locations): WrittenQuestion[] {
  return dataRows(sheet, WRITTEN_COLUMNS, out).map(({ number, values }, w) => {
    const path = `writtenQuestions[${w}]`;
    WRITTEN_COLUMNS.forEach((column, index) => {
      at.set(`${path}.${column.key}`, cellLocation(sheet.name, number, index));
    });
    const id = cellId(values[0] ?? null);
    const text = cellText(values[1] ?? null);
    if (id === '')
      out.add(cellLocation(sheet.name, number, 0), 'frågans nummer saknas', [`${path}.id`]);
    if (text === '')
      out.add(cellLocation(sheet.name, number, 1), 'frågan saknas', [`${path}.text`]);
    const areaId = cellId(values[2] ?? null);
    return { id, text, ...(areaId === '' ? {} : { areaId }) };
  });
}

/** The nearest location recorded for `path` or one of its ancestors. */
function locate(at: Locations, path: string, fallback: string): string {
  for (let p = path; p !== ''; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const found = at.get(p);
    if (found) return found;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return fallback;
}

const isTainted = (tainted: Set<string>, path: string) =>
  [...tainted].some((t) => path === t || path.startsWith(`${t}.`) || path.startsWith(`${t}[`));

/**
 * Reads a rubric workbook (layout.ts). Every broken cell and every broken rule is reported at
 * once, each naming its sheet, row and column ("Delfrågor rad 7, kolumn D: …"); any issue
 * throws a ValidationError, so nothing half-read is ever stored.
 */
export async function readRubricWorkbook(bytes: Uint8Array, source = 'arbetsbok'): Promise<Rubric> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ValidationError(source, [
      { path: source, message: 'filen är inte en Excel-arbetsbok (.xlsx)' },
    ]);
  }
  const out = new Collector();
  const at: Locations = new Map();
  const sheet = (name: string, required: boolean) => {
    const found = workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
    if (!found && required) out.add(name, `bladet "${name}" saknas`);
    return found;
  };
  const versionSheet = sheet(SHEETS.version, true);
  const areaSheet = sheet(SHEETS.areas, true);
  const questionSheet = sheet(SHEETS.questions, true);
  const writtenSheet = sheet(SHEETS.written, false);
  if (!versionSheet || !areaSheet || !questionSheet) throw new ValidationError(source, out.issues);

  const facts = readVersion(versionSheet, out, at);
  const areas = readAreas(areaSheet, out, at);
  at.set('areas', SHEETS.areas);
  readQuestions(questionSheet, areas, out, at);
  const written = writtenSheet ? readWritten(writtenSheet, out, at) : [];
  const candidate = {
    format: RUBRIC_FORMAT,
    ...facts,
    areas,
    ...(written.length > 0 ? { writtenQuestions: written } : {}),
  };
  const parsed = Rubric.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      if (isTainted(out.tainted, path)) continue;
      out.add(locate(at, path, SHEETS.version), swedishMessage(issue.message));
    }
  }
  if (out.issues.length > 0 || !parsed.success) throw new ValidationError(source, out.issues);
  return parsed.data;
}
