import type { Kysely, Transaction } from 'kysely';
import type { Database, SessionRow } from '../db/database';
import { preparedFirst } from '../db/prepared';

type Executor = Kysely<Database> | Transaction<Database>;

export async function insertSession(db: Executor, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** Read on every API request: compiled once. */
export function findSession(db: Executor, id: string) {
  return preparedFirst(db, 'findSession', [id], (db) =>
    db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select([
        's.id as session_id',
        's.last_seen_at',
        's.expires_at',
        'u.id as user_id',
        'u.email',
        'u.display_name',
        'u.role',
        'u.municipality_code',
        'u.disabled',
      ])
      .where('s.id', '=', id),
  );
}

export async function touchSession(db: Executor, id: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Revokes every session of a user, except `keep` (the one changing its own password). */
export async function deleteUserSessions(
  db: Executor,
  userId: string,
  keep?: string,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep) query = query.where('id', '!=', keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
