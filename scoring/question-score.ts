import { z } from 'zod';

/**
 * One question's score as entered: `points` (0..max, decimals allowed) or `percent` (0..100).
 * Exactly one of the two; `null` or absence means "not scored", never 0.
 */
export const QuestionScore = z
  .strictObject({
    points: z.number().finite().min(0).optional(),
    percent: z.number().finite().min(0).max(100).optional(),
    rationale: z.string().max(20_000).optional(),
  })
  .superRefine((score, ctx) => {
    const given = (score.points === undefined ? 0 : 1) + (score.percent === undefined ? 0 : 1);
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          given === 0
            ? 'a score needs "points" or "percent" (use null for an unscored question)'
            : 'give "points" or "percent", not both',
      });
    }
  });
export type QuestionScore = z.infer<typeof QuestionScore>;

/** Scores keyed by question id (e.g. `"1.1"`). */
export const QuestionScores = z.record(z.string(), QuestionScore.nullable());
export type QuestionScores = z.infer<typeof QuestionScores>;
