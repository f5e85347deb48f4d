import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from './project-root';
import { Rubric } from './rubric';
import { RubricMapping } from './rubric-mapping';
import { parseJsonFile, ValidationError } from './validation';

/** The folder of the shipped rubric files. */
export const RUBRICS_DIR = join(projectRoot(), 'rubrics');

export interface LoadedRubric {
  rubric: Rubric;
  /** SHA-256 of the file's bytes: an evaluation pins it, so a later edit cannot change old results. */
  checksum: string;
  file: string;
  /** The file's text, whose bytes the checksum covers. */
  text: string;
}

export interface RubricLibrary {
  rubrics: Map<string, LoadedRubric>;
  mappings: RubricMapping[];
}

export function checksumOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Parses and validates rubric text; errors name the source, the JSON path, the line and the rule. */
export function parseRubric(text: string, source: string): Rubric {
  return parseJsonFile(Rubric, text, source);
}

export function loadRubricFile(file: string): LoadedRubric {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  return { rubric: parseRubric(text, file), checksum: checksumOf(bytes), file, text };
}

export function loadMappingFile(file: string): RubricMapping {
  return parseJsonFile(RubricMapping, readFileSync(file, 'utf8'), file);
}

/**
 * Loads every rubric (`*.json`) and mapping (`*.mapping.json`) of a folder, skipping JSON Schemas,
 * and checks that each mapping names known rubrics and areas. Any invalid file throws.
 */
export function loadRubricLibrary(dir = RUBRICS_DIR): RubricLibrary {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort();
  const rubrics = new Map<string, LoadedRubric>();
  const mappings: RubricMapping[] = [];
  for (const name of files) {
    const file = join(dir, name);
    if (name.endsWith('.mapping.json')) {
      mappings.push(loadMappingFile(file));
      continue;
    }
    const loaded = loadRubricFile(file);
    const existing = rubrics.get(loaded.rubric.id);
    if (existing) {
      throw new ValidationError(file, [
        {
          path: 'id',
          message: `rubric id "${loaded.rubric.id}" is also used by ${basename(existing.file)}`,
        },
      ]);
    }
    rubrics.set(loaded.rubric.id, loaded);
  }
  mappings.forEach((mapping, index) => {
    const source = `${dir}/mapping #${index + 1} (${mapping.from} -> ${mapping.to})`;
    for (const side of ['from', 'to'] as const) {
      const rubric = rubrics.get(mapping[side])?.rubric;
      if (!rubric)
        throw new ValidationError(source, [
          { path: side, message: `unknown rubric "${mapping[side]}"` },
        ]);
      const ids = new Set(rubric.areas.map((area) => area.id));
      mapping.areas.forEach((pair, pairIndex) => {
        if (!ids.has(pair[side])) {
          throw new ValidationError(source, [
            {
              path: `areas[${pairIndex}].${side}`,
              message: `rubric ${rubric.id} has no area "${pair[side]}"`,
            },
          ]);
        }
      });
    }
  });
  return { rubrics, mappings };
}
