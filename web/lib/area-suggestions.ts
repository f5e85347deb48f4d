import type { Rubric } from '../../rubrics/rubric';
import type { ComparableResult } from '../../scoring/comparable-result';
import { findingCandidates, type QuestionCandidate } from '../../scoring/finding-candidates';
import type { EvaluationResult } from '../../scoring/score-evaluation';
import { compareQuestionIds, type EvidenceDraft, evidenceLabel } from './evidence-model';

/** How many delfrågor an area suggests at most as strengths, and as many as improvements. */
const PER_LIST = 3;
/** A text longer than this is copied cut, with an ellipsis: the evaluator edits it anyway. */
const NOTE_CHARS = 600;
/** A delfråga is offered as a Styrka only from this consensus percent of its max. */
export const STRENGTH_FROM_PERCENT = 60;
/** ...and as a Förbättringsmöjlighet only below this one; in between it is neither. */
export const IMPROVEMENT_BELOW_PERCENT = 50;

/** Where a suggested text comes from: the consensus rationale, an evaluator's, or a note. */
export type SourceKind = 'consensus' | 'evaluator' | 'note';

export interface SuggestionSource {
  kind: SourceKind;
  /** The evaluator's name, or the evidence's title (first line of its notes); null for consensus. */
  who: string | null;
  /** What "Använd" copies: the finding in the evaluators' own words. */
  text: string;
}

export interface QuestionSuggestion {
  questionId: string;
  shownPercent: number;
  /** Percentage points ahead (+) or behind (-) the chosen reference; null without one. */
  gap: number | null;
  /** The findings to start from, consensus rationale first; empty when none is written yet. */
  sources: SuggestionSource[];
}

export interface AreaSuggestions {
  strengths: QuestionSuggestion[];
  improvements: QuestionSuggestion[];
}

/** A rationale written at the consensus meeting or by an evaluator (null member: consensus). */
export interface Rationale {
  questionId: string;
  /** The evaluator's name; null for the consensus rationale. */
  evaluator: string | null;
  text: string;
}

function cut(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > NOTE_CHARS ? `${trimmed.slice(0, NOTE_CHARS).trimEnd()}…` : trimmed;
}

function toSuggestion(
  candidate: QuestionCandidate,
  rationales: readonly Rationale[],
  evidence: readonly EvidenceDraft[],
): QuestionSuggestion {
  const written = rationales.filter((r) => r.questionId === candidate.id && r.text.trim() !== '');
  const consensus = written.filter((r) => r.evaluator === null);
  const evaluators = written.filter((r) => r.evaluator !== null);
  const seen = new Set<string>();
  // The same words twice (an evaluator's rationale copied into the consensus) are offered once.
  const once = (source: SuggestionSource) => {
    if (seen.has(source.text)) return [];
    seen.add(source.text);
    return [source];
  };
  return {
    questionId: candidate.id,
    shownPercent: candidate.shownPercent,
    gap: candidate.gap,
    sources: [
      ...consensus.flatMap((r) => once({ kind: 'consensus', who: null, text: cut(r.text) })),
      ...evaluators.flatMap((r) =>
        once({ kind: 'evaluator', who: r.evaluator, text: cut(r.text) }),
      ),
      ...evidence
        .filter((item) => item.questions.includes(candidate.id) && item.notes.trim() !== '')
        .flatMap((item) =>
          once({ kind: 'note', who: evidenceLabel(item) ?? '', text: cut(item.notes) }),
        ),
    ],
  };
}

/**
 * Starting points for each area's Styrkor and Förbättringsmöjligheter: findings, not questions.
 * Strengths are the highest-percent delfrågor at or above STRENGTH_FROM_PERCENT; improvements
 * those furthest behind the reference (or, without one, the lowest) below
 * IMPROVEMENT_BELOW_PERCENT, so a low score is never offered as a strength nor a high one as an
 * improvement, and no delfråga as both. Each offers the rationales and evidence notes tied to
 * it, saying whose; the delfråga's own question text is never offered as a finding.
 */
export function areaSuggestions(
  rubric: Rubric,
  result: EvaluationResult,
  rationales: readonly Rationale[],
  evidence: readonly EvidenceDraft[],
  reference?: ComparableResult,
): Map<string, AreaSuggestions> {
  const { byPercent, byGap } = findingCandidates(rubric, result, reference);
  const lowestFirst = [...byPercent].sort(
    (a, b) =>
      a.percent - b.percent || b.lostPoints - a.lostPoints || compareQuestionIds(a.id, b.id),
  );
  const weakest = reference ? byGap : lowestFirst;
  const suggestions = new Map<string, AreaSuggestions>();
  for (const area of rubric.areas) {
    const strengths = byPercent
      .filter((c) => c.areaId === area.id && c.shownPercent >= STRENGTH_FROM_PERCENT)
      .slice(0, PER_LIST);
    const improvements = weakest
      .filter(
        (c) =>
          c.areaId === area.id && c.shownPercent < IMPROVEMENT_BELOW_PERCENT && c.lostPoints > 0,
      )
      .slice(0, PER_LIST);
    suggestions.set(area.id, {
      strengths: strengths.map((c) => toSuggestion(c, rationales, evidence)),
      improvements: improvements.map((c) => toSuggestion(c, rationales, evidence)),
    });
  }
  return suggestions;
}

/** A stored reference result as the engine compares it (published figures, area level). */
export function referenceComparable(reference: {
  id: string;
  municipality: { name: string; code: string };
  year: number;
  rubric: string;
  areas: Record<string, number>;
  total: number;
}): ComparableResult {
  return {
    id: reference.id,
    label: `${reference.municipality.name} ${reference.year}`,
    rubric: reference.rubric,
    year: reference.year,
    municipalityCode: reference.municipality.code,
    areas: reference.areas,
    total: reference.total,
    complete: true,
    indicative: false,
  };
}
