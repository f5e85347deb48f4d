import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { AppError } from '../errors';
import { VersionQuery } from '../evaluation-core/ids.schemas';
import { ReferenceFile } from '../formats/reference-file';
import { ErrorSchema, errorResponses, json, jsonBody, router } from '../router';
import {
  CreateReferenceBody,
  ImportedIds,
  ListReferencesQuery,
  ReferenceIdParam,
  ReferenceList,
  StoredReference,
  UpdateReferenceBody,
} from './references.schemas';
import { referencesService } from './references.service';

const tags = ['references'];

const list = createRoute({
  operationId: 'listReferences',
  method: 'get',
  path: '/api/references',
  middleware: access('user'),
  tags,
  summary: 'Published reference results, by kommun and year',
  request: { query: ListReferencesQuery },
  responses: { 200: json(ReferenceList, 'References'), ...errorResponses },
});
const importFile = createRoute({
  operationId: 'importReferences',
  method: 'post',
  path: '/api/references/import',
  middleware: access('admin'),
  tags,
  summary: 'Import a references file (JSON) or CSV as Swedish Excel writes it (all or nothing)',
  request: {
    body: {
      content: {
        'application/json': { schema: ReferenceFile },
        // Read as bytes and parsed by the service (no validator runs for this media type).
        'text/csv': {
          schema: z
            .string()
            .describe('`;`-separated, decimal commas, optional BOM; UTF-8 or Windows-1252'),
        },
      },
      // Required in fact; declared optional so the JSON validator lets a CSV body through.
      required: false,
    },
  },
  responses: {
    201: json(ImportedIds, 'Imported, in file order'),
    ...errorResponses,
    415: json(ErrorSchema, 'Neither JSON nor CSV'),
  },
});
const get = createRoute({
  operationId: 'getReference',
  summary: 'One published reference result with its source',
  method: 'get',
  path: '/api/references/{id}',
  middleware: access('user'),
  tags,
  request: { params: ReferenceIdParam },
  responses: { 200: json(StoredReference, 'The reference'), ...errorResponses },
});
const create = createRoute({
  operationId: 'createReference',
  method: 'post',
  path: '/api/references',
  middleware: access('admin'),
  tags,
  summary: 'Add one reference result (409 `duplicate` when its id exists)',
  request: jsonBody(CreateReferenceBody),
  responses: { 201: json(StoredReference, 'Created (version 1)'), ...errorResponses },
});
const update = createRoute({
  operationId: 'updateReference',
  method: 'put',
  path: '/api/references/{id}',
  middleware: access('admin'),
  tags,
  summary: 'Replace a reference result (versioned)',
  request: { params: ReferenceIdParam, ...jsonBody(UpdateReferenceBody) },
  responses: { 200: json(StoredReference, 'Updated'), ...errorResponses },
});
const remove = createRoute({
  operationId: 'deleteReference',
  method: 'delete',
  path: '/api/references/{id}',
  middleware: access('admin'),
  tags,
  summary: 'Delete a reference result (versioned: ?version=N)',
  request: { params: ReferenceIdParam, query: VersionQuery },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

/** `text/csv; charset=windows-1252` -> media type and charset. */
function mediaType(header: string | undefined): { type: string; charset: string | undefined } {
  const [type = '', ...params] = (header ?? '').split(';').map((part) => part.trim());
  const charset = params
    .find((param) => param.toLowerCase().startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  return { type: type.toLowerCase(), charset: charset || undefined };
}

export function referencesRoutes(deps: AppDeps) {
  const service = referencesService(deps);
  return router()
    .openapi(list, async (c) =>
      c.json({ references: await service.list(c.req.valid('query').rubric) }, 200),
    )
    .openapi(importFile, async (c) => {
      const { type, charset } = mediaType(c.req.header('content-type'));
      let ids: string[];
      if (type === 'text/csv') {
        ids = await service.importCsv(await c.req.arrayBuffer(), charset, c.var.actor);
      } else if (/^application\/([\w.-]+\+)?json$/.test(type)) {
        // One input type covers both media types; for JSON the ReferenceFile validator has run.
        ids = await service.importFile(c.req.valid('json') as ReferenceFile, c.var.actor);
      } else {
        throw new AppError(
          415,
          'unsupported_media_type',
          'send a references file as application/json or CSV as text/csv',
        );
      }
      return c.json({ ids }, 201);
    })
    .openapi(get, async (c) => c.json(await service.get(c.req.valid('param').id), 200))
    .openapi(create, async (c) =>
      c.json(await service.create(c.req.valid('json'), c.var.actor), 201),
    )
    .openapi(update, async (c) =>
      c.json(await service.update(c.req.valid('param').id, c.req.valid('json'), c.var.actor), 200),
    )
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      await service.remove(id, Number(c.req.valid('query').version), c.var.actor);
      return c.body(null, 204);
    });
}
