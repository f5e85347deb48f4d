import { z } from 'zod';
import type { Comparison } from '../../scoring/compare';
import type { EvaluationResult } from '../../scoring/score-evaluation';

// Response schemas for the engine's objects, so the OpenAPI document describes them. The
// assignments at the bottom make the compiler prove they match the engine's types.

const n = z.number().nullable();

export const QuestionResultSchema = z.object({
  id: z.string(),
  points: n,
  shownPoints: n,
  percent: n,
  shownPercent: n,
  max: z.number(),
});

export const AreaResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  points: n,
  shownPoints: n,
  percent: n,
  shownPercent: n,
  max: z.number(),
  complete: z.boolean(),
  scoredCount: z.number(),
  questions: z.array(QuestionResultSchema),
});

export const EvaluationResultSchema = z
  .object({
    rubric: z.string(),
    total: z.object({ points: n, shownPoints: n, max: z.number(), complete: z.boolean() }),
    areas: z.array(AreaResultSchema),
  })
  .meta({ id: 'EvaluationResult' });

const Rank = z.object({ rank: z.number(), of: z.number(), percentile: n });
const ValueComparison = z.object({
  value: n,
  others: z.array(z.object({ id: z.string(), value: n, difference: n })),
  rank: Rank.nullable(),
});
const ComparedResult = z.object({
  id: z.string(),
  label: z.string(),
  rubric: z.string(),
  year: n,
  indicative: z.boolean(),
});

export const ComparisonSchema = z
  .object({
    rubric: z.string(),
    subject: ComparedResult,
    compared: z.array(ComparedResult),
    areas: z.array(
      ValueComparison.extend({
        id: z.string(),
        title: z.string(),
        shortTitle: z.string(),
        max: z.number(),
      }),
    ),
    total: ValueComparison,
    indicative: z.boolean(),
    radar: z.array(
      z.object({ id: z.string(), label: z.string(), indicative: z.boolean(), values: z.array(n) }),
    ),
  })
  .meta({ id: 'Comparison' });

// Compile-time proof that the schemas and the engine's types agree, both ways.
const _resultIn: z.infer<typeof EvaluationResultSchema> = {} as EvaluationResult;
const _resultOut: EvaluationResult = {} as z.infer<typeof EvaluationResultSchema>;
const _comparisonIn: z.infer<typeof ComparisonSchema> = {} as Comparison;
const _comparisonOut: Comparison = {} as z.infer<typeof ComparisonSchema>;
void [_resultIn, _resultOut, _comparisonIn, _comparisonOut];
