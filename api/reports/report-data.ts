import type { Actor, AppDeps } from '../context';
import { listEvaluations } from '../evaluation-core/evaluations.repository';
import { exportEvaluation } from '../evaluations/evaluation-export';
import {
  type ComparisonOptions,
  evaluationComparison,
  evaluationResult,
} from '../evaluations/evaluation-results';
import { evaluationsService } from '../evaluations/evaluations.service';
import { listReferences } from '../references/references.repository';
import { buildReportModel, type ReportModel } from './report-model';
import type { ReportLanguage } from './report-texts';

export interface ReportRequest {
  /** Reference or evaluation ids the radar compares with (the report's "reference kommun"). */
  with: string[];
  language: ReportLanguage;
  /** Who asks: comparisons and "first evaluation" only see what they may see. */
  viewer?: Actor | undefined;
  comparison?: ComparisonOptions;
}

/** Reads an evaluation and its comparison from the store and decides the report's content. */
export async function loadReportModel(
  deps: AppDeps,
  id: string,
  request: ReportRequest,
): Promise<ReportModel> {
  const summary = await evaluationsService(deps).summaryOf(id);
  const code = summary.municipality.code;
  const [file, result, comparison, pinned, published, references] = await Promise.all([
    exportEvaluation(deps.store.db, summary),
    evaluationResult(deps, id),
    evaluationComparison(deps, id, request.with, request.viewer, request.comparison ?? {}),
    deps.rubrics.get(summary.rubric.versionId),
    listEvaluations(deps.store.db, { municipalityCode: code, status: ['published'] }),
    listReferences(deps.store.db),
  ]);
  // "Renewed" when an earlier published result is known (published results are public);
  // never "first" from an absence of data.
  const renewed =
    published.some((other) => other.id !== id && other.date < summary.date.slice(0, 4)) ||
    references.some(
      (reference) =>
        reference.municipality.code === code && reference.year < Number(summary.date.slice(0, 4)),
    );
  return buildReportModel({
    file,
    rubric: pinned.rubric,
    result,
    comparison,
    language: request.language,
    first: renewed ? false : null,
  });
}
