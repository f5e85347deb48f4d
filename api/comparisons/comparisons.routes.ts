import { createRoute } from '@hono/zod-openapi';
import { distribution } from '../../scoring/distribution';
import { trend } from '../../scoring/trend';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { notFound } from '../errors';
import { findEvaluation } from '../evaluation-core/evaluations.repository';
import { IdParam } from '../evaluation-core/ids.schemas';
import {
  comparableEvaluations,
  kommunResults,
  publishedResults,
} from '../evaluations/evaluation-results';
import { isTotalsOnly } from '../formats/reference-file';
import { comparableFromReference } from '../formats/reference-library';
import { listReferences } from '../references/references.repository';
import { errorResponses, json, router } from '../router';
import { DistributionSchema, TrendSchema } from './comparisons.schemas';

const tags = ['comparisons'];

const distributionRoute = createRoute({
  operationId: 'getDistribution',
  method: 'get',
  path: '/api/evaluations/{id}/distribution',
  middleware: access('evaluation:read'),
  tags,
  summary:
    'Per area and total: every published evaluation and reference of the same rubric, rank and percentile',
  request: { params: IdParam },
  responses: { 200: json(DistributionSchema, 'The distribution'), ...errorResponses },
});
const trendRoute = createRoute({
  operationId: 'getTrend',
  method: 'get',
  path: '/api/evaluations/{id}/trend',
  middleware: access('evaluation:read'),
  tags,
  summary: "The kommun's results over time, rubric version changes marked",
  request: { params: IdParam },
  responses: { 200: json(TrendSchema, 'The trend'), ...errorResponses },
});

export function comparisonsRoutes(deps: AppDeps) {
  return router()
    .openapi(distributionRoute, async (c) => {
      const { id } = c.req.valid('param');
      const row = await findEvaluation(deps.store.db, id);
      if (!row) throw notFound(`evaluation ${id}`);
      const [subject] = await comparableEvaluations(deps, [row]);
      if (!subject) throw notFound(`evaluation ${id}`);
      const published = (await publishedResults(deps, row.rubric_id)).filter(
        (r) => r.id !== subject.id,
      );
      // A published reference of a kommun and year that is also stored here counts once.
      const stored = new Set([subject, ...published].map((r) => `${r.municipalityCode}:${r.year}`));
      // A totals-only reference has no area values: it belongs to the trend, not here.
      const references = (await listReferences(deps.store.db, { rubricId: row.rubric_id }))
        .filter((reference) => !isTotalsOnly(reference))
        .map(comparableFromReference)
        .filter((r) => !stored.has(`${r.municipalityCode}:${r.year}`));
      const pinned = await deps.rubrics.get(row.rubric_version_id);
      return c.json(distribution(pinned.rubric, subject, [...published, ...references]), 200);
    })
    .openapi(trendRoute, async (c) => {
      const { id } = c.req.valid('param');
      const row = await findEvaluation(deps.store.db, id);
      if (!row) throw notFound(`evaluation ${id}`);
      const results = await kommunResults(deps, row.municipality_code, c.var.actor);
      return c.json(
        {
          municipality: { code: row.municipality_code, name: row.municipality_name },
          points: trend(results),
        },
        200,
      );
    });
}
