import type { Actor, AppDeps } from '../context';
import type { ActionRow } from '../db/database';
import { conflict } from '../errors';
import { sortableId } from '../ids';
import { goalsService } from './goals.service';
import { planStore } from './plan-store';
import { toAction, toGoal, toPlanInfo } from './plan-view';
import {
  findPlanByEvaluation,
  insertAction,
  insertNote,
  listActions,
  listGoals,
  listMeasurements,
  listNotes,
  updateAction,
  updatePlan,
} from './plans.repository';
import type {
  Action,
  ActionBody,
  PlanBody,
  PlanInfo,
  PlanView,
  UpdateActionBody,
} from './plans.schemas';

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

/**
 * A kommun's handlingsplan after an evaluation: actions (from the förbättringsområden or free),
 * notes on their progress, and (goalsService) effektmål with measurements. Who may call what is
 * the routes' business (the kommun's readers write; whoever sees the evaluation reads).
 */
export function plansService(deps: AppDeps) {
  const { db, today, evaluationOf, checkArea, ensurePlan, audit, actionDto, existingAction } =
    planStore(deps);

  return {
    ...goalsService(deps),
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
  };
}

export type PlansService = ReturnType<typeof plansService>;
