import { z } from 'zod';
import { Id, Version } from '../evaluation-core/ids.schemas';
import { QuestionId } from '../evidence/evidence.schemas';
import { IsoDate } from '../formats/evaluation-file';

export const DocumentKind = z
  .enum(['styrdokument', 'plan', 'protokoll', 'webbsida', 'annat'])
  .meta({ id: 'DocumentKind' });
export type DocumentKind = z.infer<typeof DocumentKind>;

export const ExtractionStatus = z
  .enum(['queued', 'running', 'done', 'no-text', 'failed'])
  .meta({ id: 'ExtractionStatus' });
export type ExtractionStatus = z.infer<typeof ExtractionStatus>;

const Person = z.object({ id: z.string(), name: z.string() });

export const Extraction = z.object({
  status: ExtractionStatus,
  /** 0..1 while running; 1 when finished. */
  progress: z.number().min(0).max(1),
  pages: z.number().int().nullable(),
  passages: z.number().int(),
  /** Why it failed or found no text, in plain Swedish; null otherwise. */
  message: z.string().nullable(),
});
export type Extraction = z.infer<typeof Extraction>;

export const Document = z
  .object({
    id: z.string(),
    evaluationId: z.string(),
    title: z.string(),
    kind: DocumentKind,
    /** The document's own date: decided, published, or the day a web page was seen. */
    date: z.string().nullable(),
    url: z.string().nullable(),
    fileName: z.string(),
    /** The type the file is served with, judged from its bytes. */
    contentType: z.string(),
    /** Bytes. */
    size: z.number().int(),
    addedBy: Person,
    addedAt: z.string(),
    extraction: Extraction,
    version: z.number().int(),
  })
  .meta({ id: 'Document' });
export type Document = z.infer<typeof Document>;

export const DocumentList = z.object({ documents: z.array(Document) });

export const Passage = z
  .object({
    id: z.string(),
    documentId: z.string(),
    /** 0-based position in the document. */
    ordinal: z.number().int(),
    /** 1-based page of a PDF; null for other formats. */
    page: z.number().int().nullable(),
    heading: z.string().nullable(),
    text: z.string(),
  })
  .meta({ id: 'Passage' });
export type Passage = z.infer<typeof Passage>;

export const PassageList = z.object({ passages: z.array(Passage) });

/** A snippet split into runs: `match: true` for the words the query matched. */
export const Highlight = z
  .array(z.object({ text: z.string(), match: z.boolean() }))
  .meta({ id: 'Highlight' });
export type Highlight = z.infer<typeof Highlight>;

export const SearchHit = z
  .object({
    passageId: z.string(),
    documentId: z.string(),
    documentTitle: z.string(),
    evaluationId: z.string(),
    page: z.number().int().nullable(),
    heading: z.string().nullable(),
    snippet: Highlight,
    /** Higher is better. */
    rank: z.number(),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({ hits: z.array(SearchHit) });

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type a word to search for').max(500),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const Citation = z
  .object({
    id: z.string(),
    evaluationId: z.string(),
    /** Null once the document is deleted; the quote and title stay. */
    documentId: z.string().nullable(),
    documentTitle: z.string(),
    page: z.number().int().nullable(),
    /** Null once the passage is gone (document deleted, or re-extracted without this text). */
    passageId: z.string().nullable(),
    /** Offsets of the quote in the passage's text (UTF-16 code units, end exclusive). */
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
    questionIds: z.array(z.string()),
    createdBy: Person,
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Citation' });
export type Citation = z.infer<typeof Citation>;

export const CitationList = z.object({ citations: z.array(Citation) });

export const CitationBody = z
  .strictObject({
    documentId: Id,
    passageId: z.string().regex(/^\d+$/, 'a passage id is a number'),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1).max(20_000),
    questionIds: z.array(QuestionId).max(100),
  })
  .refine((body) => body.end > body.start, { path: ['end'], message: 'must be after start' })
  .meta({ id: 'CitationInput' });
export type CitationBody = z.infer<typeof CitationBody>;

export const UpdateCitationBody = z
  .strictObject({ questionIds: z.array(QuestionId).max(100), version: Version })
  .meta({ id: 'CitationUpdate' });
export type UpdateCitationBody = z.infer<typeof UpdateCitationBody>;

const OptionalText = (max: number) => z.string().max(max).nullable().optional();

export const UpdateDocumentBody = z
  .strictObject({
    title: z.string().trim().min(1, 'a document needs a title').max(500).optional(),
    kind: DocumentKind.optional(),
    date: IsoDate.nullable().optional(),
    url: OptionalText(2000),
    version: Version,
  })
  .meta({ id: 'DocumentUpdate' });
export type UpdateDocumentBody = z.infer<typeof UpdateDocumentBody>;

/** The text fields sent with an upload's file (multipart/form-data). */
export const UploadFields = z.object({
  title: z.string().trim().max(500).optional(),
  kind: DocumentKind.optional(),
  url: z.string().trim().max(2000).optional(),
  date: IsoDate.optional(),
});
export type UploadFields = z.infer<typeof UploadFields>;

export const Suggestion = z
  .object({
    passage: Passage.extend({ documentTitle: z.string() }),
    score: z.number(),
    /** The passage's words that matched the delfråga, its area's rubriker or guidance. */
    matched: z.array(z.string()),
  })
  .meta({ id: 'Suggestion' });
export type Suggestion = z.infer<typeof Suggestion>;

export const SuggestionList = z.object({ suggestions: z.array(Suggestion) });

export const PassageQuestion = z.object({
  questionId: z.string(),
  score: z.number(),
  matched: z.array(z.string()),
});
export type PassageQuestion = z.infer<typeof PassageQuestion>;
export const PassageQuestionList = z.object({ questions: z.array(PassageQuestion) });

export const DocumentParams = z.object({ documentId: Id });
export const PassageParams = z.object({
  documentId: Id,
  passageId: z.string().regex(/^\d+$/, 'a passage id is a number'),
});
export const CitationParams = z.object({ citationId: Id });
export const QuestionParams = z.object({ id: Id, questionId: QuestionId });
