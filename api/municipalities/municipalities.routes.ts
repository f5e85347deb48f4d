import { createRoute } from '@hono/zod-openapi';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { errorResponses, json, jsonBody, router } from '../router';
import {
  CreateMunicipalityBody,
  Municipality,
  MunicipalityIdParam,
  MunicipalityList,
  UpdateMunicipalityBody,
} from './municipalities.schemas';
import { municipalitiesService } from './municipalities.service';

const tags = ['municipalities'];

const list = createRoute({
  operationId: 'listMunicipalities',
  method: 'get',
  path: '/api/municipalities',
  middleware: access('user'),
  tags,
  summary:
    "The kommuner the user may know of, by name: admins all; others those with a published evaluation or a reference, their own (readers) or their teams' (evaluators)",
  responses: { 200: json(MunicipalityList, 'Kommuner'), ...errorResponses },
});
const create = createRoute({
  operationId: 'createMunicipality',
  method: 'post',
  path: '/api/municipalities',
  middleware: access('admin'),
  tags,
  summary: 'Add a kommun (409 `duplicate` when its kommunkod exists)',
  request: jsonBody(CreateMunicipalityBody),
  responses: { 201: json(Municipality, 'Created'), ...errorResponses },
});
const update = createRoute({
  operationId: 'updateMunicipality',
  method: 'put',
  path: '/api/municipalities/{id}',
  middleware: access('admin'),
  tags,
  summary: 'Rename a kommun or set its official name (versioned)',
  request: { params: MunicipalityIdParam, ...jsonBody(UpdateMunicipalityBody) },
  responses: { 200: json(Municipality, 'Updated'), ...errorResponses },
});

export function municipalitiesRoutes(deps: AppDeps) {
  const service = municipalitiesService(deps);
  return router()
    .openapi(list, async (c) => c.json({ municipalities: await service.list(c.var.actor) }, 200))
    .openapi(create, async (c) =>
      c.json(await service.create(c.req.valid('json'), c.var.actor), 201),
    )
    .openapi(update, async (c) =>
      c.json(await service.update(c.req.valid('param').id, c.req.valid('json'), c.var.actor), 200),
    );
}
