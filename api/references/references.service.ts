import type { ValidationIssue } from '../../rubrics/validation';
import { writeAudit, writeAudits } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import { isUniqueViolation } from '../db/db-errors';
import { AppError, conflict, invalidInput, notFound } from '../errors';
import { readReferenceCsv } from '../formats/reference-csv';
import type { ReferenceFile, ReferenceResult } from '../formats/reference-file';
import { csvText, NOT_UTF8, utf8Text } from '../formats/text-file';
import type { PinnedRubric } from '../rubrics/rubric-store';
import {
  deleteReference,
  findReference,
  insertReferences,
  listReferences,
  storedReferenceIds,
  updateReference,
} from './references.repository';
import type { StoredReference, UpdateReferenceBody } from './references.schemas';

/** A reference to import and how an error about it names it (JSON path or CSV line/column). */
interface ImportEntry {
  result: ReferenceResult;
  idPath: string;
  rubricPath: string;
  line?: number;
}

const CHANGED = 'the reference was changed by someone else';

/** 409 `duplicate`: each entry's id is taken by a stored reference. */
function duplicates(issues: ValidationIssue[], current?: StoredReference): AppError {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new AppError(
    409,
    'duplicate',
    `${first?.path}: ${first?.message}${more}`,
    issues,
    current,
  );
}

/**
 * Text of a CSV upload: the charset the request names (UTF-8 strictly), else csvText's guess
 * (UTF-8, else Windows-1252). Bytes that are not the text they claim to be are refused as such,
 * not read as U+FFFD and reported later as missing columns.
 */
export function decodeCsv(bytes: ArrayBuffer, charset: string | undefined): string {
  const notText = () => invalidInput([{ path: 'body', message: NOT_UTF8 }]);
  if (charset && /^utf-?8$/i.test(charset)) return utf8Text(bytes) ?? throwError(notText());
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      throw new AppError(415, 'unsupported_media_type', `unknown charset "${charset}"`);
    }
  }
  return csvText(bytes) ?? throwError(notText());
}

function throwError(error: Error): never {
  throw error;
}

/** Published results kept for comparison: edited one by one or imported as whole files. */
export function referencesService(deps: AppDeps) {
  const { db } = deps.store;

  /** The issue for a rubric id the installation does not know, or undefined. */
  function rubricIssue(
    known: PinnedRubric[],
    rubricId: string,
    path: string,
    line?: number,
  ): ValidationIssue | undefined {
    if (known.some((pinned) => pinned.rubric.id === rubricId)) return undefined;
    const ids = known.map((pinned) => pinned.rubric.id).join(', ');
    return {
      path,
      message: `unknown rubric "${rubricId}" (known: ${ids})`,
      ...(line === undefined ? {} : { line }),
    };
  }

  async function checkRubric(rubricId: string) {
    const issue = rubricIssue(await deps.rubrics.list(), rubricId, 'rubric');
    if (issue) throw invalidInput([issue]);
  }

  async function current(id: string): Promise<StoredReference> {
    const reference = await findReference(db, id);
    if (!reference) throw notFound(`reference ${id}`);
    return reference;
  }

  /** All or nothing: every rubric known and no id taken, then one transaction writes them all. */
  async function importAll(entries: ImportEntry[], actor: Actor): Promise<string[]> {
    const known = await deps.rubrics.list();
    const rubricIssues = entries.flatMap((entry) => {
      const issue = rubricIssue(known, entry.result.rubric, entry.rubricPath, entry.line);
      return issue ? [issue] : [];
    });
    if (rubricIssues.length > 0) throw invalidInput(rubricIssues);
    const now = deps.now();
    const ids = entries.map((entry) => entry.result.id);
    const takenIssues = async (executor: typeof db) => {
      const taken = await storedReferenceIds(executor, ids);
      return entries.flatMap((entry) =>
        taken.has(entry.result.id)
          ? [
              {
                path: entry.idPath,
                message: `a reference "${entry.result.id}" already exists`,
                ...(entry.line === undefined ? {} : { line: entry.line }),
              },
            ]
          : [],
      );
    };
    try {
      await db.transaction().execute(async (trx) => {
        const taken = await takenIssues(trx);
        if (taken.length > 0) throw duplicates(taken);
        await insertReferences(
          trx,
          entries.map((entry) => entry.result),
          now,
        );
        await writeAudits(
          trx,
          entries.map((entry) => ({
            actor: actor.id,
            action: 'reference.import',
            entity: 'reference',
            entityId: entry.result.id,
            evaluationId: null,
            before: null,
            after: { ...entry.result, version: 1 },
            at: now,
          })),
        );
      });
    } catch (error) {
      // Another import took an id meanwhile: name it as if it had been there from the start.
      if (isUniqueViolation(error)) {
        const taken = await takenIssues(db);
        if (taken.length > 0) throw duplicates(taken);
      }
      throw error;
    }
    return ids;
  }

  return {
    list(rubricId?: string): Promise<StoredReference[]> {
      return listReferences(db, rubricId ? { rubricId } : {});
    },

    get: current,

    async create(body: ReferenceResult, actor: Actor): Promise<StoredReference> {
      await checkRubric(body.rubric);
      const now = deps.now();
      const duplicate = (existing: StoredReference) =>
        duplicates(
          [{ path: 'id', message: `a reference "${existing.id}" already exists` }],
          existing,
        );
      try {
        await db.transaction().execute(async (trx) => {
          const existing = await findReference(trx, body.id);
          if (existing) throw duplicate(existing);
          await insertReferences(trx, [body], now);
          await writeAudit(trx, {
            actor: actor.id,
            action: 'reference.create',
            entity: 'reference',
            entityId: body.id,
            evaluationId: null,
            before: null,
            after: await findReference(trx, body.id),
            at: now,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          const existing = await findReference(db, body.id);
          if (existing) throw duplicate(existing);
        }
        throw error;
      }
      return current(body.id);
    },

    async update(id: string, body: UpdateReferenceBody, actor: Actor): Promise<StoredReference> {
      const { version, ...reference } = body;
      if (reference.id !== id) {
        throw invalidInput([
          { path: 'id', message: `the id cannot change: the path names "${id}"` },
        ]);
      }
      await checkRubric(reference.rubric);
      const now = deps.now();
      return db.transaction().execute(async (trx) => {
        const before = await findReference(trx, id);
        if (!before) throw notFound(`reference ${id}`);
        if (before.version !== version) throw conflict(CHANGED, before);
        if (!(await updateReference(trx, reference, version, now))) {
          throw conflict(CHANGED, await findReference(trx, id));
        }
        const after = await findReference(trx, id);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'reference.update',
          entity: 'reference',
          entityId: id,
          evaluationId: null,
          before,
          after,
          at: now,
        });
        return after as StoredReference;
      });
    },

    async remove(id: string, version: number, actor: Actor): Promise<void> {
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        const before = await findReference(trx, id);
        if (!before) throw notFound(`reference ${id}`);
        if (before.version !== version) throw conflict(CHANGED, before);
        if (!(await deleteReference(trx, id, version))) {
          throw conflict(CHANGED, await findReference(trx, id));
        }
        await writeAudit(trx, {
          actor: actor.id,
          action: 'reference.delete',
          entity: 'reference',
          entityId: id,
          evaluationId: null,
          before,
          after: null,
          at: now,
        });
      });
    },

    /** A reference file (already validated against its schema). */
    importFile(file: ReferenceFile, actor: Actor): Promise<string[]> {
      if (file.references.length === 0) {
        throw invalidInput([{ path: 'references', message: 'the file holds no references' }]);
      }
      return importAll(
        file.references.map((result, index) => ({
          result,
          idPath: `references[${index}].id`,
          rubricPath: `references[${index}].rubric`,
        })),
        actor,
      );
    },

    /** CSV as Swedish Excel writes it; errors name the line and column. */
    importCsv(bytes: ArrayBuffer, charset: string | undefined, actor: Actor): Promise<string[]> {
      const rows = readReferenceCsv(decodeCsv(bytes, charset), 'body');
      if (rows.length === 0) {
        throw invalidInput([
          { path: 'line 2', line: 2, message: 'the file has no rows under its header' },
        ]);
      }
      return importAll(
        rows.map((row) => ({
          result: row.result,
          idPath: `line ${row.line}, column "${row.idColumn}"`,
          rubricPath: `line ${row.line}, column "${row.rubricColumn}"`,
          line: row.line,
        })),
        actor,
      );
    },
  };
}
