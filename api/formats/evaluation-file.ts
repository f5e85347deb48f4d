import { z } from 'zod';
import { jsonLineIndex, lineOf } from '../../rubrics/json-lines';
import { kommunIssue } from '../../rubrics/kommuner/scb-kommuner';
import type { Rubric } from '../../rubrics/rubric';
import { parseJsonFile, ValidationError, type ValidationIssue } from '../../rubrics/validation';
import { QuestionScores } from '../../scoring/question-score';
import { validateScores } from '../../scoring/score-evaluation';
import { requiredName } from './required-name';

export const EVALUATION_FORMAT = 'kommunkompassen-evaluation/1';

/** SCB's four-digit kommunkod (Enköping 0381); `0000` stands for the whole country (riket). */
export const MunicipalityCode = z
  .string()
  .regex(/^\d{4}$/, 'a kommunkod is four digits, e.g. "0381"');

const MunicipalityFields = z.strictObject({
  name: requiredName(),
  code: MunicipalityCode,
  /** The name as the report's cover uses it, e.g. "Enköpings kommun". */
  officialName: requiredName().optional(),
});

/**
 * A kommun of SCB's list: the code must be one of the 290 and the name must be that code's.
 * `riket` also lets the whole country (kommunkod 0000) through, as reference results need.
 */
export function scbMunicipality(options: { riket?: boolean } = {}) {
  return MunicipalityFields.superRefine((kommun, ctx) => {
    // A malformed code or a blank name has its own issue already.
    if (!/^\d{4}$/.test(kommun.code) || kommun.name.trim() === '') return;
    if (options.riket && kommun.code === '0000') return;
    const issue = kommunIssue(kommun.code, kommun.name);
    if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
}

export const Municipality = scbMunicipality();
export type Municipality = z.infer<typeof Municipality>;

/** `YYYY-MM` or `YYYY-MM-DD`, checked as a real calendar date. */
export const EvaluationDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, 'a date is YYYY-MM or YYYY-MM-DD')
  .refine((value) => {
    if (value.length === 7) return true;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a calendar date');

const Text = z.string().min(1).max(20_000);

export const AreaTexts = z.strictObject({
  summary: z.string().max(100_000).optional(),
  strengths: z.array(Text).max(200).optional(),
  improvements: z.array(Text).max(200).optional(),
});
export type AreaTexts = z.infer<typeof AreaTexts>;

export const EvaluationStatus = z.enum(['draft', 'visit', 'consensus', 'published']);
export type EvaluationStatus = z.infer<typeof EvaluationStatus>;

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = EvaluationDate.refine(
  (value) => value.length === 10,
  'a date is YYYY-MM-DD',
);

export const EvidenceKind = z.enum(['interview', 'document', 'webPage']);
export const IntervieweeGroup = z.enum([
  'politicianMajority',
  'politicianOpposition',
  'official',
  'unionRepresentative',
  'other',
]);

const QuestionId = z.string().regex(/^\d+\.\d+$/, 'a question id is like "1.1"');

/** One piece of evidence: an interview, a document or a web page, tied to any questions. */
export const EvidenceItem = z.strictObject({
  kind: EvidenceKind,
  /** Interview date, document date or the date a web page was seen. */
  date: IsoDate.optional(),
  title: z.string().min(1).max(500).optional(),
  intervieweeGroup: IntervieweeGroup.optional(),
  function: z.string().min(1).max(300).optional(),
  /** A document reference or a URL. */
  reference: z.string().min(1).max(2000).optional(),
  notes: z.string().max(200_000),
  questions: z.array(QuestionId).max(100),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/**
 * The evaluation file: one kommun assessed once. Scores are the team's consensus scores;
 * `evaluatorScores` holds each evaluator's own scores, keyed by the evaluator's name.
 * Whether question and area ids exist in the rubric is checked against the rubric (see
 * `validateEvaluationFile`), since the shape alone cannot know it.
 */
export const EvaluationFile = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(EVALUATION_FORMAT),
    rubric: z.string().min(1),
    /** The rubric file's version and SHA-256, as exported: pins the exact rubric on import. */
    rubricVersion: z.string().min(1).optional(),
    rubricChecksum: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex')
      .optional(),
    municipality: Municipality,
    date: EvaluationDate,
    status: EvaluationStatus.optional(),
    visit: z.strictObject({ start: IsoDate, end: IsoDate }).optional(),
    evaluators: z.array(requiredName()).max(20),
    scores: QuestionScores,
    evaluatorScores: z.record(z.string(), QuestionScores).optional(),
    areas: z.record(z.string(), AreaTexts).optional(),
    evidence: z.array(EvidenceItem).max(5000).optional(),
    /** Kortfakta om kommunen: label -> text, in order. */
    facts: z.record(z.string().min(1).max(200), z.string().max(2000)).optional(),
  })
  .superRefine((file, ctx) => {
    if (file.visit && file.visit.end < file.visit.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['visit', 'end'],
        message: 'the visit ends before it starts',
      });
    }
    const names = new Set<string>();
    file.evaluators.forEach((name, index) => {
      if (names.has(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['evaluators', index],
          message: `"${name}" is listed twice`,
        });
      }
      names.add(name);
    });
    for (const name of Object.keys(file.evaluatorScores ?? {})) {
      if (!file.evaluators.includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['evaluatorScores', name],
          message: `"${name}" is not one of the evaluators`,
        });
      }
    }
  });
export type EvaluationFile = z.infer<typeof EvaluationFile>;

/**
 * Checks an evaluation file against its rubric: known question ids (and scores within max) in
 * `scores` and every evaluator's scores, known area ids in `areas`. Returns every issue.
 */
export function validateEvaluationFile(file: EvaluationFile, rubric: Rubric): ValidationIssue[] {
  const issues = [...validateScores(rubric, file.scores)];
  for (const [name, scores] of Object.entries(file.evaluatorScores ?? {})) {
    issues.push(...validateScores(rubric, scores, `evaluatorScores["${name}"]`));
  }
  const questionIds = new Set(rubric.areas.flatMap((area) => area.questions.map((q) => q.id)));
  (file.evidence ?? []).forEach((item, index) => {
    item.questions.forEach((id, q) => {
      if (!questionIds.has(id)) {
        issues.push({
          path: `evidence[${index}].questions[${q}]`,
          message: `unknown question "${id}" in rubric ${rubric.id}`,
        });
      }
    });
  });
  const areaIds = new Set(rubric.areas.map((area) => area.id));
  for (const id of Object.keys(file.areas ?? {})) {
    if (!areaIds.has(id)) {
      issues.push({
        path: `areas["${id}"]`,
        message: `unknown area "${id}" in rubric ${rubric.id}`,
      });
    }
  }
  return issues;
}

/**
 * Parses an evaluation file's text and checks it against the rubric it names, looked up in
 * `rubrics`. Errors name the source, the JSON path and, where known, the line.
 */
export function parseEvaluationFile(
  text: string,
  source: string,
  rubrics: ReadonlyMap<string, { rubric: Rubric }>,
): { file: EvaluationFile; rubric: Rubric } {
  const file = parseJsonFile(EvaluationFile, text, source);
  const rubric = rubrics.get(file.rubric)?.rubric;
  if (!rubric) {
    const known = [...rubrics.keys()].join(', ');
    throw new ValidationError(source, [
      { path: 'rubric', message: `unknown rubric "${file.rubric}" (known: ${known})` },
    ]);
  }
  const issues = validateEvaluationFile(file, rubric);
  if (issues.length > 0) {
    const index = jsonLineIndex(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    for (const issue of issues) issue.line = lineOf(index, issue.path);
    throw new ValidationError(source, issues);
  }
  return { file, rubric };
}
