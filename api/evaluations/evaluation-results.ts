import { type ComparableResult, comparableFromResult } from '../../scoring/comparable-result';
import { type Comparison, compareResults, meanOfResults } from '../../scoring/compare';
import { meanSeriesId, meanSeriesLabel } from '../../scoring/mean-series';
import type { EvaluationResult } from '../../scoring/score-evaluation';
import type { Actor, AppDeps } from '../context';
import { invalidInput, notFound } from '../errors';
import {
  type EvaluationListRow,
  findEvaluation,
  listEvaluations,
} from '../evaluation-core/evaluations.repository';
import { isTotalsOnly } from '../formats/reference-file';
import { comparableFromReference } from '../formats/reference-library';
import { listReferences } from '../references/references.repository';
import { summarize } from './evaluation-snapshot';
import { comparablesWithCache, memoOnList, publishedComparables } from './published-results-cache';

/** The engine's result for an evaluation: the same object as `kompass score --json`. */
export async function evaluationResult(deps: AppDeps, id: string): Promise<EvaluationResult> {
  const row = await findEvaluation(deps.store.db, id);
  if (!row) throw notFound(`evaluation ${id}`);
  const [entry] = await summarize(deps.store.db, deps.rubrics, [row]);
  if (!entry) throw notFound(`evaluation ${id}`);
  return entry.result;
}

/**
 * Stored evaluations as comparables (their engine results), in the order given; published ones
 * come from the published-results cache while their rows are unchanged (read-only then).
 */
export function comparableEvaluations(
  deps: AppDeps,
  rows: EvaluationListRow[],
): Promise<ComparableResult[]> {
  return comparablesWithCache(deps.store, rows, async (missing) => {
    const entries = await summarize(deps.store.db, deps.rubrics, missing);
    return entries.map(({ summary, result }) =>
      comparableFromResult(result, {
        id: summary.id,
        label: `${summary.municipality.name} ${summary.date.slice(0, 4)}`,
        year: Number(summary.date.slice(0, 4)),
        municipalityCode: summary.municipality.code,
      }),
    );
  });
}

/**
 * Compares an evaluation with references and/or other evaluations named by id. Every number
 * comes from the scoring engine; an unknown id is a 400 naming it.
 */
export interface ComparisonOptions {
  /** Add the mean of the published evaluations of the same rubric dated in these years. */
  mean?: { from: number; to: number } | undefined;
  /** Add the kommun's earlier results (stored evaluations the viewer may see, and references). */
  earlier?: boolean | undefined;
}

export async function evaluationComparison(
  deps: AppDeps,
  id: string,
  withIds: string[],
  viewer?: Actor,
  options: ComparisonOptions = {},
): Promise<Comparison> {
  const row = await findEvaluation(deps.store.db, id);
  if (!row) throw notFound(`evaluation ${id}`);
  const references = await listReferences(deps.store.db, { ids: withIds });
  // Other evaluations only as far as the viewer may see them: a draft never leaks through here.
  const otherRows = await listEvaluations(deps.store.db, {
    ids: withIds.filter((other) => !references.some((ref) => ref.id === other)),
    ...(viewer ? { visibleTo: viewer } : {}),
  });
  const unknown = withIds.filter(
    (other) =>
      !references.some((ref) => ref.id === other) && !otherRows.some((r) => r.id === other),
  );
  if (unknown.length > 0) {
    throw invalidInput(
      unknown.map((other) => ({ path: 'with', message: `no reference or evaluation "${other}"` })),
      'with',
    );
  }
  // Refused rather than shown in the total row only: a series with a total and no areas would
  // be a hole in the radar and a row of dashes in every per-area view.
  const totalsOnly = references.filter(isTotalsOnly);
  if (totalsOnly.length > 0) {
    throw invalidInput(
      totalsOnly.map((reference) => ({
        path: 'with',
        message:
          `"${reference.id}" (${reference.municipality.name} ${reference.year}) has a published ` +
          'total only, no area scores: it is shown in the trend of totals, not in a per-area comparison',
      })),
      'with',
    );
  }
  const [subject, ...evaluations] = await comparableEvaluations(deps, [row, ...otherRows]);
  if (!subject) throw notFound(`evaluation ${id}`);
  const byId = new Map<string, ComparableResult>();
  for (const reference of references) byId.set(reference.id, comparableFromReference(reference));
  for (const evaluation of evaluations) byId.set(evaluation.id, evaluation);
  const others = withIds.map((other) => byId.get(other) as ComparableResult);
  const pinned = await deps.rubrics.get(row.rubric_version_id);
  if (options.earlier) {
    const withAreas = await kommunResults(deps, row.municipality_code, viewer, {
      totalsOnly: false,
    });
    for (const earlier of withAreas) {
      const before = (earlier.year ?? 9999) < Number(row.date.slice(0, 4));
      if (before && earlier.id !== subject.id && !others.some((o) => o.id === earlier.id))
        others.push(earlier);
    }
  }
  if (options.mean) {
    const { from, to } = options.mean;
    const all = await publishedResults(deps, row.rubric_id);
    // The evaluation compared is left out of its own mean (and so is its published reference
    // result, the same figures): a mean it is part of would partly compare it with itself.
    const sameResult = (r: ComparableResult) =>
      r.id === subject.id ||
      (r.municipalityCode !== null &&
        r.municipalityCode === subject.municipalityCode &&
        r.year === subject.year);
    const inPeriod = all.filter((r) => r.year !== null && r.year >= from && r.year <= to);
    const published = inPeriod.filter((r) => !sameResult(r));
    const excluding = published.length < inPeriod.length ? subject.label : undefined;
    if (published.length === 0) {
      throw invalidInput(
        [
          {
            path: 'mean',
            message: `no published ${row.rubric_id} evaluations in ${from}–${to} besides this one`,
          },
        ],
        'mean',
      );
    }
    others.push(
      // Once per published list, rubric version and period: the list is the same array until a write.
      memoOnList(all, `${pinned.versionId} ${from}-${to} ${subject.id}`, () =>
        meanOfResults(pinned.rubric, published, {
          id: meanSeriesId(from, to),
          label: meanSeriesLabel({
            from,
            to,
            count: published.length,
            ...(excluding ? { excluding } : {}),
          }),
        }),
      ),
    );
  }
  return compareResults(pinned.rubric, subject, others, deps.rubrics.mappings);
}

/**
 * Every published stored evaluation of a rubric, as comparables (published results are public),
 * shared between requests through the published-results cache: read-only.
 */
export async function publishedResults(
  deps: AppDeps,
  rubricId: string,
): Promise<readonly ComparableResult[]> {
  return publishedComparables(deps, rubricId, comparableEvaluations);
}

/**
 * A kommun's results over time: its stored evaluations the viewer may see, and its published
 * references (`totalsOnly: false` leaves out those published as a total only). A reference of a
 * year in which a listed stored evaluation was made is that evaluation's published result, so it
 * counts once: the stored evaluation stays, with its areas and delfrågor.
 */
export async function kommunResults(
  deps: AppDeps,
  municipalityCode: string,
  viewer?: Actor,
  options: { totalsOnly: boolean } = { totalsOnly: true },
): Promise<ComparableResult[]> {
  const rows = await listEvaluations(deps.store.db, {
    municipalityCode,
    ...(viewer ? { visibleTo: viewer } : {}),
  });
  const evaluations = await comparableEvaluations(deps, rows);
  const storedYears = new Set(evaluations.map((evaluation) => evaluation.year));
  const references = (await listReferences(deps.store.db)).filter(
    (reference) =>
      reference.municipality.code === municipalityCode &&
      !storedYears.has(reference.year) &&
      (options.totalsOnly || !isTotalsOnly(reference)),
  );
  return [...evaluations, ...references.map(comparableFromReference)];
}
