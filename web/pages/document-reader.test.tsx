import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, render, screen } from '@solidjs/testing-library';
import { Suspense } from 'solid-js';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import kk2010 from '../../rubrics/kk-2010.json';
import { documentRecord, routeFetch, summary } from './test-support/document-fixtures';

/**
 * The API as the reader sees it: Eva on evaluation e1, the document's text being extracted
 * (fixtures: test-support/document-fixtures.ts).
 */
let asked = 0;
const passage = (id: string, text: string) => ({
  id,
  documentId: 'd2',
  ordinal: Number(id),
  page: 1,
  heading: 'Inledning',
  text,
});
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
  // The text is extracted while the reader is open: done on the third time it is asked for.
  'GET /api/documents/d2': () => {
    asked += 1;
    return documentRecord('d2', 'Årsredovisning', asked >= 3 ? 1 : asked / 3);
  },
  'GET /api/documents/d2/passages': () => ({
    passages: [
      passage('1', 'Årets resultat blev 12 miljoner kronor.'),
      passage('2', 'Målen nåddes.'),
    ],
  }),
};

const fetchMock = vi.fn(routeFetch(routes));

beforeAll(() => vi.stubGlobal('fetch', fetchMock));
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

describe('the document reader', () => {
  test('stays on screen while the text is extracted, then shows the passages with their page', async () => {
    // Imported after fetch is stubbed: the session loads the logged-in user on import.
    const { default: DocumentReader } = await import('./document-reader');
    const history = createMemoryHistory();
    history.set({ value: '/evaluations/e1/documents/d2' });
    render(() => (
      // As in the app's shell: a Suspense boundary around the page.
      <MemoryRouter
        history={history}
        root={(props) => <Suspense fallback={<p>Laddar…</p>}>{props.children}</Suspense>}
      >
        <Route path="/evaluations/:id/documents/:documentId" component={DocumentReader} />
      </MemoryRouter>
    ));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Årsredovisning' });
    await screen.findByRole('progressbar', { name: 'Textuttag för Årsredovisning' });
    await screen.findByText('Årets resultat blev 12 miljoner kronor.', {}, { timeout: 5_000 });
    // The page was never swapped for a loading message while it asked again.
    expect(heading.isConnected).toBe(true);
    expect(asked).toBeGreaterThanOrEqual(3);
    expect(screen.getByText('Sökbart: 10 stycken, 2 sidor')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Inledning' })).toBeTruthy();
    expect(screen.getAllByText('s. 1')).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: /^Citera hela stycket/ })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Citera markerad text' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
