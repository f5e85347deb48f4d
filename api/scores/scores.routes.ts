import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { IdParam } from '../evaluation-core/ids.schemas';
import { errorResponses, json, jsonBody, router } from '../router';
import {
  ConsensusScoreParams,
  EvaluatorScoreParams,
  ScoreBody,
  ScoreRecord,
  ScoresResponse,
} from './scores.schemas';
import { scoresService } from './scores.service';

const tags = ['scores'];

const list = createRoute({
  operationId: 'listScores',
  method: 'get',
  path: '/api/evaluations/{id}/scores',
  middleware: access('evaluation:team'),
  tags,
  summary: "Every evaluator's scores, the consensus scores and the spread per delfråga",
  request: {
    params: IdParam,
    query: z.object({
      spreadThreshold: z.coerce
        .number()
        .min(0)
        .max(100)
        .optional()
        .describe('Flag spreads above this percentage of the max (default 20)'),
    }),
  },
  responses: { 200: json(ScoresResponse, 'Scores'), ...errorResponses },
});
const saveEvaluatorScore = createRoute({
  operationId: 'saveEvaluatorScore',
  method: 'put',
  path: '/api/evaluations/{id}/evaluator-scores/{memberId}/{questionId}',
  middleware: access('evaluation:team'),
  tags,
  summary: "Autosave one evaluator's score and rationale (versioned: 0 creates)",
  request: { params: EvaluatorScoreParams, ...jsonBody(ScoreBody) },
  responses: { 200: json(ScoreRecord, 'Saved'), ...errorResponses },
});
const saveConsensusScore = createRoute({
  operationId: 'saveConsensusScore',
  method: 'put',
  path: '/api/evaluations/{id}/consensus-scores/{questionId}',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Save the agreed score and its rationale (versioned: 0 creates)',
  request: { params: ConsensusScoreParams, ...jsonBody(ScoreBody) },
  responses: { 200: json(ScoreRecord, 'Saved'), ...errorResponses },
});

export function scoresRoutes(deps: AppDeps) {
  const service = scoresService(deps);
  return router()
    .openapi(list, async (c) => {
      const { spreadThreshold } = c.req.valid('query');
      return c.json(await service.list(c.req.valid('param').id, c.var.actor, spreadThreshold), 200);
    })
    .openapi(saveEvaluatorScore, async (c) => {
      const { id, memberId, questionId } = c.req.valid('param');
      const saved = await service.saveEvaluatorScore(
        id,
        memberId,
        questionId,
        c.req.valid('json'),
        c.var.actor,
      );
      return c.json(saved, 200);
    })
    .openapi(saveConsensusScore, async (c) => {
      const { id, questionId } = c.req.valid('param');
      const saved = await service.saveConsensusScore(
        id,
        questionId,
        c.req.valid('json'),
        c.var.actor,
      );
      return c.json(saved, 200);
    });
}
