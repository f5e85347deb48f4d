import { client, unwrap } from './api';

/** The evaluation's evidence as the API lists it. */
export type EvidenceItem = Awaited<ReturnType<typeof loadEvidence>>['evidence'][number];

/** Every piece of evidence of an evaluation, in one request. */
export function loadEvidence(evaluationId: string) {
  return unwrap(
    client.api.evaluations[':id'].evidence.$get({ param: { id: evaluationId }, query: {} }),
  );
}

/** Evidence by the delfrågor it supports (an item tied to two questions is listed under both). */
export function evidenceByQuestion(items: readonly EvidenceItem[]): Map<string, EvidenceItem[]> {
  const byQuestion = new Map<string, EvidenceItem[]>();
  for (const item of items) {
    for (const questionId of item.questions) {
      const list = byQuestion.get(questionId);
      if (list) list.push(item);
      else byQuestion.set(questionId, [item]);
    }
  }
  return byQuestion;
}

/** What names a piece of evidence in a list: its title, else the first line of its notes. */
export function evidenceLabel(item: Pick<EvidenceItem, 'title' | 'notes'>): string | null {
  const title = item.title?.trim();
  if (title) return title;
  const firstLine = item.notes
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '');
  return firstLine ?? null;
}
