import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import kk2010 from '../../rubrics/kk-2010.json';
import { documentRecord, routeFetch, summary } from './test-support/document-fixtures';

/**
 * The API as the Dokument page sees it: Eva on evaluation e1, one document still extracting
 * (fixtures: test-support/document-fixtures.ts).
 */
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

const fetchMock = vi.fn(routeFetch(routes));

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
