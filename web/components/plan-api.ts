// The plan page's calls to the API, typed by the server's routes (Hono RPC); types flow from here.
import { client, unwrap } from '../lib/api';

export function loadPlan(id: string) {
  return unwrap(client.api.evaluations[':id'].plan.$get({ param: { id } }));
}

export function loadReview(id: string) {
  return unwrap(client.api.evaluations[':id']['previous-plan'].$get({ param: { id } }));
}

export type PlanView = Awaited<ReturnType<typeof loadPlan>>;
export type PlanReview = Awaited<ReturnType<typeof loadReview>>;
export type Action = PlanView['actions'][number];
export type Goal = PlanView['goals'][number];
export type ActionStatus = Action['status'];
export type GoalStatus = Goal['status'];
export type Measurement = Goal['measurements'][number];

type ActionsPost = (typeof client.api.evaluations)[':id']['plan']['actions']['$post'];
export type ActionInput = Parameters<ActionsPost>[0]['json'];
type GoalsPost = (typeof client.api.evaluations)[':id']['plan']['goals']['$post'];
export type GoalInput = Parameters<GoalsPost>[0]['json'];
type MeasurementPost =
  (typeof client.api.evaluations)[':id']['plan']['goals'][':goalId']['measurements']['$post'];
export type MeasurementInput = Parameters<MeasurementPost>[0]['json'];

export const planApi = {
  /** Version 0 creates the plan; N renames it while the stored one is N. */
  savePlan: (id: string, title: string, version: number) =>
    unwrap(client.api.evaluations[':id'].plan.$put({ param: { id }, json: { title, version } })),
  createAction: (id: string, json: ActionInput) =>
    unwrap(client.api.evaluations[':id'].plan.actions.$post({ param: { id }, json })),
  updateAction: (id: string, actionId: string, json: ActionInput & { version: number }) =>
    unwrap(
      client.api.evaluations[':id'].plan.actions[':actionId'].$put({
        param: { id, actionId },
        json,
      }),
    ),
  addNote: (id: string, actionId: string, text: string) =>
    unwrap(
      client.api.evaluations[':id'].plan.actions[':actionId'].notes.$post({
        param: { id, actionId },
        json: { text },
      }),
    ),
  createGoal: (id: string, json: GoalInput) =>
    unwrap(client.api.evaluations[':id'].plan.goals.$post({ param: { id }, json })),
  updateGoal: (id: string, goalId: string, json: GoalInput & { version: number }) =>
    unwrap(
      client.api.evaluations[':id'].plan.goals[':goalId'].$put({ param: { id, goalId }, json }),
    ),
  addMeasurement: (id: string, goalId: string, json: MeasurementInput) =>
    unwrap(
      client.api.evaluations[':id'].plan.goals[':goalId'].measurements.$post({
        param: { id, goalId },
        json,
      }),
    ),
  deleteMeasurement: (id: string, goalId: string, measurementId: string) =>
    unwrap(
      client.api.evaluations[':id'].plan.goals[':goalId'].measurements[':measurementId'].$delete({
        param: { id, goalId, measurementId },
      }),
    ),
};
