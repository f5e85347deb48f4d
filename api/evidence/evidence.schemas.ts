import { z } from 'zod';
import { Id, Version } from '../evaluation-core/ids.schemas';
import { EvidenceKind, IntervieweeGroup, IsoDate } from '../formats/evaluation-file';

export const QuestionId = z.string().regex(/^\d+\.\d+$/, 'a question id is like "1.1"');

export const Evidence = z
  .object({
    id: z.string(),
    kind: EvidenceKind,
    /** Interview date, document date or the date a web page was seen (YYYY-MM-DD). */
    date: z.string().nullable(),
    title: z.string().nullable(),
    intervieweeGroup: IntervieweeGroup.nullable(),
    /** The interviewee's function, e.g. "kommundirektör". */
    function: z.string().nullable(),
    /** A document reference, or the URL of a document or web page. */
    reference: z.string().nullable(),
    notes: z.string(),
    /** The delfrågor it supports, in rubric order. */
    questions: z.array(z.string()),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

export const EvidenceList = z.object({ evidence: z.array(Evidence) });

/** An optional one-line text: null, absent and blank all mean "not given". */
const OptionalText = (max: number) => z.string().max(max).nullable().optional();

const EvidenceFields = z.strictObject({
  kind: EvidenceKind,
  date: IsoDate.nullable().optional(),
  title: OptionalText(500),
  intervieweeGroup: IntervieweeGroup.nullable().optional(),
  function: OptionalText(300),
  reference: OptionalText(2000),
  /** May be empty: quick capture during an interview fills it in later. */
  notes: z.string().max(200_000).default(''),
  questions: z.array(QuestionId).max(100).default([]),
});

/** The fields every write carries, whatever the kind. */
export type EvidenceFields = z.infer<typeof EvidenceFields>;

const isBlank = (value: string | null | undefined) => value == null || value.trim() === '';

/** What each kind needs: an interview its interviewee group, a web page its URL. */
function kindRules(body: EvidenceFields, ctx: z.RefinementCtx) {
  if (body.kind === 'interview' && !body.intervieweeGroup) {
    ctx.addIssue({
      code: 'custom',
      path: ['intervieweeGroup'],
      message: `an interview needs the interviewee's group (${IntervieweeGroup.options.join(', ')})`,
    });
  }
  if (body.kind !== 'interview' && body.intervieweeGroup) {
    ctx.addIssue({
      code: 'custom',
      path: ['intervieweeGroup'],
      message: 'only an interview has an interviewee group',
    });
  }
  if (body.kind === 'webPage' && isBlank(body.reference)) {
    ctx.addIssue({
      code: 'custom',
      path: ['reference'],
      message: 'a web page needs its URL in reference',
    });
  }
}

/**
 * A create. `id` is optional: a client that names its own (a UUID from `crypto.randomUUID()`)
 * can retry the first save safely, since a second create with that id gets 409 with the record.
 * `version: 0` is accepted so an autosave queue can send every save with its base version.
 */
export const EvidenceBody = EvidenceFields.extend({
  id: z.uuid('an id is a UUID, e.g. from crypto.randomUUID()').optional(),
  version: z.literal(0, 'a create is based on version 0').optional(),
})
  .superRefine(kindRules)
  .meta({ id: 'EvidenceInput' });
export type EvidenceBody = z.infer<typeof EvidenceBody>;

/**
 * The whole record again (a replace), based on `version`. `id` may be repeated (a client that sent
 * it on the create sends the same body again); it must then be the id in the path.
 */
export const UpdateEvidenceBody = EvidenceFields.extend({ id: Id.optional(), version: Version })
  .superRefine(kindRules)
  .meta({ id: 'EvidenceUpdate' });
export type UpdateEvidenceBody = z.infer<typeof UpdateEvidenceBody>;

export const ListEvidenceQuery = z.object({
  question: QuestionId.optional().describe('Only the evidence tied to this delfråga, e.g. 1.1'),
});

export const EvidenceParams = z.object({ id: Id, evidenceId: Id });
