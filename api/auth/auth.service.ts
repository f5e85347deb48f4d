import { createHash, randomBytes } from 'node:crypto';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { UserRow } from '../db/database';
import { AppError, invalidInput } from '../errors';
import { LOGIN_LIMITS, loginAttempts } from './login-attempts';
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import {
  deleteSession,
  deleteUserSessions,
  findSession,
  insertSession,
  touchSession,
} from './sessions.repository';
import { findUser, findUserByEmail, updateUser } from './users.repository';

export const SESSION_COOKIE = 'kompass_session';

/** Session lifetimes: ended after `idleMinutes` without a request, and after `maxDays` in any case. */
export interface SessionPolicy {
  idleMinutes: number;
  maxDays: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 8 * 60, maxDays: 7 };

/** One message for every failed login, so an attacker cannot tell which half was wrong. */
export const LOGIN_FAILED = 'wrong email or password';

/** The cookie's token -> the session's id in the database (its SHA-256). */
/** 429 saying how long the lock lasts, in whole minutes (at least one). */
function lockedOut(remainingMs: number): AppError {
  const minutes = Math.max(1, Math.ceil(remainingMs / 60_000));
  return new AppError(
    429,
    'too_many_attempts',
    `too many failed logins: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
  );
}

export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Me {
  id: string;
  email: string;
  name: string;
  role: Actor['role'];
  municipalityCode: string | null;
}

export function meOf(
  user: Pick<UserRow, 'id' | 'email' | 'display_name' | 'role' | 'municipality_code'>,
): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.display_name,
    role: user.role,
    municipalityCode: user.municipality_code,
  };
}

export function checkNewPassword(password: string, path = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalidInput([
      { path, message: `a password has at least ${MIN_PASSWORD_LENGTH} characters` },
    ]);
  }
}

/** Logins, sessions and password changes. */
export function authService(deps: AppDeps) {
  const { db } = deps.store;
  const policy = deps.sessions ?? DEFAULT_SESSION_POLICY;
  const attempts = loginAttempts(db);
  const nowMs = () => Date.parse(deps.now());

  async function newSession(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = nowMs();
    await insertSession(db, {
      id: sessionId(token),
      user_id: userId,
      created_at: new Date(now).toISOString(),
      last_seen_at: new Date(now).toISOString(),
      expires_at: new Date(now + policy.maxDays * 86_400_000).toISOString(),
    });
    return token;
  }

  /**
   * A new session for a user who proved who they are (password, SSO or a one-time link): the
   * session the request came with (if any) is revoked first, rotation at login. Audited.
   */
  async function startSession(
    user: UserRow,
    previousToken: string | undefined,
    how: { address: string; method: 'password' | 'oidc' | 'link'; [detail: string]: unknown },
  ): Promise<{ token: string; me: Me }> {
    if (previousToken) await deleteSession(db, sessionId(previousToken));
    const token = await newSession(user.id);
    await writeAudit(db, {
      actor: user.id,
      action: 'user.login',
      entity: 'user',
      entityId: user.id,
      evaluationId: null,
      before: null,
      after: how,
      at: deps.now(),
    });
    return { token, me: meOf(user) };
  }

  return {
    policy,

    /**
     * Checks email and password with rate limits per account and per address (each attempt
     * counted atomically before the check; see login-attempts.ts). On success the
     * session the request came with (if any) is revoked and a new one issued: rotation at login.
     */
    async login(
      email: string,
      password: string,
      address: string,
      previousToken: string | undefined,
    ): Promise<{ token: string; me: Me }> {
      const account = email.trim().toLowerCase();
      const now = nowMs();
      // Counted before the password is checked: over the limit, it is never checked.
      const admitted = [
        await attempts.admit('account', account, now),
        await attempts.admit('address', address, now),
      ];
      if (admitted.includes(false)) {
        // Say how long: the later of the account's and the address's lock.
        const ends = [
          await attempts.lockedUntil('account', account, now),
          await attempts.lockedUntil('address', address, now),
        ].filter((end): end is string => end !== null);
        const until = ends.sort().at(-1);
        throw lockedOut(until ? Date.parse(until) - now : LOGIN_LIMITS.account.lockMs);
      }
      const user = await findUserByEmail(db, account);
      const usable = user?.password_hash.startsWith('scrypt$') ? user.password_hash : undefined;
      const ok = await verifyPassword(password, usable ?? (await decoyHash()));
      if (!user || !usable || !ok || user.disabled) {
        throw new AppError(401, 'login_failed', LOGIN_FAILED);
      }
      await attempts.clear('account', account);
      await attempts.refund('address', address);
      return startSession(user, previousToken, { address, method: 'password' });
    },

    startSession,

    /** The actor behind a session token, or null when it is unknown, idle too long or expired. */
    async actorFor(token: string): Promise<{ actor: Actor; me: Me } | null> {
      const id = sessionId(token);
      const session = await findSession(db, id);
      if (!session) return null;
      const now = nowMs();
      const idleUntil = Date.parse(session.last_seen_at) + policy.idleMinutes * 60_000;
      if (now > idleUntil || now > Date.parse(session.expires_at) || session.disabled) {
        await deleteSession(db, id);
        return null;
      }
      // One write a minute at most: enough for the idle timeout, cheap for autosave bursts.
      if (now - Date.parse(session.last_seen_at) > 60_000) {
        await touchSession(db, id, new Date(now).toISOString());
      }
      const me = meOf({
        id: session.user_id,
        email: session.email,
        display_name: session.display_name,
        role: session.role,
        municipality_code: session.municipality_code,
      });
      return {
        me,
        actor: { id: me.id, name: me.name, role: me.role, municipalityCode: me.municipalityCode },
      };
    },

    async logout(token: string): Promise<void> {
      await deleteSession(db, sessionId(token));
    },

    /** Changes one's own password and revokes one's other sessions. */
    async changePassword(
      actor: Actor,
      token: string,
      current: string,
      next: string,
    ): Promise<void> {
      const user = await findUser(db, actor.id);
      if (!user) throw new AppError(401, 'not_logged_in', 'log in first');
      // A guess at the current password counts against the account as a login does: a stolen
      // session cannot try passwords faster than the login page allows.
      const now = nowMs();
      if (!(await attempts.admit('account', user.email, now))) {
        const until = await attempts.lockedUntil('account', user.email, now);
        throw lockedOut(until ? Date.parse(until) - now : LOGIN_LIMITS.account.lockMs);
      }
      if (!(await verifyPassword(current, user.password_hash))) {
        throw invalidInput([{ path: 'currentPassword', message: 'the current password is wrong' }]);
      }
      await attempts.clear('account', user.email);
      checkNewPassword(next, 'newPassword');
      await setPassword(deps, user, next, actor, sessionId(token));
    },
  };
}

/** Sets a user's password and revokes their sessions (all, or all but `keepSession`). Audited. */
export async function setPassword(
  deps: AppDeps,
  user: UserRow,
  password: string,
  actor: Actor,
  keepSession?: string,
): Promise<void> {
  const now = deps.now();
  const hash = await hashPassword(password);
  await deps.store.db.transaction().execute(async (trx) => {
    const ok = await updateUser(trx, user.id, Number(user.version), {
      password_hash: hash,
      password_changed_at: now,
      updated_at: now,
    });
    if (!ok) throw new AppError(409, 'conflict', 'the user was changed meanwhile: try again');
    await deleteUserSessions(trx, user.id, keepSession);
    await writeAudit(trx, {
      actor: actor.id,
      action: 'user.password',
      entity: 'user',
      entityId: user.id,
      evaluationId: null,
      before: null,
      after: { passwordChangedAt: now },
      at: now,
    });
  });
}
