import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_SPREAD_THRESHOLD, evaluatorSpread } from '../../scoring/evaluator-spread';
import { listAreaTexts } from '../area-texts/area-texts.repository';
import type { Actor } from '../context';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import { type EvaluationListRow, listTeam } from '../evaluation-core/evaluations.repository';
import { scoreFromRow } from '../evaluation-core/score-rows';
import type { RubricStore } from '../rubrics/rubric-store';
import { listConsensusScores, listEvaluatorScores } from '../scores/scores.repository';
import type { PublishChecklist } from './evaluations.schemas';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * A spread is large when the evaluators' own scores differ (max - min) by more than this share
 * of the delfråga's max, in percent: the consensus page's default flag, stated in the UI.
 */
export const LARGE_SPREAD_PERCENT = DEFAULT_SPREAD_THRESHOLD;

const list = (text: string) => {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value : [];
};

/**
 * What is missing before the evaluation `row` is published: delfrågor without a consensus score
 * (these block publishing), areas without Styrkor or Förbättringsmöjligheter, team members who
 * have not scored every delfråga themselves, and large spreads without a consensus rationale
 * (these need the publisher's reason).
 */
export async function publishChecklist(
  executor: Executor,
  rubrics: RubricStore,
  row: EvaluationListRow,
): Promise<PublishChecklist> {
  const [pinned, team, evaluatorRows, consensusRows, texts] = await Promise.all([
    rubrics.get(row.rubric_version_id, executor),
    listTeam(executor, [row.id]),
    listEvaluatorScores(executor, row.id),
    listConsensusScores(executor, [row.id]),
    listAreaTexts(executor, row.id),
  ]);
  const { rubric } = pinned;
  const questions = rubric.areas.flatMap((area) => area.questions.map((q) => q.id));
  const consensus = new Map(consensusRows.map((r) => [r.question_id, r]));
  const unscoredQuestions = questions.filter((id) => {
    const score = consensus.get(id);
    return !score || scoreFromRow(score) === null;
  });
  const textOf = new Map(texts.map((text) => [text.area_id, text]));
  const areasWithoutTexts = rubric.areas.flatMap((area) => {
    const text = textOf.get(area.id);
    const missing = (['strengths', 'improvements'] as const).filter(
      (kind) => !text || list(text[kind]).length === 0,
    );
    return missing.length > 0 ? [{ areaId: area.id, missing: [...missing] }] : [];
  });
  const byMember: Record<string, Record<string, ReturnType<typeof scoreFromRow>>> = {};
  for (const member of team) byMember[member.id] = {};
  for (const score of evaluatorRows) {
    const scores = byMember[score.member_id];
    if (scores) scores[score.question_id] = scoreFromRow(score);
  }
  const evaluatorsNotScored = team.flatMap((member) => {
    const scored = questions.filter((id) => byMember[member.id]?.[id] != null).length;
    const unscored = questions.length - scored;
    return unscored > 0 ? [{ memberId: member.id, name: member.name, unscored }] : [];
  });
  const spreadsWithoutRationale = rubric.areaLevelOnly
    ? []
    : evaluatorSpread(rubric, byMember, LARGE_SPREAD_PERCENT)
        .filter((spread) => spread.flagged && !consensus.get(spread.id)?.rationale.trim())
        .map((spread) => ({ questionId: spread.id, spreadPercent: spread.spreadPercent ?? 0 }));
  const publishable = unscoredQuestions.length === 0;
  return {
    unscoredQuestions,
    areasWithoutTexts,
    evaluatorsNotScored,
    spreadsWithoutRationale,
    spreadThreshold: LARGE_SPREAD_PERCENT,
    publishable,
    complete:
      publishable &&
      areasWithoutTexts.length === 0 &&
      evaluatorsNotScored.length === 0 &&
      spreadsWithoutRationale.length === 0,
  };
}

/**
 * An imported file that says `published` was published where it was made; its own scores and
 * texts are the record. Gaps it has besides missing consensus scores (a file seldom carries the
 * evaluators' own scores) are published with this reason, and the audit entry lists them.
 */
export const IMPORT_PUBLISH_REASON = 'imported from a file that says published';

/** The checklist's gaps that a reason may override, in words for an error message or a notice. */
function describeGaps(checklist: PublishChecklist): string {
  const parts: string[] = [];
  if (checklist.areasWithoutTexts.length > 0)
    parts.push(
      `areas without texts: ${checklist.areasWithoutTexts.map((a) => `${a.areaId} (${a.missing.join(', ')})`).join('; ')}`,
    );
  if (checklist.evaluatorsNotScored.length > 0)
    parts.push(
      `evaluators who have not scored every delfråga: ${checklist.evaluatorsNotScored.map((m) => `${m.name} (${m.unscored} unscored)`).join('; ')}`,
    );
  if (checklist.spreadsWithoutRationale.length > 0)
    parts.push(
      `spreads above ${checklist.spreadThreshold} % of the max without a consensus rationale: ${checklist.spreadsWithoutRationale.map((s) => s.questionId).join(', ')}`,
    );
  return parts.join('; ');
}

/** Why publishing is refused, or the checklist it passes with (and the reason it needed, if any). */
export type PublishDecision =
  | { refusal: AppError; checklist: PublishChecklist | null }
  | { refusal: null; checklist: PublishChecklist; reason: string | null };

/**
 * The one publish rule, for the status route and for imports alike. Publishing needs an admin or
 * an evaluator on the team, the consensus phase (reopened evaluations are in it again), and a
 * consensus score for every delfråga; any other gap of the checklist needs `reason`, else 409
 * `publish_gaps` with the checklist in `error.current`.
 */
export async function decidePublish(
  executor: Executor,
  rubrics: RubricStore,
  row: EvaluationListRow,
  actor: Pick<Actor, 'id' | 'role'>,
  reason: string | null | undefined,
): Promise<PublishDecision> {
  if (actor.role !== 'admin') {
    const team = await listTeam(executor, [row.id]);
    if (actor.role !== 'evaluator' || !team.some((member) => member.user_id === actor.id)) {
      return {
        refusal: new AppError(403, 'forbidden', "only admins and the team's evaluators publish"),
        checklist: null,
      };
    }
  }
  if (row.status !== 'consensus') {
    return {
      refusal: new AppError(409, 'not_ready', 'only an evaluation in consensus can be published'),
      checklist: null,
    };
  }
  const checklist = await publishChecklist(executor, rubrics, row);
  if (!checklist.publishable) {
    return {
      refusal: new AppError(
        409,
        'incomplete',
        `every delfråga needs a consensus score before publishing; missing: ${checklist.unscoredQuestions.join(', ')}`,
        undefined,
        checklist,
      ),
      checklist,
    };
  }
  const given = reason?.trim() ? reason.trim() : null;
  if (!checklist.complete && !given) {
    return {
      refusal: new AppError(
        409,
        'publish_gaps',
        `publishing with gaps needs a reason; missing: ${describeGaps(checklist)}`,
        undefined,
        checklist,
      ),
      checklist,
    };
  }
  return { refusal: null, checklist, reason: checklist.complete ? null : given };
}
