import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { IdParam } from '../evaluation-core/ids.schemas';
import { errorResponses, router } from '../router';
import { CONTENT_TYPES, REPORT_FORMATS, renderReport } from './report-service';
import { REPORT_LANGUAGES } from './report-texts';

/** The report's own policy: inline styles only, no script, shown in the app's frame. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

const report = createRoute({
  operationId: 'getReport',
  method: 'get',
  path: '/api/evaluations/{id}/report',
  middleware: access('evaluation:read'),
  tags: ['reports'],
  summary:
    "The evaluation's report in SKL's structure as HTML, PDF or Word; a draft's is marked Utkast",
  request: {
    params: IdParam,
    query: z.object({
      format: z.enum(REPORT_FORMATS).default('html').describe('html, pdf or docx'),
      with: z
        .string()
        .max(2000)
        .optional()
        .describe('Comma-separated reference or evaluation ids the radar compares with'),
      mean: z
        .string()
        .regex(/^\d{4}-\d{4}$/, 'a period YYYY-YYYY')
        .optional()
        .describe(
          'Add the mean of the published results (evaluations and references) of the same rubric in this period',
        ),
      lang: z.enum(REPORT_LANGUAGES).default('sv').describe('sv (default) or en'),
      download: z.enum(['true', 'false']).optional().describe('Send as an attachment'),
      selfAssessment: z
        .enum(['true', 'false'])
        .optional()
        .describe(
          'Add the section "Självskattning och utvärdering" (the kommun\'s self-assessment)',
        ),
    }),
  },
  responses: {
    200: {
      description: 'The report',
      content: {
        [CONTENT_TYPES.html]: { schema: z.string() },
        [CONTENT_TYPES.pdf]: { schema: z.string().meta({ format: 'binary' }) },
        [CONTENT_TYPES.docx]: { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    ...errorResponses,
    503: { description: 'PDF requested but Chromium is not installed' },
  },
});

export function reportsRoutes(deps: AppDeps) {
  return router().openapi(report, async (c) => {
    const query = c.req.valid('query');
    const [from, to] = (query.mean ?? '').split('-').map(Number);
    const rendered = await renderReport(deps, c.req.valid('param').id, {
      format: query.format,
      language: query.lang,
      with: (query.with ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
      viewer: c.var.actor,
      selfAssessment: query.selfAssessment === 'true',
      comparison: from && to ? { mean: { from: Math.min(from, to), to: Math.max(from, to) } } : {},
    });
    const attachment = query.download === 'true' || query.format !== 'html';
    c.set('contentSecurityPolicy', REPORT_CSP);
    return c.body(rendered.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': rendered.contentType,
      'Content-Disposition': `${attachment ? 'attachment' : 'inline'}; filename="${rendered.filename}"`,
      'Cache-Control': 'private, no-store',
    }) as never;
  });
}
