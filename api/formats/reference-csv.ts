import { CsvError, parse } from 'csv-parse/sync';
import { forbiddenCharacter } from '../../rubrics/text-characters';
import { ValidationError, type ValidationIssue } from '../../rubrics/validation';
import { findDuplicateIds, REFERENCE_AREA_IDS, ReferenceResult } from './reference-file';

/** One CSV record and the line it starts on (a quoted cell may span lines). */
interface CsvRecord {
  line: number;
  cells: string[];
}

type Field =
  | 'id'
  | 'municipality'
  | 'code'
  | 'year'
  | 'rubric'
  | 'kind'
  | (typeof REFERENCE_AREA_IDS)[number]
  | 'total'
  | 'source'
  | 'note';

const HEADER_FIELDS = new Map<string, Field>([
  ['id', 'id'],
  ['kommun', 'municipality'],
  ['municipality', 'municipality'],
  ['kommunkod', 'code'],
  ['code', 'code'],
  ['år', 'year'],
  ['year', 'year'],
  ['version', 'rubric'],
  ['rubric', 'rubric'],
  ['typ', 'kind'],
  ['kind', 'kind'],
  ['totalt', 'total'],
  ['total', 'total'],
  ['källa', 'source'],
  ['source', 'source'],
  ['anteckning', 'note'],
  ['note', 'note'],
]);

/** How a missing column is named: the Swedish header, then the English one. */
const REQUIRED: [Field, string][] = [
  ['municipality', '"kommun" (or "municipality")'],
  ['code', '"kommunkod" (or "code")'],
  ['year', '"år" (or "year")'],
  ['rubric', '"version" (or "rubric")'],
  ['total', '"totalt" (or "total")'],
  ['source', '"källa" (or "source")'],
];

/** A row's area cells: all 8 filled, or all 8 empty for a result published as a total only. */
const AREAS_ALL_OR_NONE =
  'fill in all the areas 1 to 8, or leave all 8 empty for a result published as a total only';

const KINDS = new Map<string, ReferenceResult['kind']>([
  ['kommun', 'municipality'],
  ['municipality', 'municipality'],
  ['snitt', 'nationalMean'],
  ['nationalmean', 'nationalMean'],
]);

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

function fieldOf(header: string): Field | undefined {
  const name = header.normalize('NFC').trim().toLowerCase();
  const area = /^(?:område|area)?\s*([1-8])$/.exec(name)?.[1];
  return area === undefined ? HEADER_FIELDS.get(name) : (area as Field);
}

/** `Örebro` + `2012` -> `orebro-2012`: the id a row without an id column gets. */
export function referenceSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What csv-parse's errors mean for someone fixing the file in Excel. */
const CSV_ERRORS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quote is not closed',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after a closing quote',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote',
};

/**
 * Splits CSV text into records as Excel writes them (csv-parse): `""` inside quotes is a quote,
 * a quoted cell may hold separators and line breaks, and CRLF, LF and CR all end a line. A
 * malformed file gives one issue naming the line of the record at fault.
 */
function readRecords(text: string, separator: string, issues: ValidationIssue[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  // The line the next record starts on: one more than the line breaks inside quoted cells.
  let line = 1;
  try {
    parse(text, {
      delimiter: separator,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (raw: string[]) => {
        const cells = raw.map((cell) => cell.replace(/\r\n?/g, '\n'));
        records.push({ line, cells });
        line += 1 + cells.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const message = CSV_ERRORS[error.code] ?? error.message;
    issues.push({ path: `line ${line}`, line, message });
  }
  return records;
}

/** The column a schema issue is about; a generated id comes from the kommun column. */
function fieldOfPath(path: readonly PropertyKey[], generatedId: boolean): Field {
  const [first, second] = path;
  if (first === 'municipality') return second === 'code' ? 'code' : 'municipality';
  if (first === 'areas') return second as Field;
  if (first === 'id' && generatedId) return 'municipality';
  return first as Field;
}

type Columns = Map<Field, { index: number; name: string }>;

const at = (line: number, column?: string) =>
  column === undefined ? `line ${line}` : `line ${line}, column "${column}"`;

const isBlank = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === '');

/** Maps header names to fields; any missing, unknown or repeated column is an issue. */
function readColumns(header: CsvRecord, rows: CsvRecord[], issues: ValidationIssue[]): Columns {
  const fail = (message: string) =>
    issues.push({ path: at(header.line), line: header.line, message });
  const columns: Columns = new Map();
  const unknown: string[] = [];
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') {
      // Excel writes an unnamed column for cells once touched; it is noise only while empty.
      if (rows.some((row) => (row.cells[index] ?? '').trim() !== '')) {
        fail(`column ${index + 1} has values but no header`);
      }
      return;
    }
    const field = fieldOf(name);
    const other = field === undefined ? undefined : columns.get(field);
    if (field === undefined) unknown.push(`"${name}"`);
    else if (other) fail(`columns "${other.name}" and "${name}" say the same`);
    else columns.set(field, { index, name });
  });
  const missing = REQUIRED.filter(([field]) => !columns.has(field)).map(([, label]) => label);
  if (missing.length > 0) fail(`missing columns: ${missing.join(', ')}`);
  // The area columns come as a block: all 8, or none in a file of totals only.
  const areasMissing = REFERENCE_AREA_IDS.filter((id) => !columns.has(id));
  if (areasMissing.length > 0 && areasMissing.length < REFERENCE_AREA_IDS.length) {
    fail(
      `missing area columns: ${areasMissing.map((id) => `"${id}"`).join(', ')} (give all the ` +
        'areas 1 to 8, or none in a file of results published as totals only)',
    );
  }
  if (unknown.length > 0) {
    fail(
      `unknown columns: ${unknown.join(', ')} (known: id, kommun, kommunkod, år, version, typ, ` +
        '1 to 8, totalt, källa, anteckning, or the English municipality, code, year, rubric, ' +
        'kind, total, source, note)',
    );
  }
  return columns;
}

interface RowResult {
  result?: ReferenceResult;
  generatedId: boolean;
}

/** Reads one data row into a checked ReferenceResult, or adds its issues. */
function readRow(
  row: CsvRecord,
  columns: Columns,
  width: number,
  issues: ValidationIssue[],
): RowResult {
  const extra = row.cells.slice(width);
  if (row.cells.length < width || extra.some((cell) => cell.trim() !== '')) {
    const message = `has ${row.cells.length} cells, the header has ${width}`;
    issues.push({ path: at(row.line), line: row.line, message });
    return { generatedId: false };
  }
  const reported = new Set<Field>();
  const columnName = (field: Field) => columns.get(field)?.name ?? field;
  const fail = (field: Field, message: string) => {
    reported.add(field);
    issues.push({ path: at(row.line, columnName(field)), line: row.line, message });
  };
  const cell = (field: Field) => {
    const column = columns.get(field);
    return column === undefined ? '' : (row.cells[column.index] ?? '').trim();
  };
  // Text a Word report (or PostgreSQL) cannot hold is refused here, naming the cell.
  for (const [field, column] of columns) {
    const problem = forbiddenCharacter(row.cells[column.index] ?? '');
    if (problem) fail(field, problem);
  }
  if (reported.size > 0) return { generatedId: false };
  const text = (field: Field) => {
    const value = cell(field);
    if (value === '') fail(field, 'is empty');
    return value;
  };
  const number = (field: Field) => {
    const value = cell(field);
    if (value === '') fail(field, 'is empty, expected a number');
    else if (!NUMBER.test(value)) fail(field, `"${value}" is not a number`);
    else return Number(value.replace(',', '.'));
    return undefined;
  };

  const name = text('municipality');
  const rawCode = text('code');
  // Excel reads a kommunkod as a number and drops its leading zero: 0381 becomes 381.
  const code = /^\d{1,3}$/.test(rawCode) ? rawCode.padStart(4, '0') : rawCode;
  const year = number('year');
  const kindCell = cell('kind');
  const kind = kindCell === '' ? 'municipality' : KINDS.get(kindCell.toLowerCase());
  if (kind === undefined) {
    fail('kind', `"${kindCell}" is not a kind: use kommun (municipality) or snitt (nationalMean)`);
  }
  const note = cell('note');
  const generatedId = cell('id') === '';
  const emptyAreas = REFERENCE_AREA_IDS.filter((id) => cell(id) === '');
  const totalsOnly = emptyAreas.length === REFERENCE_AREA_IDS.length;
  if (!totalsOnly) for (const id of emptyAreas) fail(id, `is empty: ${AREAS_ALL_OR_NONE}`);
  const parsed = ReferenceResult.safeParse({
    id: generatedId ? referenceSlug(`${name} ${year ?? cell('year')}`) : cell('id'),
    municipality: { name, code },
    year,
    rubric: text('rubric'),
    kind,
    ...(totalsOnly
      ? {}
      : {
          areas: Object.fromEntries(
            REFERENCE_AREA_IDS.map((id) => [id, reported.has(id) ? undefined : number(id)]),
          ),
        }),
    total: number('total'),
    source: text('source'),
    ...(note === '' ? {} : { note }),
  });
  if (parsed.success) return { result: parsed.data, generatedId };
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path, generatedId);
    // A cell already reported as empty or not a number needs no second message.
    if (!reported.has(field)) fail(field, issue.message);
  }
  return { generatedId };
}

/** One valid CSV row: its result, the line it starts on, and the columns its id and rubric come from. */
export interface ReferenceCsvRow {
  line: number;
  result: ReferenceResult;
  /** The header of the id column, or of the kommun column when the id was made from it. */
  idColumn: string;
  rubricColumn: string;
}

/**
 * Parses reference results from CSV as Swedish Excel writes it (`;`, decimal commas, BOM, CRLF);
 * a file whose header has no `;` is read as `,`-separated. Headers may be Swedish or English.
 * All or nothing: any problem throws one ValidationError naming every line and column at fault.
 */
export function parseReferenceCsv(text: string, source: string): ReferenceResult[] {
  return readReferenceCsv(text, source).map((row) => row.result);
}

/** As `parseReferenceCsv`, keeping where each result came from (for checks made later). */
export function readReferenceCsv(text: string, source: string): ReferenceCsvRow[] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = clean.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const issues: ValidationIssue[] = [];
  const records = readRecords(clean, firstLine.includes(';') ? ';' : ',', issues);
  const [header, ...rows] = records.filter((record) => !isBlank(record));
  if (header === undefined) {
    const message = 'the file is empty: expected a header line';
    throw new ValidationError(source, [{ path: at(1), line: 1, message }]);
  }
  const columns = readColumns(header, rows, issues);
  if (issues.length > 0) throw new ValidationError(source, issues);

  const valid: { line: number; result: ReferenceResult; generatedId: boolean }[] = [];
  for (const row of rows) {
    const { result, generatedId } = readRow(row, columns, header.cells.length, issues);
    if (result) valid.push({ line: row.line, result, generatedId });
  }
  const idColumn = (generatedId: boolean) =>
    columns.get(generatedId ? 'municipality' : 'id')?.name ?? 'id';
  const ids = valid.map((entry) => entry.result.id);
  for (const [index, firstIndex] of findDuplicateIds(ids)) {
    const { line, generatedId } = valid[index] ?? { line: 0, generatedId: false };
    const first = `first on line ${valid[firstIndex]?.line}`;
    issues.push({
      path: at(line, idColumn(generatedId)),
      line,
      message: generatedId
        ? `gives the id "${ids[index]}" again (${first}); add an "id" column to tell them apart`
        : `duplicate id "${ids[index]}" (${first})`,
    });
  }
  if (issues.length > 0) throw new ValidationError(source, issues);
  const rubricColumn = columns.get('rubric')?.name ?? 'rubric';
  return valid.map(({ line, result, generatedId }) => ({
    line,
    result,
    idColumn: idColumn(generatedId),
    rubricColumn,
  }));
}
