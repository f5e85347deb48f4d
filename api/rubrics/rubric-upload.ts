import { Rubric } from '../../rubrics/rubric';
import { parseJsonFile } from '../../rubrics/validation';
import { readRubricWorkbook } from './workbook/read-workbook';

export type UploadKind = 'json' | 'xlsx';

/** An .xlsx file is a zip: it starts with "PK\x03\x04". */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The kind of an uploaded rubric: by its bytes (a zip is a workbook), else JSON. */
export function uploadKind(bytes: Uint8Array): UploadKind {
  return looksLikeWorkbook(bytes) ? 'xlsx' : 'json';
}

/**
 * An uploaded rubric, JSON (`kommunkompassen-rubric/1`) or a workbook, validated in full: a
 * ValidationError names every issue (JSON path and line, or sheet, row and column).
 */
export async function parseRubricUpload(bytes: Uint8Array, source: string): Promise<Rubric> {
  if (uploadKind(bytes) === 'xlsx') return readRubricWorkbook(bytes, source);
  return parseJsonFile(Rubric, new TextDecoder('utf-8').decode(bytes), source);
}
