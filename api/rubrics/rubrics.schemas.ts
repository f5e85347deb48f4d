import { z } from 'zod';
import {
  RUBRIC_FORMAT,
  RubricArea,
  SelfAssessmentScale,
  WrittenQuestion,
} from '../../rubrics/rubric';
import { RubricMapping } from '../../rubrics/rubric-mapping';

/** A rubric as the lists show it: the current file version of each rubric id. */
export const RubricSummary = z
  .object({
    id: z.string(),
    version: z.string(),
    /** SHA-256 of the rubric file: what an evaluation pins. */
    checksum: z.string(),
    /** The stored version's id, for `/api/rubrics/versions/{versionId}`. */
    versionId: z.string(),
    title: z.string(),
    year: z.number(),
    /** True when the delfrågor are not public: the rubric serves area comparisons only. */
    areaLevelOnly: z.boolean(),
  })
  .meta({ id: 'RubricSummary' });
export type RubricSummary = z.infer<typeof RubricSummary>;

export const RubricList = z.object({ rubrics: z.array(RubricSummary) });

/** One stored rubric version in full: areas with headings, guidance and questions. */
export const RubricVersion = z
  .object({
    format: z.literal(RUBRIC_FORMAT),
    id: z.string(),
    version: z.string(),
    title: z.string(),
    year: z.number(),
    areaLevelOnly: z.boolean(),
    source: z.string(),
    areas: z.array(RubricArea),
    writtenQuestions: z.array(WrittenQuestion).optional(),
    selfAssessmentScale: SelfAssessmentScale.optional(),
    versionId: z.string(),
    checksum: z.string(),
    /** `draft` (admins only, replaced by a re-import) or `published` (frozen). */
    status: z.enum(['draft', 'published']),
  })
  .meta({ id: 'RubricVersion' });
export type RubricVersion = z.infer<typeof RubricVersion>;

export const RubricMappingList = z.object({
  mappings: z.array(RubricMapping.meta({ id: 'RubricMapping' })),
});

export const RubricVersionParam = z.object({ versionId: z.string().min(1).max(100) });
