import type { Kysely } from 'kysely';
import { type LoadedRubric, parseRubric, type RubricLibrary } from '../../rubrics/load-rubrics';
import type { Rubric } from '../../rubrics/rubric';
import type { RubricMapping } from '../../rubrics/rubric-mapping';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { newId } from '../ids';

export interface PinnedRubric {
  /** rubric_versions.id */
  versionId: string;
  rubric: Rubric;
  checksum: string;
}

/**
 * The rubrics an installation knows: the files in rubrics/ (the current version of each) and
 * every version an evaluation ever pinned, kept in the database by checksum so a later edit
 * of a file never changes an old result.
 */
export class RubricStore {
  private readonly current = new Map<string, PinnedRubric>();
  private readonly byVersionId = new Map<string, PinnedRubric>();

  private constructor(
    private readonly db: Kysely<Database>,
    readonly mappings: RubricMapping[],
  ) {}

  /** Stores each rubric file's version (once per checksum) and returns the ready store. */
  static async open(
    db: Kysely<Database>,
    library: RubricLibrary,
    now: string,
  ): Promise<RubricStore> {
    const store = new RubricStore(db, library.mappings);
    for (const loaded of library.rubrics.values()) {
      store.current.set(loaded.rubric.id, await store.ensureStored(loaded, now));
    }
    return store;
  }

  private async ensureStored(loaded: LoadedRubric, now: string): Promise<PinnedRubric> {
    const existing = await this.db
      .selectFrom('rubric_versions')
      .select('id')
      .where('checksum', '=', loaded.checksum)
      .executeTakeFirst();
    let versionId = existing?.id;
    if (!versionId) {
      versionId = newId();
      await this.db
        .insertInto('rubric_versions')
        .values({
          id: versionId,
          rubric_id: loaded.rubric.id,
          version: loaded.rubric.version,
          checksum: loaded.checksum,
          title: loaded.rubric.title,
          content: loaded.text,
          loaded_at: now,
        })
        .onConflict((oc) => oc.column('checksum').doNothing())
        .execute();
      const stored = await this.db
        .selectFrom('rubric_versions')
        .select('id')
        .where('checksum', '=', loaded.checksum)
        .executeTakeFirstOrThrow();
      versionId = stored.id;
    }
    const pinned = { versionId, rubric: loaded.rubric, checksum: loaded.checksum };
    this.byVersionId.set(versionId, pinned);
    return pinned;
  }

  /** The current (file) version of a rubric id, or undefined. */
  currentOf(rubricId: string): PinnedRubric | undefined {
    return this.current.get(rubricId);
  }

  /** Every current rubric, in id order. */
  list(): PinnedRubric[] {
    return [...this.current.values()].sort((a, b) => a.rubric.id.localeCompare(b.rubric.id));
  }

  /** A pinned version by its database id (parsed once, then cached). */
  async get(versionId: string): Promise<PinnedRubric> {
    const cached = this.byVersionId.get(versionId);
    if (cached) return cached;
    const row = await this.db
      .selectFrom('rubric_versions')
      .selectAll()
      .where('id', '=', versionId)
      .executeTakeFirst();
    if (!row) throw notFound(`rubric version ${versionId}`);
    const pinned = {
      versionId,
      rubric: parseRubric(row.content, `rubric_versions/${versionId}`),
      checksum: row.checksum,
    };
    this.byVersionId.set(versionId, pinned);
    return pinned;
  }

  /** A version by checksum, when an evaluation file names one. */
  async byChecksum(checksum: string): Promise<PinnedRubric | undefined> {
    const row = await this.db
      .selectFrom('rubric_versions')
      .select('id')
      .where('checksum', '=', checksum)
      .executeTakeFirst();
    return row ? this.get(row.id) : undefined;
  }
}
