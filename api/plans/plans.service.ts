import type { Transaction } from 'kysely';
import { checkObservation } from '../../scoring/goal-status';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { ActionRow, Database, GoalMeasurementRow, GoalRow, PlanRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { conflict, invalidInput, notFound } from '../errors';
import { findEvaluation } from '../evaluations/evaluations.repository';
import { observationOf, ruleOf } from '../formats/goals-file';
import { newId, sortableId } from '../ids';
import { observationOfRow, toAction, toGoal, toPlanInfo } from './plan-view';
import {
  findAction,
  findGoal,
  findMeasurement,
  findPlanByEvaluation,
  insertAction,
  insertGoal,
  insertMeasurement,
  insertNote,
  insertPlan,
  listActions,
  listGoals,
  listMeasurements,
  listNotes,
  deleteMeasurement as removeMeasurement,
  updateAction,
  updateGoal,
  updatePlan,
} from './plans.repository';
import type {
  Action,
  ActionBody,
  Goal,
  GoalBody,
  MeasurementBody,
  PlanBody,
  PlanInfo,
  PlanView,
  UpdateActionBody,
  UpdateGoalBody,
} from './plans.schemas';

type Trx = Transaction<Database>;

const CHANGED = (what: string) => `the ${what} was changed by someone else`;

function actionValues(body: ActionBody, now: string) {
  return {
    area_id: body.areaId,
    title: body.title,
    description: body.description,
    questions: JSON.stringify(body.questions),
    improvement: body.improvement ?? null,
    owner: body.owner,
    start_date: body.startDate ?? null,
    due_date: body.dueDate ?? null,
    status: body.status,
    updated_at: now,
  };
}

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

/**
 * A kommun's handlingsplan after an evaluation: actions (from the förbättringsområden or free),
 * notes on their progress, effektmål with measurements. Who may call what is the routes' business
 * (the kommun's readers write; whoever sees the evaluation reads).
 */
export function plansService(deps: AppDeps) {
  const { db } = deps.store;
  const today = () => deps.now().slice(0, 10);

  async function evaluationOf(evaluationId: string) {
    const evaluation = await findEvaluation(db, evaluationId);
    if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
    return evaluation;
  }

  /** 400 for an area the pinned rubric lacks or a delfråga outside the area. */
  async function checkArea(rubricVersionId: string, areaId: string, questions: string[]) {
    const { rubric } = await deps.rubrics.get(rubricVersionId);
    const area = rubric.areas.find((candidate) => candidate.id === areaId);
    if (!area) {
      throw invalidInput([
        { path: 'areaId', message: `unknown area "${areaId}" in rubric ${rubric.id}` },
      ]);
    }
    const known = new Set(area.questions.map((q) => q.id));
    const issues = questions.flatMap((id, index) =>
      known.has(id)
        ? []
        : [{ path: `questions[${index}]`, message: `"${id}" is not a delfråga of area ${areaId}` }],
    );
    if (issues.length > 0) throw invalidInput(issues);
  }

  /** The evaluation's plan, created (with an audit row) on the first write that needs it. */
  async function ensurePlan(evaluationId: string, actor: Actor): Promise<PlanRow> {
    const existing = await findPlanByEvaluation(db, evaluationId);
    if (existing) return existing;
    const evaluation = await evaluationOf(evaluationId);
    const now = deps.now();
    const row: PlanRow = {
      id: newId(),
      evaluation_id: evaluationId,
      title: `Handlingsplan efter Kommunkompassen ${evaluation.date.slice(0, 4)}`,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    try {
      await db.transaction().execute(async (trx) => {
        await insertPlan(trx, row);
        await audit(trx, actor, 'plan.create', 'plan', row.id, evaluationId, null, toPlanInfo(row));
      });
      return row;
    } catch (error) {
      // Two first writes raced: the other created the plan.
      if (!isUniqueViolation(error)) throw error;
      const winner = await findPlanByEvaluation(db, evaluationId);
      if (!winner) throw error;
      return winner;
    }
  }

  function audit(
    trx: Trx,
    actor: Actor,
    action: string,
    entity: string,
    entityId: string,
    evaluationId: string,
    before: unknown,
    after: unknown,
  ) {
    return writeAudit(trx, {
      actor: actor.id,
      action,
      entity,
      entityId,
      evaluationId,
      before,
      after,
      at: deps.now(),
    });
  }

  async function actionDto(executor: typeof db | Trx, row: ActionRow): Promise<Action> {
    return toAction(row, await listNotes(executor, [row.id]), today());
  }

  async function goalDto(executor: typeof db | Trx, row: GoalRow): Promise<Goal> {
    return toGoal(row, await listMeasurements(executor, [row.id]));
  }

  /** The action as stored, or 404 when it is missing or belongs to another evaluation's plan. */
  async function existingAction(executor: typeof db | Trx, plan: PlanRow | undefined, id: string) {
    const row = await findAction(executor, id);
    if (!row || !plan || row.plan_id !== plan.id) throw notFound(`action ${id}`);
    return row;
  }

  async function existingGoal(executor: typeof db | Trx, plan: PlanRow | undefined, id: string) {
    const row = await findGoal(executor, id);
    if (!row || !plan || row.plan_id !== plan.id) throw notFound(`goal ${id}`);
    return row;
  }

  /** 400 when a goal names an action of another plan. */
  async function checkGoalAction(plan: PlanRow, actionId: string | null | undefined) {
    if (!actionId) return;
    const action = await findAction(db, actionId);
    if (!action || action.plan_id !== plan.id) {
      throw invalidInput([{ path: 'actionId', message: `no action ${actionId} in this plan` }]);
    }
  }

  return {
    /** The plan with every action and goal (empty, `plan: null`, before anything is saved). */
    async view(evaluationId: string): Promise<PlanView> {
      await evaluationOf(evaluationId);
      const plan = await findPlanByEvaluation(db, evaluationId);
      if (!plan) return { plan: null, actions: [], goals: [], today: today() };
      const [actions, goals] = await Promise.all([
        listActions(db, plan.id),
        listGoals(db, plan.id),
      ]);
      const [notes, measurements] = await Promise.all([
        listNotes(
          db,
          actions.map((a) => a.id),
        ),
        listMeasurements(
          db,
          goals.map((g) => g.id),
        ),
      ]);
      return {
        plan: toPlanInfo(plan),
        actions: actions.map((row) => toAction(row, notes, today())),
        goals: goals.map((row) => toGoal(row, measurements)),
        today: today(),
      };
    },

    /** Version 0 creates the plan (409 if it exists); N renames it while the stored is N. */
    async savePlan(evaluationId: string, body: PlanBody, actor: Actor): Promise<PlanInfo> {
      await evaluationOf(evaluationId);
      const existing = await findPlanByEvaluation(db, evaluationId);
      if (body.version === 0) {
        if (existing) throw conflict('the plan exists already', toPlanInfo(existing));
        const created = await ensurePlan(evaluationId, actor);
        if (created.title === body.title) return toPlanInfo(created);
        return this.savePlan(evaluationId, { ...body, version: Number(created.version) }, actor);
      }
      if (!existing || Number(existing.version) !== body.version) {
        throw conflict(CHANGED('plan'), existing ? toPlanInfo(existing) : null);
      }
      const now = deps.now();
      return db.transaction().execute(async (trx) => {
        if (
          !(await updatePlan(trx, existing.id, body.version, {
            title: body.title,
            updated_at: now,
          }))
        ) {
          const current = await findPlanByEvaluation(trx, evaluationId);
          throw conflict(CHANGED('plan'), current ? toPlanInfo(current) : null);
        }
        const after = toPlanInfo({
          ...existing,
          title: body.title,
          updated_at: now,
          version: body.version + 1,
        });
        await audit(
          trx,
          actor,
          'plan.update',
          'plan',
          existing.id,
          evaluationId,
          toPlanInfo(existing),
          after,
        );
        return after;
      });
    },

    async createAction(evaluationId: string, body: ActionBody, actor: Actor): Promise<Action> {
      const evaluation = await evaluationOf(evaluationId);
      await checkArea(evaluation.rubric_version_id, body.areaId, body.questions);
      const plan = await ensurePlan(evaluationId, actor);
      const now = deps.now();
      const row: ActionRow = {
        id: sortableId(),
        plan_id: plan.id,
        ...actionValues(body, now),
        version: 1,
        created_at: now,
      };
      return db.transaction().execute(async (trx) => {
        await insertAction(trx, row);
        const after = await actionDto(trx, row);
        await audit(trx, actor, 'action.create', 'action', row.id, evaluationId, null, after);
        return after;
      });
    },

    async updateAction(
      evaluationId: string,
      actionId: string,
      body: UpdateActionBody,
      actor: Actor,
    ): Promise<Action> {
      const evaluation = await evaluationOf(evaluationId);
      const plan = await findPlanByEvaluation(db, evaluationId);
      await existingAction(db, plan, actionId);
      await checkArea(evaluation.rubric_version_id, body.areaId, body.questions);
      const now = deps.now();
      return db.transaction().execute(async (trx) => {
        const stored = await existingAction(trx, plan, actionId);
        const before = await actionDto(trx, stored);
        if (before.version !== body.version) throw conflict(CHANGED('action'), before);
        if (!(await updateAction(trx, actionId, body.version, actionValues(body, now)))) {
          throw conflict(
            CHANGED('action'),
            await actionDto(trx, await existingAction(trx, plan, actionId)),
          );
        }
        const after = await actionDto(trx, await existingAction(trx, plan, actionId));
        await audit(trx, actor, 'action.update', 'action', actionId, evaluationId, before, after);
        return after;
      });
    },

    /** Adds a note on the action's progress; returns the action with all its notes. */
    async addNote(
      evaluationId: string,
      actionId: string,
      text: string,
      actor: Actor,
    ): Promise<Action> {
      await evaluationOf(evaluationId);
      const plan = await findPlanByEvaluation(db, evaluationId);
      const now = deps.now();
      return db.transaction().execute(async (trx) => {
        const action = await existingAction(trx, plan, actionId);
        const note = {
          id: sortableId(),
          action_id: actionId,
          author_id: actor.id,
          author_name: actor.name,
          text,
          created_at: now,
        };
        await insertNote(trx, note);
        await audit(trx, actor, 'actionNote.create', 'actionNote', note.id, evaluationId, null, {
          actionId,
          authorName: actor.name,
          text,
          createdAt: now,
        });
        return actionDto(trx, action);
      });
    },

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
        if (before.version !== body.version) throw conflict(CHANGED('goal'), before);
        if (!(await updateGoal(trx, goalId, body.version, goalValues(body, now)))) {
          throw conflict(
            CHANGED('goal'),
            await goalDto(trx, await existingGoal(trx, plan, goalId)),
          );
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

export type PlansService = ReturnType<typeof plansService>;
