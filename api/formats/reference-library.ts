import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../rubrics/project-root';
import type { ComparableResult } from '../../scoring/comparable-result';
import { parseReferenceCsv } from './reference-csv';
import { parseReferenceFile, type ReferenceResult } from './reference-file';
import { readTextFile } from './text-file';

/** The shipped published reference results (fixtures/references). */
export const REFERENCES_DIR = join(projectRoot(), 'fixtures/references');

/** Reads a reference file: `.csv` as Swedish Excel writes it, anything else as JSON. */
export function readReferenceSource(file: string): ReferenceResult[] {
  const text = readTextFile(file, file);
  return file.toLowerCase().endsWith('.csv')
    ? parseReferenceCsv(text, file)
    : parseReferenceFile(text, file).references;
}

/** Every reference of a folder's JSON files, in file order; ids must be unique across files. */
export function loadReferenceDirectory(dir = REFERENCES_DIR): ReferenceResult[] {
  const all: ReferenceResult[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    for (const reference of readReferenceSource(join(dir, name))) {
      const other = seen.get(reference.id);
      if (other)
        throw new Error(`${join(dir, name)}: reference id "${reference.id}" is also in ${other}`);
      seen.set(reference.id, name);
      all.push(reference);
    }
  }
  return all;
}

/**
 * A published reference result as the engine compares it. A totals-only result has no area
 * values at all (`areas` is `{}`), so a radar or per-area comparison given one fails loudly.
 */
export function comparableFromReference(reference: ReferenceResult): ComparableResult {
  return {
    id: reference.id,
    label: `${reference.municipality.name} ${reference.year}`,
    rubric: reference.rubric,
    year: reference.year,
    municipalityCode: reference.municipality.code,
    areas: { ...(reference.areas ?? {}) },
    total: reference.total,
    complete: true,
    indicative: false,
  };
}
