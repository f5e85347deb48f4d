import { ComparisonError } from '../../scoring/version-mapping';
import { evaluationVisibility } from '../auth/access';
import type { Actor, AppDeps } from '../context';
import { notFound } from '../errors';
import { findEvaluation } from '../evaluation-core/evaluations.repository';
import { summarize } from '../evaluations/evaluation-snapshot';
import { earlierEvaluationsWithPlan, findPlanByEvaluation } from './plans.repository';
import type { ActionStatus, PlanReview } from './plans.schemas';
import { plansService } from './plans.service';

/**
 * Previous area id -> this evaluation's area id: the same ids within one rubric, through the
 * (inferred, indicative) mapping across versions.
 */
function areaMap(deps: AppDeps, from: string, to: string, toAreas: string[]): Map<string, string> {
  if (from === to) return new Map(toAreas.map((id) => [id, id]));
  const forward = deps.rubrics.mappings.find((m) => m.from === from && m.to === to);
  const backward = deps.rubrics.mappings.find((m) => m.from === to && m.to === from);
  if (forward) return new Map(forward.areas.map((pair) => [pair.from, pair.to]));
  if (backward) return new Map(backward.areas.map((pair) => [pair.to, pair.from]));
  throw new ComparisonError(
    `no mapping between rubric ${from} and ${to}: the plans cannot be lined up`,
  );
}

/**
 * The latest earlier evaluation with a plan that `viewer` may see now (by the rule every
 * evaluation route is guarded by: a reader only a published one), or undefined.
 */
async function visiblePrevious(
  deps: AppDeps,
  current: { id: string; date: string; municipality_id: string },
  viewer: Actor,
) {
  const { db } = deps.store;
  for (const earlier of await earlierEvaluationsWithPlan(db, current.municipality_id, current)) {
    if ((await evaluationVisibility(db, earlier.id, viewer))?.visible) {
      return findEvaluation(db, earlier.id);
    }
  }
  return undefined;
}

/**
 * A re-evaluation beside the kommun's previous plan: per area of this evaluation, what the plan
 * of the latest earlier evaluation with a plan held there (actions by status, their goals) and
 * how the area's shown points moved. `previous: null` when there is no such plan the viewer may
 * see (an earlier evaluation reopened since is a draft again: a reader gets nothing of it).
 */
export async function planReview(
  deps: AppDeps,
  evaluationId: string,
  viewer: Actor,
): Promise<PlanReview> {
  const { db } = deps.store;
  const current = await findEvaluation(db, evaluationId);
  if (!current) throw notFound(`evaluation ${evaluationId}`);
  const previous = await visiblePrevious(deps, current, viewer);
  const rows = previous ? [current, previous] : [current];
  const [now, before] = await summarize(db, deps.rubrics, rows);
  if (!now) throw notFound(`evaluation ${evaluationId}`);
  const { rubric } = await deps.rubrics.get(current.rubric_version_id);
  const currentPoints = new Map(now.result.areas.map((a) => [a.id, a]));
  const emptyCounts = (): Record<ActionStatus, number> => ({
    planned: 0,
    inProgress: 0,
    done: 0,
    cancelled: 0,
  });

  if (!previous || !before) {
    return {
      previous: null,
      indicative: false,
      planGoals: [],
      areas: rubric.areas.map((area) => ({
        areaId: area.id,
        title: area.title,
        previousPoints: null,
        currentPoints: currentPoints.get(area.id)?.shownPoints ?? null,
        currentComplete: currentPoints.get(area.id)?.complete ?? false,
        change: null,
        actions: [],
        goals: [],
        counts: emptyCounts(),
      })),
    };
  }

  const map = areaMap(
    deps,
    previous.rubric_id,
    current.rubric_id,
    rubric.areas.map((a) => a.id),
  );
  const previousPoints = new Map<string, number | null>();
  for (const area of before.result.areas) {
    const target = map.get(area.id);
    if (target) previousPoints.set(target, area.shownPoints);
  }
  const plan = await plansService(deps).view(previous.id);
  const planRow = await findPlanByEvaluation(db, previous.id);
  if (!plan.plan || !planRow) throw notFound(`plan of evaluation ${previous.id}`);
  return {
    previous: {
      evaluationId: previous.id,
      date: previous.date,
      rubric: previous.rubric_id,
      plan: plan.plan,
    },
    indicative: previous.rubric_id !== current.rubric_id,
    planGoals: plan.goals.filter((goal) => goal.actionId === null),
    areas: rubric.areas.map((area) => {
      const actions = plan.actions.filter((action) => map.get(action.areaId) === area.id);
      const ids = new Set(actions.map((action) => action.id));
      const counts = emptyCounts();
      for (const action of actions) counts[action.status] += 1;
      const was = previousPoints.get(area.id) ?? null;
      const is = currentPoints.get(area.id)?.shownPoints ?? null;
      return {
        areaId: area.id,
        title: area.title,
        previousPoints: was,
        currentPoints: is,
        currentComplete: currentPoints.get(area.id)?.complete ?? false,
        change: was !== null && is !== null ? is - was : null,
        actions,
        goals: plan.goals.filter((goal) => goal.actionId !== null && ids.has(goal.actionId)),
        counts,
      };
    }),
  };
}
