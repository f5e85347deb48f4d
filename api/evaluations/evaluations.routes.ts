import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { listAudit } from '../audit/audit.repository';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import type { EvaluationStatus } from '../db/database';
import { invalidInput } from '../errors';
import type { HiddenScore } from '../evaluation-core/blind-scoring';
import { IdParam } from '../evaluation-core/ids.schemas';
import { EvaluationFile } from '../formats/evaluation-file';
import { errorResponses, json, jsonBody, router } from '../router';
import { exportEvaluation } from './evaluation-export';
import { evaluationComparison, evaluationResult } from './evaluation-results';
import {
  BlindScoringBody,
  CreateEvaluationBody,
  EvaluationList,
  EvaluationSummary,
  ImportedEvaluation,
  ListEvaluationsQuery,
  PublishChecklist,
  ReopenBody,
  StatusBody,
  UpdateEvaluationBody,
} from './evaluations.schemas';
import { evaluationsService } from './evaluations.service';
import { ComparisonSchema, EvaluationResultSchema } from './result.schemas';

const tags = ['evaluations'];

const list = createRoute({
  operationId: 'listEvaluations',
  method: 'get',
  path: '/api/evaluations',
  middleware: access('user'),
  tags,
  summary: 'Evaluations, filtered by status (comma-separated), kommunkod or rubric',
  request: { query: ListEvaluationsQuery },
  responses: { 200: json(EvaluationList, 'Evaluations, newest first'), ...errorResponses },
});
const create = createRoute({
  operationId: 'createEvaluation',
  method: 'post',
  path: '/api/evaluations',
  middleware: access('staff'),
  tags,
  summary: 'Create an evaluation (status draft)',
  request: jsonBody(CreateEvaluationBody),
  responses: { 201: json(EvaluationSummary, 'Created'), ...errorResponses },
});
const importFile = createRoute({
  operationId: 'importEvaluation',
  method: 'post',
  path: '/api/evaluations/import',
  middleware: access('staff'),
  tags,
  summary: 'Import an evaluation file (all or nothing)',
  request: jsonBody(EvaluationFile),
  responses: { 201: json(ImportedEvaluation, 'Imported'), ...errorResponses },
});
const get = createRoute({
  operationId: 'getEvaluation',
  summary: 'One evaluation: kommun, rubric version, status, dates, team and facts',
  method: 'get',
  path: '/api/evaluations/{id}',
  middleware: access('evaluation:read'),
  tags,
  request: { params: IdParam },
  responses: { 200: json(EvaluationSummary, 'The evaluation'), ...errorResponses },
});
const update = createRoute({
  operationId: 'updateEvaluation',
  method: 'put',
  path: '/api/evaluations/{id}',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Edit dates, team and facts (versioned)',
  request: { params: IdParam, ...jsonBody(UpdateEvaluationBody) },
  responses: { 200: json(EvaluationSummary, 'Updated'), ...errorResponses },
});
const status = createRoute({
  operationId: 'setEvaluationStatus',
  method: 'post',
  path: '/api/evaluations/{id}/status',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Move to draft, visit, consensus or published',
  request: { params: IdParam, ...jsonBody(StatusBody) },
  responses: { 200: json(EvaluationSummary, 'Updated'), ...errorResponses },
});
const checklist = createRoute({
  operationId: 'getPublishChecklist',
  method: 'get',
  path: '/api/evaluations/{id}/publish-checklist',
  middleware: access('evaluation:team'),
  tags,
  summary: 'What is missing before publishing: the gaps the publish rule checks',
  request: { params: IdParam },
  responses: { 200: json(PublishChecklist, 'The checklist'), ...errorResponses },
});
const blindScoring = createRoute({
  operationId: 'setBlindScoring',
  method: 'put',
  path: '/api/evaluations/{id}/blind-scoring',
  middleware: access('evaluation:team'),
  tags,
  summary: "Turn blind scoring on or off: others' scores shown only after one's own (versioned)",
  request: { params: IdParam, ...jsonBody(BlindScoringBody) },
  responses: { 200: json(EvaluationSummary, 'Updated'), ...errorResponses },
});
const reopen = createRoute({
  operationId: 'reopenEvaluation',
  method: 'post',
  path: '/api/evaluations/{id}/reopen',
  middleware: access('evaluation:reopen'),
  tags,
  summary: 'Reopen a published evaluation (recorded with its reason)',
  request: { params: IdParam, ...jsonBody(ReopenBody) },
  responses: { 200: json(EvaluationSummary, 'Reopened'), ...errorResponses },
});
const exportRoute = createRoute({
  operationId: 'exportEvaluation',
  method: 'get',
  path: '/api/evaluations/{id}/export',
  middleware: access('evaluation:team'),
  tags,
  summary: 'The evaluation as an evaluation file',
  request: { params: IdParam },
  responses: { 200: json(EvaluationFile, 'The evaluation file'), ...errorResponses },
});
const result = createRoute({
  operationId: 'getResult',
  method: 'get',
  path: '/api/evaluations/{id}/result',
  middleware: access('evaluation:read'),
  tags,
  summary: 'Points and percentages by SKL conventions (as `kompass score --json`)',
  request: { params: IdParam },
  responses: { 200: json(EvaluationResultSchema, 'The result'), ...errorResponses },
});
const comparison = createRoute({
  operationId: 'getComparison',
  method: 'get',
  path: '/api/evaluations/{id}/comparison',
  middleware: access('evaluation:read'),
  tags,
  summary: 'Differences, rank, percentile and radar series against references or evaluations',
  request: {
    params: IdParam,
    query: z.object({
      with: z
        .string()
        .min(1, 'name at least one reference or evaluation id')
        .max(2000)
        .describe('Comma-separated reference ids (e.g. orebro-2012) or evaluation ids')
        .optional(),
      mean: z
        .string()
        .regex(/^\d{4}-\d{4}$/, 'a period YYYY-YYYY')
        .optional()
        .describe('Add the mean of published evaluations of the same rubric in this period'),
      earlier: z.enum(['true', 'false']).optional().describe("Add the kommun's earlier results"),
    }),
  },
  responses: { 200: json(ComparisonSchema, 'The comparison'), ...errorResponses },
});
const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** The team member a change was made for when not the actor (an admin writing their score). */
  onBehalfOf: z.string().nullable(),
});
const audit = createRoute({
  operationId: 'listAudit',
  method: 'get',
  path: '/api/evaluations/{id}/audit',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Every change made to the evaluation, oldest first',
  request: { params: IdParam },
  responses: {
    200: json(z.object({ entries: z.array(AuditEntry) }), 'Audit log'),
    ...errorResponses,
  },
});

/** Blind scoring: an audit entry of another evaluator's score the actor may not see yet. */
function hidesScore(
  row: { entity: string; before: string | null; after: string | null },
  hidden: HiddenScore,
): boolean {
  if (row.entity !== 'evaluatorScore') return false;
  const record = JSON.parse(row.after ?? row.before ?? 'null') as {
    memberId?: string;
    questionId?: string;
  } | null;
  return hidden(record?.memberId ?? '', record?.questionId ?? '');
}

export function evaluationsRoutes(deps: AppDeps) {
  const service = evaluationsService(deps);
  return router()
    .openapi(list, async (c) => {
      const query = c.req.valid('query');
      const evaluations = await service.list({
        visibleTo: c.var.actor,
        ...(query.status ? { status: query.status.split(',') as EvaluationStatus[] } : {}),
        ...(query.municipality ? { municipalityCode: query.municipality } : {}),
        ...(query.rubric ? { rubricId: query.rubric } : {}),
      });
      return c.json({ evaluations }, 200);
    })
    .openapi(create, async (c) =>
      c.json(await service.create(c.req.valid('json'), c.var.actor), 201),
    )
    .openapi(importFile, async (c) => {
      return c.json(await service.importFile(c.req.valid('json'), c.var.actor), 201);
    })
    .openapi(get, async (c) => c.json(await service.summaryOf(c.req.valid('param').id), 200))
    .openapi(update, async (c) =>
      c.json(await service.update(c.req.valid('param').id, c.req.valid('json'), c.var.actor), 200),
    )
    .openapi(status, async (c) =>
      c.json(
        await service.setStatus(c.req.valid('param').id, c.req.valid('json'), c.var.actor),
        200,
      ),
    )
    .openapi(checklist, async (c) => c.json(await service.checklist(c.req.valid('param').id), 200))
    .openapi(blindScoring, async (c) =>
      c.json(
        await service.setBlindScoring(c.req.valid('param').id, c.req.valid('json'), c.var.actor),
        200,
      ),
    )
    .openapi(reopen, async (c) =>
      c.json(await service.reopen(c.req.valid('param').id, c.req.valid('json'), c.var.actor), 200),
    )
    .openapi(exportRoute, async (c) => {
      const { id } = c.req.valid('param');
      const summary = await service.summaryOf(id);
      const hidden = await service.hiddenScoresFor(id, c.var.actor);
      return c.json(await exportEvaluation(deps.store.db, summary, hidden), 200);
    })
    .openapi(result, async (c) =>
      c.json(await evaluationResult(deps, c.req.valid('param').id), 200),
    )
    .openapi(comparison, async (c) => {
      const query = c.req.valid('query');
      const ids = (query.with ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      const [from, to] = (query.mean ?? '').split('-').map(Number);
      if (ids.length === 0 && !query.mean && query.earlier !== 'true') {
        throw invalidInput(
          [{ path: 'with', message: 'name at least one reference or evaluation id' }],
          'with',
        );
      }
      const options = {
        ...(from && to ? { mean: { from: Math.min(from, to), to: Math.max(from, to) } } : {}),
        earlier: query.earlier === 'true',
      };
      return c.json(
        await evaluationComparison(deps, c.req.valid('param').id, ids, c.var.actor, options),
        200,
      );
    })
    .openapi(audit, async (c) => {
      const { id } = c.req.valid('param');
      await service.summaryOf(id);
      const hidden = await service.hiddenScoresFor(id, c.var.actor);
      const rows = await listAudit(deps.store.db, { evaluationId: id });
      const entries = rows
        .filter((row) => !hidesScore(row, hidden))
        .map((row) => ({
          id: row.id,
          at: row.at,
          actor: row.actor,
          action: row.action,
          entity: row.entity,
          entityId: row.entity_id,
          before: row.before === null ? null : JSON.parse(row.before),
          after: row.after === null ? null : JSON.parse(row.after),
          onBehalfOf: row.on_behalf_of,
        }));
      return c.json({ entries }, 200);
    });
}
