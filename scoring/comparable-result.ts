import type { EvaluationResult } from './score-evaluation';

/**
 * A result at area level, the common ground of comparisons: an evaluation scored by the engine,
 * a published reference result, or a mean of several. Values are the published (shown) figures,
 * so every difference equals the difference of the numbers printed side by side.
 */
export interface ComparableResult {
  id: string;
  /** What a user reads, e.g. "Örebro 2012". */
  label: string;
  rubric: string;
  year: number | null;
  municipalityCode: string | null;
  /** Points per area (0..area max) keyed by area id; `null` when the area is not scored. */
  areas: Record<string, number | null>;
  total: number | null;
  complete: boolean;
  /** True when the values went through a mapping between rubric versions. */
  indicative: boolean;
}

export interface ComparableMeta {
  id: string;
  label: string;
  year?: number | null;
  municipalityCode?: string | null;
}

/**
 * An engine result as a comparable: its shown area totals and shown total.
 *
 * @example comparableFromResult(scoreEvaluation(kk2010, scores), { id: 'e1', label: 'Enköping 2016' }).total // 434
 */
export function comparableFromResult(
  result: EvaluationResult,
  meta: ComparableMeta,
): ComparableResult {
  const areas: Record<string, number | null> = {};
  for (const area of result.areas) areas[area.id] = area.shownPoints;
  return {
    id: meta.id,
    label: meta.label,
    rubric: result.rubric,
    year: meta.year ?? null,
    municipalityCode: meta.municipalityCode ?? null,
    areas,
    total: result.total.shownPoints,
    complete: result.total.complete,
    indicative: false,
  };
}
