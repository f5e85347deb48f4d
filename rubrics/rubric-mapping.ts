import { z } from 'zod';

export const RUBRIC_MAPPING_FORMAT = 'kommunkompassen-rubric-mapping/1';

/**
 * A mapping between the areas of two rubric versions. SKR publishes none: every mapping here is
 * inferred, so comparisons through it are always indicative.
 */
export const RubricMapping = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(RUBRIC_MAPPING_FORMAT),
    from: z.string().min(1),
    to: z.string().min(1),
    indicative: z.literal(true),
    /** Who stated the mapping: `inferred` (by us, from the area names) or `skr`. */
    authority: z.enum(['inferred', 'skr']),
    note: z.string().min(1),
    areas: z.array(z.strictObject({ from: z.string().min(1), to: z.string().min(1) })),
  })
  .superRefine((mapping, ctx) => {
    for (const side of ['from', 'to'] as const) {
      const seen = new Set<string>();
      mapping.areas.forEach((pair, index) => {
        if (seen.has(pair[side])) {
          ctx.addIssue({
            code: 'custom',
            path: ['areas', index, side],
            message: `area "${pair[side]}" is mapped twice`,
          });
        }
        seen.add(pair[side]);
      });
    }
  });
export type RubricMapping = z.infer<typeof RubricMapping>;
