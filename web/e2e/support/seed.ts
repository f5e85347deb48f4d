import { type Account, unwrap } from './test-server';

export interface Question {
  id: string;
  areaId: string;
  maxPoints: number;
}

/**
 * An evaluation (kk-2010, draft) created through the API by the first evaluator, with every
 * given evaluator on its team and linked to their account (by `admin`: only admins link
 * accounts to team members). Returns the evaluation summary.
 */
export async function createTeamEvaluation(
  evaluators: Account[],
  municipality: { name: string; code: string } = { name: 'Håbo', code: '0305' },
  admin?: Account,
) {
  const [creator] = evaluators;
  if (!creator) throw new Error('an evaluation needs an evaluator');
  const { id } = await unwrap(
    creator.api.api.evaluations.$post({
      json: {
        municipality,
        rubric: 'kk-2010',
        date: '2026-05',
        visit: { start: '2026-05-11', end: '2026-05-13' },
        evaluators: evaluators.map((e) => e.name),
      },
    }),
  );
  const created = await unwrap(creator.api.api.evaluations[':id'].$get({ param: { id } }));
  if (evaluators.length === 1) return created;
  if (!admin) throw new Error('linking other evaluators to the team needs an admin');
  return unwrap(
    admin.api.api.evaluations[':id'].$put({
      param: { id },
      json: {
        version: created.version,
        team: created.team.map((m) => ({
          id: m.id,
          name: m.name,
          userId: evaluators.find((e) => e.name === m.name)?.id ?? null,
        })),
      },
    }),
  );
}

/** Every delfråga of the evaluation's pinned rubric, in rubric order. */
export async function questionsOf(account: Account, versionId: string): Promise<Question[]> {
  const rubric = await unwrap(
    account.api.api.rubrics.versions[':versionId'].$get({ param: { versionId } }),
  );
  return rubric.areas.flatMap((area) =>
    area.questions.map((q) => ({ id: q.id, areaId: area.id, maxPoints: q.maxPoints })),
  );
}

/** The team member linked to an account. */
export function memberOf(
  summary: { team: { id: string; userId: string | null }[] },
  account: Account,
): string {
  const member = summary.team.find((m) => m.userId === account.id);
  if (!member) throw new Error(`${account.name} is not on the team`);
  return member.id;
}

/** Creates (version 0) consensus scores through the API, a few requests at a time. */
export async function putConsensusScores(
  account: Account,
  evaluationId: string,
  scores: { questionId: string; points: number; rationale?: string }[],
): Promise<void> {
  for (let i = 0; i < scores.length; i += 8) {
    await Promise.all(
      scores.slice(i, i + 8).map((s) =>
        unwrap(
          account.api.api.evaluations[':id']['consensus-scores'][':questionId'].$put({
            param: { id: evaluationId, questionId: s.questionId },
            json: { points: s.points, rationale: s.rationale ?? '', version: 0 },
          }),
        ),
      ),
    );
  }
}
