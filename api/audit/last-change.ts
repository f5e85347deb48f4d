import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database';
import { AppError } from '../errors';

/** Who last changed a record, and when, as a 409 tells the one whose save it refused. */
export interface LastChange {
  /** The account's name and e-mail; null when the audit names no account that still exists. */
  by: { name: string; email: string } | null;
  at: string;
}

/** The newest audit entry of `entity` `entityId`: its actor and time. */
export async function lastChange(
  db: Kysely<Database> | Transaction<Database>,
  entity: string,
  entityId: string,
): Promise<LastChange | null> {
  const row = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor')
    .select(['audit_log.at', 'users.display_name', 'users.email'])
    .where('audit_log.entity', '=', entity)
    .where('audit_log.entity_id', '=', entityId)
    .orderBy('audit_log.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    by: row.display_name && row.email ? { name: row.display_name, email: row.email } : null,
    at: row.at,
  };
}

/**
 * A 409 `conflict` with the current record and who changed it when, read from the audit log, so
 * the user whose save was refused learns whose change won (null `current`: nothing to name).
 */
export async function conflictChangedBy(
  db: Kysely<Database> | Transaction<Database>,
  record: { entity: string; id: string | null },
  message: string,
  current: unknown,
): Promise<AppError> {
  const change = record.id ? await lastChange(db, record.entity, record.id) : null;
  return new AppError(409, 'conflict', message, undefined, current, change ?? undefined);
}
