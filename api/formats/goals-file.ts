import { z } from 'zod';
import { parseJsonFile } from '../../rubrics/validation';
import {
  checkGoalRule,
  checkObservation,
  GOAL_DIRECTIONS,
  type GoalRule,
  type GoalStatus,
  goalStatus,
  type Interval,
  type Observation,
  STATED_STATUSES,
} from '../../scoring/goal-status';
import { EvaluationDate, IsoDate, Municipality } from './evaluation-file';

export const GOALS_FORMAT = 'kommunkompassen-goals/1';

/**
 * One status band: the words the plan uses (`text`) and, for a measured goal, the interval of
 * values it covers. A bound that is given must say whether it is inclusive: "75 % eller mer" is
 * `min: 75, minInclusive: true`; a missing bound is unbounded.
 */
export const Band = z
  .strictObject({
    text: z.string().max(500).optional(),
    min: z.number().nullable().optional(),
    minInclusive: z.boolean().optional(),
    max: z.number().nullable().optional(),
    maxInclusive: z.boolean().optional(),
  })
  .superRefine((band, ctx) => {
    for (const end of ['min', 'max'] as const) {
      const flag = `${end}Inclusive` as const;
      if (band[end] != null && band[flag] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [flag],
          message: `say whether ${end} ${band[end]} is inclusive (${flag}: true or false)`,
        });
      }
    }
  })
  .meta({ id: 'GoalBand' });
export type Band = z.infer<typeof Band>;

export const Bands = z.strictObject({
  met: Band,
  near: Band.nullable().optional(),
  notMet: Band,
});
export type Bands = z.infer<typeof Bands>;

/**
 * What was observed: a `value`, `done` (a yes/no goal, dated when it was done), or a `stated`
 * status ("Målet ej uppnått"), exactly one; `text` keeps the words as written ("2,74 minuter").
 */
export const ObservationInput = z
  .strictObject({
    date: EvaluationDate,
    value: z.number().finite().optional(),
    done: z.boolean().optional(),
    stated: z.enum(STATED_STATUSES).optional(),
    text: z.string().max(500).optional(),
  })
  .superRefine((observation, ctx) => {
    const given = (['value', 'done', 'stated'] as const).filter(
      (key) => observation[key] !== undefined,
    );
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `give exactly one of value, done or stated (got ${given.length === 0 ? 'none' : given.join(' and ')})`,
      });
    }
  })
  .meta({ id: 'GoalObservation' });
export type ObservationInput = z.infer<typeof ObservationInput>;

/** The fields that define an effektmål, in a file and in the API alike. */
export const goalShape = {
  title: z.string().trim().min(1).max(1000),
  /** What is measured and where it comes from ("Medarbetarenkät: andel som känner stolthet"). */
  indicator: z.string().max(1000).default(''),
  /** `%`, `minuter`, `index`, … */
  unit: z.string().max(50).default(''),
  direction: z.enum(GOAL_DIRECTIONS),
  bands: Bands,
  /** Yes/no goals: done on or before this date is met (YYYY-MM-DD). */
  deadline: IsoDate.nullable().optional(),
  /** Yes/no goals: from this date to the deadline, not yet done counts as near. */
  nearFrom: IsoDate.nullable().optional(),
  /** Nuläge: the baseline with its date. */
  nulage: ObservationInput.nullable().optional(),
  targetDate: EvaluationDate.nullable().optional(),
  /** How the plan's words were read into bands, or anything else a reader should know. */
  note: z.string().max(5000).optional(),
};

interface GoalLike {
  direction: (typeof GOAL_DIRECTIONS)[number];
  bands: Bands;
  deadline?: string | null | undefined;
  nearFrom?: string | null | undefined;
  nulage?: ObservationInput | null | undefined;
}

export function intervalOf(band: Band): Interval {
  return {
    min: band.min ?? null,
    minInclusive: band.min == null ? false : (band.minInclusive ?? false),
    max: band.max ?? null,
    maxInclusive: band.max == null ? false : (band.maxInclusive ?? false),
  };
}

/** The pure engine's rule for a goal as written in a file or a request. */
export function ruleOf(goal: GoalLike): GoalRule {
  if (goal.direction === 'yesNo') {
    return { direction: 'yesNo', deadline: goal.deadline ?? '', nearFrom: goal.nearFrom ?? null };
  }
  return {
    direction: goal.direction,
    bands: {
      met: intervalOf(goal.bands.met),
      near: goal.bands.near ? intervalOf(goal.bands.near) : null,
      notMet: intervalOf(goal.bands.notMet),
    },
  };
}

export function observationOf(input: ObservationInput): Observation {
  if (input.stated !== undefined) return { date: input.date, stated: input.stated };
  if (input.done !== undefined) return { date: input.date, done: input.done };
  return { date: input.date, value: input.value ?? Number.NaN };
}

const pathOf = (path: string) => (path === '' ? [] : path.split('.'));

/** Adds every issue of the goal's rule and of its baseline to `ctx`. */
export function refineGoal(goal: GoalLike, ctx: z.RefinementCtx): void {
  if (goal.direction === 'yesNo') {
    if (!goal.deadline) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'a yes/no goal needs its deadline (YYYY-MM-DD)',
      });
      return;
    }
    for (const name of ['met', 'near', 'notMet'] as const) {
      const band = goal.bands[name];
      if (band && (band.min != null || band.max != null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', name],
          message: 'a yes/no goal has no numeric bounds: its bands are words only',
        });
      }
    }
  } else {
    for (const name of ['met', 'notMet'] as const) {
      const band = goal.bands[name];
      if (band.min == null && band.max == null) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', name],
          message: 'a measured goal needs min and/or max in every band',
        });
        return;
      }
    }
    if (goal.deadline != null || goal.nearFrom != null) {
      ctx.addIssue({
        code: 'custom',
        path: [goal.deadline != null ? 'deadline' : 'nearFrom'],
        message: 'only a yes/no goal has a deadline and a near window',
      });
    }
  }
  const rule = ruleOf(goal);
  const issues = checkGoalRule(rule);
  if (issues.length === 0 && goal.nulage) {
    issues.push(...checkObservation(rule, observationOf(goal.nulage), 'nulage'));
  }
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: pathOf(issue.path), message: issue.message });
  }
}

/** An effektmål as the API takes it (its plan or action comes from the route). */
export const GoalDefinition = z
  .strictObject(goalShape)
  .superRefine(refineGoal)
  .meta({ id: 'GoalDefinition' });
export type GoalDefinition = z.infer<typeof GoalDefinition>;

const FileGoal = z
  .strictObject({
    /** A slug, unique in the file. */
    id: z.string().regex(/^[a-z0-9-]{1,60}$/, 'an id is lower-case letters, digits and -'),
    /** The heading the plan lists the goal under ("3. Utveckla ett jämlikt samhälle"). */
    heading: z.string().max(500).optional(),
    ...goalShape,
    /** Later measurements, in any order (the latest decides the status). */
    measurements: z.array(ObservationInput).max(1000).default([]),
  })
  .superRefine((goal, ctx) => {
    refineGoal(goal, ctx);
    const rule = ruleOf(goal);
    if (checkGoalRule(rule).length > 0) return;
    goal.measurements.forEach((measurement, index) => {
      for (const issue of checkObservation(rule, observationOf(measurement))) {
        ctx.addIssue({
          code: 'custom',
          path: ['measurements', index, ...pathOf(issue.path)],
          message: issue.message,
        });
      }
    });
  });
export type FileGoal = z.infer<typeof FileGoal>;

/** A plan's effektmål in a file (`fixtures/goals/enkoping-ks.json`). */
export const GoalsFile = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(GOALS_FORMAT),
    municipality: Municipality,
    title: z.string().min(1).max(500),
    /** Where the goals are published. */
    source: z.string().min(1).max(2000),
    goals: z.array(FileGoal).min(1).max(500),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.goals.forEach((goal, index) => {
      if (seen.has(goal.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['goals', index, 'id'],
          message: `duplicate goal id "${goal.id}"`,
        });
      }
      seen.add(goal.id);
    });
  });
export type GoalsFile = z.infer<typeof GoalsFile>;

/** Parses a goals file; errors name the source, the JSON path and the line. */
export function parseGoalsFile(text: string, source: string): GoalsFile {
  return parseJsonFile(GoalsFile, text, source);
}

/** Each goal of a file with its Nuläge and its status now (Nuläge and measurements). */
export function goalStatuses(
  file: GoalsFile,
): { id: string; title: string; nulage: ObservationInput | null; status: GoalStatus }[] {
  return file.goals.map((goal) => {
    const observations = [...(goal.nulage ? [goal.nulage] : []), ...goal.measurements];
    return {
      id: goal.id,
      title: goal.title,
      nulage: goal.nulage ?? null,
      status: goalStatus(ruleOf(goal), observations.map(observationOf)).status,
    };
  });
}
