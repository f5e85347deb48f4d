import { parseJsonFile } from '../../rubrics/validation';
import type { Actor, AppDeps } from '../context';
import { notFound } from '../errors';
import { rubricVersionsService } from '../rubrics/rubric-versions.service';
import {
  type StandardTextsFile,
  StandardTextsFile as StandardTextsFileSchema,
  type StandardTextsRecord,
} from './standard-texts.schemas';
import { getStandardTexts, saveStandardTexts } from './standard-texts.service';

/**
 * A standard-texts file as the admin page imports it: validated by the same schema, errors
 * naming the file, the slot (`texts.areas.3.general`) and its line. Throws ValidationError.
 */
export function parseStandardTextsFile(text: string, source: string): StandardTextsFile {
  return parseJsonFile(StandardTextsFileSchema, text, source);
}

/** The file the admin page downloads: the texts in force with what they belong to. */
export function standardTextsFileText(record: StandardTextsRecord): string {
  const { version: _version, updatedAt: _at, updatedBy: _by, ...file } = record;
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type StandardTextsImport =
  | { outcome: 'saved'; record: StandardTextsRecord }
  | { outcome: 'unchanged'; record: StandardTextsRecord };

/**
 * Stores a file's texts as the next version of its rubric version and language, as the page's
 * save does (versioned, audited, one row or nothing); texts equal to those in force are left as
 * they are. A save by someone else between reading and writing is a 409, never overwritten.
 */
export async function importStandardTexts(
  deps: AppDeps,
  actor: Actor,
  file: StandardTextsFile,
): Promise<StandardTextsImport> {
  const current = await getStandardTexts(deps, file);
  if (JSON.stringify(current.texts) === JSON.stringify(file.texts)) {
    return { outcome: 'unchanged', record: current };
  }
  const record = await saveStandardTexts(deps, actor, { ...file, version: current.version });
  return { outcome: 'saved', record };
}

/**
 * Which rubric version `--rubric` names: `kk-2010@1.0.0`, or `kk-2010` for its newest published
 * version; nothing for the newest published version with delfrågor (what a new evaluation pins).
 */
export async function resolveRubricVersion(
  deps: AppDeps,
  actor: Actor,
  named: string | undefined,
): Promise<{ rubric: string; rubricVersion: string }> {
  const [id, version] = (named ?? '').split('@');
  const published = (await rubricVersionsService(deps).list(actor))
    .filter((summary) => summary.status === 'published')
    .filter((summary) => (id ? summary.id === id : summary.questionCount > 0))
    .filter((summary) => !version || summary.version === version)
    .sort(
      (a, b) =>
        (b.publishedAt ?? b.loadedAt).localeCompare(a.publishedAt ?? a.loadedAt) || b.year - a.year,
    );
  const found = published[0];
  if (!found) {
    throw notFound(
      named ? `Published rubric version ${named}` : 'A published rubric version with delfrågor',
    );
  }
  return { rubric: found.id, rubricVersion: found.version };
}
