import type { CellValue } from 'exceljs';

/** The text a user sees in a cell, trimmed: rich text joined, formulas by their result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText((value.result ?? null) as CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

export type CellNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; text: string };

/**
 * A number cell, or text holding a number as Swedes write it: "2,5", "2.5", "1 000".
 * Anything else is `invalid`, with the text, so the error can quote it.
 */
export function cellNumber(value: CellValue): CellNumber {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { kind: 'number', value }
      : { kind: 'invalid', text: String(value) };
  }
  if (
    value !== null &&
    typeof value === 'object' &&
    'result' in value &&
    typeof value.result === 'number'
  ) {
    return cellNumber(value.result);
  }
  const text = cellText(value);
  if (text === '') return { kind: 'empty' };
  const normal = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return { kind: 'invalid', text };
  return { kind: 'number', value: Number(normal) };
}

/** An id cell: a number typed as 1 or 1,1 reads as "1" or "1.1". */
export function cellId(value: CellValue): string {
  return cellText(value).replace(',', '.');
}

/** A list cell: one item per line, blank lines dropped. */
export function cellLines(value: CellValue): string[] {
  return cellText(value)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
