import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../rubrics/project-root';
import { parseJsonFile } from '../../rubrics/validation';
import { type StandardTexts, StandardTextsFile } from './standard-texts.schemas';

/**
 * Where the shipped defaults live: one file per rubric and language, in the import format. Each
 * file fills every slot for every area of its rubric (standard-texts-defaults.test.ts), so an
 * English report carries no Swedish tool text.
 *
 * kk-2020's area titles are the rubric's own titles in all four places: unlike SKL's 2016 report
 * for kk-2010, our sources (published results such as Vallentuna 2021) show no report of the 2020
 * version printing an area under different titles in different places. Its Allmänt texts say only
 * what the area's name and DOMAIN.md support; the 2020 delfrågor are not public.
 */
export const DEFAULTS_DIRECTORY = 'api/reports/standard-texts';

let cache: Map<string, StandardTextsFile> | null = null;

const key = (rubric: string, language: string) => `${rubric}|${language}`;

/** Every shipped default, validated like an admin's import (a broken file fails at once). */
export function shippedStandardTexts(): Map<string, StandardTextsFile> {
  if (cache) return cache;
  const directory = join(projectRoot(), DEFAULTS_DIRECTORY);
  const files = new Map<string, StandardTextsFile>();
  for (const name of readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = parseJsonFile(
      StandardTextsFile,
      readFileSync(join(directory, name), 'utf8'),
      `${DEFAULTS_DIRECTORY}/${name}`,
    );
    files.set(key(file.rubric, file.language), file);
  }
  cache = files;
  return files;
}

const EMPTY: StandardTexts = {
  intro: '',
  comparisons: '',
  evaluation: { first: '', renewed: '', sources: '', sourcesWithoutCount: '', groups: '' },
  areas: {},
  modelComparison: null,
};

/**
 * The shipped texts of a rubric (any of its versions) in a language; a rubric without its own
 * falls back to kk-2020's wording (the current version), and then to empty texts.
 */
export function defaultStandardTexts(rubric: string, language: 'sv' | 'en'): StandardTexts {
  const files = shippedStandardTexts();
  return (
    files.get(key(rubric, language))?.texts ??
    files.get(key('kk-2020', language))?.texts ?? { ...EMPTY }
  );
}
