import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../context';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import { type EvaluationListRow, listTeam } from '../evaluation-core/evaluations.repository';
import type { RubricStore } from '../rubrics/rubric-store';
import { summarize } from './evaluation-snapshot';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * The one publish rule, for the status route and for imports alike: why `actor` may not publish
 * the evaluation `row` now (as the error to answer with), or null when they may. Publishing
 * needs an admin or an evaluator on the team, the consensus phase, and a consensus score for
 * every delfråga.
 */
export async function publishRefusal(
  executor: Executor,
  rubrics: RubricStore,
  row: EvaluationListRow,
  actor: Pick<Actor, 'id' | 'role'>,
): Promise<AppError | null> {
  if (actor.role !== 'admin') {
    const team = await listTeam(executor, [row.id]);
    if (actor.role !== 'evaluator' || !team.some((member) => member.user_id === actor.id)) {
      return new AppError(403, 'forbidden', "only admins and the team's evaluators publish");
    }
  }
  if (row.status !== 'consensus') {
    return new AppError(409, 'not_ready', 'only an evaluation in consensus can be published');
  }
  const [entry] = await summarize(executor, rubrics, [row]);
  const missing = entry?.result.areas.flatMap((area) =>
    area.questions.filter((q) => q.points === null).map((q) => q.id),
  );
  if (missing && missing.length > 0) {
    return new AppError(
      409,
      'incomplete',
      `every delfråga needs a consensus score before publishing; missing: ${missing.join(', ')}`,
    );
  }
  return null;
}
