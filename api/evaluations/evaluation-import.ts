import type { Transaction } from 'kysely';
import { insertAreaTexts } from '../area-texts/area-texts.repository';
import type { Database, EvaluationStatus } from '../db/database';
import { insertEvaluation, insertTeamMembers } from '../evaluation-core/evaluations.repository';
import { insertEvidence } from '../evidence/evidence.repository';
import type { EvaluationFile } from '../formats/evaluation-file';
import { newId, sortableId } from '../ids';
import { insertConsensusScores, insertEvaluatorScores } from '../scores/scores.repository';

/**
 * Writes a validated evaluation file's content as a new evaluation: the evaluation, its team,
 * consensus and evaluator scores, area texts and evidence. Call inside a transaction.
 */
export async function storeEvaluationContent(
  trx: Transaction<Database>,
  input: {
    id: string;
    file: EvaluationFile;
    rubricVersionId: string;
    municipalityId: string;
    now: string;
    /** The status to store: the file's asks for, but publishing is decided by the caller. */
    status: EvaluationStatus;
  },
): Promise<void> {
  const { id, file, now } = input;
  const stamp = { version: 1, created_at: now, updated_at: now };
  await insertEvaluation(trx, {
    id,
    municipality_id: input.municipalityId,
    rubric_version_id: input.rubricVersionId,
    date: file.date,
    visit_start: file.visit?.start ?? null,
    visit_end: file.visit?.end ?? null,
    status: input.status,
    facts: JSON.stringify(file.facts ?? {}),
    // An imported published evaluation was published elsewhere, at a time the file does not say.
    published_at: null,
    blind_scoring: 0,
    ...stamp,
  });
  const team = file.evaluators.map((name, position) => ({
    id: newId(),
    evaluation_id: id,
    name,
    position,
    user_id: null,
  }));
  await insertTeamMembers(trx, team);
  const memberId = new Map(team.map((member) => [member.name, member.id]));

  await insertConsensusScores(
    trx,
    Object.entries(file.scores).flatMap(([questionId, score]) =>
      score === null
        ? []
        : [
            {
              id: newId(),
              evaluation_id: id,
              question_id: questionId,
              points: score.points ?? null,
              percent: score.percent ?? null,
              rationale: score.rationale ?? '',
              ...stamp,
            },
          ],
    ),
  );
  await insertEvaluatorScores(
    trx,
    Object.entries(file.evaluatorScores ?? {}).flatMap(([name, scores]) =>
      Object.entries(scores).flatMap(([questionId, score]) =>
        score === null
          ? []
          : [
              {
                id: newId(),
                evaluation_id: id,
                member_id: memberId.get(name) as string,
                question_id: questionId,
                points: score.points ?? null,
                percent: score.percent ?? null,
                rationale: score.rationale ?? '',
                ...stamp,
              },
            ],
      ),
    ),
  );
  await insertAreaTexts(
    trx,
    Object.entries(file.areas ?? {}).map(([areaId, texts]) => ({
      id: newId(),
      evaluation_id: id,
      area_id: areaId,
      summary: texts.summary ?? '',
      strengths: JSON.stringify(texts.strengths ?? []),
      improvements: JSON.stringify(texts.improvements ?? []),
      ...stamp,
    })),
  );
  for (const item of file.evidence ?? []) {
    await insertEvidence(
      trx,
      {
        // Time-ordered ids keep the file's order among items created in the same instant.
        id: sortableId(),
        evaluation_id: id,
        kind: item.kind,
        date: item.date ?? null,
        title: item.title ?? null,
        interviewee_group: item.intervieweeGroup ?? null,
        function: item.function ?? null,
        reference: item.reference ?? null,
        notes: item.notes,
        ...stamp,
      },
      item.questions,
    );
  }
}
