import { z } from 'zod';
import { Id, Version } from '../evaluation-core/ids.schemas';
import {
  EvaluationDate,
  EvaluationStatus,
  IsoDate,
  Municipality,
  MunicipalityCode,
} from '../formats/evaluation-file';

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
    /** Blind scoring: an evaluator sees the others' own scores of a delfråga after scoring it. */
    blindScoring: z.boolean(),
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

/** A member of a new team: a name, or a name and the account that gives them access. */
const NewMember = z.union([
  z.string().trim().min(1).max(200),
  z.strictObject({ name: z.string().trim().min(1).max(200), userId: Id.nullable().optional() }),
]);
export type NewMember = z.infer<typeof NewMember>;

/** The name of a new member, whichever way it was given. */
export const memberName = (member: NewMember) =>
  typeof member === 'string' ? member : member.name;

const Evaluators = z
  .array(NewMember)
  .min(1, 'an evaluation has at least one evaluator')
  .max(20)
  .refine(
    (members) => new Set(members.map(memberName)).size === members.length,
    'evaluator names must be unique',
  );

export const CreateEvaluationBody = z
  .strictObject({
    municipality: Municipality,
    rubric: z.string().min(1).max(50),
    /** A published version of `rubric` to pin; without it, the newest published version. */
    rubricVersionId: z.string().min(1).max(100).optional(),
    date: EvaluationDate,
    visit: z.strictObject({ start: IsoDate, end: IsoDate }).optional(),
    /** Names, or `{ name, userId }` to link the member to an evaluator's or admin's account. */
    evaluators: Evaluators,
  })
  .refine((body) => !body.visit || body.visit.end >= body.visit.start, {
    path: ['visit', 'end'],
    message: 'the visit ends before it starts',
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
  /** Publishing with gaps in the checklist needs the user's reason (audited). */
  reason: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .describe('Why the evaluation is published although the publish checklist lists gaps'),
});

export const BlindScoringBody = z.strictObject({
  version: Version,
  blindScoring: z.boolean(),
});

/** What the publish checklist finds missing (`api/evaluations/publish-rule.ts`). */
export const PublishChecklist = z
  .object({
    /** Delfrågor without a consensus score: these block publishing, whatever the reason. */
    unscoredQuestions: z.array(z.string()),
    /** Areas whose Styrkor or Förbättringsmöjligheter list is empty. */
    areasWithoutTexts: z.array(
      z.object({ areaId: z.string(), missing: z.array(z.enum(['strengths', 'improvements'])) }),
    ),
    /** Team members who have not scored every delfråga themselves. */
    evaluatorsNotScored: z.array(
      z.object({ memberId: z.string(), name: z.string(), unscored: z.number() }),
    ),
    /** Delfrågor whose evaluators' max - min exceeds `spreadThreshold` % of the max, without a consensus rationale. */
    spreadsWithoutRationale: z.array(
      z.object({ questionId: z.string(), spreadPercent: z.number() }),
    ),
    spreadThreshold: z.number(),
    /** True when only gaps a reason may override remain (no delfråga lacks a consensus score). */
    publishable: z.boolean(),
    /** True when nothing at all is missing: publishing needs no reason. */
    complete: z.boolean(),
  })
  .meta({ id: 'PublishChecklist' });
export type PublishChecklist = z.infer<typeof PublishChecklist>;

export const ReopenBody = z.strictObject({
  version: Version,
  reason: z.string().trim().min(1, 'say why the evaluation is reopened').max(2000),
});

export const CreatedId = z.object({ id: z.string() });

/** An import's outcome: a file asking to be published that may not be is imported as a draft. */
export const ImportedEvaluation = z.object({
  id: z.string(),
  status: EvaluationStatus,
  notice: z
    .string()
    .nullable()
    .describe('Why the evaluation was imported as a draft rather than published; null otherwise'),
  team: z
    .object({
      linked: z.array(z.object({ name: z.string(), email: z.string() })),
      unlinked: z.array(z.string()),
    })
    .describe(
      'Evaluator names linked to the one evaluator or admin account with that name, and names left without an account (none, or several, match)',
    ),
});
