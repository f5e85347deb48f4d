import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../context';
import type { Database, EvaluationStatus } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

/** Whether the actor may not see this team member's own score of this delfråga yet. */
export type HiddenScore = (memberId: string, questionId: string) => boolean;

const nothingHidden: HiddenScore = () => false;

/**
 * Blind scoring (issue #15): while an evaluation with blind scoring is in draft or visit, a user
 * linked to one of its team members sees another member's own score and rationale of a delfråga
 * only once their own member has a score (points or percent) for it. From the consensus phase on
 * (and when published, or reopened) every score is open: the meeting compares them all. A user
 * who is not on the team (an admin) sees everything, as before.
 */
export async function hiddenScores(
  db: Executor,
  evaluation: { id: string; status: EvaluationStatus; blind_scoring: number },
  actor: Pick<Actor, 'id'>,
): Promise<HiddenScore> {
  if (Number(evaluation.blind_scoring) !== 1) return nothingHidden;
  if (evaluation.status !== 'draft' && evaluation.status !== 'visit') return nothingHidden;
  const own = await db
    .selectFrom('team_members')
    .select('id')
    .where('evaluation_id', '=', evaluation.id)
    .where('user_id', '=', actor.id)
    .execute();
  if (own.length === 0) return nothingHidden;
  const ownIds = new Set(own.map((member) => member.id));
  const scored = await db
    .selectFrom('evaluator_scores')
    .select('question_id')
    .where('evaluation_id', '=', evaluation.id)
    .where('member_id', 'in', [...ownIds])
    .where((eb) => eb.or([eb('points', 'is not', null), eb('percent', 'is not', null)]))
    .execute();
  const done = new Set(scored.map((row) => row.question_id));
  return (memberId, questionId) => !ownIds.has(memberId) && !done.has(questionId);
}
