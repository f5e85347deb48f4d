import type { Transaction } from 'kysely';
import { DEFAULT_SPREAD_THRESHOLD, evaluatorSpread } from '../../scoring/evaluator-spread';
import { toMicro } from '../../scoring/round';
import { writeAudit } from '../audit/audit.repository';
import { conflictChangedBy } from '../audit/last-change';
import { assertMayWriteAsMember, type MemberWrite } from '../auth/member-access';
import type { Actor, AppDeps } from '../context';
import type { ConsensusScoreRow, Database, EvaluatorScoreRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { invalidInput, notFound } from '../errors';
import { hiddenScores } from '../evaluation-core/blind-scoring';
import {
  findEvaluation,
  listTeam,
  lockEvaluation,
} from '../evaluation-core/evaluations.repository';
import { scoreFromRow } from '../evaluation-core/score-rows';
import { assertWritable } from '../evaluation-core/writable';
import { newId } from '../ids';
import {
  findConsensusScore,
  findEvaluatorScore,
  listConsensusScores,
  listEvaluatorScores,
  updateConsensusScore,
  updateEvaluatorScore,
} from './scores.repository';
import type { ScoreBody, ScoreRecord } from './scores.schemas';

/** Rubric order of question ids: 1.2 before 1.10. */
function byQuestionId(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

function toRecord(row: EvaluatorScoreRow | ConsensusScoreRow): ScoreRecord {
  return {
    id: row.id,
    questionId: row.question_id,
    memberId: 'member_id' in row ? row.member_id : null,
    points: row.points === null ? null : Number(row.points),
    percent: row.percent === null ? null : Number(row.percent),
    rationale: row.rationale,
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

/** Evaluators' own scores (autosaved) and the team's consensus scores, never silently overwritten. */
export function scoresService(deps: AppDeps) {
  const { db } = deps.store;

  /** The question's max in the evaluation's pinned rubric; 404 for a question it does not have. */
  async function questionMax(
    trx: Transaction<Database>,
    rubricVersionId: string,
    questionId: string,
  ): Promise<number> {
    const { rubric } = await deps.rubrics.get(rubricVersionId, trx);
    for (const area of rubric.areas) {
      for (const question of area.questions)
        if (question.id === questionId) return question.maxPoints;
    }
    throw notFound(`delfråga ${questionId} in rubric ${rubric.id}`);
  }

  function checkRange(body: ScoreBody, max: number) {
    if (body.points != null && toMicro(body.points) > toMicro(max)) {
      throw invalidInput([
        { path: 'points', message: `${body.points} is more than the delfråga's max ${max}` },
      ]);
    }
  }

  /**
   * The shared upsert: version 0 creates (409 if the score exists), N updates only while the stored
   * version is N (409 with the current record otherwise). Audited in the same transaction.
   */
  async function save<Row extends EvaluatorScoreRow | ConsensusScoreRow>(
    evaluationId: string,
    questionId: string,
    body: ScoreBody,
    actor: Actor,
    kind: {
      entity: 'evaluatorScore' | 'consensusScore';
      find: (executor: typeof db) => Promise<Row | undefined>;
      insert: (executor: typeof db, row: Row) => Promise<void>;
      update: (
        executor: typeof db,
        id: string,
        version: number,
        values: ScoreValues,
      ) => Promise<boolean>;
      newRow: (now: string) => Row;
      /** Per-member records: may the actor write this member's? Their `onBehalfOf` is audited. */
      checkMember?: (executor: typeof db) => Promise<MemberWrite>;
    },
  ): Promise<ScoreRecord> {
    const now = deps.now();
    const values: ScoreValues = {
      points: body.points ?? null,
      percent: body.percent ?? null,
      rationale: body.rationale,
      updated_at: now,
    };
    try {
      // Group commit on SQLite: answered once the commit it shares is durable.
      return await deps.store.write(async (trx) => {
        const evaluation = await lockEvaluation(trx, evaluationId, deps.store.dialect);
        assertWritable(evaluation, evaluationId);
        if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
        checkRange(body, await questionMax(trx, evaluation.rubric_version_id, questionId));
        const member = await kind.checkMember?.(trx);
        const existing = await kind.find(trx);
        let after: Row;
        if (body.version === 0) {
          if (existing) {
            throw await conflictChangedBy(
              trx,
              { entity: kind.entity, id: existing.id },
              'the score was saved by someone else',
              toRecord(existing),
            );
          }
          after = { ...kind.newRow(now), ...values };
          await kind.insert(trx, after);
        } else {
          if (!existing || Number(existing.version) !== body.version) {
            throw await conflictChangedBy(
              trx,
              { entity: kind.entity, id: existing?.id ?? null },
              'the score was changed by someone else',
              existing ? toRecord(existing) : null,
            );
          }
          if (!(await kind.update(trx, existing.id, body.version, values))) {
            const current = (await kind.find(trx)) as Row;
            throw await conflictChangedBy(
              trx,
              { entity: kind.entity, id: current.id },
              'the score was changed by someone else',
              toRecord(current),
            );
          }
          after = { ...existing, ...values, version: body.version + 1 };
        }
        await writeAudit(trx, {
          actor: actor.id,
          action: `${kind.entity}.${body.version === 0 ? 'create' : 'update'}`,
          entity: kind.entity,
          entityId: after.id,
          evaluationId,
          before: existing ? toRecord(existing) : null,
          after: toRecord(after),
          at: now,
          onBehalfOf: member?.onBehalfOf ?? null,
        });
        return toRecord(after);
      });
    } catch (error) {
      // Two first saves raced: the loser's insert hit the unique key. Report the winner's record.
      if (isUniqueViolation(error)) {
        const current = await kind.find(db);
        throw await conflictChangedBy(
          db,
          { entity: kind.entity, id: current?.id ?? null },
          'the score was saved by someone else',
          current ? toRecord(current) : null,
        );
      }
      throw error;
    }
  }

  return {
    /** Everyone's scores as `actor` may see them now (blind scoring withholds some). */
    async list(evaluationId: string, actor: Actor, threshold = DEFAULT_SPREAD_THRESHOLD) {
      const evaluation = await findEvaluation(db, evaluationId);
      if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
      const hidden = await hiddenScores(db, evaluation, actor);
      const [allEvaluatorRows, consensusRows, team, pinned] = await Promise.all([
        listEvaluatorScores(db, evaluationId),
        listConsensusScores(db, [evaluationId]),
        listTeam(db, [evaluationId]),
        deps.rubrics.get(evaluation.rubric_version_id),
      ]);
      const evaluatorRows = allEvaluatorRows.filter(
        (row) => !hidden(row.member_id, row.question_id),
      );
      const hiddenQuestions = [
        ...new Set(
          allEvaluatorRows
            .filter((row) => hidden(row.member_id, row.question_id))
            .map((row) => row.question_id),
        ),
      ].sort(byQuestionId);
      const byMember: Record<string, Record<string, ReturnType<typeof scoreFromRow>>> = {};
      for (const member of team) byMember[member.id] = {};
      for (const row of evaluatorRows) {
        const scores = byMember[row.member_id];
        if (scores) scores[row.question_id] = scoreFromRow(row);
      }
      return {
        evaluatorScores: evaluatorRows.map(toRecord),
        consensusScores: consensusRows.map(toRecord),
        spread: pinned.rubric.areaLevelOnly
          ? []
          : evaluatorSpread(pinned.rubric, byMember, threshold),
        spreadThreshold: threshold,
        hiddenQuestions,
      };
    },

    saveEvaluatorScore(
      evaluationId: string,
      memberId: string,
      questionId: string,
      body: ScoreBody,
      actor: Actor,
    ) {
      return save<EvaluatorScoreRow>(evaluationId, questionId, body, actor, {
        entity: 'evaluatorScore',
        find: (executor) => findEvaluatorScore(executor, evaluationId, memberId, questionId),
        insert: async (executor, row) => {
          await executor.insertInto('evaluator_scores').values(row).execute();
        },
        update: updateEvaluatorScore,
        newRow: (now) => ({
          id: newId(),
          evaluation_id: evaluationId,
          member_id: memberId,
          question_id: questionId,
          points: null,
          percent: null,
          rationale: '',
          version: 1,
          created_at: now,
          updated_at: now,
        }),
        checkMember: (executor) => assertMayWriteAsMember(executor, evaluationId, memberId, actor),
      });
    },

    saveConsensusScore(evaluationId: string, questionId: string, body: ScoreBody, actor: Actor) {
      return save<ConsensusScoreRow>(evaluationId, questionId, body, actor, {
        entity: 'consensusScore',
        find: (executor) => findConsensusScore(executor, evaluationId, questionId),
        insert: async (executor, row) => {
          await executor.insertInto('consensus_scores').values(row).execute();
        },
        update: updateConsensusScore,
        newRow: (now) => ({
          id: newId(),
          evaluation_id: evaluationId,
          question_id: questionId,
          points: null,
          percent: null,
          rationale: '',
          version: 1,
          created_at: now,
          updated_at: now,
        }),
      });
    },
  };
}

type ScoreValues = {
  points: number | null;
  percent: number | null;
  rationale: string;
  updated_at: string;
};
