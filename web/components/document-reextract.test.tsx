import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createStore, reconcile } from 'solid-js/store';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { LibraryDocument } from '../lib/document-types';
import { DocumentList } from './document-list';
import { doc } from './test-support/library-document';

const queued = { status: 'queued', progress: 0, pages: 12, passages: 379, message: null } as const;
let answer: () => Response = () =>
  Response.json(doc('d1', { extraction: queued }), { status: 202 });
const calls: string[] = [];
const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  calls.push(
    `${(init?.method ?? 'GET').toUpperCase()} ${new URL(String(input), 'http://x').pathname}`,
  );
  return answer();
});

beforeAll(() => vi.stubGlobal('fetch', fetchMock));
afterAll(() => vi.unstubAllGlobals());
afterEach(() => {
  cleanup();
  calls.length = 0;
});

/** The list as the page holds it (a store reconciled by id): the row stays, its copy changes. */
function renderList(initial: LibraryDocument[], mayWrite = true) {
  const [documents, setDocuments] = createStore(initial);
  const queuedTitles: string[] = [];
  render(() => (
    <DocumentList
      evaluationId="e1"
      documents={documents}
      mayWrite={mayWrite}
      citedCount={() => 0}
      onSaved={() => undefined}
      onDelete={() => undefined}
      onReextracted={(d) => {
        queuedTitles.push(d.title);
        setDocuments(
          reconcile(
            documents.map((x) => (x.id === d.id ? d : x)),
            { key: 'id' },
          ),
        );
      }}
      onStale={async () => undefined}
    />
  ));
  return { queuedTitles };
}

const row = (title: string) =>
  screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;

describe('Läs in igen', () => {
  test('reads a failed document again: the row shows it queued, the button stays focused and waits', async () => {
    const failed = doc('d1', {
      extraction: {
        status: 'failed',
        progress: 1,
        pages: null,
        passages: 0,
        message: 'Det tog för lång tid.',
      },
    });
    const { queuedTitles } = renderList([failed, doc('d2', { title: 'Protokoll' })]);
    // A failed file says what to try; a searchable one offers it too, without the hint.
    expect(within(row('Styrmodell')).getByText(/Försök läsa in texten igen\.$/)).toBeTruthy();
    expect(within(row('Protokoll')).queryByText(/Försök läsa in texten igen/)).toBeNull();
    expect(
      within(row('Protokoll')).getByRole('button', { name: 'Läs in igen: Protokoll' }),
    ).toBeTruthy();

    const button = within(row('Styrmodell')).getByRole('button', {
      name: 'Läs in igen: Styrmodell',
    });
    expect(button.getAttribute('aria-describedby')).toBe('reextract-d1-note');
    expect(document.getElementById('reextract-d1-note')?.textContent).toBe(
      'Citaten följer med till samma text. Medan texten läses syns dokumentet inte i sökningen.',
    );
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(queuedTitles).toEqual(['Styrmodell']));
    expect(calls).toEqual(['POST /api/documents/d1/extract']);
    await within(row('Styrmodell')).findByText('Väntar på att texten tas ut');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.textContent).toBe('Läs in igen');
    expect(document.activeElement).toBe(button);
    // While it is read, another press sends nothing.
    fireEvent.click(button);
    expect(calls).toHaveLength(1);
  });

  test('a refusal is said in the row; a reader has no such button', async () => {
    answer = () =>
      Response.json(
        { error: { code: 'published', message: 'the evaluation is published and read-only' } },
        { status: 409 },
      );
    renderList([doc('d1')]);
    fireEvent.click(screen.getByRole('button', { name: 'Läs in igen: Styrmodell' }));
    const alert = await within(row('Styrmodell')).findByText('Kunde inte läsa in texten igen.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Läs in igen: Styrmodell' }).getAttribute('aria-disabled'),
    ).toBe('false');
    cleanup();
    renderList([doc('d1')], false);
    expect(screen.queryByRole('button', { name: /^Läs in igen/ })).toBeNull();
  });
});
