/**
 * The API as the document pages' tests see it: Eva on evaluation e1 (Håbo, in its visit), and
 * a document record that is being read (`progress` < 1) or read.
 */
export const summary = {
  id: 'e1',
  municipality: { code: '0305', name: 'Håbo', officialName: null },
  rubric: { id: 'kk-2010', version: '1.0.0', checksum: 'x', versionId: 'v1' },
  date: '2026-05',
  visit: null,
  status: 'visit',
  team: [{ id: 'm1', name: 'Eva Utvärderare', userId: 'u-eva' }],
  facts: {},
  total: { shownPoints: null, max: 800, complete: false },
  version: 1,
  createdAt: '2026-05-01T00:00:00Z',
  updatedAt: '2026-05-01T00:00:00Z',
  publishedAt: null,
};
export const documentRecord = (id: string, title: string, progress: number) => ({
  id,
  evaluationId: 'e1',
  title,
  kind: 'styrdokument',
  date: null,
  url: null,
  fileName: `${title}.pdf`,
  contentType: 'application/pdf',
  size: 1000,
  addedBy: { id: 'u-eva', name: 'Eva Utvärderare' },
  addedAt: '2026-05-11T10:00:00Z',
  extraction:
    progress < 1
      ? { status: 'running', progress, pages: null, passages: 0, message: null }
      : { status: 'done', progress: 1, pages: 2, passages: 10, message: null },
  version: 1,
});

/** A fetch that answers `routes` by "METHOD /path", and 404 for anything else. */
export function routeFetch(routes: Record<string, () => unknown>) {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    const route = routes[`${method} ${url.pathname}`];
    return route
      ? Response.json(route())
      : Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 });
  };
}
