import { z } from 'zod';
import { GOAL_DIRECTIONS, GOAL_STATUSES, STATED_STATUSES } from '../../scoring/goal-status';
import { Id, Version } from '../evaluation-core/ids.schemas';
import { IsoDate } from '../formats/evaluation-file';
import { Bands, goalShape, ObservationInput, refineGoal } from '../formats/goals-file';

export const ActionStatus = z.enum(['planned', 'inProgress', 'done', 'cancelled']);
export type ActionStatus = z.infer<typeof ActionStatus>;
export const GoalStatus = z.enum(GOAL_STATUSES);

export const ActionNote = z
  .object({ id: z.string(), authorName: z.string(), text: z.string(), createdAt: z.string() })
  .meta({ id: 'ActionNote' });
export type ActionNote = z.infer<typeof ActionNote>;

export const Action = z
  .object({
    id: z.string(),
    areaId: z.string(),
    title: z.string(),
    description: z.string(),
    /** Delfrågor of the area, in rubric order. */
    questions: z.array(z.string()),
    /** The förbättringsområde the action was created from; null for one created freely. */
    improvement: z.string().nullable(),
    /** A role or a unit. */
    owner: z.string(),
    startDate: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: ActionStatus,
    /** Planned or in progress after its due date (by the server's date). */
    overdue: z.boolean(),
    /** Oldest first. */
    notes: z.array(ActionNote),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Action' });
export type Action = z.infer<typeof Action>;

export const Measurement = z
  .object({
    id: z.string(),
    date: z.string(),
    value: z.number().nullable(),
    done: z.boolean().nullable(),
    stated: z.enum(STATED_STATUSES).nullable(),
    text: z.string().nullable(),
    /** The status this measurement gives on its own. */
    status: GoalStatus,
    createdAt: z.string(),
  })
  .meta({ id: 'GoalMeasurement' });
export type Measurement = z.infer<typeof Measurement>;

export const Goal = z
  .object({
    id: z.string(),
    /** The action the goal measures; null for a goal of the whole plan. */
    actionId: z.string().nullable(),
    title: z.string(),
    indicator: z.string(),
    unit: z.string(),
    direction: z.enum(GOAL_DIRECTIONS),
    bands: Bands,
    deadline: z.string().nullable(),
    nearFrom: z.string().nullable(),
    nulage: ObservationInput.nullable(),
    targetDate: z.string().nullable(),
    note: z.string(),
    /** Oldest first. */
    measurements: z.array(Measurement),
    /** From the latest of Nuläge and the measurements (scoring/goal-status.ts). */
    status: GoalStatus,
    /** The Nuläge's own status. */
    nulageStatus: GoalStatus,
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Goal' });
export type Goal = z.infer<typeof Goal>;

export const PlanInfo = z
  .object({
    id: z.string(),
    title: z.string(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Plan' });
export type PlanInfo = z.infer<typeof PlanInfo>;

export const PlanView = z
  .object({
    /** Null until the kommun saves its plan or its first action or goal. */
    plan: PlanInfo.nullable(),
    actions: z.array(Action),
    goals: z.array(Goal),
    /** The server's date (YYYY-MM-DD) that `overdue` was judged by. */
    today: z.string(),
  })
  .meta({ id: 'PlanView' });
export type PlanView = z.infer<typeof PlanView>;

export const PlanBody = z
  .strictObject({ title: z.string().trim().min(1).max(500), version: Version })
  .meta({ id: 'PlanUpdate' });
export type PlanBody = z.infer<typeof PlanBody>;

const QuestionId = z.string().regex(/^\d+\.\d+$/, 'a question id is like "1.1"');

const actionShape = {
  areaId: z.string().min(1).max(20),
  title: z.string().trim().min(1).max(500),
  description: z.string().max(20_000).default(''),
  questions: z.array(QuestionId).max(50).default([]),
  improvement: z.string().max(20_000).nullable().optional(),
  owner: z.string().trim().min(1, 'name the owner: a role or a unit').max(300),
  startDate: IsoDate.nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
  status: ActionStatus.default('planned'),
};

function refineDates(
  body: { startDate?: string | null | undefined; dueDate?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (body.startDate && body.dueDate && body.dueDate < body.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['dueDate'],
      message: 'the due date is before the start',
    });
  }
}

export const ActionBody = z
  .strictObject(actionShape)
  .superRefine(refineDates)
  .meta({ id: 'ActionInput' });
export type ActionBody = z.infer<typeof ActionBody>;

/** The whole action again (a replace), based on `version`. */
export const UpdateActionBody = z
  .strictObject({ ...actionShape, version: Version })
  .superRefine(refineDates)
  .meta({ id: 'ActionUpdate' });
export type UpdateActionBody = z.infer<typeof UpdateActionBody>;

export const NoteBody = z
  .strictObject({
    text: z
      .string()
      .max(20_000)
      .refine((text) => text.trim() !== '', 'a note is empty'),
  })
  .meta({ id: 'ActionNoteInput' });

export const GoalBody = z
  .strictObject({ ...goalShape, actionId: Id.nullable().optional() })
  .superRefine(refineGoal)
  .meta({ id: 'GoalInput' });
export type GoalBody = z.infer<typeof GoalBody>;

export const UpdateGoalBody = z
  .strictObject({ ...goalShape, actionId: Id.nullable().optional(), version: Version })
  .superRefine(refineGoal)
  .meta({ id: 'GoalUpdate' });
export type UpdateGoalBody = z.infer<typeof UpdateGoalBody>;

export const MeasurementBody = ObservationInput;
export type MeasurementBody = z.infer<typeof MeasurementBody>;

export const ActionParams = z.object({ id: Id, actionId: Id });
export const GoalParams = z.object({ id: Id, goalId: Id });
export const MeasurementParams = z.object({ id: Id, goalId: Id, measurementId: Id });

/** One area of a re-evaluation: what the previous plan held there and how the score moved. */
export const ReviewArea = z.object({
  areaId: z.string(),
  title: z.string(),
  /** The previous evaluation's shown points (mapped across rubric versions when they differ). */
  previousPoints: z.number().nullable(),
  /** This evaluation's shown points so far. */
  currentPoints: z.number().nullable(),
  currentComplete: z.boolean(),
  /** current − previous, when both are there. */
  change: z.number().nullable(),
  actions: z.array(Action),
  /** Goals of those actions. */
  goals: z.array(Goal),
  counts: z.record(ActionStatus, z.number()),
});

export const PlanReview = z
  .object({
    previous: z
      .object({
        evaluationId: z.string(),
        date: z.string(),
        rubric: z.string(),
        plan: PlanInfo,
      })
      .nullable(),
    /** True when the two evaluations use different rubric versions (SKR: indicative only). */
    indicative: z.boolean(),
    areas: z.array(ReviewArea),
    /** Goals of the previous plan as a whole. */
    planGoals: z.array(Goal),
  })
  .meta({ id: 'PlanReview' });
export type PlanReview = z.infer<typeof PlanReview>;
