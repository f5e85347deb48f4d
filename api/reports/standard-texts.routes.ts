import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { errorResponses, json, jsonBody, router } from '../router';
import { StandardTextsFile, StandardTextsRecord } from './standard-texts.schemas';
import { getStandardTexts, saveStandardTexts } from './standard-texts.service';

const tags = ['reports'];
const admin = access('admin');

const Key = z.object({
  rubric: z.string().min(1).max(100).describe('Rubric id, e.g. kk-2010'),
  rubricVersion: z.string().min(1).max(100).describe('Rubric version, e.g. 1.0.0'),
  language: z.enum(['sv', 'en']).default('sv'),
});

const get = createRoute({
  operationId: 'getStandardTexts',
  method: 'get',
  path: '/api/report-texts',
  tags,
  summary:
    "The report's standard texts of a rubric version and language in force (version 0: the defaults)",
  middleware: admin,
  request: { query: Key },
  responses: { 200: json(StandardTextsRecord, 'Texts'), ...errorResponses },
});

const put = createRoute({
  operationId: 'saveStandardTexts',
  method: 'put',
  path: '/api/report-texts',
  tags,
  summary:
    'Saves the next version of the standard texts (an edit or an imported file); 409 when stale',
  middleware: admin,
  request: jsonBody(
    StandardTextsFile.extend({
      version: z.number().int().min(0).describe('The version the change is based on'),
    }),
  ),
  responses: { 200: json(StandardTextsRecord, 'Saved'), ...errorResponses },
});

/** Admins edit, import and read the organisation's standard texts of the report. */
export function standardTextsRoutes(deps: AppDeps) {
  return router()
    .openapi(get, async (c) => c.json(await getStandardTexts(deps, c.req.valid('query')), 200))
    .openapi(put, async (c) =>
      c.json(await saveStandardTexts(deps, c.var.actor, c.req.valid('json')), 200),
    );
}
