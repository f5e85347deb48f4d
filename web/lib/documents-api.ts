import { ApiError, type ApiIssue, requestJson } from './api';
import type {
  Citation,
  DocumentKind,
  LibraryDocument,
  Passage,
  PassageQuestion,
  SearchHit,
  Suggestion,
} from './document-types';

const enc = encodeURIComponent;
const evaluationPath = (evaluationId: string) => `/api/evaluations/${enc(evaluationId)}`;
const documentPath = (documentId: string) => `/api/documents/${enc(documentId)}`;

export function listDocuments(evaluationId: string) {
  return requestJson<{ documents: LibraryDocument[] }>(
    'GET',
    `${evaluationPath(evaluationId)}/documents`,
  );
}

export function getDocument(documentId: string) {
  return requestJson<LibraryDocument>('GET', documentPath(documentId));
}

export interface DocumentFields {
  title: string;
  kind: DocumentKind;
  date: string | null;
  url: string | null;
}

export function updateDocument(documentId: string, fields: DocumentFields, version: number) {
  return requestJson<LibraryDocument>('PATCH', documentPath(documentId), { ...fields, version });
}

export function deleteDocument(documentId: string, version: number) {
  return requestJson<void>('DELETE', `${documentPath(documentId)}?version=${version}`);
}

/** Where the original file is downloaded (served as an attachment, never shown inline). */
export const documentFileHref = (documentId: string) => `${documentPath(documentId)}/file`;

export function loadPassages(documentId: string) {
  return requestJson<{ passages: Passage[] }>('GET', `${documentPath(documentId)}/passages`);
}

export function searchDocuments(evaluationId: string, query: string, limit = 20) {
  const q = new URLSearchParams({ q: query, limit: String(limit) });
  return requestJson<{ hits: SearchHit[] }>(
    'GET',
    `${evaluationPath(evaluationId)}/documents/search?${q}`,
  );
}

export function loadCitations(evaluationId: string) {
  return requestJson<{ citations: Citation[] }>('GET', `${evaluationPath(evaluationId)}/citations`);
}

export interface NewCitation {
  documentId: string;
  passageId: string;
  start: number;
  end: number;
  quote: string;
  questionIds: string[];
}

export function createCitation(evaluationId: string, citation: NewCitation) {
  return requestJson<Citation>('POST', `${evaluationPath(evaluationId)}/citations`, citation);
}

export function updateCitation(citationId: string, questionIds: string[], version: number) {
  return requestJson<Citation>('PUT', `/api/citations/${enc(citationId)}`, {
    questionIds,
    version,
  });
}

export function deleteCitation(citationId: string, version: number) {
  return requestJson<void>('DELETE', `/api/citations/${enc(citationId)}?version=${version}`);
}

export function loadSuggestions(evaluationId: string, questionId: string) {
  return requestJson<{ suggestions: Suggestion[] }>(
    'GET',
    `${evaluationPath(evaluationId)}/questions/${enc(questionId)}/suggestions`,
  );
}

export function loadPassageQuestions(documentId: string, passageId: string) {
  return requestJson<{ questions: PassageQuestion[] }>(
    'GET',
    `${documentPath(documentId)}/passages/${enc(passageId)}/questions`,
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
    xhr.open('POST', `${evaluationPath(evaluationId)}/documents`);
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
