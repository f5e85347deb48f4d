import { ApiError, type ApiIssue, client, unwrap } from './api';
import type { DocumentKind, LibraryDocument } from './document-types';

const documents = client.api.documents[':documentId'];
const evaluations = client.api.evaluations[':id'];

export function listDocuments(id: string) {
  return unwrap(evaluations.documents.$get({ param: { id } }));
}

export function getDocument(documentId: string) {
  return unwrap(documents.$get({ param: { documentId } }));
}

export interface DocumentFields {
  title: string;
  kind: DocumentKind;
  date: string | null;
  url: string | null;
}

export function updateDocument(
  documentId: string,
  fields: Partial<DocumentFields>,
  version: number,
) {
  return unwrap(documents.$patch({ param: { documentId }, json: { ...fields, version } }));
}

export function deleteDocument(documentId: string, version: number) {
  return unwrap(documents.$delete({ param: { documentId }, query: { version: String(version) } }));
}

/** Queues the document's text to be read again; resolves with it, now `queued`. */
export function reextractDocument(documentId: string) {
  return unwrap(documents.extract.$post({ param: { documentId } }));
}

/** Where the original file is downloaded (served as an attachment, never shown inline). */
export const documentFileHref = (documentId: string) =>
  `/api/documents/${encodeURIComponent(documentId)}/file`;

export function loadPassages(documentId: string) {
  return unwrap(documents.passages.$get({ param: { documentId } }));
}

export function searchDocuments(id: string, q: string, limit = 20) {
  return unwrap(
    evaluations.documents.search.$get({ param: { id }, query: { q, limit: String(limit) } }),
  );
}

export function loadCitations(id: string) {
  return unwrap(evaluations.citations.$get({ param: { id } }));
}

export interface NewCitation {
  documentId: string;
  passageId: string;
  start: number;
  end: number;
  quote: string;
  questionIds: string[];
}

export function createCitation(id: string, citation: NewCitation) {
  return unwrap(evaluations.citations.$post({ param: { id }, json: citation }));
}

export function updateCitation(citationId: string, questionIds: string[], version: number) {
  return unwrap(
    client.api.citations[':citationId'].$put({
      param: { citationId },
      json: { questionIds, version },
    }),
  );
}

export function deleteCitation(citationId: string, version: number) {
  return unwrap(
    client.api.citations[':citationId'].$delete({
      param: { citationId },
      query: { version: String(version) },
    }),
  );
}

export function loadSuggestions(id: string, questionId: string) {
  return unwrap(
    evaluations.questions[':questionId'].suggestions.$get({ param: { id, questionId } }),
  );
}

export function loadPassageQuestions(documentId: string, passageId: string) {
  return unwrap(
    documents.passages[':passageId'].questions.$get({ param: { documentId, passageId } }),
  );
}

export interface UploadFields {
  kind?: DocumentKind;
  title?: string;
  url?: string;
  date?: string;
}

/**
 * Uploads one file (multipart, field `file`) with XMLHttpRequest, whose upload events give the
 * progress that fetch cannot; `onProgress` gets 0..1. Resolves with the stored document, rejects
 * with an ApiError (status 0 when the server could not be reached).
 */
export function uploadDocument(
  evaluationId: string,
  file: File,
  fields: UploadFields,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<LibraryDocument> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, file.name);
    for (const [name, value] of Object.entries(fields)) {
      if (value) form.append(name, value);
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/evaluations/${encodeURIComponent(evaluationId)}/documents`);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(JSON.parse(xhr.responseText) as LibraryDocument);
        return;
      }
      reject(responseError(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'upload cancelled'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** An error response's JSON (`{ error: { code, message, issues } }`) as an ApiError. */
export function responseError(status: number, text: string): ApiError {
  let body: { error?: { code?: string; message?: string; issues?: ApiIssue[] } } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON (a proxy's 413 page): the status says enough
  }
  return new ApiError(
    status,
    body.error?.code ?? (status === 413 ? 'too_large' : 'http_error'),
    body.error?.message ?? `HTTP ${status}`,
    body.error?.issues ?? [],
  );
}
