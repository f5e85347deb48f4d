import type { Kysely, Transaction } from 'kysely';
import type { Database, MunicipalityRow } from '../db/database';
import { newId } from '../ids';

type Executor = Kysely<Database> | Transaction<Database>;

export function listMunicipalities(db: Executor): Promise<MunicipalityRow[]> {
  return db.selectFrom('municipalities').selectAll().orderBy('name').execute();
}

export function findMunicipalityByCode(db: Executor, code: string) {
  return db.selectFrom('municipalities').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findMunicipality(db: Executor, id: string) {
  return db.selectFrom('municipalities').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMunicipality(
  db: Executor,
  values: { code: string; name: string; officialName: string | null },
  now: string,
): Promise<MunicipalityRow> {
  const row: MunicipalityRow = {
    id: newId(),
    code: values.code,
    name: values.name,
    official_name: values.officialName,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('municipalities').values(row).execute();
  return row;
}

/** Updates when `version` still matches; returns the new row, or undefined on a stale version. */
export async function updateMunicipality(
  db: Executor,
  id: string,
  version: number,
  values: { name: string; officialName: string | null },
  now: string,
): Promise<MunicipalityRow | undefined> {
  const result = await db
    .updateTable('municipalities')
    .set({
      name: values.name,
      official_name: values.officialName,
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return findMunicipality(db, id);
}
