import { download } from '../charts/export';
import type { CsvCell } from './swedish-csv';

/**
 * Saves rows as a CSV for Swedish Excel. The writer (csv-stringify's browser build, about 27 KB
 * gzipped) loads on the first export, not with the page.
 */
export async function downloadCsv(rows: readonly (readonly CsvCell[])[], filename: string) {
  const { swedishCsv } = await import('./swedish-csv');
  download(new Blob([swedishCsv(rows)], { type: 'text/csv;charset=utf-8' }), filename);
}
