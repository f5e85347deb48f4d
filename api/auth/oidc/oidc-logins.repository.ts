import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export async function insertOidcLogin(
  db: Executor,
  row: { id: string; code_verifier: string; nonce: string; created_at: string; expires_at: string },
): Promise<void> {
  // Started sign-ins nobody finished are dropped as new ones come.
  await db.deleteFrom('oidc_logins').where('expires_at', '<', row.created_at).execute();
  await db.insertInto('oidc_logins').values(row).execute();
}

/** Takes a started sign-in out of the table: a second callback with the same state finds none. */
export async function takeOidcLogin(db: Kysely<Database>, id: string) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('oidc_logins')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const deleted = await trx.deleteFrom('oidc_logins').where('id', '=', id).executeTakeFirst();
    return Number(deleted.numDeletedRows) === 1 ? row : undefined;
  });
}
