// The document library's shapes, as the API (api/documents/documents.schemas.ts) defines them.
export const DOCUMENT_KINDS = ['styrdokument', 'plan', 'protokoll', 'webbsida', 'annat'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface LibraryDocument {
  id: string;
  evaluationId: string;
  title: string;
  kind: DocumentKind;
  date: string | null;
  url: string | null;
  fileName: string;
  contentType: string;
  size: number;
  addedBy: { id: string; name: string };
  addedAt: string;
  extraction: {
    status: 'queued' | 'running' | 'done' | 'no-text' | 'failed';
    progress: number;
    pages: number | null;
    passages: number;
    message: string | null;
  };
  version: number;
}
export interface Passage {
  id: string;
  documentId: string;
  ordinal: number;
  page: number | null;
  heading: string | null;
  text: string;
}
export type Highlight = { text: string; match: boolean }[];
export interface SearchHit {
  passageId: string;
  documentId: string;
  documentTitle: string;
  evaluationId: string;
  page: number | null;
  heading: string | null;
  snippet: Highlight;
  rank: number;
}
export interface Citation {
  id: string;
  evaluationId: string;
  documentId: string | null;
  documentTitle: string;
  page: number | null;
  passageId: string | null;
  start: number;
  end: number;
  quote: string;
  questionIds: string[];
  createdBy: { id: string; name: string };
  createdAt: string;
  version: number;
}
export interface Suggestion {
  passage: Passage & { documentTitle: string };
  score: number;
  matched: string[];
}
export interface PassageQuestion {
  questionId: string;
  score: number;
  matched: string[];
}
