import { client, unwrap } from './api';

export const loadQuestionnaire = (id: string) =>
  unwrap(client.api.evaluations[':id'].questionnaire.$get({ param: { id } }));
export const loadSelfAssessment = (id: string) =>
  unwrap(client.api.evaluations[':id']['self-assessment'].$get({ param: { id } }));

export type Questionnaire = Awaited<ReturnType<typeof loadQuestionnaire>>;
export type SelfAssessment = Awaited<ReturnType<typeof loadSelfAssessment>>;
export type SelfAssessmentLevel = 'notAtAll' | 'partly' | 'largely' | 'fully';
export const LEVELS: SelfAssessmentLevel[] = ['notAtAll', 'partly', 'largely', 'fully'];

/** Autosave keys: the kommun's answer to a written question and its estimate of a delfråga. */
export const answerKey = (evaluationId: string, questionId: string) =>
  `answer:${evaluationId}:${questionId}`;
export const selfAssessmentKey = (evaluationId: string, questionId: string) =>
  `selfAssessment:${evaluationId}:${questionId}`;

/** A document the kommun added, with the written questions whose answers it is attached to. */
export type KommunDocument = Questionnaire['documents'][number];

/** Attaches one of the kommun's documents to its answer to a written question. */
export const attachDocument = (id: string, questionId: string, documentId: string) =>
  unwrap(
    client.api.evaluations[':id'].questionnaire.answers[':questionId'].documents.$post({
      param: { id, questionId },
      json: { documentId },
    }),
  );

/** Detaches a document from the answer; it stays in the library. */
export const detachDocument = (id: string, questionId: string, documentId: string) =>
  unwrap(
    client.api.evaluations[':id'].questionnaire.answers[':questionId'].documents[
      ':documentId'
    ].$delete({ param: { id, questionId, documentId } }),
  );

/** Where the evaluators read a document (the reader page). */
export const documentReaderHref = (evaluationId: string, documentId: string) =>
  `/evaluations/${encodeURIComponent(evaluationId)}/documents/${encodeURIComponent(documentId)}`;
