import type { Rubric } from '../../rubrics/rubric';
import type { ComparableResult } from '../../scoring/comparable-result';
import { findingCandidates, type QuestionCandidate } from '../../scoring/finding-candidates';
import type { EvaluationResult } from '../../scoring/score-evaluation';
import { compareQuestionIds, type EvidenceDraft, evidenceLabel } from './evidence-model';

/** How many questions an area suggests at most as strengths, and as many as improvements. */
const PER_LIST = 3;
/** A note longer than this is copied cut, with an ellipsis: the evaluator edits it anyway. */
const NOTE_CHARS = 600;

export interface NoteSuggestion {
  evidenceId: string;
  /** The evidence's title or the note's first line. */
  label: string;
  /** What "Använd" copies. */
  text: string;
}

export interface QuestionSuggestion {
  questionId: string;
  /** The delfråga's text: what "Använd" copies, as a starting point to rewrite. */
  text: string;
  shownPercent: number;
  /** Percentage points ahead (+) or behind (-) the chosen reference; null without one. */
  gap: number | null;
  /** The evidence notes tagged to the delfråga. */
  notes: NoteSuggestion[];
}

export interface AreaSuggestions {
  strengths: QuestionSuggestion[];
  improvements: QuestionSuggestion[];
}

function noteText(notes: string): string {
  const text = notes.trim();
  return text.length > NOTE_CHARS ? `${text.slice(0, NOTE_CHARS).trimEnd()}…` : text;
}

function toSuggestion(
  candidate: QuestionCandidate,
  evidence: readonly EvidenceDraft[],
): QuestionSuggestion {
  return {
    questionId: candidate.id,
    text: candidate.text,
    shownPercent: candidate.shownPercent,
    gap: candidate.gap,
    notes: evidence
      .filter((item) => item.questions.includes(candidate.id) && item.notes.trim() !== '')
      .map((item) => ({
        evidenceId: item.id,
        label: evidenceLabel(item) ?? '',
        text: noteText(item.notes),
      })),
  };
}

/**
 * Starting points for each area's Styrkor and Förbättringsmöjligheter, from the consensus
 * result: the highest-percent delfrågor as strengths; the furthest behind the reference (or,
 * without one, the lowest percent) as improvements, never a question already suggested as a
 * strength nor one with full points. Each carries the evidence notes tagged to it.
 */
export function areaSuggestions(
  rubric: Rubric,
  result: EvaluationResult,
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
    const scored = byPercent.filter((candidate) => candidate.areaId === area.id);
    // As many of each as half the area's scored questions (the middle ones are neither).
    const count = Math.min(PER_LIST, Math.max(1, Math.floor(scored.length / 2)));
    const strengths = scored.slice(0, count);
    const taken = new Set(strengths.map((candidate) => candidate.id));
    const improvements = weakest
      .filter(
        (candidate) =>
          candidate.areaId === area.id && !taken.has(candidate.id) && candidate.lostPoints > 0,
      )
      .slice(0, count);
    suggestions.set(area.id, {
      strengths: strengths.map((candidate) => toSuggestion(candidate, evidence)),
      improvements: improvements.map((candidate) => toSuggestion(candidate, evidence)),
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
