import { type ComparableResult, comparableFromResult } from '../../scoring/comparable-result';
import { type Comparison, compareResults } from '../../scoring/compare';
import type { EvaluationResult } from '../../scoring/score-evaluation';
import type { Actor, AppDeps } from '../context';
import { invalidInput, notFound } from '../errors';
import { comparableFromReference } from '../formats/reference-library';
import { listReferences } from '../references/references.repository';
import { summarize } from './evaluation-snapshot';
import { type EvaluationListRow, findEvaluation, listEvaluations } from './evaluations.repository';

/** The engine's result for an evaluation: the same object as `kompass score --json`. */
export async function evaluationResult(deps: AppDeps, id: string): Promise<EvaluationResult> {
  const row = await findEvaluation(deps.store.db, id);
  if (!row) throw notFound(`evaluation ${id}`);
  const [entry] = await summarize(deps.store.db, deps.rubrics, [row]);
  if (!entry) throw notFound(`evaluation ${id}`);
  return entry.result;
}

/** Stored evaluations as comparables (their engine results), in the order given. */
export async function comparableEvaluations(
  deps: AppDeps,
  rows: EvaluationListRow[],
): Promise<ComparableResult[]> {
  const entries = await summarize(deps.store.db, deps.rubrics, rows);
  return entries.map(({ summary, result }) =>
    comparableFromResult(result, {
      id: summary.id,
      label: `${summary.municipality.name} ${summary.date.slice(0, 4)}`,
      year: Number(summary.date.slice(0, 4)),
      municipalityCode: summary.municipality.code,
    }),
  );
}

/**
 * Compares an evaluation with references and/or other evaluations named by id. Every number
 * comes from the scoring engine; an unknown id is a 400 naming it.
 */
export async function evaluationComparison(
  deps: AppDeps,
  id: string,
  withIds: string[],
  viewer?: Actor,
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
  const [subject, ...evaluations] = await comparableEvaluations(deps, [row, ...otherRows]);
  if (!subject) throw notFound(`evaluation ${id}`);
  const byId = new Map<string, ComparableResult>();
  for (const reference of references) byId.set(reference.id, comparableFromReference(reference));
  for (const evaluation of evaluations) byId.set(evaluation.id, evaluation);
  const others = withIds.map((other) => byId.get(other) as ComparableResult);
  const pinned = await deps.rubrics.get(row.rubric_version_id);
  return compareResults(pinned.rubric, subject, others, deps.rubrics.mappings);
}
