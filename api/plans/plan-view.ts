// Rows -> the plan's DTOs: JSON columns parsed, driver values converted, statuses computed by
// the same pure function as `kompass goals` (scoring/goal-status.ts).
import { goalStatus, type Observation, observationStatus } from '../../scoring/goal-status';
import type {
  ActionNoteRow,
  ActionRow,
  GoalMeasurementRow,
  GoalRow,
  PlanRow,
} from '../db/database';
import { type Bands, type ObservationInput, observationOf, ruleOf } from '../formats/goals-file';
import type { Action, ActionNote, Goal, Measurement, PlanInfo } from './plans.schemas';

export function toPlanInfo(row: PlanRow): PlanInfo {
  return {
    id: row.id,
    title: row.title,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toNote(row: ActionNoteRow): ActionNote {
  return { id: row.id, authorName: row.author_name, text: row.text, createdAt: row.created_at };
}

/** Still planned or in progress after its due date. */
export function isOverdue(action: Pick<ActionRow, 'status' | 'due_date'>, today: string): boolean {
  return (
    action.due_date !== null &&
    action.due_date < today &&
    (action.status === 'planned' || action.status === 'inProgress')
  );
}

export function toAction(row: ActionRow, notes: ActionNoteRow[], today: string): Action {
  return {
    id: row.id,
    areaId: row.area_id,
    title: row.title,
    description: row.description,
    questions: JSON.parse(row.questions),
    improvement: row.improvement,
    owner: row.owner,
    startDate: row.start_date,
    dueDate: row.due_date,
    status: row.status,
    overdue: isOverdue(row, today),
    notes: notes.filter((note) => note.action_id === row.id).map(toNote),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A stored measurement as the engine's observation. */
export function observationOfRow(row: GoalMeasurementRow): Observation {
  if (row.stated !== null) return { date: row.date, stated: row.stated };
  if (row.done !== null) return { date: row.date, done: Number(row.done) === 1 };
  return { date: row.date, value: Number(row.value) };
}

export function toGoal(row: GoalRow, measurements: GoalMeasurementRow[]): Goal {
  const bands = JSON.parse(row.bands) as Bands;
  const nulage = row.nulage === null ? null : (JSON.parse(row.nulage) as ObservationInput);
  const rule = ruleOf({
    direction: row.direction,
    bands,
    deadline: row.deadline,
    nearFrom: row.near_from,
  });
  const own = measurements.filter((m) => m.goal_id === row.id);
  const observations = [...(nulage ? [observationOf(nulage)] : []), ...own.map(observationOfRow)];
  return {
    id: row.id,
    actionId: row.action_id,
    title: row.title,
    indicator: row.indicator,
    unit: row.unit,
    direction: row.direction,
    bands,
    deadline: row.deadline,
    nearFrom: row.near_from,
    nulage,
    targetDate: row.target_date,
    note: row.note,
    measurements: own.map(
      (m): Measurement => ({
        id: m.id,
        date: m.date,
        value: m.value === null ? null : Number(m.value),
        done: m.done === null ? null : Number(m.done) === 1,
        stated: m.stated,
        text: m.text,
        status: observationStatus(rule, observationOfRow(m)),
        createdAt: m.created_at,
      }),
    ),
    status: goalStatus(rule, observations).status,
    nulageStatus: nulage ? observationStatus(rule, observationOf(nulage)) : 'noData',
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
