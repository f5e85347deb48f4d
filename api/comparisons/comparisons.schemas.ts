import { z } from 'zod';
import type { Distribution } from '../../scoring/distribution';
import type { TrendPoint } from '../../scoring/trend';

const Rank = z.object({ rank: z.number(), of: z.number(), percentile: z.number().nullable() });
const DistributionRow = z.object({
  id: z.string(),
  entries: z.array(
    z.object({ id: z.string(), label: z.string(), value: z.number(), subject: z.boolean() }),
  ),
  quartiles: z
    .object({
      min: z.number(),
      q1: z.number(),
      median: z.number(),
      q3: z.number(),
      max: z.number(),
    })
    .nullable(),
  rank: Rank.nullable(),
});

export const DistributionSchema = z
  .object({
    rubric: z.string(),
    count: z.number(),
    areas: z.array(DistributionRow),
    total: DistributionRow,
  })
  .meta({ id: 'Distribution' });

export const TrendSchema = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    points: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        year: z.number(),
        rubric: z.string(),
        total: z.number().nullable(),
        areas: z.record(z.string(), z.number().nullable()),
        rubricChanged: z.boolean(),
        totalsOnly: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Trend' });

// Compile-time proof that the schemas and the engine's types agree.
const _distribution: z.infer<typeof DistributionSchema> = {} as Distribution;
const _point: z.infer<typeof TrendSchema>['points'][number] = {} as TrendPoint;
void [_distribution, _point];
