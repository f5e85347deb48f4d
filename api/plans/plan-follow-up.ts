import { isolateBidi } from '../../scoring/bidi-isolate';
import type { AppDeps } from '../context';
import { notFound } from '../errors';
import { findEvaluation } from '../evaluation-core/evaluations.repository';
import { planDocx } from './plan-docx';
import { plansService } from './plans.service';

/** `Enköping` -> `enkoping`: a file name without spaces or diacritics. */
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The plan's follow-up report as a Word file, named after the kommun and the evaluation. */
export async function planFollowUpDocx(
  deps: AppDeps,
  evaluationId: string,
): Promise<{ body: Buffer; filename: string }> {
  const evaluation = await findEvaluation(deps.store.db, evaluationId);
  if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
  const [view, pinned] = await Promise.all([
    plansService(deps).view(evaluationId),
    deps.rubrics.get(evaluation.rubric_version_id),
  ]);
  const body = await planDocx({
    // User text set into headings: isolated, so a U+202E in it reverses nothing around it.
    kommun: isolateBidi(evaluation.municipality_official_name ?? evaluation.municipality_name),
    evaluationDate: evaluation.date,
    areas: pinned.rubric.areas.map((area) => ({ id: area.id, title: area.title })),
    view,
  });
  return {
    body,
    filename: `uppfoljning-${slug(evaluation.municipality_name)}-${evaluation.date.slice(0, 4)}.docx`,
  };
}
