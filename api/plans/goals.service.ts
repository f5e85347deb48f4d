import { checkObservation } from '../../scoring/goal-status';
import type { Actor, AppDeps } from '../context';
import type { GoalMeasurementRow, GoalRow } from '../db/database';
import { conflict, invalidInput, notFound } from '../errors';
import { observationOf, ruleOf } from '../formats/goals-file';
import { sortableId } from '../ids';
import { planStore } from './plan-store';
import { observationOfRow, toGoal } from './plan-view';
import {
  findMeasurement,
  findPlanByEvaluation,
  insertGoal,
  insertMeasurement,
  listMeasurements,
  deleteMeasurement as removeMeasurement,
  updateGoal,
} from './plans.repository';
import type { Goal, GoalBody, MeasurementBody, UpdateGoalBody } from './plans.schemas';

const CHANGED = 'the goal was changed by someone else';

function goalValues(body: GoalBody, now: string) {
  return {
    action_id: body.actionId ?? null,
    title: body.title,
    indicator: body.indicator,
    unit: body.unit,
    direction: body.direction,
    bands: JSON.stringify(body.bands),
    deadline: body.direction === 'yesNo' ? (body.deadline ?? null) : null,
    near_from: body.direction === 'yesNo' ? (body.nearFrom ?? null) : null,
    nulage: body.nulage ? JSON.stringify(body.nulage) : null,
    target_date: body.targetDate ?? null,
    note: body.note ?? '',
    updated_at: now,
  };
}

/** Effektmål of a plan or an action, and their measurements; statuses by scoring/goal-status. */
export function goalsService(deps: AppDeps) {
  const { db, evaluationOf, ensurePlan, audit, goalDto, existingGoal, checkGoalAction } =
    planStore(deps);

  return {
    async createGoal(evaluationId: string, body: GoalBody, actor: Actor): Promise<Goal> {
      await evaluationOf(evaluationId);
      const plan = await ensurePlan(evaluationId, actor);
      await checkGoalAction(plan, body.actionId);
      const now = deps.now();
      const row: GoalRow = {
        id: sortableId(),
        plan_id: plan.id,
        ...goalValues(body, now),
        version: 1,
        created_at: now,
      };
      return db.transaction().execute(async (trx) => {
        await insertGoal(trx, row);
        const after = await goalDto(trx, row);
        await audit(trx, actor, 'goal.create', 'goal', row.id, evaluationId, null, after);
        return after;
      });
    },

    /** Replaces a goal's definition (versioned); its measurements stay and must still fit. */
    async updateGoal(
      evaluationId: string,
      goalId: string,
      body: UpdateGoalBody,
      actor: Actor,
    ): Promise<Goal> {
      await evaluationOf(evaluationId);
      const plan = await findPlanByEvaluation(db, evaluationId);
      await existingGoal(db, plan, goalId);
      if (plan) await checkGoalAction(plan, body.actionId);
      const rule = ruleOf(body);
      const measurements = await listMeasurements(db, [goalId]);
      // A measurement the new bands leave out would have no status: refuse the change instead.
      const issues = measurements.flatMap((m, index) =>
        checkObservation(rule, observationOfRow(m), `measurements[${index}]`),
      );
      if (issues.length > 0) throw invalidInput(issues);
      const now = deps.now();
      return db.transaction().execute(async (trx) => {
        const stored = await existingGoal(trx, plan, goalId);
        const before = await goalDto(trx, stored);
        if (before.version !== body.version) throw conflict(CHANGED, before);
        if (!(await updateGoal(trx, goalId, body.version, goalValues(body, now)))) {
          throw conflict(CHANGED, await goalDto(trx, await existingGoal(trx, plan, goalId)));
        }
        const after = await goalDto(trx, await existingGoal(trx, plan, goalId));
        await audit(trx, actor, 'goal.update', 'goal', goalId, evaluationId, before, after);
        return after;
      });
    },

    /** Adds a measurement; 400 when it does not fit the goal (a value in no band). */
    async addMeasurement(
      evaluationId: string,
      goalId: string,
      body: MeasurementBody,
      actor: Actor,
    ): Promise<Goal> {
      await evaluationOf(evaluationId);
      const plan = await findPlanByEvaluation(db, evaluationId);
      const goal = await existingGoal(db, plan, goalId);
      const issues = checkObservation(ruleOf(toGoal(goal, [])), observationOf(body));
      if (issues.length > 0) throw invalidInput(issues);
      const now = deps.now();
      const row: GoalMeasurementRow = {
        id: sortableId(),
        goal_id: goalId,
        date: body.date,
        value: body.value ?? null,
        done: body.done === undefined ? null : body.done ? 1 : 0,
        stated: body.stated ?? null,
        text: body.text ?? null,
        author_id: actor.id,
        created_at: now,
      };
      return db.transaction().execute(async (trx) => {
        await existingGoal(trx, plan, goalId);
        await insertMeasurement(trx, row);
        const after = await goalDto(trx, goal);
        const added = after.measurements.find((m) => m.id === row.id);
        await audit(
          trx,
          actor,
          'goalMeasurement.create',
          'goalMeasurement',
          row.id,
          evaluationId,
          null,
          { goalId, ...added },
        );
        return after;
      });
    },

    async deleteMeasurement(
      evaluationId: string,
      goalId: string,
      measurementId: string,
      actor: Actor,
    ): Promise<void> {
      await evaluationOf(evaluationId);
      const plan = await findPlanByEvaluation(db, evaluationId);
      await db.transaction().execute(async (trx) => {
        const goal = await existingGoal(trx, plan, goalId);
        const row = await findMeasurement(trx, measurementId);
        if (!row || row.goal_id !== goalId) throw notFound(`measurement ${measurementId}`);
        const before = toGoal(goal, [row]).measurements[0];
        await removeMeasurement(trx, measurementId);
        await audit(
          trx,
          actor,
          'goalMeasurement.delete',
          'goalMeasurement',
          measurementId,
          evaluationId,
          { goalId, ...before },
          null,
        );
      });
    },
  };
}
