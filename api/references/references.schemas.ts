import { z } from 'zod';
import { Version } from '../evaluation-core/ids.schemas';
import { MunicipalityCode } from '../formats/evaluation-file';
import { ReferenceKind, ReferenceResult } from '../formats/reference-file';

/** A stored reference result: the reference file's record plus its version. */
export const StoredReference = z
  .object({
    id: z.string(),
    municipality: z.object({ name: z.string(), code: MunicipalityCode }),
    year: z.number(),
    rubric: z.string(),
    kind: ReferenceKind,
    /** Area id ("1" to "8") -> points; absent when only the total was published. */
    areas: z.record(z.string(), z.number()).optional(),
    totalsOnly: z
      .boolean()
      .describe(
        'Only the total was published: shown in trends of totals, never in a per-area comparison',
      ),
    total: z.number(),
    source: z.string(),
    note: z.string().optional(),
    version: z.number(),
  })
  .meta({ id: 'Reference' });
export type StoredReference = z.infer<typeof StoredReference>;

export const ReferenceList = z.object({ references: z.array(StoredReference) });

export const CreateReferenceBody = ReferenceResult.meta({ id: 'CreateReference' });

/** The whole record again (a replace), based on `version`; the id cannot change. */
export const UpdateReferenceBody = ReferenceResult.safeExtend({ version: Version }).meta({
  id: 'UpdateReference',
});
export type UpdateReferenceBody = z.infer<typeof UpdateReferenceBody>;

export const ListReferencesQuery = z.object({
  rubric: z
    .string()
    .min(1)
    .max(50)
    .optional()
    .describe('Only references of this rubric, e.g. kk-2010'),
});

export const ReferenceIdParam = z.object({ id: z.string().min(1).max(200) });

export const ImportedIds = z.object({ ids: z.array(z.string()) });
