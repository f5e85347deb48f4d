import { createRoute } from '@hono/zod-openapi';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { IdParam, VersionQuery } from '../evaluation-core/ids.schemas';
import { errorResponses, json, jsonBody, router } from '../router';
import {
  Evidence,
  EvidenceBody,
  EvidenceList,
  EvidenceParams,
  ListEvidenceQuery,
  UpdateEvidenceBody,
} from './evidence.schemas';
import { evidenceService } from './evidence.service';

const tags = ['evidence'];

const list = createRoute({
  operationId: 'listEvidence',
  method: 'get',
  path: '/api/evaluations/{id}/evidence',
  middleware: access('evaluation:team'),
  tags,
  summary: "The evaluation's evidence in the order it was recorded, optionally for one delfråga",
  request: { params: IdParam, query: ListEvidenceQuery },
  responses: { 200: json(EvidenceList, 'Evidence'), ...errorResponses },
});
const create = createRoute({
  operationId: 'createEvidence',
  method: 'post',
  path: '/api/evaluations/{id}/evidence',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Record an interview, a document or a web page, tied to any delfrågor',
  description:
    'The client may name the id (a UUID) so a retried first save is idempotent: a create with an ' +
    'id that exists gets 409 with the stored record in `error.current`.',
  request: { params: IdParam, ...jsonBody(EvidenceBody) },
  responses: { 201: json(Evidence, 'Created (version 1)'), ...errorResponses },
});
const update = createRoute({
  operationId: 'updateEvidence',
  method: 'put',
  path: '/api/evaluations/{id}/evidence/{evidenceId}',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Replace a piece of evidence (versioned)',
  request: { params: EvidenceParams, ...jsonBody(UpdateEvidenceBody) },
  responses: { 200: json(Evidence, 'Updated'), ...errorResponses },
});
const remove = createRoute({
  operationId: 'deleteEvidence',
  method: 'delete',
  path: '/api/evaluations/{id}/evidence/{evidenceId}',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Delete a piece of evidence (versioned: ?version=N)',
  request: { params: EvidenceParams, query: VersionQuery },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

export function evidenceRoutes(deps: AppDeps) {
  const service = evidenceService(deps);
  return router()
    .openapi(list, async (c) => {
      const evidence = await service.list(c.req.valid('param').id, c.req.valid('query').question);
      return c.json({ evidence }, 200);
    })
    .openapi(create, async (c) =>
      c.json(await service.create(c.req.valid('param').id, c.req.valid('json'), c.var.actor), 201),
    )
    .openapi(update, async (c) => {
      const { id, evidenceId } = c.req.valid('param');
      return c.json(await service.update(id, evidenceId, c.req.valid('json'), c.var.actor), 200);
    })
    .openapi(remove, async (c) => {
      const { id, evidenceId } = c.req.valid('param');
      await service.remove(id, evidenceId, Number(c.req.valid('query').version), c.var.actor);
      return c.body(null, 204);
    });
}
