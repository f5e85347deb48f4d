import type { KommunDocument } from '../../lib/kommun-part';

/** A document the kommun uploaded, attached to `questionIds`, with `fields` changed. */
export const kommunDocument = (
  id: string,
  title: string,
  questionIds: string[],
  fields: Partial<KommunDocument> = {},
): KommunDocument => ({
  id,
  title,
  kind: 'styrdokument',
  date: '2026-01-15',
  fileName: `${id}.txt`,
  addedBy: { id: 'u-karin', name: 'Karin Kontakt' },
  addedAt: '2026-04-01T10:00:00Z',
  questionIds,
  version: 1,
  ...fields,
});
