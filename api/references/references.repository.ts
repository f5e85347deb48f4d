import type { Kysely, Transaction } from 'kysely';
import { batches, widestRow } from '../db/batches';
import type { Database, ReferenceResultRow } from '../db/database';
import { noteWithTotal, type ReferenceResult } from '../formats/reference-file';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * A stored reference as the file format and the API describe it, with its version and whether
 * only its total was published (then `areas` is absent).
 */
export type StoredReference = ReferenceResult & { version: number; totalsOnly: boolean };

export function referenceFromRow(row: ReferenceResultRow): StoredReference {
  // A totals-only result is stored as the JSON `null` (the column predates it and is NOT NULL).
  const areas = JSON.parse(row.areas) as ReferenceResult['areas'] | null;
  return {
    id: row.id,
    municipality: { name: row.municipality_name, code: row.municipality_code },
    year: Number(row.year),
    rubric: row.rubric_id,
    kind: row.kind,
    ...(areas === null ? {} : { areas }),
    totalsOnly: areas === null,
    total: Number(row.total),
    source: row.source,
    ...(row.note === null ? {} : { note: row.note }),
    version: Number(row.version),
  };
}

export function rowValues(reference: ReferenceResult) {
  return {
    municipality_code: reference.municipality.code,
    municipality_name: reference.municipality.name,
    year: reference.year,
    rubric_id: reference.rubric,
    kind: reference.kind,
    areas: JSON.stringify(reference.areas ?? null),
    total: reference.total,
    source: reference.source,
    note: noteWithTotal(reference) ?? null,
  };
}

export async function listReferences(
  db: Executor,
  filter: { ids?: string[]; rubricId?: string } = {},
): Promise<StoredReference[]> {
  let query = db.selectFrom('reference_results').selectAll();
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', filter.ids);
  }
  if (filter.rubricId) query = query.where('rubric_id', '=', filter.rubricId);
  const rows = await query.orderBy('municipality_name').orderBy('year').orderBy('id').execute();
  return rows.map(referenceFromRow);
}

/** Which of `ids` are stored: asked in batches a statement can bind (an import may hold 100,000). */
export async function storedReferenceIds(
  db: Executor,
  ids: readonly string[],
): Promise<Set<string>> {
  const stored = new Set<string>();
  for (const batch of batches(ids, 1)) {
    const rows = await db
      .selectFrom('reference_results')
      .select('id')
      .where('id', 'in', batch)
      .execute();
    for (const row of rows) stored.add(row.id);
  }
  return stored;
}

export async function findReference(
  db: Executor,
  id: string,
): Promise<StoredReference | undefined> {
  const row = await db
    .selectFrom('reference_results')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? referenceFromRow(row) : undefined;
}

/** Inserts new references, in batches a statement can bind (call it in a transaction). */
export async function insertReferences(db: Executor, references: ReferenceResult[], now: string) {
  const rows = references.map((reference) => ({
    id: reference.id,
    ...rowValues(reference),
    version: 1,
    created_at: now,
    updated_at: now,
  }));
  for (const batch of batches(rows, widestRow(rows))) {
    await db.insertInto('reference_results').values(batch).execute();
  }
}

/** Updates when `version` still matches; false on a stale version. */
export async function updateReference(
  db: Executor,
  reference: ReferenceResult,
  version: number,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('reference_results')
    .set({ ...rowValues(reference), version: version + 1, updated_at: now })
    .where('id', '=', reference.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteReference(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('reference_results')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
