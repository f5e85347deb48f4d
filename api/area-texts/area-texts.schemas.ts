import { z } from 'zod';
import { Id, Version } from '../evaluation-core/ids.schemas';

export const AreaText = z
  .object({
    areaId: z.string(),
    /** Sammanfattning. */
    summary: z.string(),
    /** Styrkor, in order. */
    strengths: z.array(z.string()),
    /** Förbättringsmöjligheter, in order. */
    improvements: z.array(z.string()),
    /** 0 for an area whose texts were never saved. */
    version: z.number(),
  })
  .meta({ id: 'AreaText' });
export type AreaText = z.infer<typeof AreaText>;

export const AreaTextList = z.object({ areas: z.array(AreaText) });

/** One bullet, kept exactly as typed; a blank one is a slip, not content. */
const Item = z
  .string()
  .max(20_000)
  .refine((item) => item.trim() !== '', 'an item is empty: write something or remove it');

/** All three texts of an area, based on `version` (0 for the first save). */
export const AreaTextBody = z
  .strictObject({
    summary: z.string().max(100_000),
    strengths: z.array(Item).max(200),
    improvements: z.array(Item).max(200),
    version: Version,
  })
  .meta({ id: 'AreaTextUpdate' });
export type AreaTextBody = z.infer<typeof AreaTextBody>;

export const AreaParams = z.object({ id: Id, areaId: z.string().min(1).max(20) });
