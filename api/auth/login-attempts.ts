import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database';

/** Failures allowed per window before a lock, per account and per address. */
export const LOGIN_LIMITS = {
  account: { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { failures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

type Kind = keyof typeof LOGIN_LIMITS;

/**
 * Login rate limiting kept in the database, so several server instances share it. Every attempt
 * is counted before its password is checked, in one atomic statement (an upsert returning the
 * new count), so a burst of parallel attempts cannot all pass a check made before any of them
 * was recorded: the attempt that reaches the limit locks the key, and every later one within the
 * lock is refused without a check.
 */
export function loginAttempts(db: Kysely<Database>) {
  return {
    /**
     * Counts one attempt on `key` and says whether it may be checked: false once the attempts
     * in the window (or since the lock began) are over the limit. A window that has run out,
     * with no lock in force, starts again at this attempt.
     */
    async admit(kind: Kind, key: string, nowMs: number): Promise<boolean> {
      const limits = LOGIN_LIMITS[kind];
      const now = new Date(nowMs).toISOString();
      const windowStart = new Date(nowMs - limits.windowMs).toISOString();
      const lockEnd = new Date(nowMs + limits.lockMs).toISOString();
      const restart = sql<boolean>`(login_attempts.window_started_at < ${windowStart}
        and (login_attempts.locked_until is null or login_attempts.locked_until <= ${now}))`;
      const row = await db
        .insertInto('login_attempts')
        .values({ key: `${kind}:${key}`, failures: 1, window_started_at: now, locked_until: null })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql<number>`case when ${restart} then 1
              else login_attempts.failures + 1 end`,
            window_started_at: sql<string>`case when ${restart} then ${now}
              else login_attempts.window_started_at end`,
            locked_until: sql<string | null>`case
              when ${restart} then null
              when login_attempts.locked_until > ${now} then login_attempts.locked_until
              when login_attempts.failures + 1 >= ${limits.failures} then ${lockEnd}
              else null end`,
          }),
        )
        .returning(['failures'])
        .executeTakeFirstOrThrow();
      return Number(row.failures) <= limits.failures;
    },

    /** A checked attempt succeeded: it no longer counts as a failure of `key`. */
    async refund(kind: Kind, key: string): Promise<void> {
      const limits = LOGIN_LIMITS[kind];
      await db
        .updateTable('login_attempts')
        .set({
          failures: sql<number>`case when failures > 0 then failures - 1 else 0 end`,
          locked_until: sql<string | null>`case when failures - 1 < ${limits.failures}
            then null else locked_until end`,
        })
        .where('key', '=', `${kind}:${key}`)
        .execute();
    },

    /** When the lock on `key` ends, or null when it is not locked at `nowMs`. */
    async lockedUntil(kind: Kind, key: string, nowMs: number): Promise<string | null> {
      const row = await db
        .selectFrom('login_attempts')
        .select('locked_until')
        .where('key', '=', `${kind}:${key}`)
        .executeTakeFirst();
      const until = row?.locked_until ?? null;
      return until && until > new Date(nowMs).toISOString() ? until : null;
    },

    /** The accounts (by e-mail) whose logins are locked at `nowMs`, with when each lock ends. */
    async lockedAccounts(nowMs: number): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('login_attempts')
        .select(['key', 'locked_until'])
        .where('key', 'like', 'account:%')
        .where('locked_until', '>', new Date(nowMs).toISOString())
        .execute();
      return new Map(
        rows.map((row) => [row.key.slice('account:'.length), String(row.locked_until)]),
      );
    },

    async clear(kind: Kind, key: string): Promise<void> {
      await db.deleteFrom('login_attempts').where('key', '=', `${kind}:${key}`).execute();
    },
  };
}
