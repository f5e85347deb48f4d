import { z } from 'zod';
import {
  EvaluationDate,
  EvaluationStatus,
  IsoDate,
  Municipality,
  MunicipalityCode,
} from '../formats/evaluation-file';

export const Id = z.string().min(1).max(100);
export const Version = z.number().int().min(0);

/** `?version=N` on a DELETE: the version the delete is based on (a stale one gives 409). */
export const VersionQuery = z.object({
  version: z
    .string({ error: 'name the version the delete is based on, e.g. ?version=3' })
    .regex(/^\d{1,9}$/, 'a version is a whole number, e.g. ?version=3'),
});

export const TeamMember = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The evaluator's user account; it gives them access to the evaluation. */
    userId: z.string().nullable(),
  })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof TeamMember>;

export const Visit = z.object({ start: IsoDate, end: IsoDate }).meta({ id: 'Visit' });

export const EvaluationSummary = z
  .object({
    id: z.string(),
    municipality: z.object({
      code: z.string(),
      name: z.string(),
      officialName: z.string().nullable(),
    }),
    rubric: z.object({
      id: z.string(),
      version: z.string(),
      checksum: z.string(),
      versionId: z.string(),
    }),
    date: z.string(),
    visit: Visit.nullable(),
    status: EvaluationStatus,
    team: z.array(TeamMember),
    facts: z.record(z.string(), z.string()),
    /** The engine's shown total and whether every delfråga has a consensus score. */
    total: z.object({ shownPoints: z.number().nullable(), max: z.number(), complete: z.boolean() }),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'Evaluation' });
export type EvaluationSummary = z.infer<typeof EvaluationSummary>;

export const EvaluationList = z.object({ evaluations: z.array(EvaluationSummary) });

export const ListEvaluationsQuery = z.object({
  status: z
    .string()
    .regex(
      /^(draft|visit|consensus|published)(,(draft|visit|consensus|published))*$/,
      'comma-separated statuses',
    )
    .optional(),
  municipality: MunicipalityCode.optional(),
  rubric: z.string().min(1).max(50).optional(),
});

const Evaluators = z
  .array(z.string().trim().min(1).max(200))
  .min(1, 'an evaluation has at least one evaluator')
  .max(20)
  .refine((names) => new Set(names).size === names.length, 'evaluator names must be unique');

export const CreateEvaluationBody = z
  .strictObject({
    municipality: Municipality,
    rubric: z.string().min(1).max(50),
    /** A published version of `rubric` to pin; without it, the newest published version. */
    rubricVersionId: z.string().min(1).max(100).optional(),
    date: EvaluationDate,
    visit: z.strictObject({ start: IsoDate, end: IsoDate }).optional(),
    evaluators: Evaluators,
  })
  .meta({ id: 'CreateEvaluation' });

export const UpdateEvaluationBody = z
  .strictObject({
    version: Version,
    date: EvaluationDate.optional(),
    visit: z.strictObject({ start: IsoDate, end: IsoDate }).nullable().optional(),
    /** The whole team in order: existing members by id (renamed as given), new ones without id. */
    team: z
      .array(
        z.strictObject({
          id: Id.optional(),
          name: z.string().trim().min(1).max(200),
          userId: Id.nullable().optional(),
        }),
      )
      .min(1)
      .max(20)
      .optional(),
    facts: z.record(z.string().min(1).max(200), z.string().max(2000)).optional(),
  })
  .meta({ id: 'UpdateEvaluation' });

export const StatusBody = z.strictObject({
  version: Version,
  status: z.enum(['draft', 'visit', 'consensus', 'published']),
});

export const ReopenBody = z.strictObject({
  version: Version,
  reason: z.string().trim().min(1, 'say why the evaluation is reopened').max(2000),
});

export const IdParam = z.object({ id: Id });

export const CreatedId = z.object({ id: z.string() });
