import type { DocumentRow, PassageRow } from '../db/database';
import type { Document, Passage } from './documents.schemas';

export function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    evaluationId: row.evaluation_id,
    title: row.title,
    kind: row.kind,
    date: row.date,
    url: row.url,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    addedBy: { id: row.added_by_id, name: row.added_by_name },
    addedAt: row.created_at,
    extraction: {
      status: row.extraction_status,
      progress: Number(row.extraction_progress),
      pages: row.extraction_pages === null ? null : Number(row.extraction_pages),
      passages: Number(row.passage_count),
      message: row.extraction_message,
    },
    version: Number(row.version),
  };
}

export function toPassage(row: PassageRow): Passage {
  return {
    id: String(row.id),
    documentId: row.document_id,
    ordinal: Number(row.ordinal),
    page: row.page === null ? null : Number(row.page),
    heading: row.heading,
    text: row.text,
  };
}
