import type { Kysely, Transaction } from 'kysely';
import type { Database, EvidenceRow } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export interface EvidenceWithQuestions extends EvidenceRow {
  questions: string[];
}

async function attachQuestions(
  db: Executor,
  rows: EvidenceRow[],
): Promise<EvidenceWithQuestions[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('evidence_questions')
    .selectAll()
    .where(
      'evidence_id',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  const byEvidence = new Map<string, string[]>();
  for (const link of links) {
    const list = byEvidence.get(link.evidence_id) ?? [];
    list.push(link.question_id);
    byEvidence.set(link.evidence_id, list);
  }
  const order = (id: string) => id.split('.').map(Number);
  return rows.map((row) => ({
    ...row,
    questions: (byEvidence.get(row.id) ?? []).sort((a, b) => {
      const [a1 = 0, a2 = 0] = order(a);
      const [b1 = 0, b2 = 0] = order(b);
      return a1 - b1 || a2 - b2;
    }),
  }));
}

/** An evaluation's evidence in the order it was recorded; `questionId`: only what is tied to it. */
export async function listEvidence(
  db: Executor,
  evaluationId: string,
  filter: { questionId?: string } = {},
): Promise<EvidenceWithQuestions[]> {
  const { questionId } = filter;
  const rows = await db
    .selectFrom('evidence')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .$if(questionId !== undefined, (q) =>
      q.where('id', 'in', (sub) =>
        sub
          .selectFrom('evidence_questions')
          .select('evidence_id')
          .where('question_id', '=', questionId as string),
      ),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return attachQuestions(db, rows);
}

export async function findEvidence(
  db: Executor,
  id: string,
): Promise<EvidenceWithQuestions | undefined> {
  const row = await db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await attachQuestions(db, [row]))[0] : undefined;
}

export async function insertEvidence(
  db: Executor,
  row: EvidenceRow,
  questions: string[],
): Promise<void> {
  await db.insertInto('evidence').values(row).execute();
  await replaceQuestions(db, row.id, questions);
}

export async function replaceQuestions(db: Executor, evidenceId: string, questions: string[]) {
  await db.deleteFrom('evidence_questions').where('evidence_id', '=', evidenceId).execute();
  const unique = [...new Set(questions)];
  if (unique.length > 0) {
    await db
      .insertInto('evidence_questions')
      .values(unique.map((question_id) => ({ evidence_id: evidenceId, question_id })))
      .execute();
  }
}

type EvidenceValues = Omit<EvidenceRow, 'id' | 'evaluation_id' | 'version' | 'created_at'>;

/** Updates when `version` still matches; false on a stale version. */
export async function updateEvidence(
  db: Executor,
  id: string,
  version: number,
  values: EvidenceValues,
) {
  const result = await db
    .updateTable('evidence')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteEvidence(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('evidence')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
