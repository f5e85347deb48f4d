import type { Kysely } from 'kysely';
import type { QuestionScore } from '../../scoring/question-score';
import { listAreaTexts } from '../area-texts/area-texts.repository';
import type { Database } from '../db/database';
import type { HiddenScore } from '../evaluation-core/blind-scoring';
import { scoreFromRow } from '../evaluation-core/score-rows';
import { listEvidence } from '../evidence/evidence.repository';
import { EVALUATION_FORMAT, type EvaluationFile } from '../formats/evaluation-file';
import { listConsensusScores, listEvaluatorScores } from '../scores/scores.repository';
import type { EvaluationSummary } from './evaluations.schemas';

const byQuestionId = (a: string, b: string) => {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
};

/**
 * An evaluation as an evaluation file: everything needed to import it elsewhere and get the
 * same scores, texts, evidence and metadata back. Rationale-only score rows are kept as
 * unscored questions with their rationale lost only when empty.
 */
export async function exportEvaluation(
  db: Kysely<Database>,
  summary: EvaluationSummary,
  /** Blind scoring: the other evaluators' scores the exporting user may not see yet. */
  hidden: HiddenScore = () => false,
): Promise<EvaluationFile> {
  const id = summary.id;
  const [consensus, evaluatorRows, areaRows, evidence] = await Promise.all([
    listConsensusScores(db, [id]),
    listEvaluatorScores(db, id),
    listAreaTexts(db, id),
    listEvidence(db, id),
  ]);
  const scores: Record<string, QuestionScore> = {};
  for (const row of [...consensus].sort((a, b) => byQuestionId(a.question_id, b.question_id))) {
    const score = scoreFromRow(row, true);
    if (score) scores[row.question_id] = score;
  }
  const memberName = new Map(summary.team.map((member) => [member.id, member.name]));
  const evaluatorScores: Record<string, Record<string, QuestionScore>> = {};
  for (const member of summary.team) {
    const own = evaluatorRows
      .filter((row) => row.member_id === member.id && !hidden(row.member_id, row.question_id))
      .sort((a, b) => byQuestionId(a.question_id, b.question_id));
    for (const row of own) {
      const score = scoreFromRow(row, true);
      if (!score) continue;
      const name = memberName.get(row.member_id) as string;
      evaluatorScores[name] ??= {};
      evaluatorScores[name][row.question_id] = score;
    }
  }
  const areas: NonNullable<EvaluationFile['areas']> = {};
  for (const row of areaRows) {
    const strengths: string[] = JSON.parse(row.strengths);
    const improvements: string[] = JSON.parse(row.improvements);
    areas[row.area_id] = {
      ...(row.summary === '' ? {} : { summary: row.summary }),
      ...(strengths.length === 0 ? {} : { strengths }),
      ...(improvements.length === 0 ? {} : { improvements }),
    };
  }
  const municipality = {
    name: summary.municipality.name,
    code: summary.municipality.code,
    ...(summary.municipality.officialName
      ? { officialName: summary.municipality.officialName }
      : {}),
  };
  return {
    format: EVALUATION_FORMAT,
    rubric: summary.rubric.id,
    rubricVersion: summary.rubric.version,
    rubricChecksum: summary.rubric.checksum,
    municipality,
    date: summary.date,
    status: summary.status,
    ...(summary.visit ? { visit: summary.visit } : {}),
    evaluators: summary.team.map((member) => member.name),
    scores,
    ...(Object.keys(evaluatorScores).length > 0 ? { evaluatorScores } : {}),
    ...(Object.keys(areas).length > 0 ? { areas } : {}),
    ...(evidence.length > 0
      ? {
          evidence: evidence.map((item) => ({
            kind: item.kind,
            ...(item.date ? { date: item.date } : {}),
            ...(item.title ? { title: item.title } : {}),
            ...(item.interviewee_group ? { intervieweeGroup: item.interviewee_group } : {}),
            ...(item.function ? { function: item.function } : {}),
            ...(item.reference ? { reference: item.reference } : {}),
            notes: item.notes,
            questions: item.questions,
          })),
        }
      : {}),
    ...(Object.keys(summary.facts).length > 0 ? { facts: summary.facts } : {}),
  };
}
