import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import kk2010 from '../../rubrics/kk-2010.json';

/** The API as the Dokument page sees it: Eva on evaluation e1, one document still extracting. */
const summary = {
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
const documentRecord = (id: string, title: string, progress: number) => ({
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

let listed = 0;
const routes: Record<string, () => unknown> = {
  'GET /api/auth/me': () => ({
    id: 'u-eva',
    email: 'eva@example.se',
    name: 'Eva Utvärderare',
    role: 'evaluator',
    municipalityCode: null,
  }),
  'GET /api/evaluations/e1': () => summary,
  'GET /api/rubrics/versions/v1': () => ({ ...kk2010, versionId: 'v1' }),
  'GET /api/evaluations/e1/citations': () => ({ citations: [] }),
  // Each time the list is asked for, the long PDF has come a bit further.
  'GET /api/evaluations/e1/documents': () => {
    listed += 1;
    return {
      documents: [
        documentRecord('d1', 'Styrmodell', 1),
        documentRecord('d2', 'Årsredovisning', Math.min(0.9, listed / 10)),
      ],
    };
  },
};

const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const route = routes[`${method} ${url.pathname}`];
  return route
    ? Response.json(route())
    : Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 });
});

beforeAll(() => vi.stubGlobal('fetch', fetchMock));
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

describe('the Dokument page', () => {
  test('asks again while a text is extracted, without closing the edit form open in another row', async () => {
    // Imported after fetch is stubbed: the session loads the logged-in user on import.
    const { default: Documents } = await import('./documents');
    const history = createMemoryHistory();
    history.set({ value: '/evaluations/e1/documents' });
    render(() => (
      <MemoryRouter history={history}>
        <Route path="/evaluations/:id/documents" component={Documents} />
      </MemoryRouter>
    ));
    const edit = await screen.findByRole('button', { name: 'Ändra uppgifterna om Styrmodell' });
    fireEvent.click(edit);
    const title = screen.getByLabelText('Titel') as HTMLInputElement;
    fireEvent.input(title, { target: { value: 'Styrmodell 2024' } });
    const before = listed;
    const bar = () =>
      screen.getByRole('progressbar', {
        name: 'Textuttag för Årsredovisning',
      }) as HTMLProgressElement;
    const first = bar().value;
    await waitFor(() => expect(listed).toBeGreaterThan(before + 1), { timeout: 4_000 });
    await waitFor(() => expect(bar().value).toBeGreaterThan(first));
    // The same form, still holding what was typed.
    expect(screen.getByLabelText('Titel')).toBe(title);
    expect(title.value).toBe('Styrmodell 2024');
    const row = title.closest('li') as HTMLElement;
    expect(within(row).getByRole('button', { name: 'Spara' })).toBeTruthy();
  });
});
