import { z } from 'zod';

export const RubricVersionStatus = z.enum(['draft', 'published']);

/** One rubric version in the admin's list and the new-evaluation form. */
export const RubricVersionSummary = z
  .object({
    versionId: z.string(),
    id: z.string(),
    version: z.string(),
    title: z.string(),
    year: z.number(),
    areaLevelOnly: z.boolean(),
    /** `draft`: seen by admins only, replaced by a re-import; `published`: frozen. */
    status: RubricVersionStatus,
    /** `file`: shipped in rubrics/; `import`: imported into this installation. */
    origin: z.enum(['file', 'import']),
    /** SHA-256 of the stored JSON text: what an evaluation pins. */
    checksum: z.string(),
    publishedAt: z.string().nullable(),
    loadedAt: z.string(),
    questionCount: z.number(),
  })
  .meta({ id: 'RubricVersionSummary' });
export type RubricVersionSummary = z.infer<typeof RubricVersionSummary>;

export const RubricVersionList = z.object({ versions: z.array(RubricVersionSummary) });

export const ImportOutcome = z.enum(['created', 'replaced', 'unchanged']);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const RubricImportResult = z
  .object({
    /** `created`: a new draft (or version); `replaced`: the draft was replaced; `unchanged`: same as the published version, nothing stored. */
    outcome: ImportOutcome,
    /** Says what happened, in Swedish, for the page. */
    message: z.string(),
    version: RubricVersionSummary,
  })
  .meta({ id: 'RubricImportResult' });
export type RubricImportResult = z.infer<typeof RubricImportResult>;

const QuestionEntry = z.object({
  id: z.string(),
  areaId: z.string(),
  text: z.string(),
  maxPoints: z.number(),
});

export const RubricChanges = z
  .object({
    added: z.array(QuestionEntry),
    removed: z.array(QuestionEntry),
    reworded: z.array(z.object({ id: z.string(), before: z.string(), after: z.string() })),
    weights: z.array(z.object({ id: z.string(), before: z.number(), after: z.number() })),
    areaTitles: z.array(
      z.object({
        areaId: z.string(),
        field: z.enum(['title', 'shortTitle']),
        before: z.string(),
        after: z.string(),
      }),
    ),
  })
  .meta({ id: 'RubricChanges' });

export const RubricVersionDiff = z
  .object({
    /** The published version before this one, or null for a rubric's first version. */
    from: RubricVersionSummary.nullable(),
    to: RubricVersionSummary,
    changes: RubricChanges.nullable(),
  })
  .meta({ id: 'RubricVersionDiff' });
export type RubricVersionDiff = z.infer<typeof RubricVersionDiff>;

export const ImportQuery = z.object({
  /** `true`: publish the imported version at once. */
  publish: z.enum(['true', 'false']).optional(),
});

export const ExportQuery = z.object({ format: z.enum(['json', 'xlsx']).optional() });
