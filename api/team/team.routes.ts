import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { errorResponses, json, router } from '../router';
import { listTeamCandidates } from './team-accounts';

export const TeamCandidateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'evaluator']),
  })
  .meta({ id: 'TeamCandidate' });

const candidates = createRoute({
  operationId: 'listTeamCandidates',
  summary: 'Accounts that can be put on a team (active evaluators and admins), by name',
  method: 'get',
  path: '/api/team-candidates',
  tags: ['evaluations'],
  middleware: access('staff'),
  request: {
    query: z.object({
      q: z.string().max(200).optional().describe('a part of the name or e-mail address'),
    }),
  },
  responses: {
    200: json(z.object({ candidates: z.array(TeamCandidateSchema) }), 'Matching accounts'),
    ...errorResponses,
  },
});

export function teamRoutes(deps: AppDeps) {
  return router().openapi(candidates, async (c) => {
    const { q } = c.req.valid('query');
    return c.json({ candidates: await listTeamCandidates(deps.store.db, q ?? '') }, 200);
  });
}
