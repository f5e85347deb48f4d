import type { Kysely, Transaction } from 'kysely';
import { canonicalRubricText } from '../../rubrics/canonical-rubric';
import { checksumOf } from '../../rubrics/load-rubrics';
import type { Rubric } from '../../rubrics/rubric';
import { diffRubrics } from '../../rubrics/rubric-diff';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { Database, RubricVersionRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { newestFirst, type PinnedRubric } from './rubric-store';
import { parseRubricUpload } from './rubric-upload';
import type {
  ImportOutcome,
  RubricImportResult,
  RubricVersionDiff,
  RubricVersionSummary,
} from './rubric-versions.schemas';
import { nextVersion } from './version-numbers';
import { rubricWorkbook } from './workbook/write-workbook';

export function summaryOf(pinned: PinnedRubric): RubricVersionSummary {
  const { rubric } = pinned;
  return {
    versionId: pinned.versionId,
    id: rubric.id,
    version: rubric.version,
    title: rubric.title,
    year: rubric.year,
    areaLevelOnly: rubric.areaLevelOnly,
    status: pinned.status,
    origin: pinned.origin,
    checksum: pinned.checksum,
    publishedAt: pinned.publishedAt,
    loadedAt: pinned.loadedAt,
    questionCount: rubric.areas.reduce((count, area) => count + area.questions.length, 0),
  };
}

/** The same delfrågor, areas and texts, whatever the version numbers say. */
const sameContent = (a: Rubric, b: Rubric) =>
  canonicalRubricText({ ...a, version: '' }) === canonicalRubricText({ ...b, version: '' });

const frozen = (pinned: PinnedRubric) =>
  new AppError(
    409,
    'published',
    `${pinned.rubric.id} ${pinned.rubric.version} is published and frozen (evaluations pin it): import the rubric again to create the next version`,
  );

const MESSAGES: Record<ImportOutcome, (version: string, published: boolean) => string> = {
  created: (v, published) =>
    published ? `Version ${v} skapad och publicerad.` : `Version ${v} skapad som utkast.`,
  replaced: (v, published) =>
    published ? `Utkastet ${v} ersatt och publicerat.` : `Utkastet ${v} ersatt.`,
  unchanged: (v) => `Oförändrad: innehållet är detsamma som i publicerade version ${v}.`,
};

/**
 * Rubric versions imported into a running installation. A version is a draft until published;
 * re-importing a rubric replaces its draft, or (over a published version) creates the next
 * version; identical content is "oförändrad" and creates nothing. Published versions are frozen.
 */
export function rubricVersionsService(deps: AppDeps) {
  const { db } = deps.store;
  const store = deps.rubrics;

  async function rowsOf(executor: Kysely<Database>, rubricId: string): Promise<RubricVersionRow[]> {
    return executor
      .selectFrom('rubric_versions')
      .selectAll()
      .where('rubric_id', '=', rubricId)
      .execute();
  }

  /** The published version before `pinned` (for a draft: the newest published one). */
  async function previousOf(pinned: PinnedRubric): Promise<PinnedRubric | undefined> {
    const versions = (await rowsOf(db, pinned.rubric.id))
      .map((row) => store.fromRow(row))
      .filter((p) => p.status === 'published' && p.versionId !== pinned.versionId)
      .sort(newestFirst);
    if (pinned.publishedAt === null) return versions[0];
    const at = pinned.publishedAt;
    return versions.find(
      (p) =>
        p.publishedAt !== null &&
        (p.publishedAt < at || (p.publishedAt === at && p.loadedAt < pinned.loadedAt)),
    );
  }

  async function publishRow(
    trx: Transaction<Database>,
    pinned: PinnedRubric,
    actor: Actor,
    now: string,
  ) {
    await trx
      .updateTable('rubric_versions')
      .set({ status: 'published', published_at: now })
      .where('id', '=', pinned.versionId)
      .where('status', '=', 'draft')
      .execute();
    await writeAudit(trx, {
      actor: actor.id,
      action: 'rubricVersion.publish',
      entity: 'rubricVersion',
      entityId: pinned.versionId,
      evaluationId: null,
      before: { status: 'draft' },
      after: {
        status: 'published',
        rubric: pinned.rubric.id,
        version: pinned.rubric.version,
        checksum: pinned.checksum,
      },
      at: now,
    });
  }

  /** Stores `rubric` as the draft `draft` replaces, or as a new draft numbered `version`. */
  async function storeDraft(
    trx: Transaction<Database>,
    rubric: Rubric,
    target: { draft: PinnedRubric } | { version: string },
    actor: Actor,
    now: string,
  ): Promise<string> {
    const version = 'draft' in target ? target.draft.rubric.version : target.version;
    const content = canonicalRubricText({ ...rubric, version });
    const fields = {
      version,
      title: rubric.title,
      content,
      checksum: checksumOf(content),
      loaded_at: now,
      imported_by: actor.id,
    };
    const versionId = 'draft' in target ? target.draft.versionId : newId();
    if ('draft' in target) {
      await trx
        .updateTable('rubric_versions')
        .set(fields)
        .where('id', '=', versionId)
        .where('status', '=', 'draft')
        .execute();
    } else {
      await trx
        .insertInto('rubric_versions')
        .values({
          id: versionId,
          rubric_id: rubric.id,
          status: 'draft',
          origin: 'import',
          published_at: null,
          ...fields,
        })
        .execute();
    }
    await writeAudit(trx, {
      actor: actor.id,
      action: 'rubricVersion.import',
      entity: 'rubricVersion',
      entityId: versionId,
      evaluationId: null,
      before: null,
      after: { rubric: rubric.id, version, checksum: fields.checksum },
      at: now,
    });
    return versionId;
  }

  async function importRubric(
    rubric: Rubric,
    actor: Actor,
    options: { publish: boolean; replace?: PinnedRubric },
  ): Promise<RubricImportResult> {
    const now = deps.now();
    let outcome = 'created' as ImportOutcome;
    let versionId: string;
    try {
      versionId = await db.transaction().execute(async (trx) => {
        const versions = (await rowsOf(trx, rubric.id)).map((row) => store.fromRow(row));
        const draft = versions.find((p) => p.status === 'draft');
        const published = versions.filter((p) => p.status === 'published').sort(newestFirst)[0];
        if (options.replace && options.replace.versionId !== draft?.versionId) {
          throw frozen(options.replace);
        }
        if (published && sameContent(published.rubric, rubric)) {
          outcome = 'unchanged';
          return published.versionId;
        }
        let id: string;
        if (draft) {
          outcome = 'replaced';
          id = await storeDraft(trx, rubric, { draft }, actor, now);
        } else {
          const taken = new Set(versions.map((p) => p.rubric.version));
          const version = published ? nextVersion(published.rubric.version, taken) : rubric.version;
          id = await storeDraft(trx, rubric, { version }, actor, now);
        }
        if (options.publish) {
          const stored = await trx
            .selectFrom('rubric_versions')
            .selectAll()
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          await publishRow(trx, store.fromRow(stored), actor, now);
        }
        return id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError(
          409,
          'conflict',
          `rubric ${rubric.id} was imported at the same time: try again`,
        );
      }
      throw error;
    }
    const version = summaryOf(await store.get(versionId));
    const message = MESSAGES[outcome](version.version, options.publish && outcome !== 'unchanged');
    return { outcome, message, version };
  }

  async function visible(versionId: string, actor: Actor): Promise<PinnedRubric> {
    const pinned = await store.get(versionId);
    // A draft's existence does not leak: others get the same 404 as for no version at all.
    if (pinned.status === 'draft' && actor.role !== 'admin')
      throw notFound(`rubric version ${versionId}`);
    return pinned;
  }

  return {
    visible,

    async list(actor: Actor): Promise<RubricVersionSummary[]> {
      return (await store.versions({ drafts: actor.role === 'admin' })).map(summaryOf);
    },

    /** Imports JSON or a workbook; a new rubric id or over a draft or published version. */
    async importUpload(
      bytes: Uint8Array,
      source: string,
      actor: Actor,
      options: { publish: boolean },
    ): Promise<RubricImportResult> {
      return importRubric(await parseRubricUpload(bytes, source), actor, options);
    },

    /** Replaces one draft with new content (409 when it is published). */
    async replaceDraft(
      versionId: string,
      bytes: Uint8Array,
      actor: Actor,
    ): Promise<RubricImportResult> {
      const pinned = await store.get(versionId);
      if (pinned.status === 'published') throw frozen(pinned);
      const rubric = await parseRubricUpload(bytes, 'body');
      if (rubric.id !== pinned.rubric.id) {
        throw new AppError(
          400,
          'invalid_input',
          `id: the draft is of rubric "${pinned.rubric.id}", the file is "${rubric.id}"`,
          [
            {
              path: 'id',
              message: `the draft is of rubric "${pinned.rubric.id}", the file is "${rubric.id}"`,
            },
          ],
        );
      }
      return importRubric(rubric, actor, { publish: false, replace: pinned });
    },

    async publish(versionId: string, actor: Actor): Promise<RubricVersionSummary> {
      const pinned = await store.get(versionId);
      if (pinned.status === 'published') throw frozen(pinned);
      await db.transaction().execute((trx) => publishRow(trx, pinned, actor, deps.now()));
      return summaryOf(await store.get(versionId));
    },

    async diff(versionId: string, actor: Actor): Promise<RubricVersionDiff> {
      const pinned = await visible(versionId, actor);
      const previous = await previousOf(pinned);
      return {
        from: previous ? summaryOf(previous) : null,
        to: summaryOf(pinned),
        changes: previous ? diffRubrics(previous.rubric, pinned.rubric) : null,
      };
    },

    /** The version as canonical JSON text (import -> export -> import is identical). */
    async exportJson(
      versionId: string,
      actor: Actor,
    ): Promise<{ pinned: PinnedRubric; text: string }> {
      const pinned = await visible(versionId, actor);
      return { pinned, text: canonicalRubricText(pinned.rubric) };
    },

    async exportWorkbook(
      versionId: string,
      actor: Actor,
    ): Promise<{ pinned: PinnedRubric; bytes: Uint8Array }> {
      const pinned = await visible(versionId, actor);
      return { pinned, bytes: await rubricWorkbook(pinned.rubric) };
    },
  };
}
