import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../context';
import { inIdBatches } from '../db/batches';
import type { Dialect } from '../db/connect';
import type { Database, EvaluationRow, EvaluationStatus } from '../db/database';
import { preparedFirst } from '../db/prepared';

type Executor = Kysely<Database> | Transaction<Database>;

/** An evaluation with the names it is shown by. */
export interface EvaluationListRow extends EvaluationRow {
  municipality_code: string;
  municipality_name: string;
  municipality_official_name: string | null;
  rubric_id: string;
  rubric_version: string;
  rubric_checksum: string;
}

function baseQuery(db: Executor) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('municipalities as m', 'm.id', 'e.municipality_id')
    .innerJoin('rubric_versions as r', 'r.id', 'e.rubric_version_id')
    .selectAll('e')
    .select([
      'm.code as municipality_code',
      'm.name as municipality_name',
      'm.official_name as municipality_official_name',
      'r.rubric_id as rubric_id',
      'r.version as rubric_version',
      'r.checksum as rubric_checksum',
    ]);
}

export function findEvaluation(db: Executor, id: string): Promise<EvaluationListRow | undefined> {
  return baseQuery(db).where('e.id', '=', id).executeTakeFirst();
}

export interface EvaluationFilter {
  /** Only what this user may see (evaluators: their teams'; readers: their kommun's published). */
  visibleTo?: Pick<Actor, 'id' | 'role' | 'municipalityCode'>;
  status?: EvaluationStatus[];
  municipalityCode?: string;
  rubricId?: string;
  ids?: string[];
}

export function listEvaluations(
  db: Executor,
  filter: EvaluationFilter = {},
): Promise<EvaluationListRow[]> {
  let query = baseQuery(db);
  if (filter.status && filter.status.length > 0)
    query = query.where('e.status', 'in', filter.status);
  if (filter.municipalityCode) query = query.where('m.code', '=', filter.municipalityCode);
  if (filter.rubricId) query = query.where('r.rubric_id', '=', filter.rubricId);
  if (filter.ids) {
    if (filter.ids.length === 0) return Promise.resolve([]);
    query = query.where('e.id', 'in', filter.ids);
  }
  const viewer = filter.visibleTo;
  if (viewer?.role === 'evaluator') {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('team_members as t')
          .select('t.id')
          .whereRef('t.evaluation_id', '=', 'e.id')
          .where('t.user_id', '=', viewer.id),
      ),
    );
  } else if (viewer?.role === 'reader') {
    query = query
      .where('e.status', '=', 'published')
      .where('m.code', '=', viewer.municipalityCode ?? '');
  }
  return query.orderBy('e.date', 'desc').orderBy('m.name').orderBy('e.id').execute();
}

export async function insertEvaluation(db: Executor, row: EvaluationRow): Promise<void> {
  await db.insertInto('evaluations').values(row).execute();
}

/**
 * Reads the evaluation's status inside a write transaction. On PostgreSQL the row is share-locked,
 * so a publish (which updates the row) waits for in-flight writes and vice versa.
 */
export async function lockEvaluation(
  trx: Executor,
  id: string,
  dialect: Dialect,
): Promise<Pick<EvaluationRow, 'id' | 'status' | 'rubric_version_id'> | undefined> {
  // Every autosave starts here: compiled once per store (the dialect is fixed per store).
  return preparedFirst(trx, 'lockEvaluation', [id], (trx) =>
    trx
      .selectFrom('evaluations')
      .select(['id', 'status', 'rubric_version_id'])
      .where('id', '=', id)
      .$if(dialect === 'postgres', (q) => q.forShare()),
  );
}

/** Updates when `version` still matches; false on a stale version. */
export async function updateEvaluation(
  db: Executor,
  id: string,
  version: number,
  values: Partial<Omit<EvaluationRow, 'id' | 'version' | 'created_at'>> & { updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('evaluations')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function listTeam(db: Executor, evaluationIds: string[]) {
  return inIdBatches(evaluationIds, (ids) =>
    db
      .selectFrom('team_members')
      .selectAll()
      .where('evaluation_id', 'in', ids)
      .orderBy('evaluation_id')
      .orderBy('position')
      .execute(),
  );
}

export async function insertTeamMembers(
  db: Executor,
  rows: {
    id: string;
    evaluation_id: string;
    name: string;
    position: number;
    user_id: string | null;
  }[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('team_members').values(rows).execute();
}
