// The document library's shapes, as the API defines them (api/documents/documents.schemas.ts).
import type {
  Citation,
  Document,
  DocumentKind,
  Highlight,
  Passage,
  PassageQuestion,
  SearchHit,
  Suggestion,
} from '../../api/documents/documents.schemas';

export type { Citation, DocumentKind, Highlight, Passage, PassageQuestion, SearchHit, Suggestion };
/** A document of the library (named apart from the DOM's `Document`). */
export type LibraryDocument = Document;

/** The kinds in the order the UI offers them (the API's enum). */
export const DOCUMENT_KINDS = [
  'styrdokument',
  'plan',
  'protokoll',
  'webbsida',
  'annat',
] as const satisfies readonly DocumentKind[];
