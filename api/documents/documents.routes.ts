import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { invalidInput } from '../errors';
import { IdParam, VersionQuery } from '../evaluation-core/ids.schemas';
import { errorResponses, json, jsonBody, router } from '../router';
import { citationsService } from './citations.service';
import {
  Citation,
  CitationBody,
  CitationList,
  CitationParams,
  Document,
  DocumentList,
  DocumentParams,
  PassageList,
  PassageParams,
  PassageQuestionList,
  QuestionParams,
  SearchQuery,
  SearchResult,
  SuggestionList,
  UpdateCitationBody,
  UpdateDocumentBody,
  UploadFields,
} from './documents.schemas';
import { DEFAULT_DOCUMENT_LIMIT, documentsService } from './documents.service';
import { searchDocuments, searchScope } from './search.service';
import { suggestionsService } from './suggestions.service';
import { readUploadForm } from './upload-form';

const tags = ['documents'];

const upload = createRoute({
  operationId: 'uploadDocument',
  method: 'post',
  path: '/api/evaluations/{id}/documents',
  middleware: access('documents:add'),
  tags,
  summary: 'Add a document (PDF, DOCX, HTML or text) to the evaluation; its text is read after',
  description:
    'A multipart/form-data body: `file` (one file), optionally `title`, `kind` ' +
    '(styrdokument, plan, protokoll, webbsida, annat), `url` and `date` (YYYY-MM-DD). The format ' +
    'is judged from the bytes; a name saying PDF or DOCX over other bytes is refused. Larger than ' +
    'DOCUMENT_LIMIT (50 MB by default): 413. The text is read in a worker thread: follow ' +
    "`extraction` on the document. The evaluation's contacts add the kommun's own documents " +
    'while its part is open (409 once submitted or past the visit).',
  request: { params: IdParam },
  responses: { 201: json(Document, 'Stored; text extraction queued'), ...errorResponses },
});
const listDocs = createRoute({
  operationId: 'listDocuments',
  method: 'get',
  path: '/api/evaluations/{id}/documents',
  middleware: access('evaluation:read'),
  tags,
  summary: "The evaluation's documents in the order they were added",
  request: { params: IdParam },
  responses: { 200: json(DocumentList, 'Documents'), ...errorResponses },
});
const getDoc = createRoute({
  operationId: 'getDocument',
  method: 'get',
  path: '/api/documents/{documentId}',
  middleware: access('user'),
  tags,
  summary: 'A document: its facts and how far its text extraction has come',
  request: { params: DocumentParams },
  responses: { 200: json(Document, 'The document'), ...errorResponses },
});
const updateDoc = createRoute({
  operationId: 'updateDocument',
  method: 'patch',
  path: '/api/documents/{documentId}',
  middleware: access('user'),
  tags,
  summary: "Change a document's title, kind, date or URL (versioned)",
  request: { params: DocumentParams, ...jsonBody(UpdateDocumentBody) },
  responses: { 200: json(Document, 'Updated'), ...errorResponses },
});
const deleteDoc = createRoute({
  operationId: 'deleteDocument',
  method: 'delete',
  path: '/api/documents/{documentId}',
  middleware: access('user'),
  tags,
  summary: 'Delete a document and its text (versioned: ?version=N); citations keep their quotes',
  request: { params: DocumentParams, query: VersionQuery },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});
const reextract = createRoute({
  operationId: 'reextractDocument',
  method: 'post',
  path: '/api/documents/{documentId}/extract',
  middleware: access('user'),
  tags,
  summary: "Read a document's text again; its citations move to the passage holding their quote",
  description:
    'Queues the document for text extraction again (after a failure, a scan without text, or ' +
    'an improved extractor). While it is read the document is left out of search and ' +
    'suggestions, as when it was added; its citations then point to the new passage holding ' +
    'their quote. Follow `extraction` on the document. 409 while it is queued or being read.',
  request: { params: DocumentParams },
  responses: { 202: json(Document, 'Queued for extraction'), ...errorResponses },
});
const fileRoute = createRoute({
  operationId: 'getDocumentFile',
  method: 'get',
  path: '/api/documents/{documentId}/file',
  middleware: access('user'),
  tags,
  summary: 'The original file, always as an attachment (never shown inline)',
  request: { params: DocumentParams },
  responses: {
    200: {
      description: 'The bytes as uploaded',
      content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
    },
    ...errorResponses,
  },
});
const passages = createRoute({
  operationId: 'listPassages',
  method: 'get',
  path: '/api/documents/{documentId}/passages',
  middleware: access('user'),
  tags,
  summary: "A document's text as passages (paragraphs and list items) with page and heading",
  request: { params: DocumentParams },
  responses: { 200: json(PassageList, 'Passages in order'), ...errorResponses },
});
const search = createRoute({
  operationId: 'searchDocuments',
  method: 'get',
  path: '/api/evaluations/{id}/documents/search',
  middleware: access('evaluation:read'),
  tags,
  summary: "Swedish full-text search over the evaluation's documents and the kommun's earlier ones",
  request: { params: IdParam, query: SearchQuery },
  responses: { 200: json(SearchResult, 'Hits, best first'), ...errorResponses },
});
const listCites = createRoute({
  operationId: 'listCitations',
  method: 'get',
  path: '/api/evaluations/{id}/citations',
  middleware: access('evaluation:read'),
  tags,
  summary: "The evaluation's citations in the order they were made",
  request: { params: IdParam },
  responses: { 200: json(CitationList, 'Citations'), ...errorResponses },
});
const createCite = createRoute({
  operationId: 'createCitation',
  method: 'post',
  path: '/api/evaluations/{id}/citations',
  middleware: access('evaluation:team'),
  tags,
  summary: "Cite a passage's exact words as evidence for delfrågor",
  request: { params: IdParam, ...jsonBody(CitationBody) },
  responses: { 201: json(Citation, 'Created (version 1)'), ...errorResponses },
});
const updateCite = createRoute({
  operationId: 'updateCitation',
  method: 'put',
  path: '/api/citations/{citationId}',
  middleware: access('user'),
  tags,
  summary: 'Change the delfrågor a citation is tied to (versioned)',
  request: { params: CitationParams, ...jsonBody(UpdateCitationBody) },
  responses: { 200: json(Citation, 'Updated'), ...errorResponses },
});
const deleteCite = createRoute({
  operationId: 'deleteCitation',
  method: 'delete',
  path: '/api/citations/{citationId}',
  middleware: access('user'),
  tags,
  summary: 'Delete a citation (versioned: ?version=N)',
  request: { params: CitationParams, query: VersionQuery },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});
const suggestions = createRoute({
  operationId: 'listSuggestions',
  method: 'get',
  path: '/api/evaluations/{id}/questions/{questionId}/suggestions',
  middleware: access('evaluation:read'),
  tags,
  summary: 'Passages that most likely speak to a delfråga, with the words that matched',
  request: { params: QuestionParams },
  responses: { 200: json(SuggestionList, 'Suggestions, best first'), ...errorResponses },
});
const passageQuestions = createRoute({
  operationId: 'listPassageQuestions',
  method: 'get',
  path: '/api/documents/{documentId}/passages/{passageId}/questions',
  middleware: access('user'),
  tags,
  summary: 'The delfrågor a passage most likely speaks to, with the words that matched',
  request: { params: PassageParams },
  responses: { 200: json(PassageQuestionList, 'Delfrågor, best first'), ...errorResponses },
});

/** `filename*` for any name, and a plain ASCII `filename` for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function documentsRoutes(deps: AppDeps) {
  const documents = documentsService(deps);
  const citations = citationsService(deps);
  const suggester = suggestionsService(deps);
  return router()
    .openapi(upload, async (c) => {
      const form = await readUploadForm(c.req.raw, {
        fileSize: deps.documentLimit ?? DEFAULT_DOCUMENT_LIMIT,
      });
      const file = form.file;
      if (!file) {
        throw invalidInput([
          { path: 'file', message: 'send the document as the form field "file"' },
        ]);
      }
      if (form.files > 1) {
        throw invalidInput([{ path: 'file', message: 'send one file per request' }]);
      }
      const text = (name: string) => {
        const value = form.fields[name];
        return value !== undefined && value.trim() !== '' ? value : undefined;
      };
      const parsed = UploadFields.safeParse({
        title: text('title'),
        kind: text('kind'),
        url: text('url'),
        date: text('date'),
      });
      if (!parsed.success) {
        throw invalidInput(
          parsed.error.issues.map((issue) => ({
            path: issue.path.join('.') || 'body',
            message: issue.message,
          })),
        );
      }
      const created = await documents.upload(
        c.req.valid('param').id,
        file,
        parsed.data,
        c.var.actor,
      );
      return c.json(created, 201);
    })
    .openapi(listDocs, async (c) =>
      c.json({ documents: await documents.list(c.req.valid('param').id) }, 200),
    )
    .openapi(search, async (c) => {
      const { id } = c.req.valid('param');
      const { q, limit } = c.req.valid('query');
      const scope = await searchScope(deps, id, c.var.actor);
      return c.json({ hits: await searchDocuments(deps, scope, q, limit) }, 200);
    })
    .openapi(getDoc, async (c) =>
      c.json(await documents.get(c.req.valid('param').documentId, c.var.actor), 200),
    )
    .openapi(updateDoc, async (c) =>
      c.json(
        await documents.update(c.req.valid('param').documentId, c.req.valid('json'), c.var.actor),
        200,
      ),
    )
    .openapi(deleteDoc, async (c) => {
      const version = Number(c.req.valid('query').version);
      await documents.remove(c.req.valid('param').documentId, version, c.var.actor);
      return c.body(null, 204);
    })
    .openapi(reextract, async (c) =>
      c.json(await documents.reextract(c.req.valid('param').documentId, c.var.actor), 202),
    )
    .openapi(fileRoute, async (c) => {
      const { document, bytes } = await documents.file(
        c.req.valid('param').documentId,
        c.var.actor,
      );
      // Never rendered by the browser: an HTML page with scripts is a download, sandboxed too.
      c.set('contentSecurityPolicy', "default-src 'none'; sandbox");
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': document.content_type,
        'Content-Disposition': contentDisposition(document.file_name),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      }) as never;
    })
    .openapi(passages, async (c) =>
      c.json(
        { passages: await documents.passages(c.req.valid('param').documentId, c.var.actor) },
        200,
      ),
    )
    .openapi(passageQuestions, async (c) => {
      const { documentId, passageId } = c.req.valid('param');
      return c.json(
        { questions: await suggester.forPassage(documentId, passageId, c.var.actor) },
        200,
      );
    })
    .openapi(listCites, async (c) =>
      c.json({ citations: await citations.list(c.req.valid('param').id) }, 200),
    )
    .openapi(createCite, async (c) =>
      c.json(
        await citations.create(c.req.valid('param').id, c.req.valid('json'), c.var.actor),
        201,
      ),
    )
    .openapi(updateCite, async (c) =>
      c.json(
        await citations.update(c.req.valid('param').citationId, c.req.valid('json'), c.var.actor),
        200,
      ),
    )
    .openapi(deleteCite, async (c) => {
      const version = Number(c.req.valid('query').version);
      await citations.remove(c.req.valid('param').citationId, version, c.var.actor);
      return c.body(null, 204);
    })
    .openapi(suggestions, async (c) => {
      const { id, questionId } = c.req.valid('param');
      return c.json({ suggestions: await suggester.forQuestion(id, questionId) }, 200);
    });
}
