import type { Kysely, Transaction } from 'kysely';
import type { Database, UserIdentityRow } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export function findIdentity(
  db: Executor,
  issuer: string,
  subject: string,
): Promise<UserIdentityRow | undefined> {
  return db
    .selectFrom('user_identities')
    .selectAll()
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export function identitiesOfUser(db: Executor, userId: string): Promise<UserIdentityRow[]> {
  return db.selectFrom('user_identities').selectAll().where('user_id', '=', userId).execute();
}

export function allIdentities(db: Executor): Promise<UserIdentityRow[]> {
  return db.selectFrom('user_identities').selectAll().orderBy('linked_at').execute();
}

export async function insertIdentity(db: Executor, row: UserIdentityRow): Promise<void> {
  await db.insertInto('user_identities').values(row).execute();
}

export async function touchIdentity(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('user_identities').set({ last_login_at: at }).where('id', '=', id).execute();
}

export async function deleteIdentities(db: Executor, userId: string): Promise<number> {
  const result = await db
    .deleteFrom('user_identities')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
