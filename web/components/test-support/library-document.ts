import type { LibraryDocument } from '../../lib/document-types';

/** A read document of the library (Styrmodell, 12 pages), with `fields` changed. */
export const doc = (id: string, fields: Partial<LibraryDocument> = {}): LibraryDocument => ({
  id,
  evaluationId: 'e1',
  title: 'Styrmodell',
  kind: 'styrdokument',
  date: '2016-11-21',
  url: null,
  fileName: 'styrmodell.pdf',
  contentType: 'application/pdf',
  size: 48_200,
  addedBy: { id: 'u1', name: 'Eva Utvärderare' },
  addedAt: '2026-05-11T10:00:00Z',
  extraction: { status: 'done', progress: 1, pages: 12, passages: 379, message: null },
  version: 1,
  ...fields,
});
