import type { Kysely, Transaction } from 'kysely';
import type { Database, UserTokenRow } from '../../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export async function insertUserToken(db: Executor, row: UserTokenRow): Promise<void> {
  await db.insertInto('user_tokens').values(row).execute();
}

/** A link that is neither used nor expired, with its user. */
export function findUsableToken(db: Executor, id: string, now: string) {
  return db
    .selectFrom('user_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.purpose', 't.expires_at', 'u.id as user_id', 'u.email', 'u.display_name'])
    .where('t.id', '=', id)
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', now)
    .where('u.disabled', '=', 0)
    .executeTakeFirst();
}

/** Marks a link used, if it still was usable: true for the one request that gets it. */
export async function useToken(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('user_tokens')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a user's unused links of a purpose (a new invitation replaces the old one). */
export async function expireUserTokens(
  db: Executor,
  userId: string,
  purpose: UserTokenRow['purpose'],
  now: string,
): Promise<void> {
  await db
    .updateTable('user_tokens')
    .set({ expires_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
}
