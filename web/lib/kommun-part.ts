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
