import type { Kysely, Transaction } from 'kysely';
import { type LoadedRubric, parseRubric, type RubricLibrary } from '../../rubrics/load-rubrics';
import type { Rubric } from '../../rubrics/rubric';
import type { RubricMapping } from '../../rubrics/rubric-mapping';
import type {
  Database,
  RubricVersionOrigin,
  RubricVersionRow,
  RubricVersionStatus,
} from '../db/database';
import { notFound } from '../errors';
import { newId } from '../ids';

export interface PinnedRubric {
  /** rubric_versions.id */
  versionId: string;
  rubric: Rubric;
  checksum: string;
  /** Only a published version can be pinned by an evaluation; a draft is seen by admins only. */
  status: RubricVersionStatus;
  origin: RubricVersionOrigin;
  publishedAt: string | null;
  /** When the file was loaded or the version (last) imported. */
  loadedAt: string;
}

/** Newest first: by publication, drafts (not yet published) before everything. */
export function newestFirst(a: PinnedRubric, b: PinnedRubric): number {
  const at = (p: PinnedRubric) => p.publishedAt ?? '\uffff';
  return at(b).localeCompare(at(a)) || b.loadedAt.localeCompare(a.loadedAt);
}

/**
 * The rubrics an installation knows: the files in rubrics/ (the current version of each), the
 * versions admins imported (drafts and published) and every version an evaluation ever pinned,
 * all in rubric_versions by checksum, so a later edit of a file never changes an old result.
 * Published versions are frozen and cached; drafts are read afresh, since a re-import replaces
 * them, possibly through another server instance.
 */
export class RubricStore {
  /** rubric_versions.id of each shipped file's current version. */
  private readonly fileVersionIds = new Set<string>();
  private readonly published = new Map<string, PinnedRubric>();

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
      const versionId = await store.ensureStored(loaded, now);
      store.fileVersionIds.add(versionId);
      await store.get(versionId); // parsed and kept: read on every score save
    }
    return store;
  }

  private async ensureStored(loaded: LoadedRubric, now: string): Promise<string> {
    const existing = await this.db
      .selectFrom('rubric_versions')
      .select('id')
      .where('checksum', '=', loaded.checksum)
      .executeTakeFirst();
    if (existing) return existing.id;
    await this.db
      .insertInto('rubric_versions')
      .values({
        id: newId(),
        rubric_id: loaded.rubric.id,
        version: loaded.rubric.version,
        checksum: loaded.checksum,
        title: loaded.rubric.title,
        content: loaded.text,
        loaded_at: now,
        status: 'published',
        origin: 'file',
        published_at: now,
        imported_by: null,
      })
      .onConflict((oc) => oc.column('checksum').doNothing())
      .execute();
    const stored = await this.db
      .selectFrom('rubric_versions')
      .select('id')
      .where('checksum', '=', loaded.checksum)
      .executeTakeFirstOrThrow();
    return stored.id;
  }

  /** A row as a PinnedRubric; published ones are parsed once and kept. */
  fromRow(row: RubricVersionRow): PinnedRubric {
    const cached = this.published.get(row.id);
    if (cached) return cached;
    const pinned: PinnedRubric = {
      versionId: row.id,
      rubric: parseRubric(row.content, `rubric_versions/${row.id}`),
      checksum: row.checksum,
      status: row.status,
      origin: row.origin,
      publishedAt: row.published_at,
      loadedAt: row.loaded_at,
    };
    if (row.status === 'published') this.published.set(row.id, pinned);
    return pinned;
  }

  /**
   * The versions on offer, newest first: the current file of each shipped rubric and every
   * imported version (drafts only when asked for). Versions of a file that changed since an
   * evaluation pinned them stay readable by id, but are not offered.
   */
  async versions(options: { drafts: boolean }): Promise<PinnedRubric[]> {
    let query = this.db.selectFrom('rubric_versions').selectAll();
    query = query.where((eb) =>
      eb.or([
        eb('origin', '=', 'import'),
        ...(this.fileVersionIds.size > 0 ? [eb('id', 'in', [...this.fileVersionIds])] : []),
      ]),
    );
    if (!options.drafts) query = query.where('status', '=', 'published');
    const rows = await query.execute();
    return rows.map((row) => this.fromRow(row)).sort(newestFirst);
  }

  /** The newest published version of a rubric id (a file's or an import's), or undefined. */
  async currentOf(rubricId: string): Promise<PinnedRubric | undefined> {
    return (await this.versions({ drafts: false })).find((p) => p.rubric.id === rubricId);
  }

  /** The newest published version of every rubric id, in id order. */
  async list(): Promise<PinnedRubric[]> {
    const newest = new Map<string, PinnedRubric>();
    for (const pinned of await this.versions({ drafts: false })) {
      if (!newest.has(pinned.rubric.id)) newest.set(pinned.rubric.id, pinned);
    }
    return [...newest.values()].sort((a, b) => a.rubric.id.localeCompare(b.rubric.id));
  }

  /**
   * A stored version by its database id, draft or published. Inside a transaction pass it as
   * `executor`: SQLite has one connection, which the transaction holds until it ends.
   */
  async get(
    versionId: string,
    executor: Kysely<Database> | Transaction<Database> = this.db,
  ): Promise<PinnedRubric> {
    const cached = this.published.get(versionId);
    if (cached) return cached;
    const row = await executor
      .selectFrom('rubric_versions')
      .selectAll()
      .where('id', '=', versionId)
      .executeTakeFirst();
    if (!row) throw notFound(`rubric version ${versionId}`);
    return this.fromRow(row);
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
