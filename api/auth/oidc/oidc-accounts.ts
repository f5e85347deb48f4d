import { writeAudit } from '../../audit/audit.repository';
import type { AppDeps } from '../../context';
import type { UserRow } from '../../db/database';
import { isUniqueViolation } from '../../db/db-errors';
import { newId } from '../../ids';
import {
  findIdentity,
  identitiesOfUser,
  insertIdentity,
  touchIdentity,
} from '../identities.repository';
import { NO_PASSWORD } from '../password';
import { signupDomainFor } from '../signup-domains.repository';
import { findUser, findUserByEmail, insertUser } from '../users.repository';
import type { ProviderIdentity } from './oidc-client';

export type SignInRefusal =
  | 'oidc_unverified'
  | 'oidc_no_account'
  | 'oidc_disabled'
  | 'oidc_linked_elsewhere';

/** The provider proved who someone is, but they may not come in: the code says why. */
export class SignInRefused extends Error {
  constructor(
    readonly code: SignInRefusal,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'SignInRefused';
  }
}

/**
 * Who may come in with a provider's identity. The (issuer, subject) of a linked account decides
 * alone, so an e-mail changed at the provider never leads to another account. Unlinked, the
 * provider's verified e-mail finds the account and links it; failing that, an admin's rule for
 * the e-mail's domain creates one. Anyone else is refused.
 */
export async function accountFor(deps: AppDeps, identity: ProviderIdentity): Promise<UserRow> {
  const { db } = deps.store;
  const linked = await findIdentity(db, identity.issuer, identity.subject);
  if (linked) {
    const user = (await findUser(db, linked.user_id)) as UserRow;
    if (Number(user.disabled)) throw new SignInRefused('oidc_disabled', 'the account is disabled');
    await touchIdentity(db, linked.id, deps.now());
    return user;
  }
  if (!identity.email || !identity.emailVerified) {
    throw new SignInRefused(
      'oidc_unverified',
      `the provider has not verified the e-mail ${identity.email ?? '(none)'}`,
    );
  }
  const email = identity.email;
  const existing = await findUserByEmail(db, email);
  if (existing) {
    if (Number(existing.disabled)) {
      throw new SignInRefused('oidc_disabled', 'the account is disabled');
    }
    const other = (await identitiesOfUser(db, existing.id)).find(
      (i) => i.issuer === identity.issuer,
    );
    if (other) {
      throw new SignInRefused(
        'oidc_linked_elsewhere',
        `the account ${email} is linked to another subject at this provider`,
      );
    }
    await link(deps, existing, identity, email);
    return existing;
  }
  const rule = await signupDomainFor(db, email);
  if (!rule) {
    throw new SignInRefused(
      'oidc_no_account',
      `no account for ${email} and no rule for its domain`,
    );
  }
  const now = deps.now();
  const user: UserRow = {
    id: newId(),
    email,
    display_name: identity.name?.trim() || email,
    role: rule.role,
    municipality_code: rule.municipality_code,
    organisation: null,
    password_hash: NO_PASSWORD,
    password_changed_at: now,
    disabled: 0,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertUser(trx, user);
    const { password_hash: _hash, ...visible } = user;
    await writeAudit(trx, {
      actor: user.id,
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      evaluationId: null,
      before: null,
      after: { ...visible, signupDomain: rule.domain },
      at: now,
    });
  });
  await link(deps, user, identity, email);
  return user;
}

async function link(deps: AppDeps, user: UserRow, identity: ProviderIdentity, email: string) {
  const now = deps.now();
  try {
    await deps.store.db.transaction().execute(async (trx) => {
      await insertIdentity(trx, {
        id: newId(),
        user_id: user.id,
        issuer: identity.issuer,
        subject: identity.subject,
        email,
        linked_at: now,
        last_login_at: now,
      });
      await writeAudit(trx, {
        actor: user.id,
        action: 'user.identity.link',
        entity: 'user',
        entityId: user.id,
        evaluationId: null,
        before: null,
        after: { issuer: identity.issuer, subject: identity.subject, email },
        at: now,
      });
    });
  } catch (error) {
    // Two first sign-ins at once: the other one linked it.
    if (!isUniqueViolation(error)) throw error;
    throw new SignInRefused('oidc_linked_elsewhere', 'the account was linked meanwhile');
  }
}
