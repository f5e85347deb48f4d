import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** Failures allowed per window before a lock, per account and per address. */
export const LOGIN_LIMITS = {
  account: { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { failures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

type Kind = keyof typeof LOGIN_LIMITS;

/**
 * Login rate limiting kept in the database, so several server instances share it: a key is
 * locked for a while after too many failures within a window.
 */
export function loginAttempts(db: Kysely<Database>) {
  return {
    /** The time until which `key` is locked, or null. */
    async lockedUntil(kind: Kind, key: string, nowMs: number): Promise<number | null> {
      const row = await db
        .selectFrom('login_attempts')
        .select('locked_until')
        .where('key', '=', `${kind}:${key}`)
        .executeTakeFirst();
      const until = row?.locked_until ? Date.parse(row.locked_until) : null;
      return until !== null && until > nowMs ? until : null;
    },

    async recordFailure(kind: Kind, key: string, nowMs: number): Promise<void> {
      const limits = LOGIN_LIMITS[kind];
      const id = `${kind}:${key}`;
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('login_attempts')
          .selectAll()
          .where('key', '=', id)
          .executeTakeFirst();
        const fresh = !row || Date.parse(row.window_started_at) + limits.windowMs < nowMs;
        const failures = fresh ? 1 : Number(row.failures) + 1;
        const values = {
          failures,
          window_started_at: fresh
            ? new Date(nowMs).toISOString()
            : (row?.window_started_at as string),
          locked_until:
            failures >= limits.failures ? new Date(nowMs + limits.lockMs).toISOString() : null,
        };
        await trx
          .insertInto('login_attempts')
          .values({ key: id, ...values })
          .onConflict((oc) => oc.column('key').doUpdateSet(values))
          .execute();
      });
    },

    async clear(kind: Kind, key: string): Promise<void> {
      await db.deleteFrom('login_attempts').where('key', '=', `${kind}:${key}`).execute();
    },
  };
}
