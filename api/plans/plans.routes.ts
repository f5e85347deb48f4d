import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { IdParam } from '../evaluation-core/ids.schemas';
import { errorResponses, json, jsonBody, router } from '../router';
import { planFollowUpDocx } from './plan-follow-up';
import { planReview } from './plan-review';
import {
  Action,
  ActionBody,
  ActionParams,
  Goal,
  GoalBody,
  GoalParams,
  MeasurementBody,
  MeasurementParams,
  NoteBody,
  PlanBody,
  PlanInfo,
  PlanReview,
  PlanView,
  UpdateActionBody,
  UpdateGoalBody,
} from './plans.schemas';
import { plansService } from './plans.service';

const tags = ['plans'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const view = createRoute({
  operationId: 'getPlan',
  method: 'get',
  path: '/api/evaluations/{id}/plan',
  middleware: access('evaluation:read'),
  tags,
  summary: "The kommun's handlingsplan after this evaluation: actions and effektmål with status",
  request: { params: IdParam },
  responses: {
    200: json(PlanView, 'The plan (plan: null before anything is saved)'),
    ...errorResponses,
  },
});
const savePlan = createRoute({
  operationId: 'updatePlan',
  method: 'put',
  path: '/api/evaluations/{id}/plan',
  middleware: access('plan:edit'),
  tags,
  summary: "Create (version 0) or rename the plan (the kommun's readers)",
  request: { params: IdParam, ...jsonBody(PlanBody) },
  responses: { 200: json(PlanInfo, 'Saved'), ...errorResponses },
});
const createAction = createRoute({
  operationId: 'createPlanAction',
  method: 'post',
  path: '/api/evaluations/{id}/plan/actions',
  middleware: access('plan:edit'),
  tags,
  summary: 'Add an action, from a förbättringsområde (`improvement`) or freely',
  request: { params: IdParam, ...jsonBody(ActionBody) },
  responses: { 201: json(Action, 'Created (version 1)'), ...errorResponses },
});
const updateAction = createRoute({
  operationId: 'updatePlanAction',
  method: 'put',
  path: '/api/evaluations/{id}/plan/actions/{actionId}',
  middleware: access('plan:edit'),
  tags,
  summary: 'Replace an action (versioned): status, dates, owner, texts',
  request: { params: ActionParams, ...jsonBody(UpdateActionBody) },
  responses: { 200: json(Action, 'Updated'), ...errorResponses },
});
const addNote = createRoute({
  operationId: 'addPlanActionNote',
  method: 'post',
  path: '/api/evaluations/{id}/plan/actions/{actionId}/notes',
  middleware: access('plan:edit'),
  tags,
  summary: "Add a note on an action's progress (notes are kept, never changed)",
  request: { params: ActionParams, ...jsonBody(NoteBody) },
  responses: { 201: json(Action, 'The action with its notes'), ...errorResponses },
});
const createGoal = createRoute({
  operationId: 'createPlanGoal',
  method: 'post',
  path: '/api/evaluations/{id}/plan/goals',
  middleware: access('plan:edit'),
  tags,
  summary: 'Add an effektmål to the plan or (with `actionId`) to an action',
  request: { params: IdParam, ...jsonBody(GoalBody) },
  responses: { 201: json(Goal, 'Created (version 1)'), ...errorResponses },
});
const updateGoal = createRoute({
  operationId: 'updatePlanGoal',
  method: 'put',
  path: '/api/evaluations/{id}/plan/goals/{goalId}',
  middleware: access('plan:edit'),
  tags,
  summary: 'Replace an effektmål (versioned); its measurements must still fit the bands',
  request: { params: GoalParams, ...jsonBody(UpdateGoalBody) },
  responses: { 200: json(Goal, 'Updated'), ...errorResponses },
});
const addMeasurement = createRoute({
  operationId: 'addGoalMeasurement',
  method: 'post',
  path: '/api/evaluations/{id}/plan/goals/{goalId}/measurements',
  middleware: access('plan:edit'),
  tags,
  summary: 'Add a measurement: a value, done or not (yes/no goals), or a stated status',
  request: { params: GoalParams, ...jsonBody(MeasurementBody) },
  responses: { 201: json(Goal, 'The goal with its new status'), ...errorResponses },
});
const deleteMeasurement = createRoute({
  operationId: 'deleteGoalMeasurement',
  method: 'delete',
  path: '/api/evaluations/{id}/plan/goals/{goalId}/measurements/{measurementId}',
  middleware: access('plan:edit'),
  tags,
  summary: 'Delete a measurement entered by mistake (audited)',
  request: { params: MeasurementParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});
const followUp = createRoute({
  operationId: 'getPlanFollowUpReport',
  method: 'get',
  path: '/api/evaluations/{id}/plan/follow-up.docx',
  middleware: access('evaluation:read'),
  tags,
  summary: 'The follow-up report of the plan as a Word document',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The follow-up report',
      content: { [DOCX]: { schema: z.string().meta({ format: 'binary' }) } },
    },
    ...errorResponses,
  },
});
const review = createRoute({
  operationId: 'getPreviousPlan',
  method: 'get',
  path: '/api/evaluations/{id}/previous-plan',
  middleware: access('evaluation:read'),
  tags,
  summary:
    "The kommun's previous plan beside this evaluation's scores, per area: planned, done, and how the points moved",
  request: { params: IdParam },
  responses: {
    200: json(PlanReview, 'The previous plan (previous: null when none)'),
    ...errorResponses,
  },
});

export function plansRoutes(deps: AppDeps) {
  const service = plansService(deps);
  return router()
    .openapi(view, async (c) => c.json(await service.view(c.req.valid('param').id), 200))
    .openapi(savePlan, async (c) =>
      c.json(
        await service.savePlan(c.req.valid('param').id, c.req.valid('json'), c.var.actor),
        200,
      ),
    )
    .openapi(createAction, async (c) =>
      c.json(
        await service.createAction(c.req.valid('param').id, c.req.valid('json'), c.var.actor),
        201,
      ),
    )
    .openapi(updateAction, async (c) => {
      const { id, actionId } = c.req.valid('param');
      return c.json(
        await service.updateAction(id, actionId, c.req.valid('json'), c.var.actor),
        200,
      );
    })
    .openapi(addNote, async (c) => {
      const { id, actionId } = c.req.valid('param');
      return c.json(
        await service.addNote(id, actionId, c.req.valid('json').text, c.var.actor),
        201,
      );
    })
    .openapi(createGoal, async (c) =>
      c.json(
        await service.createGoal(c.req.valid('param').id, c.req.valid('json'), c.var.actor),
        201,
      ),
    )
    .openapi(updateGoal, async (c) => {
      const { id, goalId } = c.req.valid('param');
      return c.json(await service.updateGoal(id, goalId, c.req.valid('json'), c.var.actor), 200);
    })
    .openapi(addMeasurement, async (c) => {
      const { id, goalId } = c.req.valid('param');
      return c.json(
        await service.addMeasurement(id, goalId, c.req.valid('json'), c.var.actor),
        201,
      );
    })
    .openapi(deleteMeasurement, async (c) => {
      const { id, goalId, measurementId } = c.req.valid('param');
      await service.deleteMeasurement(id, goalId, measurementId, c.var.actor);
      return c.body(null, 204);
    })
    .openapi(followUp, async (c) => {
      const { body, filename } = await planFollowUpDocx(deps, c.req.valid('param').id);
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': DOCX,
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
      }) as never;
    })
    .openapi(review, async (c) =>
      c.json(await planReview(deps, c.req.valid('param').id, c.var.actor), 200),
    );
}
