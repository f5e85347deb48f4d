import type { Kysely, Transaction } from 'kysely';
import type { Database, EvaluationContactRow } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export function listContacts(db: Executor, evaluationId: string) {
  return db
    .selectFrom('evaluation_contacts as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select([
      'c.id',
      'c.user_id',
      'c.created_at',
      'u.display_name',
      'u.email',
      'c.evaluation_id',
      'c.created_by',
    ])
    .where('c.evaluation_id', '=', evaluationId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export function findContact(db: Executor, evaluationId: string, contactId: string) {
  return db
    .selectFrom('evaluation_contacts')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('id', '=', contactId)
    .executeTakeFirst();
}

export async function insertContact(db: Executor, row: EvaluationContactRow): Promise<void> {
  await db.insertInto('evaluation_contacts').values(row).execute();
}

export async function deleteContact(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('evaluation_contacts').where('id', '=', id).execute();
}

/** The evaluations a reader is a contact of, still of their own kommun. */
export function listContactEvaluations(db: Executor, userId: string, municipalityCode: string) {
  return db
    .selectFrom('evaluation_contacts as c')
    .innerJoin('evaluations as e', 'e.id', 'c.evaluation_id')
    .innerJoin('municipalities as m', 'm.id', 'e.municipality_id')
    .select(['e.id', 'm.code', 'm.name', 'e.date', 'e.status', 'e.visit_start', 'e.visit_end'])
    .where('c.user_id', '=', userId)
    .where('m.code', '=', municipalityCode)
    .orderBy('e.date', 'desc')
    .orderBy('e.id')
    .execute();
}
