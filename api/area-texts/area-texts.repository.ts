import type { Kysely, Transaction } from 'kysely';
import type { AreaTextRow, Database } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export function listAreaTexts(db: Executor, evaluationId: string): Promise<AreaTextRow[]> {
  return db
    .selectFrom('area_texts')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('area_id')
    .execute();
}

export function findAreaText(db: Executor, evaluationId: string, areaId: string) {
  return db
    .selectFrom('area_texts')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('area_id', '=', areaId)
    .executeTakeFirst();
}

export async function insertAreaTexts(db: Executor, rows: AreaTextRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('area_texts').values(rows).execute();
}

type AreaTextValues = Pick<AreaTextRow, 'summary' | 'strengths' | 'improvements' | 'updated_at'>;

/** Updates when `version` still matches; false on a stale version. */
export async function updateAreaText(
  db: Executor,
  id: string,
  version: number,
  values: AreaTextValues,
) {
  const result = await db
    .updateTable('area_texts')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
