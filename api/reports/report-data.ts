import { type Comparison, compareResults } from '../../scoring/compare';
import type { Actor, AppDeps } from '../context';
import { AppError } from '../errors';
import { findEvaluation, listEvaluations } from '../evaluation-core/evaluations.repository';
import { exportEvaluation } from '../evaluations/evaluation-export';
import {
  type ComparisonOptions,
  evaluationComparison,
  evaluationResult,
} from '../evaluations/evaluation-results';
import { evaluationsService } from '../evaluations/evaluations.service';
import { listReferences } from '../references/references.repository';
import { emptyMean, publishedMean, withMean } from './report-mean';
import { buildReportModel, type ReportModel } from './report-model';
import { documentsReadFor } from './report-sources';
import type { RadarBasis, ReportLanguage } from './report-texts';
import { standardTextsForReport } from './standard-texts.service';
import { visitSummaryOf } from './visit-summary';

export interface ReportRequest {
  /** Reference or evaluation ids the radar compares with (the report's "reference kommun"). */
  with: string[];
  language: ReportLanguage;
  /** Who asks: comparisons and "first evaluation" only see what they may see. */
  viewer?: Actor | undefined;
  comparison?: ComparisonOptions;
}

/**
 * The radar's comparison: what the user chose (a period's mean is of every published result of
 * the version in it, references included, as the default's is); else the organisation's model
 * kommun (a setting in the standard texts); else the mean of the version's other published
 * results; else none.
 */
async function comparisonFor(
  deps: AppDeps,
  id: string,
  request: ReportRequest,
  model: string | null,
): Promise<{ comparison: Comparison; basis: RadarBasis }> {
  const period = request.comparison?.mean;
  if (request.with.length > 0 || period !== undefined) {
    const { mean: _ignored, ...options } = request.comparison ?? {};
    const chosen = await evaluationComparison(deps, id, request.with, request.viewer, options);
    if (!period) return { comparison: chosen, basis: { kind: 'chosen' } };
    const found = await publishedMean(deps, id, period);
    if (!found) throw emptyMean(chosen.rubric, period);
    return {
      comparison: withMean(deps, found.rubric, chosen, found.subject, found.mean),
      basis: { kind: 'chosen', mean: found.info },
    };
  }
  if (model) {
    try {
      const comparison = await evaluationComparison(deps, id, [model], request.viewer);
      const label = comparison.compared[0]?.label ?? model;
      return { comparison, basis: { kind: 'model', label } };
    } catch (error) {
      // A model kommun that is gone (or not visible to this reader) falls back to the mean.
      if (!(error instanceof AppError) || error.status !== 400) throw error;
    }
  }
  const found = await publishedMean(deps, id, null);
  if (found) {
    return {
      comparison: compareResults(found.rubric, found.subject, [found.mean], deps.rubrics.mappings),
      basis: { kind: 'mean', mean: found.info },
    };
  }
  const comparison = await evaluationComparison(deps, id, [], request.viewer);
  return { comparison, basis: { kind: 'none' } };
}

/** The team in its order, with each linked account's organisation. */
async function teamOf(deps: AppDeps, evaluationId: string) {
  const rows = await deps.store.db
    .selectFrom('team_members as t')
    .leftJoin('users as u', 'u.id', 't.user_id')
    .select(['t.name', 't.position', 'u.organisation'])
    .where('t.evaluation_id', '=', evaluationId)
    .orderBy('t.position')
    .execute();
  return rows.map((row) => ({ name: row.name, organisation: row.organisation ?? null }));
}

/** Reads an evaluation and its comparison from the store and decides the report's content. */
export async function loadReportModel(
  deps: AppDeps,
  id: string,
  request: ReportRequest,
): Promise<ReportModel> {
  const summary = await evaluationsService(deps).summaryOf(id);
  const row = await findEvaluation(deps.store.db, id);
  const code = summary.municipality.code;
  const year = Number(summary.date.slice(0, 4));
  const standard = await standardTextsForReport(deps, {
    rubric: summary.rubric.id,
    rubricVersion: summary.rubric.version,
    language: request.language,
    // A published report keeps the texts in force when it was published (or imported as such).
    publishedAt:
      summary.status === 'published' ? (row?.published_at ?? row?.created_at ?? null) : null,
  });
  const [file, result, compared, pinned, published, references, team, visit, documents] =
    await Promise.all([
      exportEvaluation(deps.store.db, summary),
      evaluationResult(deps, id),
      comparisonFor(deps, id, request, standard.texts.modelComparison),
      deps.rubrics.get(summary.rubric.versionId),
      listEvaluations(deps.store.db, { municipalityCode: code, status: ['published'] }),
      listReferences(deps.store.db),
      teamOf(deps, id),
      visitSummaryOf(deps.store.db, id),
      documentsReadFor(deps.store.db, id),
    ]);
  // Earlier results are public when published; a kommun and year known both as a stored
  // evaluation and as a reference counts once.
  const earlier = new Set<number>();
  for (const other of published) {
    const otherYear = Number(other.date.slice(0, 4));
    if (other.id !== id && otherYear < year) earlier.add(otherYear);
  }
  for (const reference of references) {
    if (reference.municipality.code === code && reference.year < year) earlier.add(reference.year);
  }
  return buildReportModel({
    file,
    rubric: pinned.rubric,
    result,
    comparison: compared.comparison,
    language: request.language,
    earlier: [...earlier].sort((a, b) => a - b),
    standard,
    team,
    visit,
    documents,
    basis: compared.basis,
  });
}
