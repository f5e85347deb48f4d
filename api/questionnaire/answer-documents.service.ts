import { writtenQuestionsOf } from '../../rubrics/written-questions';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { AnswerDocumentRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { accessibleDocument, isKommunsOwn } from '../documents/document-access';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import {
  deleteAttachment,
  findAttachment,
  insertAttachment,
  type KommunDocumentRow,
  listAttachments,
  listKommunDocuments,
} from './answer-documents.repository';
import { assertKommunWritable } from './kommun-writable';
import type { KommunDocument } from './questionnaire.schemas';

const ATTACHED = 'the document is already attached to this answer';

function toKommunDocument(
  row: KommunDocumentRow,
  attachedTo: readonly { question_id: string; document_id: string }[],
  questionOrder: readonly string[],
): KommunDocument {
  const ids = new Set(attachedTo.filter((a) => a.document_id === row.id).map((a) => a.question_id));
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    date: row.date,
    fileName: row.file_name,
    addedBy: { id: row.added_by_id, name: row.added_by_name },
    addedAt: row.created_at,
    questionIds: questionOrder.filter((id) => ids.has(id)),
    version: Number(row.version),
  };
}

/**
 * The kommun's documents and their attachment to its answers: a contact attaches a document of
 * the library it may see (the kommun's own) to the answer of a written question, or detaches it,
 * while its part is open (the answers' lifecycle: 409 once submitted or past the visit). Audited.
 */
export function answerDocumentsService(deps: AppDeps) {
  const { db } = deps.store;

  /** The kommun's documents with the written questions (in `questionOrder`) they are attached to. */
  async function kommunDocuments(
    evaluationId: string,
    questionOrder: readonly string[],
  ): Promise<KommunDocument[]> {
    const [rows, attachments] = await Promise.all([
      listKommunDocuments(db, evaluationId),
      listAttachments(db, evaluationId),
    ]);
    return rows.map((row) => toKommunDocument(row, attachments, questionOrder));
  }

  /** The document when it is the kommun's own in this evaluation and `actor` may read it. */
  async function attachable(evaluationId: string, documentId: string, actor: Actor) {
    const document = await accessibleDocument(db, documentId, actor, 'read');
    // A document of another evaluation, or the team's, is not in the library the kommun sees.
    if (document.evaluation_id !== evaluationId || !isKommunsOwn(document)) {
      throw notFound(`document ${documentId}`);
    }
    return document;
  }

  return {
    kommunDocuments,

    async attach(
      evaluationId: string,
      questionId: string,
      documentId: string,
      actor: Actor,
    ): Promise<KommunDocument> {
      const document = await attachable(evaluationId, documentId, actor);
      const now = deps.now();
      try {
        const order = await db.transaction().execute(async (trx) => {
          const { evaluation } = await assertKommunWritable(trx, evaluationId, deps.store.dialect);
          const { rubric } = await deps.rubrics.get(evaluation.rubric_version_id, trx);
          const order = writtenQuestionsOf(rubric).map((q) => q.id);
          if (!order.includes(questionId)) throw notFound(`written question ${questionId}`);
          if (await findAttachment(trx, evaluationId, questionId, documentId)) {
            throw new AppError(409, 'conflict', ATTACHED);
          }
          const row: AnswerDocumentRow = {
            id: newId(),
            evaluation_id: evaluationId,
            question_id: questionId,
            document_id: documentId,
            created_by: actor.id,
            created_at: now,
          };
          await insertAttachment(trx, row);
          await writeAudit(trx, {
            actor: actor.id,
            action: 'answerDocument.attach',
            entity: 'answerDocument',
            entityId: row.id,
            evaluationId,
            before: null,
            after: { questionId, documentId, documentTitle: document.title },
            at: now,
          });
          return order;
        });
        const attached = (await kommunDocuments(evaluationId, order)).find(
          (d) => d.id === documentId,
        );
        if (!attached) throw notFound(`document ${documentId}`);
        return attached;
      } catch (error) {
        // Two attaches at once: the second finds the first's row.
        if (isUniqueViolation(error)) throw new AppError(409, 'conflict', ATTACHED);
        throw error;
      }
    },

    async detach(
      evaluationId: string,
      questionId: string,
      documentId: string,
      actor: Actor,
    ): Promise<void> {
      const document = await attachable(evaluationId, documentId, actor);
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        await assertKommunWritable(trx, evaluationId, deps.store.dialect);
        const row = await findAttachment(trx, evaluationId, questionId, documentId);
        if (!row) throw notFound(`attachment of document ${documentId} to question ${questionId}`);
        await deleteAttachment(trx, row.id);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'answerDocument.detach',
          entity: 'answerDocument',
          entityId: row.id,
          evaluationId,
          before: { questionId, documentId, documentTitle: document.title },
          after: null,
          at: now,
        });
      });
    },
  };
}
