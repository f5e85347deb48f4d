import { z } from 'zod';
import { DocumentKind } from '../documents/documents.schemas';
import { Id, Version } from '../evaluation-core/ids.schemas';

export const QuestionnaireQuestion = z
  .object({
    id: z.string(),
    text: z.string(),
    areaId: z.string().nullable(),
    /** The delfrågor the question informs (one per delfråga by default). */
    questionIds: z.array(z.string()),
  })
  .meta({ id: 'QuestionnaireQuestion' });

/** The kommun's answer (svar) to one written question; version 0 when never saved. */
export const Answer = z
  .object({
    questionId: z.string(),
    text: z.string(),
    /** "Ej aktuellt", with the kommun's reason. */
    notApplicable: z.boolean(),
    notApplicableReason: z.string(),
    version: z.number(),
  })
  .meta({ id: 'QuestionnaireAnswer' });
export type Answer = z.infer<typeof Answer>;

export const SubmissionStatus = z.enum(['open', 'submitted', 'returned']);
export const Submission = z
  .object({
    status: SubmissionStatus,
    /** The team's comment when it sent the answers back. */
    comment: z.string().nullable(),
    submittedAt: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'QuestionnaireSubmission' });
export type Submission = z.infer<typeof Submission>;

export const AreaProgress = z.object({
  areaId: z.string().nullable(),
  answered: z.number(),
  total: z.number(),
});

export const QuestionnaireEvaluation = z.object({
  id: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  date: z.string(),
  status: z.enum(['draft', 'visit', 'consensus', 'published']),
  visitStart: z.string().nullable(),
  visitEnd: z.string().nullable(),
  rubricVersionId: z.string(),
});

/**
 * A document the kommun added to the evaluation's library (through a contact), with the written
 * questions whose answers it is attached to.
 */
export const KommunDocument = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: DocumentKind,
    date: z.string().nullable(),
    fileName: z.string(),
    addedBy: z.object({ id: z.string(), name: z.string() }),
    addedAt: z.string(),
    /** The written questions it is attached to, in the question set's order. */
    questionIds: z.array(z.string()),
    /** The document's version: a contact renames or deletes it with it, as the team does. */
    version: z.number(),
  })
  .meta({ id: 'KommunDocument' });
export type KommunDocument = z.infer<typeof KommunDocument>;

export const Questionnaire = z
  .object({
    evaluation: QuestionnaireEvaluation,
    questions: z.array(QuestionnaireQuestion),
    answers: z.array(Answer),
    submission: Submission,
    progress: z.array(AreaProgress),
    /** The kommun's documents: those its contacts added, oldest first. */
    documents: z.array(KommunDocument),
    /** Whether the kommun may still write (draft or visit, not submitted). */
    open: z.boolean(),
  })
  .meta({ id: 'Questionnaire' });
export type Questionnaire = z.infer<typeof Questionnaire>;

export const AnswerBody = z
  .strictObject({
    text: z.string().max(100_000),
    notApplicable: z.boolean(),
    notApplicableReason: z.string().max(5_000),
    version: Version,
  })
  .superRefine((body, ctx) => {
    if (body.notApplicable && body.notApplicableReason.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['notApplicableReason'],
        message: 'say why the question is "ej aktuellt"',
      });
    }
  })
  .meta({ id: 'QuestionnaireAnswerUpdate' });
export type AnswerBody = z.infer<typeof AnswerBody>;

export const AnswerParams = z.object({ id: Id, questionId: z.string().min(1).max(50) });

export const AttachBody = z
  .strictObject({ documentId: Id })
  .meta({ id: 'QuestionnaireAttachment' });
export type AttachBody = z.infer<typeof AttachBody>;

export const AttachmentParams = AnswerParams.extend({ documentId: Id });

export const SubmitBody = z.strictObject({ version: Version }).meta({ id: 'QuestionnaireSubmit' });
export const ReturnBody = z
  .strictObject({
    comment: z
      .string()
      .max(20_000)
      .refine((text) => text.trim() !== '', 'say what the kommun should complete'),
    version: Version,
  })
  .meta({ id: 'QuestionnaireReturn' });

export const SelfAssessmentLevel = z.enum(['notAtAll', 'partly', 'largely', 'fully']);

export const SelfAssessmentEntry = z
  .object({
    questionId: z.string(),
    points: z.number().nullable(),
    level: SelfAssessmentLevel.nullable(),
    /** The points the engine counts: `points`, or the level mapped by the rule. */
    countedPoints: z.number().nullable(),
    version: z.number(),
  })
  .meta({ id: 'SelfAssessmentEntry' });
export type SelfAssessmentEntry = z.infer<typeof SelfAssessmentEntry>;

export const SelfAssessmentScale = z
  .object({
    notAtAll: z.number(),
    partly: z.number(),
    largely: z.number(),
    fully: z.number(),
  })
  .meta({ id: 'SelfAssessmentScale' });

const Figure = z.object({
  id: z.string(),
  title: z.string(),
  points: z.number().nullable(),
  shownPoints: z.number().nullable(),
  max: z.number(),
  complete: z.boolean(),
  scoredCount: z.number(),
});

export const SelfAssessment = z
  .object({
    /** Percent of a delfråga's max per level (the rubric version's rule). */
    scale: SelfAssessmentScale,
    entries: z.array(SelfAssessmentEntry),
    /** Area figures by the scoring engine; null for a rubric without public delfrågor. */
    areas: z.array(Figure).nullable(),
    total: z
      .object({
        points: z.number().nullable(),
        shownPoints: z.number().nullable(),
        max: z.number(),
      })
      .nullable(),
  })
  .meta({ id: 'SelfAssessment' });
export type SelfAssessment = z.infer<typeof SelfAssessment>;

export const SelfAssessmentBody = z
  .strictObject({
    points: z.number().min(0).multipleOf(0.5, 'points go in steps of 0,5').nullable(),
    level: SelfAssessmentLevel.nullable(),
    version: Version,
  })
  .superRefine((body, ctx) => {
    if (body.points !== null && body.level !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: 'give points or a level, not both',
      });
    }
  })
  .meta({ id: 'SelfAssessmentUpdate' });
export type SelfAssessmentBody = z.infer<typeof SelfAssessmentBody>;
