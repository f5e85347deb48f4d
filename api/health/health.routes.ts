import { createRoute } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { AppError } from '../errors';
import { errorResponses, json, router } from '../router';

const route = createRoute({
  operationId: 'getHealth',
  method: 'get',
  path: '/api/health',
  middleware: access('public'),
  security: [],
  summary: 'The server is up and its database answers',
  responses: {
    200: json(z.object({ status: z.literal('ok') }), 'Healthy'),
    503: json(
      z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
      'Unhealthy',
    ),
    // The body limit guards every /api/ address, this one too.
    413: errorResponses[413],
  },
});

export function healthRoutes(deps: AppDeps) {
  return router().openapi(route, async (c) => {
    try {
      await sql`select 1`.execute(deps.store.db);
    } catch (error) {
      console.error('health check: database unreachable', error);
      throw new AppError(503, 'database_unreachable', 'the database does not answer');
    }
    return c.json({ status: 'ok' as const }, 200);
  });
}
