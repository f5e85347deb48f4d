import type { Transaction } from 'kysely';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { ActionRow, Database, GoalRow, PlanRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { invalidInput, notFound } from '../errors';
import { findEvaluation } from '../evaluation-core/evaluations.repository';
import { newId } from '../ids';
import { toAction, toGoal, toPlanInfo } from './plan-view';
import {
  findAction,
  findGoal,
  findPlanByEvaluation,
  insertPlan,
  listMeasurements,
  listNotes,
} from './plans.repository';
import type { Action, Goal } from './plans.schemas';

export type Trx = Transaction<Database>;

/**
 * What the plan and goal services share: the evaluation and its plan (created on the first write
 * that needs it), lookups that 404 across plans, DTOs, and the audit row of every change.
 */
export function planStore(deps: AppDeps) {
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
    db,
    today,
    evaluationOf,
    checkArea,
    ensurePlan,
    audit,
    actionDto,
    goalDto,
    existingAction,
    existingGoal,
    checkGoalAction,
  };
}

export type PlanStore = ReturnType<typeof planStore>;
