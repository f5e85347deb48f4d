import type { Kysely, Transaction } from 'kysely';
import type {
  ActionNoteRow,
  ActionRow,
  Database,
  GoalMeasurementRow,
  GoalRow,
  PlanRow,
} from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export function findPlanByEvaluation(db: Executor, evaluationId: string) {
  return db
    .selectFrom('plans')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .executeTakeFirst();
}

export async function insertPlan(db: Executor, row: PlanRow): Promise<void> {
  await db.insertInto('plans').values(row).execute();
}

/** Updates when `version` still matches; false on a stale version. */
export async function updatePlan(
  db: Executor,
  id: string,
  version: number,
  values: Pick<PlanRow, 'title' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('plans')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function listActions(db: Executor, planId: string): Promise<ActionRow[]> {
  return db
    .selectFrom('actions')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findAction(db: Executor, id: string) {
  return db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAction(db: Executor, row: ActionRow): Promise<void> {
  await db.insertInto('actions').values(row).execute();
}

type ActionValues = Omit<ActionRow, 'id' | 'plan_id' | 'version' | 'created_at'>;

export async function updateAction(
  db: Executor,
  id: string,
  version: number,
  values: ActionValues,
): Promise<boolean> {
  const result = await db
    .updateTable('actions')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function listNotes(db: Executor, actionIds: string[]): Promise<ActionNoteRow[]> {
  if (actionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('action_notes')
    .selectAll()
    .where('action_id', 'in', actionIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertNote(db: Executor, row: ActionNoteRow): Promise<void> {
  await db.insertInto('action_notes').values(row).execute();
}

export function listGoals(db: Executor, planId: string): Promise<GoalRow[]> {
  return db
    .selectFrom('goals')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findGoal(db: Executor, id: string) {
  return db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertGoal(db: Executor, row: GoalRow): Promise<void> {
  await db.insertInto('goals').values(row).execute();
}

type GoalValues = Omit<GoalRow, 'id' | 'plan_id' | 'version' | 'created_at'>;

export async function updateGoal(
  db: Executor,
  id: string,
  version: number,
  values: GoalValues,
): Promise<boolean> {
  const result = await db
    .updateTable('goals')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function listMeasurements(db: Executor, goalIds: string[]): Promise<GoalMeasurementRow[]> {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('goal_measurements')
    .selectAll()
    .where('goal_id', 'in', goalIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findMeasurement(db: Executor, id: string) {
  return db.selectFrom('goal_measurements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMeasurement(db: Executor, row: GoalMeasurementRow): Promise<void> {
  await db.insertInto('goal_measurements').values(row).execute();
}

export async function deleteMeasurement(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('goal_measurements').where('id', '=', id).execute();
}

/** The kommun's evaluations before `date` that have a plan, latest first. */
export function earlierEvaluationsWithPlan(
  db: Executor,
  municipalityId: string,
  before: { date: string; id: string },
) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('plans as p', 'p.evaluation_id', 'e.id')
    .select(['e.id', 'e.date', 'e.rubric_version_id'])
    .where('e.municipality_id', '=', municipalityId)
    .where('e.id', '!=', before.id)
    .where('e.date', '<', before.date)
    .orderBy('e.date', 'desc')
    .orderBy('e.created_at', 'desc')
    .execute();
}
