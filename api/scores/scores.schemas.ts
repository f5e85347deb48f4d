import { z } from 'zod';
import { Id, Version } from '../evaluation-core/ids.schemas';

/**
 * An autosaved score: points (0..max) or percent (0..100) or neither (only a rationale so far),
 * based on `version` (0 for the first save of this score).
 */
export const ScoreBody = z
  .strictObject({
    points: z.number().finite().min(0).nullable().optional(),
    percent: z.number().finite().min(0).max(100).nullable().optional(),
    rationale: z.string().max(20_000).default(''),
    version: Version,
  })
  .refine((body) => body.points == null || body.percent == null, {
    message: 'give points or percent, not both',
    path: ['percent'],
  })
  .meta({ id: 'ScoreUpdate' });
export type ScoreBody = z.infer<typeof ScoreBody>;

export const ScoreRecord = z
  .object({
    id: z.string(),
    questionId: z.string(),
    /** The team member who scored it; null for the consensus score. */
    memberId: z.string().nullable(),
    points: z.number().nullable(),
    percent: z.number().nullable(),
    rationale: z.string(),
    version: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Score' });
export type ScoreRecord = z.infer<typeof ScoreRecord>;

const SpreadValue = z.object({ evaluator: z.string(), points: z.number().nullable() });
export const QuestionSpreadSchema = z.object({
  id: z.string(),
  maxPoints: z.number(),
  values: z.array(SpreadValue),
  scoredBy: z.number(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  spread: z.number().nullable(),
  spreadPercent: z.number().nullable(),
  flagged: z.boolean(),
});

export const ScoresResponse = z
  .object({
    evaluatorScores: z.array(ScoreRecord),
    consensusScores: z.array(ScoreRecord),
    /** Per delfråga, the team members' scores side by side (keyed by member id). */
    spread: z.array(QuestionSpreadSchema),
    spreadThreshold: z.number(),
    /**
     * Blind scoring: delfrågor whose other evaluators' scores and rationales are withheld from
     * this user until they score them (left out of `evaluatorScores` and `spread`).
     */
    hiddenQuestions: z.array(z.string()),
  })
  .meta({ id: 'Scores' });

export const EvaluatorScoreParams = z.object({ id: Id, memberId: Id, questionId: Id });
export const ConsensusScoreParams = z.object({ id: Id, questionId: Id });
