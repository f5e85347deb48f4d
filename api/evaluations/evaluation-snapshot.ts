import type { Kysely, Transaction } from 'kysely';
import type { EvaluationResult } from '../../scoring/score-evaluation';
import type { ConsensusScoreRow, Database } from '../db/database';
import { type EvaluationListRow, listTeam } from '../evaluation-core/evaluations.repository';
import { resultOf } from '../evaluation-core/score-rows';
import type { PinnedRubric, RubricStore } from '../rubrics/rubric-store';
import { listConsensusScores } from '../scores/scores.repository';
import type { EvaluationSummary } from './evaluations.schemas';

type Executor = Kysely<Database> | Transaction<Database>;

function parseFacts(text: string): Record<string, string> {
  const value: unknown = JSON.parse(text);
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}

/**
 * Evaluation rows -> summaries with team and the engine's total, reading the team and
 * consensus scores of all of them in two queries.
 */
export async function summarize(
  db: Executor,
  rubrics: RubricStore,
  rows: EvaluationListRow[],
): Promise<{ summary: EvaluationSummary; result: EvaluationResult }[]> {
  const ids = rows.map((row) => row.id);
  const [team, scores] = await Promise.all([listTeam(db, ids), listConsensusScores(db, ids)]);
  const teamOf = new Map<string, { id: string; name: string; userId: string | null }[]>();
  for (const member of team) {
    const list = teamOf.get(member.evaluation_id) ?? [];
    list.push({ id: member.id, name: member.name, userId: member.user_id });
    teamOf.set(member.evaluation_id, list);
  }
  const scoresOf = new Map<string, ConsensusScoreRow[]>();
  for (const score of scores) {
    const list = scoresOf.get(score.evaluation_id) ?? [];
    list.push(score);
    scoresOf.set(score.evaluation_id, list);
  }
  const out: { summary: EvaluationSummary; result: EvaluationResult }[] = [];
  for (const row of rows) {
    const pinned = await rubrics.get(row.rubric_version_id, db);
    const result = pinned.rubric.areaLevelOnly
      ? emptyResult(pinned)
      : resultOf(pinned, scoresOf.get(row.id) ?? []);
    out.push({
      result,
      summary: {
        id: row.id,
        municipality: {
          code: row.municipality_code,
          name: row.municipality_name,
          officialName: row.municipality_official_name,
        },
        rubric: {
          id: row.rubric_id,
          version: row.rubric_version,
          checksum: row.rubric_checksum,
          versionId: row.rubric_version_id,
        },
        date: row.date,
        visit:
          row.visit_start && row.visit_end ? { start: row.visit_start, end: row.visit_end } : null,
        status: row.status,
        team: teamOf.get(row.id) ?? [],
        facts: parseFacts(row.facts),
        blindScoring: Number(row.blind_scoring) === 1,
        total: {
          shownPoints: result.total.shownPoints,
          max: result.total.max,
          complete: result.total.complete,
        },
        version: Number(row.version),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        publishedAt: row.published_at,
      },
    });
  }
  return out;
}

/** An area-level-only rubric has nothing to score: an empty, incomplete result. */
function emptyResult(pinned: PinnedRubric): EvaluationResult {
  return {
    rubric: pinned.rubric.id,
    total: {
      points: null,
      shownPoints: null,
      max: pinned.rubric.areas.reduce((sum, area) => sum + area.maxPoints, 0),
      complete: false,
    },
    areas: [],
  };
}
