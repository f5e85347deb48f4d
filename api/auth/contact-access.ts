import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database';

/**
 * Whether the user is a contact (kontaktperson) of the evaluation and still a reader of its
 * kommun: a reader moved to another kommun loses the evaluation even if the row is left.
 */
export async function isContact(
  db: Kysely<Database> | Transaction<Database>,
  evaluationId: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('evaluation_contacts as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .innerJoin('evaluations as e', 'e.id', 'c.evaluation_id')
    .innerJoin('municipalities as m', 'm.id', 'e.municipality_id')
    .select('c.id')
    .where('c.evaluation_id', '=', evaluationId)
    .where('c.user_id', '=', userId)
    .where('u.role', '=', 'reader')
    .where('u.disabled', '=', 0)
    .whereRef('u.municipality_code', '=', 'm.code')
    .executeTakeFirst();
  return row !== undefined;
}
