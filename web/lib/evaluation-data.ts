import { createResource } from 'solid-js';
import { client, unwrap } from './api';

/** The evaluation summary as the API returns it. */
export type EvaluationSummary = Awaited<ReturnType<typeof loadEvaluation>>;
/** A pinned rubric version in full. */
export type RubricVersion = Awaited<ReturnType<typeof loadRubric>>;

export function loadEvaluation(id: string) {
  return unwrap(client.api.evaluations[':id'].$get({ param: { id } }));
}

export function loadRubric(versionId: string) {
  return unwrap(client.api.rubrics.versions[':versionId'].$get({ param: { versionId } }));
}

/** An evaluation and its pinned rubric, loaded for a page under /evaluations/:id. */
export function useEvaluation(id: () => string) {
  const [summary, { refetch, mutate }] = createResource(id, loadEvaluation);
  const [rubric] = createResource(() => summary()?.rubric.versionId, loadRubric);
  return { summary, rubric, refetch, mutate };
}
