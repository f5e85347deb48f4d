import { For } from 'solid-js';
import type { RubricArea } from '../../rubrics/rubric';
import type { QuestionSpread } from '../../scoring/evaluator-spread';
import type { AreaResult } from '../../scoring/score-evaluation';
import type { Autosave } from '../lib/autosave';
import type { EvidenceItem } from '../lib/evidence-index';
import type { StoredScore } from '../lib/score-records';
import type { ScoreMode } from '../lib/score-value';
import { ConsensusQuestion, type MemberAssessment } from './consensus-question';

export interface TeamColumn {
  id: string;
  name: string;
}

/** An evaluator's own score record as the API lists it. */
export interface EvaluatorRecord {
  memberId: string | null;
  questionId: string;
  rationale: string;
}

export interface ConsensusTableProps {
  evaluationId: string;
  area: Pick<RubricArea, 'id' | 'title' | 'questions'>;
  team: TeamColumn[];
  /** The API's spread per delfråga (values keyed by team member id). */
  spread: QuestionSpread[];
  /** The evaluators' own records (for their rationales); those withheld are absent. */
  evaluatorScores?: readonly EvaluatorRecord[];
  /** Blind scoring: delfrågor whose other evaluators' scores this user may not see yet. */
  hiddenQuestions?: readonly string[];
  /** The team member linked to this user (blind scoring withholds the others'). */
  ownMemberId?: string | null;
  /** The evidence tied to a delfråga. */
  evidenceOf?: (questionId: string) => readonly EvidenceItem[];
  /** The saved consensus scores by delfråga id. */
  records: Record<string, StoredScore>;
  autosave: Autosave;
  mode: ScoreMode;
  disabled: boolean;
  /** The engine's live figures for the area, for each delfråga's shown points. */
  areaResult?: AreaResult | undefined;
}

/**
 * One area at the consensus meeting: each delfråga as a card (see ConsensusQuestion) with every
 * evaluator's own score and rationale, the spread, the evidence, and the agreed score. Only the
 * consensus score is written; the evaluators' scores are read-only here.
 */
export function ConsensusTable(props: ConsensusTableProps) {
  const assessmentsOf = (questionId: string) => {
    const spread = props.spread.find((s) => s.id === questionId);
    const assessments = new Map<string, MemberAssessment>();
    for (const record of props.evaluatorScores ?? []) {
      if (record.questionId !== questionId || !record.memberId) continue;
      assessments.set(record.memberId, { points: null, rationale: record.rationale });
    }
    for (const value of spread?.values ?? []) {
      if (value.points === null) continue;
      const own = assessments.get(value.evaluator);
      assessments.set(value.evaluator, { points: value.points, rationale: own?.rationale ?? '' });
    }
    return assessments;
  };
  return (
    <div class="consensus-questions">
      <For each={props.area.questions}>
        {(question) => (
          <ConsensusQuestion
            evaluationId={props.evaluationId}
            question={question}
            team={props.team}
            assessments={assessmentsOf(question.id)}
            hidden={props.hiddenQuestions?.includes(question.id) ?? false}
            ownMemberId={props.ownMemberId ?? null}
            spread={props.spread.find((s) => s.id === question.id)}
            evidence={props.evidenceOf?.(question.id) ?? []}
            stored={props.records[question.id]}
            autosave={props.autosave}
            mode={props.mode}
            disabled={props.disabled}
            result={props.areaResult?.questions.find((q) => q.id === question.id)}
          />
        )}
      </For>
    </div>
  );
}
