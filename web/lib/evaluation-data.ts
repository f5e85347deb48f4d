import { createResource } from 'solid-js';
import { client, unwrap } from './api';

/** The evaluation summary as the API returns it. */
export type EvaluationSummary = Awaited<ReturnType<typeof loadEvaluation>>;
/** A pinned rubric version in full. */
export type RubricVersion = Awaited<ReturnType<typeof loadRubric>>;

export function loadEvaluation(id: string) {
  return unwrap(client.api.evaluations[':id'].$get({ param: { id } }));
}

function fetchRubric(versionId: string) {
  return unwrap(client.api.rubrics.versions[':versionId'].$get({ param: { versionId } }));
}

/** Rubric versions never change once pinned (their checksum is their identity): kept once fetched. */
const rubrics = new Map<string, ReturnType<typeof fetchRubric>>();

export function loadRubric(versionId: string) {
  let rubric = rubrics.get(versionId);
  if (!rubric) {
    rubric = fetchRubric(versionId);
    rubrics.set(versionId, rubric);
    rubric.catch(() => rubrics.delete(versionId)); // a failed fetch is tried again next time
  }
  return rubric;
}

/** A summary fetched ahead is used only this fresh, and only once: the page then reads its own. */
const PREFETCH_MAX_AGE_MS = 10_000;
const prefetched = new Map<string, { at: number; summary: ReturnType<typeof loadEvaluation> }>();

/**
 * Starts loading an evaluation and its rubric before its page mounts (the router's preload, while
 * the session is still being checked), so the page does not wait for one request after another.
 */
export function prefetchEvaluation(id: string): void {
  // Hovering links to several pages of one evaluation asks again and again: one request will do.
  const pending = prefetched.get(id);
  if (pending && Date.now() - pending.at <= PREFETCH_MAX_AGE_MS) return;
  const summary = loadEvaluation(id);
  prefetched.set(id, { at: Date.now(), summary });
  summary.then(
    (loaded) => void loadRubric(loaded.rubric.versionId).catch(() => undefined),
    () => prefetched.delete(id),
  );
}

function takePrefetched(id: string) {
  const entry = prefetched.get(id);
  prefetched.delete(id);
  return entry && Date.now() - entry.at <= PREFETCH_MAX_AGE_MS ? entry.summary : undefined;
}

/** An evaluation and its pinned rubric, loaded for a page under /evaluations/:id. */
export function useEvaluation(id: () => string) {
  const [summary, { refetch, mutate }] = createResource<EvaluationSummary, string>(
    id,
    (evaluationId, { refetching }) =>
      (refetching ? undefined : takePrefetched(evaluationId)) ?? loadEvaluation(evaluationId),
  );
  const [rubric] = createResource(() => summary()?.rubric.versionId, loadRubric);
  return { summary, rubric, refetch, mutate };
}
