import type { z } from 'zod';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { UserIdentityRow, UserRole, UserRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { AppError, conflict, invalidInput, notFound } from '../errors';
import { newId } from '../ids';
import { checkNewPassword, setPassword } from './auth.service';
import { allIdentities, deleteIdentities, identitiesOfUser } from './identities.repository';
import { loginAttempts } from './login-attempts';
import { generatePassword, hashPassword, NO_PASSWORD } from './password';
import { deleteUserSessions } from './sessions.repository';
import {
  countUsers,
  findUser,
  findUserByEmail,
  insertUser,
  listUsers,
  updateUser,
} from './users.repository';
import type { CreateUserBody, UpdateUserBody, User } from './users.schemas';

export function userOf(row: UserRow, identity?: UserIdentityRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.display_name,
    role: row.role,
    municipalityCode: row.municipality_code,
    organisation: row.organisation ?? null,
    disabled: Boolean(Number(row.disabled)),
    version: Number(row.version),
    createdAt: row.created_at,
    passwordChangedAt: row.password_changed_at,
    provider: identity
      ? {
          issuer: identity.issuer,
          subject: identity.subject,
          email: identity.email,
          linkedAt: identity.linked_at,
          lastLoginAt: identity.last_login_at,
        }
      : null,
  };
}

/** A reader belongs to a kommun; admins and evaluators do not. */
export function checkRoleKommun(role: UserRole, code: string | null) {
  if (role === 'reader' && !code) {
    throw invalidInput([
      { path: 'municipalityCode', message: 'a reader needs the kommunkod of their kommun' },
    ]);
  }
  if (role !== 'reader' && code) {
    throw invalidInput([
      { path: 'municipalityCode', message: 'only a reader belongs to a kommun' },
    ]);
  }
}

/** User accounts, managed by admins (API) or on the server (CLI). */
export function usersService(deps: AppDeps) {
  const { db } = deps.store;
  return {
    async list(): Promise<User[]> {
      const identities = new Map((await allIdentities(db)).map((i) => [i.user_id, i]));
      const locked = await loginAttempts(db).lockedAccounts(Date.parse(deps.now()));
      return (await listUsers(db)).map((row) => {
        const user = userOf(row, identities.get(row.id));
        const until = locked.get(row.email);
        return until ? { ...user, lockedUntil: until } : user;
      });
    },

    /** Lifts a lock-out of the account's logins (after too many failed attempts), audited. */
    async unlock(id: string, actor: Actor): Promise<void> {
      const user = await findUser(db, id);
      if (!user) throw notFound(`user ${id}`);
      const attempts = loginAttempts(db);
      const until = await attempts.lockedUntil('account', user.email, Date.parse(deps.now()));
      await db.transaction().execute(async (trx) => {
        await loginAttempts(trx).clear('account', user.email);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'user.unlock',
          entity: 'user',
          entityId: id,
          evaluationId: null,
          before: { lockedUntil: until },
          after: { lockedUntil: null },
          at: deps.now(),
        });
      });
    },

    /** Unlinks a user's provider account: their next SSO sign-in links (by e-mail) afresh. */
    async unlinkProvider(id: string, actor: Actor): Promise<void> {
      const user = await findUser(db, id);
      if (!user) throw notFound(`user ${id}`);
      const [identity] = await identitiesOfUser(db, id);
      if (!identity) throw notFound(`a provider account linked to user ${id}`);
      await db.transaction().execute(async (trx) => {
        await deleteIdentities(trx, id);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'user.identity.unlink',
          entity: 'user',
          entityId: id,
          evaluationId: null,
          before: { issuer: identity.issuer, subject: identity.subject, email: identity.email },
          after: null,
          at: deps.now(),
        });
      });
    },

    /** Creates a user; without a password one is generated and returned (to be shown once). */
    async create(
      body: z.infer<typeof CreateUserBody>,
      actor: Actor,
    ): Promise<{ user: User; password?: string }> {
      const code = body.municipalityCode ?? null;
      checkRoleKommun(body.role, code);
      if (body.invite && body.password !== undefined) {
        throw invalidInput([
          { path: 'password', message: 'an invited user chooses their own password' },
        ]);
      }
      const generated =
        body.password === undefined && !body.invite ? generatePassword() : undefined;
      const password = body.password ?? generated;
      if (password !== undefined) checkNewPassword(password);
      const now = deps.now();
      const row: UserRow = {
        id: newId(),
        email: body.email,
        display_name: body.name,
        role: body.role,
        municipality_code: code,
        organisation: body.organisation ?? null,
        password_hash: password === undefined ? NO_PASSWORD : await hashPassword(password),
        password_changed_at: now,
        disabled: 0,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      try {
        await db.transaction().execute(async (trx) => {
          await insertUser(trx, row);
          const { password_hash: _hash, ...visible } = row;
          await writeAudit(trx, {
            actor: actor.id,
            action: 'user.create',
            entity: 'user',
            entityId: row.id,
            evaluationId: null,
            before: null,
            after: visible,
            at: now,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError(409, 'duplicate', `a user with e-mail ${body.email} already exists`);
        }
        throw error;
      }
      return { user: userOf(row), ...(generated ? { password: generated } : {}) };
    },

    async update(id: string, body: z.infer<typeof UpdateUserBody>, actor: Actor): Promise<User> {
      const before = await findUser(db, id);
      if (!before) throw notFound(`user ${id}`);
      const role = body.role ?? before.role;
      const code =
        body.municipalityCode === undefined ? before.municipality_code : body.municipalityCode;
      checkRoleKommun(role, code);
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        const ok = await updateUser(trx, id, body.version, {
          ...(body.name === undefined ? {} : { display_name: body.name }),
          role,
          municipality_code: code,
          ...(body.organisation === undefined ? {} : { organisation: body.organisation }),
          ...(body.disabled === undefined ? {} : { disabled: body.disabled ? 1 : 0 }),
          updated_at: now,
        });
        if (!ok)
          throw conflict(
            'the user was changed by someone else',
            userOf((await findUser(trx, id)) as UserRow),
          );
        // A role change or a disabled account takes effect at once: end their sessions.
        if (role !== before.role || body.disabled) await deleteUserSessions(trx, id);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'user.update',
          entity: 'user',
          entityId: id,
          evaluationId: null,
          before: userOf(before),
          after: userOf((await findUser(trx, id)) as UserRow),
          at: now,
        });
      });
      const [identity] = await identitiesOfUser(db, id);
      return userOf((await findUser(db, id)) as UserRow, identity);
    },

    /** Sets (or generates) a user's password and revokes all their sessions. */
    async resetPassword(idOrEmail: string, password: string | undefined, actor: Actor) {
      const user = (await findUser(db, idOrEmail)) ?? (await findUserByEmail(db, idOrEmail));
      if (!user) throw notFound(`user ${idOrEmail}`);
      const generated = password === undefined ? generatePassword() : undefined;
      const next = password ?? (generated as string);
      checkNewPassword(next);
      await setPassword(deps, user, next, actor);
      return generated;
    },

    count: () => countUsers(db),
  };
}
