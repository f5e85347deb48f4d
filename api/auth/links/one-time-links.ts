import { createHash, randomBytes } from 'node:crypto';
import { writeAudit } from '../../audit/audit.repository';
import type { Actor, AppDeps } from '../../context';
import type { UserRow, UserTokenPurpose } from '../../db/database';
import { AppError } from '../../errors';
import { authService, checkNewPassword, type Me } from '../auth.service';
import { hashPassword } from '../password';
import { deleteUserSessions } from '../sessions.repository';
import { findUser, updateUser } from '../users.repository';
import {
  expireUserTokens,
  findUsableToken,
  insertUserToken,
  useToken,
} from './user-tokens.repository';

/** An invitation's link works this long… */
export const INVITATION_DAYS = 7;
/** …a password reset's only this long. */
export const RESET_HOURS = 2;

const LIFETIME_MS: Record<UserTokenPurpose, number> = {
  invite: INVITATION_DAYS * 86_400_000,
  reset: RESET_HOURS * 3_600_000,
};

/** The page a link leads to (the token in the query; Referrer-Policy keeps it on this site). */
export function linkUrl(origin: string, token: string): string {
  return `${origin}/set-password?token=${token}`;
}

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export const LINK_INVALID = 'the link has expired or was already used: ask for a new one';

/**
 * One-time links by e-mail: an invitation to a new account or a password reset. Only the
 * token's SHA-256 is stored; a link works once, until it expires.
 */
export function oneTimeLinks(deps: AppDeps) {
  const { db } = deps.store;
  const auth = authService(deps);

  return {
    /** A new link for a user, replacing their unused ones of the same purpose. Audited. */
    async issue(
      user: Pick<UserRow, 'id' | 'email'>,
      purpose: UserTokenPurpose,
      actor: Actor,
      delivery: 'email' | 'link',
    ): Promise<{ token: string; expiresAt: string }> {
      const token = randomBytes(32).toString('base64url');
      const now = deps.now();
      const expiresAt = new Date(Date.parse(now) + LIFETIME_MS[purpose]).toISOString();
      await db.transaction().execute(async (trx) => {
        await expireUserTokens(trx, user.id, purpose, now);
        await insertUserToken(trx, {
          id: tokenId(token),
          user_id: user.id,
          purpose,
          created_by: actor.id,
          created_at: now,
          expires_at: expiresAt,
          used_at: null,
        });
        await writeAudit(trx, {
          actor: actor.id,
          action: purpose === 'invite' ? 'user.invite' : 'user.reset.request',
          entity: 'user',
          entityId: user.id,
          evaluationId: null,
          before: null,
          after: { email: user.email, delivery, expiresAt },
          at: now,
        });
      });
      return { token, expiresAt };
    },

    /** What a usable link is for (the page shows it), or 410 when expired or used. */
    async inspect(token: string) {
      const found = await findUsableToken(db, tokenId(token), deps.now());
      if (!found) throw new AppError(410, 'link_invalid', LINK_INVALID);
      return {
        purpose: found.purpose,
        email: found.email,
        name: found.display_name,
        expiresAt: found.expires_at,
      };
    },

    /**
     * Sets the password through a link, once: the link is marked used in the same transaction,
     * every other session of the user ends, and a new one starts (the user is logged in).
     */
    async redeem(
      token: string,
      password: string,
      address: string,
      previousSession: string | undefined,
    ): Promise<{ token: string; me: Me }> {
      checkNewPassword(password);
      const id = tokenId(token);
      const now = deps.now();
      const found = await findUsableToken(db, id, now);
      if (!found) throw new AppError(410, 'link_invalid', LINK_INVALID);
      const hash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        if (!(await useToken(trx, id, now))) {
          throw new AppError(410, 'link_invalid', LINK_INVALID);
        }
        const user = (await findUser(trx, found.user_id)) as UserRow;
        const ok = await updateUser(trx, user.id, Number(user.version), {
          password_hash: hash,
          password_changed_at: now,
          updated_at: now,
        });
        if (!ok) throw new AppError(409, 'conflict', 'the user was changed meanwhile: try again');
        await deleteUserSessions(trx, user.id);
        await writeAudit(trx, {
          actor: user.id,
          action: found.purpose === 'invite' ? 'user.invite.use' : 'user.reset.use',
          entity: 'user',
          entityId: user.id,
          evaluationId: null,
          before: null,
          after: { passwordChangedAt: now, address },
          at: now,
        });
      });
      const user = (await findUser(db, found.user_id)) as UserRow;
      return auth.startSession(user, previousSession, { address, method: 'link' });
    },
  };
}
