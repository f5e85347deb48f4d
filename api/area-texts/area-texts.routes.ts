import { createRoute } from '@hono/zod-openapi';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { IdParam } from '../evaluation-core/ids.schemas';
import { errorResponses, json, jsonBody, router } from '../router';
import { AreaParams, AreaText, AreaTextBody, AreaTextList } from './area-texts.schemas';
import { areaTextsService } from './area-texts.service';

const tags = ['area texts'];

const list = createRoute({
  operationId: 'listAreaTexts',
  method: 'get',
  path: '/api/evaluations/{id}/areas',
  middleware: access('evaluation:read'),
  tags,
  summary: 'Summary, strengths and improvements of every area, in rubric order',
  request: { params: IdParam },
  responses: { 200: json(AreaTextList, 'Area texts (version 0: never saved)'), ...errorResponses },
});
const save = createRoute({
  operationId: 'saveAreaText',
  method: 'put',
  path: '/api/evaluations/{id}/areas/{areaId}',
  middleware: access('evaluation:team'),
  tags,
  summary: "Save an area's texts (versioned: 0 creates)",
  request: { params: AreaParams, ...jsonBody(AreaTextBody) },
  responses: { 200: json(AreaText, 'Saved'), ...errorResponses },
});

export function areaTextsRoutes(deps: AppDeps) {
  const service = areaTextsService(deps);
  return router()
    .openapi(list, async (c) => c.json({ areas: await service.list(c.req.valid('param').id) }, 200))
    .openapi(save, async (c) => {
      const { id, areaId } = c.req.valid('param');
      return c.json(await service.save(id, areaId, c.req.valid('json'), c.var.actor), 200);
    });
}
