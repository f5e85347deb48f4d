import type { Kysely, Transaction } from 'kysely';
import { writeAudit } from '../audit/audit.repository';
import { evaluationVisibility } from '../auth/access';
import type { Actor, AppDeps } from '../context';
import type { CitationRow, Database } from '../db/database';
import { AppError, conflict, invalidInput, notFound } from '../errors';
import { lockEvaluation } from '../evaluation-core/evaluations.repository';
import { assertWritable } from '../evaluation-core/writable';
import { sortableId } from '../ids';
import {
  deleteCitation,
  findCitation,
  insertCitation,
  listCitations,
  updateCitationQuestions,
} from './citations.repository';
import { findDocument, findPassage } from './documents.repository';
import type { Citation, CitationBody, UpdateCitationBody } from './documents.schemas';

export function toCitation(row: CitationRow): Citation {
  return {
    id: row.id,
    evaluationId: row.evaluation_id,
    documentId: row.document_id,
    documentTitle: row.document_title,
    page: row.page === null ? null : Number(row.page),
    passageId: row.passage_id === null ? null : String(row.passage_id),
    start: Number(row.start_offset),
    end: Number(row.end_offset),
    quote: row.quote,
    questionIds: JSON.parse(row.question_ids) as string[],
    createdBy: { id: row.created_by_id, name: row.created_by_name },
    createdAt: row.created_at,
    version: Number(row.version),
  };
}

const CHANGED = 'the citation was changed by someone else';

/** Delfråga ids in rubric order ("3.10" after "3.9"), each once. */
function ordered(ids: string[]): string[] {
  const key = (id: string) => id.split('.').map(Number);
  return [...new Set(ids)].sort((a, b) => {
    const [a1 = 0, a2 = 0] = key(a);
    const [b1 = 0, b2 = 0] = key(b);
    return a1 - b1 || a2 - b2;
  });
}

/** Citations: a passage's exact words tied to delfrågor as evidence. */
export function citationsService(deps: AppDeps) {
  const { db } = deps.store;

  async function checkQuestions(
    executor: Kysely<Database> | Transaction<Database>,
    rubricVersionId: string,
    questionIds: string[],
  ) {
    const { rubric } = await deps.rubrics.get(rubricVersionId, executor);
    const known = new Set(rubric.areas.flatMap((area) => area.questions.map((q) => q.id)));
    const issues = questionIds.flatMap((id, index) =>
      known.has(id)
        ? []
        : [
            {
              path: `questionIds[${index}]`,
              message: `unknown question "${id}" in rubric ${rubric.id}`,
            },
          ],
    );
    if (issues.length > 0) throw invalidInput(issues);
  }

  async function writable(trx: Transaction<Database>, evaluationId: string, questionIds: string[]) {
    const evaluation = await lockEvaluation(trx, evaluationId, deps.store.dialect);
    assertWritable(evaluation, evaluationId);
    if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
    await checkQuestions(trx, evaluation.rubric_version_id, questionIds);
  }

  /** The citation when `actor` may see it (same rule as its evaluation), else 404. */
  async function visibleCitation(citationId: string, actor: Actor, level: 'read' | 'team') {
    const row = await findCitation(db, citationId);
    if (!row) throw notFound(`citation ${citationId}`);
    const visibility = await evaluationVisibility(db, row.evaluation_id, actor);
    if (!visibility?.visible) throw notFound(`citation ${citationId}`);
    if (level === 'team' && actor.role !== 'admin' && !visibility.onTeam) {
      throw new AppError(403, 'forbidden', 'your role does not allow this');
    }
    return row;
  }

  return {
    async list(evaluationId: string): Promise<Citation[]> {
      return (await listCitations(db, evaluationId)).map(toCitation);
    },

    async create(evaluationId: string, body: CitationBody, actor: Actor): Promise<Citation> {
      const document = await findDocument(db, body.documentId);
      if (!document || document.evaluation_id !== evaluationId) {
        throw notFound(`document ${body.documentId}`);
      }
      const now = deps.now();
      return db.transaction().execute(async (trx) => {
        await writable(trx, evaluationId, body.questionIds);
        const passage = await findPassage(trx, Number(body.passageId));
        if (!passage || passage.document_id !== body.documentId) {
          throw notFound(`passage ${body.passageId} of document ${body.documentId}`);
        }
        if (
          body.end > passage.text.length ||
          passage.text.slice(body.start, body.end) !== body.quote
        ) {
          throw invalidInput([
            { path: 'quote', message: 'is not the passage text between start and end' },
          ]);
        }
        const row: CitationRow = {
          id: sortableId(),
          evaluation_id: evaluationId,
          document_id: document.id,
          document_title: document.title,
          page: passage.page,
          passage_id: Number(passage.id),
          start_offset: body.start,
          end_offset: body.end,
          quote: body.quote,
          question_ids: JSON.stringify(ordered(body.questionIds)),
          created_by_id: actor.id,
          created_by_name: actor.name,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await insertCitation(trx, row);
        const after = toCitation(row);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'citation.create',
          entity: 'citation',
          entityId: row.id,
          evaluationId,
          before: null,
          after,
          at: now,
        });
        return after;
      });
    },

    async update(citationId: string, body: UpdateCitationBody, actor: Actor): Promise<Citation> {
      const found = await visibleCitation(citationId, actor, 'team');
      const now = deps.now();
      return db.transaction().execute(async (trx) => {
        await writable(trx, found.evaluation_id, body.questionIds);
        const current = await findCitation(trx, citationId);
        if (!current) throw notFound(`citation ${citationId}`);
        const before = toCitation(current);
        if (before.version !== body.version) throw conflict(CHANGED, before);
        const values = { question_ids: JSON.stringify(ordered(body.questionIds)), updated_at: now };
        if (!(await updateCitationQuestions(trx, citationId, body.version, values))) {
          throw conflict(CHANGED, before);
        }
        const after = toCitation({ ...current, ...values, version: body.version + 1 });
        await writeAudit(trx, {
          actor: actor.id,
          action: 'citation.update',
          entity: 'citation',
          entityId: citationId,
          evaluationId: found.evaluation_id,
          before,
          after,
          at: now,
        });
        return after;
      });
    },

    async remove(citationId: string, version: number, actor: Actor): Promise<void> {
      const found = await visibleCitation(citationId, actor, 'team');
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        await writable(trx, found.evaluation_id, []);
        const current = await findCitation(trx, citationId);
        if (!current) throw notFound(`citation ${citationId}`);
        const before = toCitation(current);
        if (before.version !== version) throw conflict(CHANGED, before);
        if (!(await deleteCitation(trx, citationId, version))) throw conflict(CHANGED, before);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'citation.delete',
          entity: 'citation',
          entityId: citationId,
          evaluationId: found.evaluation_id,
          before,
          after: null,
          at: now,
        });
      });
    },
  };
}
