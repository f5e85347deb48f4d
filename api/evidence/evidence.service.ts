import type { Kysely, Transaction } from 'kysely';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { Database, EvidenceRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { conflict, invalidInput, notFound } from '../errors';
import { findEvaluation, lockEvaluation } from '../evaluation-core/evaluations.repository';
import { assertWritable } from '../evaluation-core/writable';
import { sortableId } from '../ids';
import {
  deleteEvidence,
  type EvidenceWithQuestions,
  findEvidence,
  insertEvidence,
  listEvidence,
  replaceQuestions,
  updateEvidence,
} from './evidence.repository';
import type {
  Evidence,
  EvidenceBody,
  EvidenceFields,
  UpdateEvidenceBody,
} from './evidence.schemas';

export function toEvidence(row: EvidenceWithQuestions): Evidence {
  return {
    id: row.id,
    kind: row.kind,
    date: row.date,
    title: row.title,
    intervieweeGroup: row.interviewee_group,
    function: row.function,
    reference: row.reference,
    notes: row.notes,
    questions: row.questions,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Blank optional text is stored as null; anything else exactly as typed. */
const textOrNull = (value: string | null | undefined) =>
  value == null || value.trim() === '' ? null : value;

function rowValues(body: EvidenceFields, now: string) {
  return {
    kind: body.kind,
    date: body.date ?? null,
    title: textOrNull(body.title),
    interviewee_group: body.intervieweeGroup ?? null,
    function: textOrNull(body.function),
    reference: textOrNull(body.reference),
    notes: body.notes,
    updated_at: now,
  };
}

const CHANGED = 'the evidence was changed by someone else';
const EXISTS = 'evidence with this id exists already';

/** Interviews, documents and web pages an evaluation's scores rest on, each tied to delfrågor. */
export function evidenceService(deps: AppDeps) {
  const { db } = deps.store;

  /** Throws 400 naming `questions[i]` (or `path`) for a delfråga the pinned rubric lacks. */
  async function checkQuestions(
    rubricVersionId: string,
    questions: string[],
    path = 'questions',
    executor: Kysely<Database> | Transaction<Database> = db,
  ) {
    const { rubric } = await deps.rubrics.get(rubricVersionId, executor);
    const known = new Set(rubric.areas.flatMap((area) => area.questions.map((q) => q.id)));
    const issues = questions.flatMap((id, index) =>
      known.has(id)
        ? []
        : [
            {
              path: path === 'questions' ? `questions[${index}]` : path,
              message: `unknown question "${id}" in rubric ${rubric.id}`,
            },
          ],
    );
    if (issues.length > 0) throw invalidInput(issues);
  }

  /** Locks the evaluation against publishing, refuses a published one, checks the delfrågor. */
  async function writable(trx: Transaction<Database>, evaluationId: string, questions: string[]) {
    const evaluation = await lockEvaluation(trx, evaluationId, deps.store.dialect);
    assertWritable(evaluation, evaluationId);
    if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
    await checkQuestions(evaluation.rubric_version_id, questions, 'questions', trx);
  }

  /** The evidence as stored, or 404 when it is missing or belongs to another evaluation. */
  async function existing(trx: Transaction<Database>, evaluationId: string, evidenceId: string) {
    const row = await findEvidence(trx, evidenceId);
    if (!row || row.evaluation_id !== evaluationId) throw notFound(`evidence ${evidenceId}`);
    return row;
  }

  /**
   * 409 when evidence with `id` exists: with the record when it is this evaluation's, without it
   * when it belongs to another (whose content this caller may not see).
   */
  async function refuseTaken(executor: typeof db, evaluationId: string, id: string) {
    const found = await findEvidence(executor, id);
    if (!found) return;
    throw conflict(EXISTS, found.evaluation_id === evaluationId ? toEvidence(found) : null);
  }

  return {
    async list(evaluationId: string, questionId?: string): Promise<Evidence[]> {
      const evaluation = await findEvaluation(db, evaluationId);
      if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
      if (questionId !== undefined) {
        await checkQuestions(evaluation.rubric_version_id, [questionId], 'question');
      }
      const rows = await listEvidence(db, evaluationId, questionId ? { questionId } : {});
      return rows.map(toEvidence);
    },

    /**
     * Records new evidence under the client's id when it names one: a create repeated with the
     * same id (a retry whose answer was lost) gets 409 with the stored record, never a duplicate.
     */
    async create(evaluationId: string, body: EvidenceBody, actor: Actor): Promise<Evidence> {
      const now = deps.now();
      // Time-ordered, as on import, so evidence recorded in the same instant keeps its order.
      const id = body.id ?? sortableId();
      try {
        // Group commit on SQLite, as for scores: notes are autosaved during the visit too.
        return await deps.store.write(async (trx) => {
          await writable(trx, evaluationId, body.questions);
          if (body.id !== undefined) await refuseTaken(trx, evaluationId, body.id);
          const row: EvidenceRow = {
            id,
            evaluation_id: evaluationId,
            ...rowValues(body, now),
            version: 1,
            created_at: now,
          };
          await insertEvidence(trx, row, body.questions);
          const after = toEvidence(await existing(trx, evaluationId, row.id));
          await writeAudit(trx, {
            actor: actor.id,
            action: 'evidence.create',
            entity: 'evidence',
            entityId: row.id,
            evaluationId,
            before: null,
            after,
            at: now,
          });
          return after;
        });
      } catch (error) {
        // Two creates with one id raced: the loser's insert hit the primary key.
        if (body.id !== undefined && isUniqueViolation(error)) {
          await refuseTaken(db, evaluationId, body.id);
        }
        throw error;
      }
    },

    async update(
      evaluationId: string,
      evidenceId: string,
      body: UpdateEvidenceBody,
      actor: Actor,
    ): Promise<Evidence> {
      if (body.id !== undefined && body.id !== evidenceId) {
        throw invalidInput([{ path: 'id', message: `is not the id in the path (${evidenceId})` }]);
      }
      const now = deps.now();
      return deps.store.write(async (trx) => {
        await writable(trx, evaluationId, body.questions);
        const before = toEvidence(await existing(trx, evaluationId, evidenceId));
        if (before.version !== body.version) throw conflict(CHANGED, before);
        if (!(await updateEvidence(trx, evidenceId, body.version, rowValues(body, now)))) {
          throw conflict(CHANGED, toEvidence(await existing(trx, evaluationId, evidenceId)));
        }
        await replaceQuestions(trx, evidenceId, body.questions);
        const after = toEvidence(await existing(trx, evaluationId, evidenceId));
        await writeAudit(trx, {
          actor: actor.id,
          action: 'evidence.update',
          entity: 'evidence',
          entityId: evidenceId,
          evaluationId,
          before,
          after,
          at: now,
        });
        return after;
      });
    },

    async remove(
      evaluationId: string,
      evidenceId: string,
      version: number,
      actor: Actor,
    ): Promise<void> {
      const now = deps.now();
      await deps.store.write(async (trx) => {
        await writable(trx, evaluationId, []);
        const before = toEvidence(await existing(trx, evaluationId, evidenceId));
        if (before.version !== version) throw conflict(CHANGED, before);
        if (!(await deleteEvidence(trx, evidenceId, version))) {
          throw conflict(CHANGED, toEvidence(await existing(trx, evaluationId, evidenceId)));
        }
        await writeAudit(trx, {
          actor: actor.id,
          action: 'evidence.delete',
          entity: 'evidence',
          entityId: evidenceId,
          evaluationId,
          before,
          after: null,
          at: now,
        });
      });
    },
  };
}
