import { z } from 'zod';

export const STANDARD_TEXTS_FORMAT = 'kommunkompassen-report-texts/1';

/**
 * The placeholders a standard text may hold, filled from the evaluation when the report is made.
 * Anything else in braces is refused on save, so a typo never reaches a kommun's report.
 */
export const PLACEHOLDERS = {
  intro: ['organisation', 'organisationShort', 'areas'],
  comparisons: ['organisation', 'organisationShort', 'website'],
  evaluation: ['kommun', 'period', 'earlier', 'sources', 'interviewed', 'groups'],
  general: ['kommun'],
} as const;

/**
 * Text as paragraphs and lists: a blank line ends a paragraph, a line starting with "- " is a
 * list item. `{areas}` alone on a line (in the intro) becomes the list of the eight areas.
 */
const RichText = (max: number) => z.string().max(max, `at most ${max} characters`);
const Title = z.string().trim().min(1).max(300).optional();

function placeholders(allowed: readonly string[]) {
  return (text: string, ctx: z.RefinementCtx) => {
    for (const match of text.matchAll(/\{([^{}\n]*)\}/g)) {
      if (!allowed.includes(match[1] as string)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown placeholder {${match[1]}}: use ${allowed.map((p) => `{${p}}`).join(', ')}`,
        });
      }
    }
  };
}

/** Per area: the Allmänt text and the area's title where the report's year printed it differently. */
export const AreaStandardTexts = z.strictObject({
  general: RichText(20_000).superRefine(placeholders(PLACEHOLDERS.general)).default(''),
  /** Title in the list of areas of section 1 and in the table of contents. */
  contentsTitle: Title,
  /** Title in Tabell 1 (section 2). */
  tableTitle: Title,
  /** Title over the area's part of section 3 ("Område 2 …"). */
  sectionTitle: Title,
  /** Title of the area's table in section 4. */
  overviewTitle: Title,
});
export type AreaStandardTexts = z.infer<typeof AreaStandardTexts>;

const EvaluationText = RichText(4000).superRefine(placeholders(PLACEHOLDERS.evaluation));

/** The Utvärderingen paragraph, sentence by sentence, each used when the data allows it. */
export const EvaluationTemplate = z.strictObject({
  first: EvaluationText,
  renewed: EvaluationText,
  /** With the number of people interviewed. */
  sources: EvaluationText,
  /** When nobody has recorded how many people were interviewed. */
  sourcesWithoutCount: EvaluationText,
  groups: EvaluationText,
});
export type EvaluationTemplate = z.infer<typeof EvaluationTemplate>;

/** The texts every report of one rubric version repeats, in one language. */
export const StandardTexts = z.strictObject({
  /** Section 1, "Vad är Kommunkompassen?". */
  intro: RichText(30_000).superRefine(placeholders(PLACEHOLDERS.intro)),
  /** The Jämförelser paragraph after the radar. */
  comparisons: RichText(10_000).superRefine(placeholders(PLACEHOLDERS.comparisons)),
  evaluation: EvaluationTemplate,
  areas: z.record(z.string().regex(/^\d{1,2}$/, 'an area id such as "1"'), AreaStandardTexts),
  /**
   * What the radar compares with when the user picks nothing: a reference or evaluation id (the
   * organisation's model kommun), or null for the mean of the version's published results.
   */
  modelComparison: z.string().trim().min(1).max(200).nullable().default(null),
});
export type StandardTexts = z.infer<typeof StandardTexts>;

/** The file an admin imports (and exports): the texts with what they belong to. */
export const StandardTextsFile = z.strictObject({
  format: z.literal(STANDARD_TEXTS_FORMAT),
  rubric: z.string().min(1).max(100),
  rubricVersion: z.string().min(1).max(100),
  language: z.enum(['sv', 'en']),
  texts: StandardTexts,
});
export type StandardTextsFile = z.infer<typeof StandardTextsFile>;

/** What the API answers: the texts in force, their version (0: the shipped defaults) and when. */
export const StandardTextsRecord = StandardTextsFile.extend({
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type StandardTextsRecord = z.infer<typeof StandardTextsRecord>;
