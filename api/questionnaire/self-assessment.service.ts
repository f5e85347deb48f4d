import type { Rubric } from '../../rubrics/rubric';
import {
  type SelfAssessmentEntry as EngineEntry,
  levelPoints,
  scoreSelfAssessment,
  selfAssessmentScaleOf,
} from '../../scoring/self-assessment';
import type { Actor, AppDeps } from '../context';
import type { SelfAssessmentRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { conflict, invalidInput, notFound } from '../errors';
import { findEvaluation } from '../evaluation-core/evaluations.repository';
import { assertKommunWritable } from './kommun-writable';
import {
  findSelfAssessment,
  insertSelfAssessment,
  listSelfAssessments,
  updateSelfAssessment,
} from './questionnaire.repository';
import type {
  SelfAssessment,
  SelfAssessmentBody,
  SelfAssessmentEntry,
} from './questionnaire.schemas';
import { saveVersioned } from './versioned-save';

const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));

function questionOf(rubric: Rubric, questionId: string) {
  for (const area of rubric.areas) {
    const question = area.questions.find((q) => q.id === questionId);
    if (question) return question;
  }
  return undefined;
}

function toEntry(row: SelfAssessmentRow, rubric: Rubric): SelfAssessmentEntry {
  const points = number(row.points);
  const max = questionOf(rubric, row.question_id)?.maxPoints ?? 0;
  return {
    questionId: row.question_id,
    points,
    level: row.level,
    countedPoints:
      points ?? (row.level ? levelPoints(row.level, max, selfAssessmentScaleOf(rubric)) : null),
    version: Number(row.version),
  };
}

const unsaved = (questionId: string): SelfAssessmentEntry => ({
  questionId,
  points: null,
  level: null,
  countedPoints: null,
  version: 0,
});

/** The kommun's självskattning: per delfråga points or a level, figures by the engine. */
export function selfAssessmentService(deps: AppDeps) {
  const { db } = deps.store;

  return {
    async get(evaluationId: string): Promise<SelfAssessment> {
      const evaluation = await findEvaluation(db, evaluationId);
      if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
      const [{ rubric }, rows] = await Promise.all([
        deps.rubrics.get(evaluation.rubric_version_id),
        listSelfAssessments(db, evaluationId),
      ]);
      const byQuestion = new Map(rows.map((row) => [row.question_id, row]));
      const entries = rubric.areas.flatMap((area) =>
        area.questions.map((q) => {
          const row = byQuestion.get(q.id);
          return row ? toEntry(row, rubric) : unsaved(q.id);
        }),
      );
      const scale = selfAssessmentScaleOf(rubric);
      if (rubric.areaLevelOnly) return { scale, entries, areas: null, total: null };
      const input: Record<string, EngineEntry> = {};
      for (const row of rows) {
        input[row.question_id] = { points: number(row.points), level: row.level };
      }
      const result = scoreSelfAssessment(rubric, input);
      return {
        scale,
        entries,
        areas: result.areas.map((area) => ({
          id: area.id,
          title: area.title,
          points: area.points,
          shownPoints: area.shownPoints,
          max: area.max,
          complete: area.complete,
          scoredCount: area.scoredCount,
        })),
        total: {
          points: result.total.points,
          shownPoints: result.total.shownPoints,
          max: result.total.max,
        },
      };
    },

    /** Version 0 creates; N updates while the stored version is N. Nulls clear the estimate. */
    async save(
      evaluationId: string,
      questionId: string,
      body: SelfAssessmentBody,
      actor: Actor,
    ): Promise<SelfAssessmentEntry> {
      const now = deps.now();
      const values = {
        points: body.points,
        level: body.level,
        updated_by: actor.id,
        updated_at: now,
      };
      try {
        return await deps.store.write(async (trx) => {
          const { evaluation } = await assertKommunWritable(trx, evaluationId, deps.store.dialect);
          const { rubric } = await deps.rubrics.get(evaluation.rubric_version_id, trx);
          const question = questionOf(rubric, questionId);
          if (!question) throw notFound(`delfråga ${questionId}`);
          if (body.points !== null && body.points > question.maxPoints) {
            throw invalidInput([
              {
                path: 'points',
                message: `${body.points} is above the delfråga's max of ${question.maxPoints}`,
              },
            ]);
          }
          return saveVersioned(
            trx,
            {
              entity: 'selfAssessment',
              saved: 'this estimate was saved by someone else',
              changed: 'this estimate was changed by someone else',
              find: (t) => findSelfAssessment(t, evaluationId, questionId),
              insert: insertSelfAssessment,
              update: updateSelfAssessment,
              toApi: (row: SelfAssessmentRow) => toEntry(row, rubric),
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
          const current = await findSelfAssessment(db, evaluationId, questionId);
          const evaluation = await findEvaluation(db, evaluationId);
          const rubric = evaluation
            ? (await deps.rubrics.get(evaluation.rubric_version_id)).rubric
            : undefined;
          throw conflict(
            'this estimate was saved by someone else',
            current && rubric ? toEntry(current, rubric) : unsaved(questionId),
          );
        }
        throw error;
      }
    },
  };
}
