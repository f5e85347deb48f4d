import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { errorResponses, json, router } from '../router';
import {
  ExportQuery,
  ImportQuery,
  RubricImportResult,
  RubricVersionDiff,
  RubricVersionList,
  RubricVersionSummary,
} from './rubric-versions.schemas';
import { rubricVersionsService } from './rubric-versions.service';
import { RubricVersionParam } from './rubrics.schemas';
import { templateWorkbook } from './workbook/write-workbook';

const tags = ['rubrics'];
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = z.string().meta({ format: 'binary' });

// The body is read as bytes (JSON keeps its lines for error messages; a workbook is a zip), so
// no JSON validator runs: application/json is accepted as well, under the same rules.
const uploadBody = {
  body: {
    description:
      'A rubric as JSON (`kommunkompassen-rubric/1`, also sent as application/json) or an Excel workbook (.xlsx) in the template layout',
    content: {
      'application/octet-stream': { schema: binary },
      [XLSX]: { schema: binary },
    },
    required: false,
  },
};

const list = createRoute({
  operationId: 'listRubricVersions',
  method: 'get',
  path: '/api/rubric-versions',
  middleware: access('user'),
  tags,
  summary: 'Every rubric version on offer, newest first (drafts for admins only)',
  responses: { 200: json(RubricVersionList, 'Versions'), ...errorResponses },
});
const importVersion = createRoute({
  operationId: 'importRubricVersion',
  method: 'post',
  path: '/api/rubric-versions/import',
  middleware: access('admin'),
  tags,
  summary: 'Import a rubric: a new draft, a replaced draft, the next version, or "oförändrad"',
  request: { query: ImportQuery, ...uploadBody },
  responses: {
    200: json(RubricImportResult, 'Unchanged or replaced'),
    201: json(RubricImportResult, 'A new version was created'),
    ...errorResponses,
  },
});
const replaceDraft = createRoute({
  operationId: 'replaceRubricDraft',
  method: 'put',
  path: '/api/rubric-versions/{versionId}',
  middleware: access('admin'),
  tags,
  summary: 'Replace a draft rubric version (a published one is frozen: 409)',
  request: { params: RubricVersionParam, ...uploadBody },
  responses: { 200: json(RubricImportResult, 'Replaced'), ...errorResponses },
});
const publish = createRoute({
  operationId: 'publishRubricVersion',
  method: 'post',
  path: '/api/rubric-versions/{versionId}/publish',
  middleware: access('admin'),
  tags,
  summary: 'Publish a draft rubric version: it is frozen from then on',
  request: { params: RubricVersionParam },
  responses: { 200: json(RubricVersionSummary, 'Published'), ...errorResponses },
});
const diff = createRoute({
  operationId: 'getRubricVersionDiff',
  method: 'get',
  path: '/api/rubric-versions/{versionId}/diff',
  middleware: access('user'),
  tags,
  summary: 'What changed from the published version before: delfrågor, weights, area titles',
  request: { params: RubricVersionParam },
  responses: { 200: json(RubricVersionDiff, 'The changes'), ...errorResponses },
});
const exportVersion = createRoute({
  operationId: 'exportRubricVersion',
  method: 'get',
  path: '/api/rubric-versions/{versionId}/export',
  middleware: access('user'),
  tags,
  summary: 'A rubric version as a file: JSON (default) or the Excel workbook',
  request: { params: RubricVersionParam, query: ExportQuery },
  responses: {
    200: {
      description: 'The file, as an attachment',
      content: { 'application/json': { schema: binary }, [XLSX]: { schema: binary } },
    },
    ...errorResponses,
  },
});
const template = createRoute({
  operationId: 'getRubricTemplate',
  method: 'get',
  path: '/api/rubric-template',
  middleware: access('admin'),
  tags,
  summary: 'The Excel template to fill in with a rubric (8 areas numbered, sheets and columns)',
  responses: {
    200: { description: 'The template workbook', content: { [XLSX]: { schema: binary } } },
    ...errorResponses,
  },
});

const attachment = (filename: string, contentType: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="${filename}"`,
  'Cache-Control': 'private, no-store',
});

async function bodyBytes(request: { arrayBuffer(): Promise<ArrayBuffer> }) {
  return new Uint8Array(await request.arrayBuffer());
}

/** Rubric versions in the database: import (JSON or Excel), preview, diff, publish, export. */
export function rubricVersionsRoutes(deps: AppDeps) {
  const service = rubricVersionsService(deps);
  return router()
    .openapi(list, async (c) => c.json({ versions: await service.list(c.var.actor) }, 200))
    .openapi(importVersion, async (c) => {
      const result = await service.importUpload(await bodyBytes(c.req), 'body', c.var.actor, {
        publish: c.req.valid('query').publish === 'true',
      });
      return c.json(result, result.outcome === 'created' ? 201 : 200);
    })
    .openapi(replaceDraft, async (c) =>
      c.json(
        await service.replaceDraft(
          c.req.valid('param').versionId,
          await bodyBytes(c.req),
          c.var.actor,
        ),
        200,
      ),
    )
    .openapi(publish, async (c) =>
      c.json(await service.publish(c.req.valid('param').versionId, c.var.actor), 200),
    )
    .openapi(diff, async (c) =>
      c.json(await service.diff(c.req.valid('param').versionId, c.var.actor), 200),
    )
    .openapi(exportVersion, async (c) => {
      const { versionId } = c.req.valid('param');
      if (c.req.valid('query').format === 'xlsx') {
        const { pinned, bytes } = await service.exportWorkbook(versionId, c.var.actor);
        const name = `${pinned.rubric.id}-${pinned.rubric.version}.xlsx`;
        return c.body(bytes as Uint8Array<ArrayBuffer>, 200, attachment(name, XLSX)) as never;
      }
      const { pinned, text } = await service.exportJson(versionId, c.var.actor);
      const name = `${pinned.rubric.id}-${pinned.rubric.version}.json`;
      return c.body(text, 200, attachment(name, 'application/json; charset=utf-8')) as never;
    })
    .openapi(
      template,
      async (c) =>
        c.body(
          (await templateWorkbook()) as Uint8Array<ArrayBuffer>,
          200,
          attachment('kommunkompassen-mall.xlsx', XLSX),
        ) as never,
    );
}
