import { stringify } from 'csv-stringify/browser/esm/sync';

/** A cell of an exported table: text, a number (written with a decimal comma) or empty. */
export type CsvCell = string | number | null;

/** What makes Excel (or LibreOffice) read a text cell as a formula, or run it as DDE. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number written as text (`-3,5`, `+12`): Excel reads it as a number, never as a formula. */
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Text for a CSV cell that a spreadsheet shows and never runs: a cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's advice against CSV
 * injection). Numbers written as text keep their form, so `-3,5` stays a number in Excel.
 */
export function inertCsvText(text: string): string {
  return FORMULA_START.test(text) && !NUMBER_TEXT.test(text) ? `'${text}` : text;
}

/**
 * CSV as Swedish Excel reads it: `;` between cells, decimal comma, CRLF, UTF-8 with BOM; a cell
 * holding `;`, a quote or a line break is quoted, and no text cell starts a formula.
 */
export function swedishCsv(rows: readonly (readonly CsvCell[])[]): string {
  const records = rows.map((row) =>
    row.map((value) =>
      value === null
        ? ''
        : typeof value === 'number'
          ? String(value).replace('.', ',')
          : inertCsvText(value),
    ),
  );
  return stringify(records, {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}
