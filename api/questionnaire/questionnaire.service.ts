import { writtenQuestionsOf } from '../../rubrics/written-questions';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { QuestionnaireAnswerRow, QuestionnaireSubmissionRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { AppError, conflict, notFound } from '../errors';
import { findEvaluation, lockEvaluation } from '../evaluation-core/evaluations.repository';
import { assertWritable } from '../evaluation-core/writable';
import { newId } from '../ids';
import { answerDocumentsService } from './answer-documents.service';
import { assertKommunWritable, kommunPartOpen } from './kommun-writable';
import {
  findAnswer,
  findSubmission,
  insertAnswer,
  insertSubmission,
  listAnswers,
  updateAnswer,
  updateSubmission,
} from './questionnaire.repository';
import type { Answer, AnswerBody, Questionnaire, Submission } from './questionnaire.schemas';
import { saveVersioned } from './versioned-save';

export function toAnswer(row: QuestionnaireAnswerRow): Answer {
  return {
    questionId: row.question_id,
    text: row.text,
    notApplicable: Number(row.not_applicable) === 1,
    notApplicableReason: row.not_applicable_reason,
    version: Number(row.version),
  };
}

const unsaved = (questionId: string): Answer => ({
  questionId,
  text: '',
  notApplicable: false,
  notApplicableReason: '',
  version: 0,
});

export function toSubmission(row: QuestionnaireSubmissionRow | undefined): Submission {
  if (!row) return { status: 'open', comment: null, submittedAt: null, version: 0 };
  return {
    status: row.status,
    comment: row.comment,
    submittedAt: row.submitted_at,
    version: Number(row.version),
  };
}

/**
 * An answer counts as given when it has text, says "ej aktuellt", or has a document attached
 * (a kommun that answers "see our styrmodell" by attaching it has answered).
 */
const isAnswered = (answer: Answer, attached: boolean) =>
  attached || answer.notApplicable || answer.text.trim() !== '';

const SAVED = 'this answer was saved by someone else';
const CHANGED = 'this answer was changed by someone else';

/** The frågeunderlag: the written questions, the kommun's answers and their submission. */
export function questionnaireService(deps: AppDeps) {
  const { db } = deps.store;
  const attachments = answerDocumentsService(deps);

  async function questionsOf(rubricVersionId: string) {
    const { rubric } = await deps.rubrics.get(rubricVersionId);
    return writtenQuestionsOf(rubric);
  }

  /** Moves the submission from `from` to `to`, versioned and audited. */
  async function transition(
    evaluationId: string,
    version: number,
    actor: Actor,
    change: { to: 'submitted' | 'returned'; comment: string | null; action: string },
  ): Promise<Submission> {
    return db.transaction().execute(async (trx) => {
      const now = deps.now();
      if (change.to === 'submitted') {
        await assertKommunWritable(trx, evaluationId, deps.store.dialect);
      } else {
        assertWritable(await lockEvaluation(trx, evaluationId, deps.store.dialect), evaluationId);
      }
      const existing = await findSubmission(trx, evaluationId);
      const current = toSubmission(existing);
      if (current.version !== version) {
        throw conflict('the submission was changed by someone else', current);
      }
      if (change.to === 'returned' && current.status !== 'submitted') {
        throw new AppError(409, 'conflict', 'only submitted answers can be sent back');
      }
      const values = {
        status: change.to,
        comment: change.comment,
        submitted_at: change.to === 'submitted' ? now : (existing?.submitted_at ?? null),
        submitted_by: change.to === 'submitted' ? actor.id : (existing?.submitted_by ?? null),
        updated_at: now,
      };
      let after: QuestionnaireSubmissionRow;
      if (!existing) {
        after = {
          id: newId(),
          evaluation_id: evaluationId,
          ...values,
          version: 1,
          created_at: now,
        };
        await insertSubmission(trx, after);
      } else {
        if (!(await updateSubmission(trx, existing.id, version, values))) {
          throw conflict('the submission was changed by someone else', current);
        }
        after = { ...existing, ...values, version: version + 1 };
      }
      await writeAudit(trx, {
        actor: actor.id,
        action: change.action,
        entity: 'questionnaire',
        entityId: after.id,
        evaluationId,
        before: existing ? current : null,
        after: toSubmission(after),
        at: now,
      });
      return toSubmission(after);
    });
  }

  return {
    async get(evaluationId: string): Promise<Questionnaire> {
      const evaluation = await findEvaluation(db, evaluationId);
      if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
      const [questions, rows, submissionRow] = await Promise.all([
        questionsOf(evaluation.rubric_version_id),
        listAnswers(db, evaluationId),
        findSubmission(db, evaluationId),
      ]);
      const byQuestion = new Map(rows.map((row) => [row.question_id, toAnswer(row)]));
      const answers = questions.map((q) => byQuestion.get(q.id) ?? unsaved(q.id));
      const submission = toSubmission(submissionRow);
      const documents = await attachments.kommunDocuments(
        evaluationId,
        questions.map((q) => q.id),
      );
      const attached = new Set(documents.flatMap((document) => document.questionIds));
      const progress = new Map<string | null, { answered: number; total: number }>();
      questions.forEach((question, i) => {
        const entry = progress.get(question.areaId) ?? { answered: 0, total: 0 };
        entry.total++;
        if (isAnswered(answers[i] as Answer, attached.has(question.id))) entry.answered++;
        progress.set(question.areaId, entry);
      });
      return {
        evaluation: {
          id: evaluation.id,
          municipalityCode: evaluation.municipality_code,
          municipalityName: evaluation.municipality_name,
          date: evaluation.date,
          status: evaluation.status,
          visitStart: evaluation.visit_start,
          visitEnd: evaluation.visit_end,
          rubricVersionId: evaluation.rubric_version_id,
        },
        questions,
        answers,
        submission,
        progress: [...progress].map(([areaId, counts]) => ({ areaId, ...counts })),
        documents,
        open: kommunPartOpen(evaluation.status, submission.status),
      };
    },

    /** Version 0 creates (409 if it exists); N updates while the stored version is N. */
    async saveAnswer(
      evaluationId: string,
      questionId: string,
      body: AnswerBody,
      actor: Actor,
    ): Promise<Answer> {
      const now = deps.now();
      const values = {
        text: body.text,
        not_applicable: body.notApplicable ? 1 : 0,
        not_applicable_reason: body.notApplicable ? body.notApplicableReason : '',
        updated_by: actor.id,
        updated_at: now,
      };
      try {
        // Group commit on SQLite, as for the evaluators' texts: answers are autosaved as typed.
        return await deps.store.write(async (trx) => {
          const { evaluation } = await assertKommunWritable(trx, evaluationId, deps.store.dialect);
          const { rubric } = await deps.rubrics.get(evaluation.rubric_version_id, trx);
          if (!writtenQuestionsOf(rubric).some((q) => q.id === questionId)) {
            throw notFound(`written question ${questionId}`);
          }
          return saveVersioned(
            trx,
            {
              entity: 'questionnaireAnswer',
              saved: SAVED,
              changed: CHANGED,
              find: (t) => findAnswer(t, evaluationId, questionId),
              insert: insertAnswer,
              update: updateAnswer,
              toApi: toAnswer,
              unsaved: unsaved(questionId),
            },
            { evaluationId, questionId, version: body.version },
            values,
            actor,
            now,
          );
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          const current = await findAnswer(db, evaluationId, questionId);
          throw conflict(SAVED, current ? toAnswer(current) : unsaved(questionId));
        }
        throw error;
      }
    },

    submit: (evaluationId: string, version: number, actor: Actor) =>
      transition(evaluationId, version, actor, {
        to: 'submitted',
        comment: null,
        action: 'questionnaire.submit',
      }),

    sendBack: (evaluationId: string, version: number, comment: string, actor: Actor) =>
      transition(evaluationId, version, actor, {
        to: 'returned',
        comment,
        action: 'questionnaire.return',
      }),
  };
}
