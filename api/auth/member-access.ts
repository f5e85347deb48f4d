import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../context';
import type { Database } from '../db/database';
import { preparedFirst } from '../db/prepared';
import { AppError, notFound } from '../errors';

type Executor = Kysely<Database> | Transaction<Database>;

export const OWN_SCORES_ONLY =
  "an evaluator writes only their own scores: this team member is someone else's account";

/** What a write to a team member's own record is: by the member, or by an admin for them. */
export interface MemberWrite {
  /** The member's id when an admin writes for a member that is not their own account. */
  onBehalfOf: string | null;
}

/**
 * May `actor` write team member `memberId`'s own records (evaluator scores and rationales)?
 * Evaluators write only the member linked to their account (403 otherwise); admins may write for
 * any member, and the write is then recorded as made on the member's behalf. 404 when the
 * evaluation has no such member.
 */
export async function assertMayWriteAsMember(
  executor: Executor,
  evaluationId: string,
  memberId: string,
  actor: Pick<Actor, 'id' | 'role'>,
): Promise<MemberWrite> {
  // Read on every autosave: compiled once.
  const member = await preparedFirst(
    executor,
    'teamMemberAccount',
    [memberId, evaluationId],
    (db) =>
      db
        .selectFrom('team_members')
        .select(['id', 'user_id'])
        .where('id', '=', memberId)
        .where('evaluation_id', '=', evaluationId),
  );
  if (!member) throw notFound(`team member ${memberId} of evaluation ${evaluationId}`);
  if (member.user_id === actor.id) return { onBehalfOf: null };
  if (actor.role === 'admin') return { onBehalfOf: member.id };
  throw new AppError(403, 'forbidden', OWN_SCORES_ONLY);
}
