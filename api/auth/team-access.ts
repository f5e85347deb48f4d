import type { Actor } from '../context';
import { AppError } from '../errors';

export const TEAM_CHANGES_ADMIN_ONLY =
  'only an admin changes who is on the team and which account a member is: ' +
  'evaluators may rename and reorder members only';

interface CurrentMember {
  id: string;
  user_id: string | null;
}

interface WantedMember {
  id?: string | undefined;
  userId?: string | null | undefined;
}

/** Whether a new team list adds or drops a member, or links or unlinks an account. */
export function changesTeamMembership(current: CurrentMember[], wanted: WantedMember[]): boolean {
  const kept = new Set(wanted.flatMap((member) => (member.id ? [member.id] : [])));
  if (wanted.some((member) => !member.id)) return true;
  if (current.some((member) => !kept.has(member.id))) return true;
  return wanted.some((member) => {
    if (member.userId === undefined) return false;
    const before = current.find((c) => c.id === member.id);
    return before !== undefined && before.user_id !== member.userId;
  });
}

/**
 * Only admins change a team's membership or its accounts (who may see and write a draft).
 * Evaluators get 403 for such a change; renames and reorders stay theirs to make.
 */
export function assertMayChangeTeam(
  actor: Pick<Actor, 'role'>,
  current: CurrentMember[],
  wanted: WantedMember[],
): void {
  if (actor.role === 'admin') return;
  if (changesTeamMembership(current, wanted)) {
    throw new AppError(403, 'forbidden', TEAM_CHANGES_ADMIN_ONLY);
  }
}
