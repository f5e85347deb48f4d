import type { Actor, AppDeps } from '../../context';
import type { UserRow } from '../../db/database';
import { findUserByEmail } from '../users.repository';
import { invitationMail, resetMail } from './link-mails';
import { INVITATION_DAYS, linkUrl, oneTimeLinks, RESET_HOURS } from './one-time-links';

/** How an invitation reached the person: by e-mail, or as a link for the inviter to pass on. */
export type InvitationDelivery =
  | { sentTo: string; expiresAt: string }
  | { link: string; expiresAt: string };

/**
 * Invites a user to set their password: by e-mail when SMTP is configured, otherwise (or when
 * the e-mail fails) the link is returned to the inviter to pass on, as a printed password was.
 */
export async function inviteUser(
  deps: AppDeps,
  user: Pick<UserRow, 'id' | 'email' | 'display_name'>,
  actor: Actor,
  origin: string,
): Promise<InvitationDelivery> {
  const links = oneTimeLinks(deps);
  const mailer = deps.mailer;
  const { token, expiresAt } = await links.issue(user, 'invite', actor, mailer ? 'email' : 'link');
  const link = linkUrl(origin, token);
  if (!mailer) return { link, expiresAt };
  try {
    await mailer.send(
      invitationMail({
        to: user.email,
        name: user.display_name,
        inviter: actor.name,
        link,
        days: INVITATION_DAYS,
        ssoLabel: deps.oidc?.label ?? null,
        loginUrl: `${origin}/login`,
      }),
    );
    return { sentTo: user.email, expiresAt };
  } catch (error) {
    (deps.log ?? console.log)(`the invitation to ${user.email} could not be sent: ${error}`);
    return { link, expiresAt };
  }
}

/** At most this many reset e-mails per account an hour: the form cannot flood a mailbox. */
export const RESETS_PER_HOUR = 3;

/** The time every answer to a reset request takes at least, so timing tells nothing. */
export const RESET_ANSWER_MS = 400;

/**
 * "Glömt lösenordet?": sends a reset link when the address has an (enabled) account. The caller
 * answers the same whatever happened; the e-mail goes out in the background and every answer
 * waits until RESET_ANSWER_MS, so neither the answer nor its timing tells whether the account
 * exists.
 */
export async function requestPasswordReset(
  deps: AppDeps,
  email: string,
  origin: string,
): Promise<void> {
  const started = Date.now();
  const mailer = deps.mailer;
  const user = await findUserByEmail(deps.store.db, email);
  if (
    mailer &&
    user &&
    !Number(user.disabled) &&
    (await recentResets(deps, user.id)) < RESETS_PER_HOUR
  ) {
    const actor: Actor = {
      id: user.id,
      name: user.display_name,
      role: user.role,
      municipalityCode: user.municipality_code,
    };
    const { token } = await oneTimeLinks(deps).issue(user, 'reset', actor, 'email');
    mailer
      .send(resetMail({ to: user.email, link: linkUrl(origin, token), hours: RESET_HOURS }))
      .catch((error) =>
        (deps.log ?? console.log)(`the reset e-mail to ${user.email} could not be sent: ${error}`),
      );
  }
  const left = RESET_ANSWER_MS - (Date.now() - started);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

async function recentResets(deps: AppDeps, userId: string): Promise<number> {
  const since = new Date(Date.parse(deps.now()) - 3_600_000).toISOString();
  const row = await deps.store.db
    .selectFrom('user_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('purpose', '=', 'reset')
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
