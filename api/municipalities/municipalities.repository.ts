import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../context';
import type { Database, MunicipalityRow } from '../db/database';
import { newId } from '../ids';

type Executor = Kysely<Database> | Transaction<Database>;

export function listMunicipalities(db: Executor): Promise<MunicipalityRow[]> {
  return db.selectFrom('municipalities').selectAll().orderBy('name').execute();
}

/**
 * The kommuner `viewer` may know of, by name. Admins: all. Everyone: those with a published
 * evaluation or a reference result. Readers also their own; evaluators also those of their
 * teams' evaluations and those in the register without any evaluation (to create one). A kommun
 * known only through someone else's draft is never listed.
 */
export function listMunicipalitiesVisibleTo(
  db: Executor,
  viewer: Pick<Actor, 'id' | 'role' | 'municipalityCode'>,
): Promise<MunicipalityRow[]> {
  if (viewer.role === 'admin') return listMunicipalities(db);
  return db
    .selectFrom('municipalities as m')
    .selectAll('m')
    .where((eb) => {
      const evaluations = () =>
        eb.selectFrom('evaluations as e').select('e.id').whereRef('e.municipality_id', '=', 'm.id');
      const visible = [
        eb.exists(evaluations().where('e.status', '=', 'published')),
        eb.exists(
          eb
            .selectFrom('reference_results as r')
            .select('r.id')
            .whereRef('r.municipality_code', '=', 'm.code'),
        ),
      ];
      if (viewer.role === 'reader') {
        visible.push(eb('m.code', '=', viewer.municipalityCode ?? ''));
      } else {
        visible.push(eb.not(eb.exists(evaluations())));
        visible.push(
          eb.exists(
            evaluations()
              .innerJoin('team_members as t', 't.evaluation_id', 'e.id')
              .where('t.user_id', '=', viewer.id),
          ),
        );
      }
      return eb.or(visible);
    })
    .orderBy('m.name')
    .execute();
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
