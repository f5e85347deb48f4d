import { z } from 'zod';

/** The `format` tag every rubric file carries, so a file says what it is. */
export const RUBRIC_FORMAT = 'kommunkompassen-rubric/1';

const Id = z.string().min(1);

export const RubricQuestion = z.strictObject({
  id: Id.regex(/^\d+\.\d+$/, 'a question id is "<area>.<n>", e.g. "1.1"'),
  text: z.string().min(1),
  maxPoints: z.number().positive(),
  /** How to judge the delfråga, when the rubric's author wrote it down. */
  guidance: z.string().min(1).optional(),
});
export type RubricQuestion = z.infer<typeof RubricQuestion>;

export const RubricArea = z.strictObject({
  id: Id.regex(/^\d+$/, 'an area id is a number as a string, e.g. "1"'),
  title: z.string().min(1),
  /** A label short enough for a radar axis. */
  shortTitle: z.string().min(1),
  /** Other titles the published reports use for the same area. */
  alternativeTitles: z.array(z.string().min(1)),
  /** The report's "Rubriker": the topics listed under the area. */
  headings: z.array(z.string().min(1)),
  guidance: z.string(),
  maxPoints: z.number().positive(),
  questions: z.array(RubricQuestion),
});
export type RubricArea = z.infer<typeof RubricArea>;

/** A question to the kommun, answered in writing before the visit; `areaId` when it has one. */
export const WrittenQuestion = z.strictObject({
  id: Id,
  text: z.string().min(1),
  areaId: Id.regex(/^\d+$/, 'an area id is a number as a string, e.g. "1"').optional(),
});
export type WrittenQuestion = z.infer<typeof WrittenQuestion>;

const Percent = z.number().min(0).max(100);

/**
 * How the self-assessment's four-step scale (Ej alls / Delvis / I hög grad / Fullt ut) becomes
 * points: each level is a percent of the delfråga's max, rounded to the nearest half point.
 */
export const SelfAssessmentScale = z
  .strictObject({ notAtAll: Percent, partly: Percent, largely: Percent, fully: Percent })
  .refine(
    (scale) =>
      scale.notAtAll <= scale.partly &&
      scale.partly <= scale.largely &&
      scale.largely <= scale.fully,
    'the levels must not decrease: notAtAll <= partly <= largely <= fully',
  );
export type SelfAssessmentScale = z.infer<typeof SelfAssessmentScale>;

const RubricShape = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(RUBRIC_FORMAT),
  id: Id.regex(/^[a-z0-9-]+$/, 'a rubric id is lower-case letters, digits and dashes'),
  version: z.string().min(1),
  title: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  /** True when the questions are not public: the rubric serves area-level comparisons only. */
  areaLevelOnly: z.boolean(),
  source: z.string().min(1),
  areas: z.array(RubricArea),
  /** Questions the kommun answers in writing before the visit (the 2020 version has 43). */
  writtenQuestions: z.array(WrittenQuestion).optional(),
  /** The self-assessment's level -> points rule; the default (0/33/67/100 %) when absent. */
  selfAssessmentScale: SelfAssessmentScale.optional(),
});

const AREA_COUNT = 8;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
/** Sums of maxima are compared in millionths so 0.1 + 0.2 style errors never fail a valid rubric. */
const micro = (value: number) => Math.round(value * 1e6);

/** A rubric file: 8 areas of weighted questions. Structural rules are checked after the shape. */
export const Rubric = RubricShape.superRefine((rubric, ctx) => {
  if (rubric.areas.length !== AREA_COUNT) {
    ctx.addIssue({
      code: 'custom',
      path: ['areas'],
      message: `has ${rubric.areas.length} areas, must have ${AREA_COUNT}`,
    });
  }
  const areaIds = new Set<string>();
  const questionIds = new Set<string>();
  rubric.areas.forEach((area, a) => {
    if (areaIds.has(area.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['areas', a, 'id'],
        message: `duplicate area id "${area.id}"`,
      });
    }
    areaIds.add(area.id);
    if (rubric.areaLevelOnly) {
      if (area.questions.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['areas', a, 'questions'],
          message: 'an area-level-only rubric has no questions',
        });
      }
      return;
    }
    if (area.questions.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['areas', a, 'questions'],
        message: 'has no questions',
      });
    }
    area.questions.forEach((question, q) => {
      if (questionIds.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['areas', a, 'questions', q, 'id'],
          message: `duplicate question id "${question.id}"`,
        });
      }
      questionIds.add(question.id);
      if (question.id.split('.')[0] !== area.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['areas', a, 'questions', q, 'id'],
          message: `question "${question.id}" is not under area "${area.id}" (its id must start with "${area.id}.")`,
        });
      }
    });
    const questionMax = sum(area.questions.map((question) => micro(question.maxPoints)));
    if (area.questions.length > 0 && questionMax !== micro(area.maxPoints)) {
      ctx.addIssue({
        code: 'custom',
        path: ['areas', a, 'questions'],
        message: `max points sum to ${questionMax / 1e6}, must be ${area.maxPoints}`,
      });
    }
  });
  const writtenIds = new Set<string>();
  rubric.writtenQuestions?.forEach((question, w) => {
    if (writtenIds.has(question.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['writtenQuestions', w, 'id'],
        message: `duplicate written question id "${question.id}"`,
      });
    }
    writtenIds.add(question.id);
    if (question.areaId !== undefined && !areaIds.has(question.areaId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['writtenQuestions', w, 'areaId'],
        message: `no area "${question.areaId}"`,
      });
    }
  });
});
export type Rubric = z.infer<typeof Rubric>;

/** The maximum of the whole rubric: 800 for Kommunkompassen. */
export function rubricMaxPoints(rubric: Rubric): number {
  return sum(rubric.areas.map((area) => area.maxPoints));
}
