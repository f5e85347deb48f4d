import type { ValidationIssue } from '../rubrics/validation';
import { toMicro } from './round';

/**
 * Effektmål (seed 000): a goal's status from its bands. Bands are explicit numeric intervals with
 * inclusive or exclusive bounds, so a value between two stated bands (74.5 between "71-74 %" and
 * "75 % eller mer") falls where the interval says, never by accident of rounding.
 */

/** met / near / not met (seed 000: Målet uppnått / Nära målet / Ej uppnått), or no data yet. */
export type GoalStatus = 'met' | 'near' | 'notMet' | 'noData';
/** A status someone stated in words ("Målet ej uppnått"), rather than one computed from a value. */
export type StatedStatus = Exclude<GoalStatus, 'noData'>;
export type GoalDirection = 'higherBetter' | 'lowerBetter' | 'yesNo';

export const GOAL_STATUSES = ['met', 'near', 'notMet', 'noData'] as const;
export const STATED_STATUSES = ['met', 'near', 'notMet'] as const;
export const GOAL_DIRECTIONS = ['higherBetter', 'lowerBetter', 'yesNo'] as const;

/** Numbers between two bounds; a `null` bound is unbounded (−∞ or +∞) and never inclusive. */
export interface Interval {
  min: number | null;
  minInclusive: boolean;
  max: number | null;
  maxInclusive: boolean;
}

export interface NumericBands {
  met: Interval;
  /** Some goals have no "Nära målet" band. */
  near: Interval | null;
  notMet: Interval;
}

/** A measured goal: the bands partition the values it can take, ordered by `direction`. */
export interface NumericRule {
  direction: 'higherBetter' | 'lowerBetter';
  bands: NumericBands;
}

/**
 * A yes/no goal with a deadline (skyltar på plats senast 1 april 2020): done by the deadline is
 * met; not done is near inside the near window (from `nearFrom` to the deadline) and not met
 * before it or after the deadline.
 */
export interface YesNoRule {
  direction: 'yesNo';
  /** YYYY-MM-DD, inclusive: "senast 1 april 2020" is `2020-04-01`. */
  deadline: string;
  /** YYYY-MM-DD, inclusive; null when the goal has no "Nära målet" window. */
  nearFrom: string | null;
}

export type GoalRule = NumericRule | YesNoRule;

/**
 * What was observed on `date` (YYYY-MM or YYYY-MM-DD): a measured value, whether a yes/no goal
 * is done (dated when it was done), or a status stated in words.
 */
export type Observation =
  | { date: string; value: number }
  | { date: string; done: boolean }
  | { date: string; stated: StatedStatus };

/** A value or a rule that cannot be judged: a programming or data error, never a silent status. */
export class GoalRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoalRuleError';
  }
}

/**
 * Whether `value` lies in the interval, compared in exact millionths.
 *
 * @example intervalContains({ min: 71, minInclusive: true, max: 75, maxInclusive: false }, 74.5) // true
 */
export function intervalContains(interval: Interval, value: number): boolean {
  const v = toMicro(value);
  if (interval.min !== null) {
    const min = toMicro(interval.min);
    if (interval.minInclusive ? v < min : v <= min) return false;
  }
  if (interval.max !== null) {
    const max = toMicro(interval.max);
    if (interval.maxInclusive ? v > max : v >= max) return false;
  }
  return true;
}

/**
 * Interval notation, decimal comma: `[75; ∞)`, `(2; 3)`.
 *
 * @example formatInterval({ min: 0, minInclusive: true, max: 2, maxInclusive: true }) // "[0; 2]"
 */
export function formatInterval(interval: Interval): string {
  const number = (n: number) => String(n).replace('.', ',');
  const left =
    interval.min === null ? '(−∞' : `${interval.minInclusive ? '[' : '('}${number(interval.min)}`;
  const right =
    interval.max === null ? '∞)' : `${number(interval.max)}${interval.maxInclusive ? ']' : ')'}`;
  return `${left}; ${right}`;
}

/** `2018-12` -> `2018-12-31`: a month's observation is the state at the end of that month. */
export function observationDay(date: string): string {
  if (date.length !== 7) return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, '0')}`;
}

function numericStatus(rule: NumericRule, value: number): StatedStatus {
  if (intervalContains(rule.bands.met, value)) return 'met';
  if (rule.bands.near && intervalContains(rule.bands.near, value)) return 'near';
  if (intervalContains(rule.bands.notMet, value)) return 'notMet';
  throw new GoalRuleError(`the value ${value} lies in none of the goal's bands`);
}

function yesNoStatus(rule: YesNoRule, done: boolean, date: string): StatedStatus {
  const day = observationDay(date);
  if (day > rule.deadline) return 'notMet';
  if (done) return 'met';
  return rule.nearFrom !== null && day >= rule.nearFrom ? 'near' : 'notMet';
}

/**
 * The status one observation gives: a stated status as stated, a value by the band holding it,
 * a yes/no by the deadline and near window. Throws GoalRuleError for a value in no band or an
 * observation of the wrong kind (a number for a yes/no goal).
 *
 * @example observationStatus(kotid, { date: '2018-12', value: 2.74 }) // 'near'
 */
export function observationStatus(rule: GoalRule, observation: Observation): StatedStatus {
  if ('stated' in observation) return observation.stated;
  if (rule.direction === 'yesNo') {
    if (!('done' in observation)) {
      throw new GoalRuleError('a yes/no goal is observed as done or not, not as a number');
    }
    return yesNoStatus(rule, observation.done, observation.date);
  }
  if (!('value' in observation)) {
    throw new GoalRuleError('a measured goal is observed as a number, not as done or not');
  }
  return numericStatus(rule, observation.value);
}

/**
 * The latest observation (by date; on the same date the later in the list) and the status it
 * gives; `noData` when there is none. The baseline (Nuläge) is simply the first observation.
 *
 * @example goalStatus(kotid, [{ date: '2018-12', value: 2.74 }, { date: '2019-12', value: 2 }]).status // 'met'
 */
export function goalStatus(
  rule: GoalRule,
  observations: readonly Observation[],
): { status: GoalStatus; observation: Observation | null } {
  let latest: Observation | null = null;
  for (const observation of observations) {
    if (latest === null || observationDay(observation.date) >= observationDay(latest.date)) {
      latest = observation;
    }
  }
  if (latest === null) return { status: 'noData', observation: null };
  return { status: observationStatus(rule, latest), observation: latest };
}

/** Sorting key of an interval's lower end: −∞ first; at one number an inclusive bound first. */
function lowerEnd(interval: Interval): [number, number] {
  if (interval.min === null) return [Number.NEGATIVE_INFINITY, 0];
  return [interval.min, interval.minInclusive ? 0 : 1];
}

function checkInterval(interval: Interval, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (interval.min === null && interval.minInclusive)
    issues.push({
      path: `${path}.minInclusive`,
      message: 'an unbounded end (−∞) cannot be inclusive',
    });
  if (interval.max === null && interval.maxInclusive)
    issues.push({
      path: `${path}.maxInclusive`,
      message: 'an unbounded end (∞) cannot be inclusive',
    });
  if (interval.min !== null && interval.max !== null) {
    const empty =
      interval.min > interval.max ||
      (interval.min === interval.max && !(interval.minInclusive && interval.maxInclusive));
    if (empty) issues.push({ path, message: `${formatInterval(interval)} holds no value` });
  }
  return issues;
}

/**
 * Every rule a goal's bands break: empty or overlapping bands, a gap between bands (a value
 * there would have no status), or bands in the wrong order for the direction (higher better:
 * not met below near below met). `path` prefixes each issue's path.
 *
 * @example checkGoalRule({ direction: 'lowerBetter', bands: kotidBands }) // []
 */
export function checkGoalRule(rule: GoalRule, path = ''): ValidationIssue[] {
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (rule.direction === 'yesNo') {
    if (rule.nearFrom !== null && rule.nearFrom > rule.deadline)
      return [
        {
          path: at('nearFrom'),
          message: `the near window starts after the deadline ${rule.deadline}`,
        },
      ];
    return [];
  }
  const named = (['met', 'near', 'notMet'] as const).flatMap((name) => {
    const interval = rule.bands[name];
    return interval ? [{ name, interval }] : [];
  });
  const issues = named.flatMap(({ name, interval }) =>
    checkInterval(interval, at(`bands.${name}`)),
  );
  if (issues.length > 0) return issues;
  const sorted = [...named].sort((a, b) => {
    const [av, ai] = lowerEnd(a.interval);
    const [bv, bi] = lowerEnd(b.interval);
    return av - bv || ai - bi;
  });
  for (let i = 1; i < sorted.length; i++) {
    const below = sorted[i - 1] as (typeof sorted)[number];
    const above = sorted[i] as (typeof sorted)[number];
    const where = at(`bands.${above.name}`);
    const ends = below.interval.max;
    const starts = above.interval.min;
    if (ends === null || starts === null || ends > starts) {
      issues.push({ path: where, message: `overlaps the ${below.name} band` });
    } else if (ends < starts) {
      issues.push({
        path: where,
        message: `leaves a gap after the ${below.name} band (${ends} to ${starts}): a value there would have no status`,
      });
    } else if (below.interval.maxInclusive && above.interval.minInclusive) {
      issues.push({ path: where, message: `shares the value ${ends} with the ${below.name} band` });
    } else if (!below.interval.maxInclusive && !above.interval.minInclusive) {
      issues.push({
        path: where,
        message: `leaves ${ends} out: make it inclusive in this band or in the ${below.name} band`,
      });
    }
  }
  if (issues.length > 0) return issues;
  const order = sorted.map((band) => band.name);
  const present = new Set<string>(named.map((band) => band.name));
  const ascending =
    rule.direction === 'higherBetter' ? ['notMet', 'near', 'met'] : ['met', 'near', 'notMet'];
  const expected = ascending.filter((name) => present.has(name));
  if (order.join() !== expected.join()) {
    issues.push({
      path: at('bands'),
      message: `for ${rule.direction} the bands run ${expected.join(' < ')} from low to high values, not ${order.join(' < ')}`,
    });
  }
  return issues;
}

/**
 * Whether an observation fits a goal: the right kind for its direction, a value inside the
 * bands. `path` prefixes each issue's path.
 *
 * @example checkObservation(kotid, { date: '2019-12', value: -1 }) // [{ path: 'value', … }]
 */
export function checkObservation(
  rule: GoalRule,
  observation: Observation,
  path = '',
): ValidationIssue[] {
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  if ('stated' in observation) return [];
  if (rule.direction === 'yesNo') {
    return 'done' in observation
      ? []
      : [{ path: at('value'), message: 'a yes/no goal takes done: true or false, not a number' }];
  }
  if (!('value' in observation)) {
    return [{ path: at('done'), message: 'a measured goal takes a number (value), not done' }];
  }
  try {
    numericStatus(rule, observation.value);
    return [];
  } catch (error) {
    if (!(error instanceof GoalRuleError)) throw error;
    return [{ path: at('value'), message: error.message }];
  }
}
