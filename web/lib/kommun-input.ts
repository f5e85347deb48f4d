import { createResource, createRoot, type Resource } from 'solid-js';
import {
  loadQuestionnaire,
  loadSelfAssessment,
  type Questionnaire,
  type SelfAssessment,
} from './kommun-part';

export interface KommunInput {
  questionnaire: Questionnaire;
  selfAssessment: SelfAssessment;
}

const cache = new Map<string, Resource<KommunInput | undefined>>();

/**
 * The kommun's answers and self-assessment of an evaluation, loaded once per page load and shared
 * by every delfråga that shows them (the scoring and consensus pages show one per delfråga).
 */
export function kommunInput(evaluationId: string): Resource<KommunInput | undefined> {
  let resource = cache.get(evaluationId);
  if (!resource) {
    resource = createRoot(() => {
      const [data] = createResource(async () => {
        const [questionnaire, selfAssessment] = await Promise.all([
          loadQuestionnaire(evaluationId),
          loadSelfAssessment(evaluationId),
        ]);
        return { questionnaire, selfAssessment };
      });
      return data;
    });
    cache.set(evaluationId, resource);
  }
  return resource;
}

/** Loads again on the next use (after the kommun's input may have changed). */
export function forgetKommunInput(evaluationId: string): void {
  cache.delete(evaluationId);
}
