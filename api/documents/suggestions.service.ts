import type { Actor, AppDeps } from '../context';
import { invalidInput, notFound } from '../errors';
import { accessibleDocument } from './document-access';
import type { PassageQuestion, Suggestion } from './documents.schemas';
import {
  loadPassageIndex,
  type PassageIndex,
  type QuestionTerms,
  questionsFor,
  questionTerms,
  suggestAll,
  suggestFor,
} from './suggestions';

interface Prepared {
  index: PassageIndex;
  terms: Map<string, QuestionTerms>;
}

/** "What speaks to this delfråga": passages ranked against delfrågor, offered, never cited. */
export function suggestionsService(deps: AppDeps) {
  const { db } = deps.store;
  // One index per evaluation, kept while its readable documents and passages are unchanged
  // (read on every call in two narrow queries).
  const cache = new Map<string, { key: string; prepared: Prepared }>();

  async function prepare(evaluationId: string): Promise<Prepared> {
    const evaluation = await db
      .selectFrom('evaluations')
      .select('rubric_version_id')
      .where('id', '=', evaluationId)
      .executeTakeFirst();
    if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
    // Passage ids are never reused, so the count and the largest id name the set of passages
    // (a document read again gets new ids); titles come with the documents' versions.
    const passages = await db
      .selectFrom('passages as p')
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('p.id').as('last')])
      .where('d.evaluation_id', '=', evaluationId)
      .where('d.extraction_status', '=', 'done')
      .executeTakeFirst();
    const documents = await db
      .selectFrom('documents')
      .select(['id', 'version'])
      .where('evaluation_id', '=', evaluationId)
      .where('extraction_status', '=', 'done')
      .orderBy('id')
      .execute();
    const key = `${evaluation.rubric_version_id}|${passages?.count}|${passages?.last}|${documents
      .map((d) => `${d.id}:${d.version}`)
      .join(',')}`;
    const cached = cache.get(evaluationId);
    if (cached?.key === key) return cached.prepared;
    const { rubric } = await deps.rubrics.get(evaluation.rubric_version_id);
    const prepared = {
      index: await loadPassageIndex(db, evaluationId),
      terms: questionTerms(rubric),
    };
    if (cache.size >= 50) cache.delete(cache.keys().next().value as string);
    cache.set(evaluationId, { key, prepared });
    return prepared;
  }

  return {
    async forQuestion(evaluationId: string, questionId: string): Promise<Suggestion[]> {
      const { index, terms } = await prepare(evaluationId);
      const question = terms.get(questionId);
      if (!question) {
        throw invalidInput(
          [{ path: 'questionId', message: `unknown question "${questionId}"` }],
          'param',
        );
      }
      return suggestFor(index, question);
    },

    /** Every delfråga's suggestions at once. */
    async all(evaluationId: string): Promise<Map<string, Suggestion[]>> {
      const { index, terms } = await prepare(evaluationId);
      return suggestAll(index, terms);
    },

    async forPassage(
      documentId: string,
      passageId: string,
      actor: Actor,
    ): Promise<PassageQuestion[]> {
      const document = await accessibleDocument(db, documentId, actor, 'evidence');
      const { index, terms } = await prepare(document.evaluation_id);
      const id = Number(passageId);
      if (
        !index.passages.some((passage) => passage.id === id && passage.documentId === documentId)
      ) {
        throw notFound(`passage ${passageId} of document ${documentId}`);
      }
      return questionsFor(index, id, terms);
    },
  };
}
