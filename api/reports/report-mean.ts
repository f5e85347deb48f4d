import type { Rubric } from '../../rubrics/rubric';
import type { ComparableResult } from '../../scoring/comparable-result';
import { type Comparison, compareResults, meanOfResults } from '../../scoring/compare';
import { meanSeriesId } from '../../scoring/mean-series';
import type { AppDeps } from '../context';
import { invalidInput } from '../errors';
import { listEvaluations } from '../evaluation-core/evaluations.repository';
import { comparableEvaluations, publishedResults } from '../evaluations/evaluation-results';
import { comparableFromReference } from '../formats/reference-library';
import { listReferences } from '../references/references.repository';
import type { ReportMean } from './report-texts';

/** The whole span of years: the default comparison is every published result of the version. */
const ALL_YEARS = { from: 1990, to: 2100 };

/**
 * The mean of the published results of the evaluation's rubric with area scores, dated in a
 * period (or all): stored published evaluations and published reference results alike (a kommun
 * and year known as both counts once, as the stored evaluation), SKR's national means left out (a
 * mean of means would weigh them twice), and the evaluation itself and its own published result
 * left out. Null when the evaluation is unknown or nothing is left.
 */
export async function publishedMean(
  deps: AppDeps,
  id: string,
  period: { from: number; to: number } | null,
): Promise<{
  rubric: Rubric;
  subject: ComparableResult;
  mean: ComparableResult;
  info: ReportMean;
} | null> {
  const [row] = await listEvaluations(deps.store.db, { ids: [id] });
  if (!row) return null;
  const [subject] = await comparableEvaluations(deps, [row]);
  if (!subject) return null;
  const pinned = await deps.rubrics.get(row.rubric_version_id);
  const { from, to } = period ?? ALL_YEARS;
  const inPeriod = (result: ComparableResult) =>
    result.year !== null && result.year >= from && result.year <= to;
  const stored = (await publishedResults(deps, row.rubric_id)).filter(inPeriod);
  const references = (await listReferences(deps.store.db, { rubricId: row.rubric_id }))
    .filter((reference) => !reference.totalsOnly && reference.kind === 'municipality')
    .map(comparableFromReference)
    .filter(inPeriod);
  const key = (result: ComparableResult) => `${result.municipalityCode}|${result.year}`;
  const seen = new Set<string>();
  const results: { result: ComparableResult; reference: boolean }[] = [];
  let excluded = false;
  for (const [result, reference] of [
    ...stored.map((r) => [r, false] as const),
    ...references.map((r) => [r, true] as const),
  ]) {
    if (result.id === subject.id || key(result) === key(subject)) {
      excluded = true;
      continue;
    }
    if (seen.has(key(result))) continue;
    seen.add(key(result));
    results.push({ result, reference });
  }
  if (results.length === 0) return null;
  const info: ReportMean = {
    period,
    count: results.length,
    evaluations: results.filter((r) => !r.reference).length,
    references: results.filter((r) => r.reference).length,
    years: [...new Set(results.map((r) => r.result.year as number))].sort((a, b) => a - b),
    ...(excluded ? { excluding: subject.label } : {}),
  };
  const mean = meanOfResults(
    pinned.rubric,
    results.map((r) => r.result),
    // The report names the series in its own language from `info`; this label is a fallback.
    { id: meanSeriesId(from, to), label: `Snitt (n = ${results.length})` },
  );
  return { rubric: pinned.rubric, subject, mean, info };
}

/** A period's mean that has nothing in it: a 400 naming the option, as an unknown id is. */
export function emptyMean(rubric: string, period: { from: number; to: number }) {
  return invalidInput(
    [
      {
        path: 'mean',
        message: `no published ${rubric} results (evaluations or references) dated ${period.from}–${period.to} besides this one`,
      },
    ],
    'mean',
  );
}

/**
 * The chosen comparison with a mean added as its last series: the chosen results are taken on
 * the subject's axes as the first comparison drew them (already mapped across versions), so
 * ranks, differences and the radar are computed once more over the whole set.
 */
export function withMean(
  deps: AppDeps,
  rubric: Rubric,
  chosen: Comparison,
  subject: ComparableResult,
  mean: ComparableResult,
): Comparison {
  const others: ComparableResult[] = chosen.compared.map((compared, index) => ({
    id: compared.id,
    label: compared.label,
    rubric: rubric.id,
    year: compared.year,
    municipalityCode: null,
    areas: Object.fromEntries(
      rubric.areas.map((area, a) => [area.id, chosen.radar[index + 1]?.values[a] ?? null]),
    ),
    total: chosen.total.others[index]?.value ?? null,
    complete: true,
    indicative: compared.indicative,
  }));
  const combined = compareResults(rubric, subject, [...others, mean], deps.rubrics.mappings);
  // Each chosen result keeps the version it was made with.
  return { ...combined, compared: [...chosen.compared, ...combined.compared.slice(others.length)] };
}
