import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import { isUniqueViolation } from '../db/db-errors';
import { conflict, invalidInput, notFound } from '../errors';
import { newId } from '../ids';
import {
  findStandardTexts,
  insertStandardTexts,
  type StandardTextsKey,
} from './standard-texts.repository';
import {
  STANDARD_TEXTS_FORMAT,
  type StandardTexts,
  type StandardTextsFile,
  type StandardTextsRecord,
} from './standard-texts.schemas';
import { defaultStandardTexts } from './standard-texts-defaults';

type Language = 'sv' | 'en';

/** The rubric version's stored id, or 404 naming it (the texts belong to a known version). */
async function rubricAreas(deps: AppDeps, key: StandardTextsKey): Promise<string[]> {
  const row = await deps.store.db
    .selectFrom('rubric_versions')
    .select('id')
    .where('rubric_id', '=', key.rubric)
    .where('version', '=', key.rubricVersion)
    .executeTakeFirst();
  if (!row) throw notFound(`Rubric version ${key.rubric} ${key.rubricVersion}`);
  const pinned = await deps.rubrics.get(row.id);
  return pinned.rubric.areas.map((area) => area.id);
}

/** The texts in force for a rubric version and language: the newest saved, else the defaults. */
export async function getStandardTexts(
  deps: AppDeps,
  key: StandardTextsKey & { language: Language },
): Promise<StandardTextsRecord> {
  await rubricAreas(deps, key);
  const row = await findStandardTexts(deps.store.db, key);
  return {
    format: STANDARD_TEXTS_FORMAT,
    rubric: key.rubric,
    rubricVersion: key.rubricVersion,
    language: key.language,
    texts: row
      ? (JSON.parse(row.content) as StandardTexts)
      : defaultStandardTexts(key.rubric, key.language),
    version: row?.version ?? 0,
    updatedAt: row?.created_at ?? null,
    updatedBy: row?.created_by ?? null,
  };
}

/**
 * Saves the next version of a rubric version's texts (from the editor or an imported file).
 * `version` is the one the change was based on (0 for the shipped defaults): a stale one is 409
 * with the current texts. Audited; earlier versions stay for reports already published.
 */
export async function saveStandardTexts(
  deps: AppDeps,
  actor: Actor,
  body: StandardTextsFile & { version: number },
): Promise<StandardTextsRecord> {
  const key = { rubric: body.rubric, rubricVersion: body.rubricVersion, language: body.language };
  const areaIds = await rubricAreas(deps, key);
  const unknown = Object.keys(body.texts.areas).filter((id) => !areaIds.includes(id));
  if (unknown.length > 0) {
    throw invalidInput(
      unknown.map((id) => ({
        path: `texts.areas.${id}`,
        message: `${body.rubric} ${body.rubricVersion} has no area "${id}" (areas: ${areaIds.join(', ')})`,
      })),
    );
  }
  const current = await getStandardTexts(deps, key);
  if (current.version !== body.version) {
    throw conflict(
      `The texts were changed (version ${current.version}) since version ${body.version} was read`,
      current,
    );
  }
  const now = deps.now();
  const row = {
    id: newId(),
    rubric_id: key.rubric,
    rubric_version: key.rubricVersion,
    language: key.language,
    version: body.version + 1,
    content: JSON.stringify(body.texts),
    created_at: now,
    created_by: actor.name,
  };
  try {
    await deps.store.db.transaction().execute(async (trx) => {
      await insertStandardTexts(trx, row);
      await writeAudit(trx, {
        actor: actor.id,
        action: 'report_texts.update',
        entity: 'report_texts',
        entityId: `${key.rubric}/${key.rubricVersion}/${key.language}`,
        evaluationId: null,
        before: { version: current.version, texts: current.texts },
        after: { version: row.version, texts: body.texts },
        at: now,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('The texts were changed at the same time', await getStandardTexts(deps, key));
    }
    throw error;
  }
  return getStandardTexts(deps, key);
}

/** One text of a report with the language it is written in (English reports may quote Swedish). */
export interface LanguageText {
  text: string;
  language: Language;
}

export interface ReportStandardTexts {
  texts: StandardTexts;
  /** Per area: Allmänt and the titles, each with its language. */
  areas: Record<
    string,
    {
      general: LanguageText;
      contentsTitle?: LanguageText;
      tableTitle?: LanguageText;
      sectionTitle?: LanguageText;
      overviewTitle?: LanguageText;
    }
  >;
}

/**
 * The texts a report uses: those in force when the evaluation was published (a published
 * report keeps its texts), or the newest for a draft. An English report takes Swedish Allmänt
 * texts and titles where no English ones exist, and says so (their language is `sv`).
 */
export async function standardTextsForReport(
  deps: AppDeps,
  input: { rubric: string; rubricVersion: string; language: Language; publishedAt: string | null },
): Promise<ReportStandardTexts> {
  const read = async (language: Language): Promise<StandardTexts> => {
    const row = await findStandardTexts(
      deps.store.db,
      { rubric: input.rubric, rubricVersion: input.rubricVersion, language },
      input.publishedAt ?? undefined,
    );
    return row
      ? (JSON.parse(row.content) as StandardTexts)
      : defaultStandardTexts(input.rubric, language);
  };
  const texts = await read(input.language);
  const swedish = input.language === 'sv' ? texts : await read('sv');
  return mergeStandardTexts(texts, swedish, input.language);
}

/** The report's texts from those of its language and the Swedish ones (for what has no translation). */
export function mergeStandardTexts(
  texts: StandardTexts,
  swedish: StandardTexts,
  language: Language,
): ReportStandardTexts {
  const areas: ReportStandardTexts['areas'] = {};
  const ids = new Set([...Object.keys(swedish.areas), ...Object.keys(texts.areas)]);
  for (const id of ids) {
    const own = texts.areas[id];
    const sv = swedish.areas[id];
    const pick = (
      field: 'general' | 'contentsTitle' | 'tableTitle' | 'sectionTitle' | 'overviewTitle',
    ) => {
      const mine = own?.[field];
      if (mine) return { text: mine, language: language };
      const theirs = sv?.[field];
      return theirs ? { text: theirs, language: 'sv' as const } : undefined;
    };
    const entry: ReportStandardTexts['areas'][string] = {
      general: pick('general') ?? { text: '', language: language },
    };
    for (const field of ['contentsTitle', 'tableTitle', 'sectionTitle', 'overviewTitle'] as const) {
      const value = pick(field);
      if (value) entry[field] = value;
    }
    areas[id] = entry;
  }
  return { texts, areas };
}
