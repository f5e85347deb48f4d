import { createRoute } from '@hono/zod-openapi';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { IdParam } from '../evaluation-core/ids.schemas';
import { errorResponses, json, jsonBody, router } from '../router';
import { answerDocumentsService } from './answer-documents.service';
import {
  Answer,
  AnswerBody,
  AnswerParams,
  AttachBody,
  AttachmentParams,
  KommunDocument,
  Questionnaire,
  ReturnBody,
  SelfAssessment,
  SelfAssessmentBody,
  SelfAssessmentEntry,
  Submission,
  SubmitBody,
} from './questionnaire.schemas';
import { questionnaireService } from './questionnaire.service';
import { selfAssessmentService } from './self-assessment.service';
import { SelfAssessmentComparison, selfAssessmentComparison } from './self-assessment-comparison';

const tags = ['questionnaire'];

const get = createRoute({
  operationId: 'getQuestionnaire',
  method: 'get',
  path: '/api/evaluations/{id}/questionnaire',
  middleware: access('kommun:read'),
  tags,
  summary: "The written questions with the kommun's answers, progress per area and submission",
  request: { params: IdParam },
  responses: { 200: json(Questionnaire, 'The frågeunderlag'), ...errorResponses },
});
const saveAnswer = createRoute({
  operationId: 'saveQuestionnaireAnswer',
  method: 'put',
  path: '/api/evaluations/{id}/questionnaire/answers/{questionId}',
  middleware: access('kommun:write'),
  tags,
  summary: "Save the kommun's answer to a written question (versioned: 0 creates)",
  request: { params: AnswerParams, ...jsonBody(AnswerBody) },
  responses: { 200: json(Answer, 'Saved'), ...errorResponses },
});
const attach = createRoute({
  operationId: 'attachQuestionnaireDocument',
  method: 'post',
  path: '/api/evaluations/{id}/questionnaire/answers/{questionId}/documents',
  middleware: access('kommun:write'),
  tags,
  summary:
    "Attach one of the kommun's documents in the library to its answer to a written question",
  request: { params: AnswerParams, ...jsonBody(AttachBody) },
  responses: {
    201: json(KommunDocument, 'Attached: the document with the questions it is attached to'),
    ...errorResponses,
  },
});
const detach = createRoute({
  operationId: 'detachQuestionnaireDocument',
  method: 'delete',
  path: '/api/evaluations/{id}/questionnaire/answers/{questionId}/documents/{documentId}',
  middleware: access('kommun:write'),
  tags,
  summary: "Detach a document from the kommun's answer (the document stays in the library)",
  request: { params: AttachmentParams },
  responses: { 204: { description: 'Detached' }, ...errorResponses },
});
const submit = createRoute({
  operationId: 'submitQuestionnaire',
  method: 'post',
  path: '/api/evaluations/{id}/questionnaire/submit',
  middleware: access('kommun:write'),
  tags,
  summary: 'The kommun sends its answers and self-assessment to the team',
  request: { params: IdParam, ...jsonBody(SubmitBody) },
  responses: { 200: json(Submission, 'Submitted'), ...errorResponses },
});
const sendBack = createRoute({
  operationId: 'returnQuestionnaire',
  method: 'post',
  path: '/api/evaluations/{id}/questionnaire/return',
  middleware: access('evaluation:team'),
  tags,
  summary: 'The team sends the submitted answers back to the kommun with a comment',
  request: { params: IdParam, ...jsonBody(ReturnBody) },
  responses: { 200: json(Submission, 'Sent back'), ...errorResponses },
});
const getSelf = createRoute({
  operationId: 'getSelfAssessment',
  method: 'get',
  path: '/api/evaluations/{id}/self-assessment',
  middleware: access('kommun:read'),
  tags,
  summary: "The kommun's self-assessment per delfråga, its rule and its area figures",
  request: { params: IdParam },
  responses: { 200: json(SelfAssessment, 'The självskattning'), ...errorResponses },
});
const saveSelf = createRoute({
  operationId: 'saveSelfAssessment',
  method: 'put',
  path: '/api/evaluations/{id}/self-assessment/{questionId}',
  middleware: access('kommun:write'),
  tags,
  summary: "Save the kommun's estimate of a delfråga: points or a level (versioned: 0 creates)",
  request: { params: AnswerParams, ...jsonBody(SelfAssessmentBody) },
  responses: { 200: json(SelfAssessmentEntry, 'Saved'), ...errorResponses },
});

const compareSelf = createRoute({
  operationId: 'compareSelfAssessment',
  method: 'get',
  path: '/api/evaluations/{id}/self-assessment/comparison',
  middleware: access('evaluation:read'),
  tags,
  summary:
    "The kommun's self-assessment beside the evaluation's result per area, with the difference",
  request: { params: IdParam },
  responses: {
    200: json(SelfAssessmentComparison, 'Self-assessment and evaluation per area'),
    ...errorResponses,
  },
});

export function questionnaireRoutes(deps: AppDeps) {
  const questionnaire = questionnaireService(deps);
  const self = selfAssessmentService(deps);
  const attachments = answerDocumentsService(deps);
  return router()
    .openapi(get, async (c) => c.json(await questionnaire.get(c.req.valid('param').id), 200))
    .openapi(saveAnswer, async (c) => {
      const { id, questionId } = c.req.valid('param');
      return c.json(
        await questionnaire.saveAnswer(id, questionId, c.req.valid('json'), c.var.actor),
        200,
      );
    })
    .openapi(attach, async (c) => {
      const { id, questionId } = c.req.valid('param');
      return c.json(
        await attachments.attach(id, questionId, c.req.valid('json').documentId, c.var.actor),
        201,
      );
    })
    .openapi(detach, async (c) => {
      const { id, questionId, documentId } = c.req.valid('param');
      await attachments.detach(id, questionId, documentId, c.var.actor);
      return c.body(null, 204);
    })
    .openapi(submit, async (c) =>
      c.json(
        await questionnaire.submit(
          c.req.valid('param').id,
          c.req.valid('json').version,
          c.var.actor,
        ),
        200,
      ),
    )
    .openapi(sendBack, async (c) => {
      const body = c.req.valid('json');
      return c.json(
        await questionnaire.sendBack(
          c.req.valid('param').id,
          body.version,
          body.comment,
          c.var.actor,
        ),
        200,
      );
    })
    .openapi(compareSelf, async (c) =>
      c.json(await selfAssessmentComparison(deps, c.req.valid('param').id), 200),
    )
    .openapi(getSelf, async (c) => c.json(await self.get(c.req.valid('param').id), 200))
    .openapi(saveSelf, async (c) => {
      const { id, questionId } = c.req.valid('param');
      return c.json(await self.save(id, questionId, c.req.valid('json'), c.var.actor), 200);
    });
}
