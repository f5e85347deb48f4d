import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { KommunDocument } from '../lib/kommun-part';
import { kommunDocument } from './test-support/kommun-document';
import { readRequest } from './test-support/read-request';

const HOSTILE = '<img src=x onerror=alert(1)> "Styrmodell"';

let refuse: { status: number; code: string; message: string } | null = null;
const calls: string[] = [];
const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const { url, method, body } = await readRequest(input, init);
  calls.push(`${method} ${url.pathname}${url.search} ${body}`);
  if (refuse) {
    return Response.json(
      { error: { code: refuse.code, message: refuse.message } },
      { status: refuse.status },
    );
  }
  if (method === 'PATCH') {
    const { title } = JSON.parse(body) as { title: string };
    return Response.json({ id: 'd1', title, version: 4 });
  }
  if (method === 'DELETE') return new Response(null, { status: 204 });
  return Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 });
});

beforeAll(() => vi.stubGlobal('fetch', fetchMock));
afterAll(() => vi.unstubAllGlobals());
// window.confirm is stubbed per test; fetch stays stubbed for the file.
const noConfirm = () => vi.stubGlobal('confirm', undefined);
afterEach(() => {
  cleanup();
  refuse = null;
  calls.length = 0;
  noConfirm();
});

async function renderLibrary() {
  // Imported after fetch is stubbed: the API client's module reads the session on import.
  const { KommunLibrary } = await import('./kommun-library');
  const [documents, setDocuments] = createSignal<KommunDocument[]>([
    kommunDocument('d1', 'fel-fil.pdf', ['1.1', '2.3'], { version: 3 }),
    kommunDocument('d2', 'Budget 2026', [], { version: 3 }),
  ]);
  const stale = vi.fn();
  render(() => <KommunLibrary documents={documents()} onChange={setDocuments} onStale={stale} />);
  return { documents, stale };
}

describe("a contact's own uploads in the kommun's part", () => {
  test('renamed in place with the version it was read at; hostile text stays text', async () => {
    const { documents } = await renderLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Byt titel på fel-fil.pdf' }));
    const input = screen.getByLabelText('Ny titel') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(input.value).toBe('fel-fil.pdf');
    fireEvent.input(input, { target: { value: `  ${HOSTILE}  ` } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText(`Titeln är nu ${HOSTILE}.`);
    expect(calls).toEqual([
      `PATCH /api/documents/d1 {"title":${JSON.stringify(HOSTILE)},"version":3}`,
    ]);
    expect(documents()[0]).toMatchObject({ title: HOSTILE, version: 4 });
    const link = screen.getByRole('link', { name: `Hämta ${HOSTILE}` });
    expect(link.textContent).toBe(HOSTILE);
    expect(document.querySelector('img')).toBeNull();
  });

  test('deleted after asking, naming the answers it leaves; not without the yes', async () => {
    const { documents } = await renderLibrary();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort fel-fil.pdf' }));
    expect(confirm).toHaveBeenCalledWith(
      'Ta bort fel-fil.pdf? Det är bifogat till 2 svar och tas bort därifrån också.',
    );
    expect(calls).toEqual([]);
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort fel-fil.pdf' }));
    await screen.findByText('fel-fil.pdf är borttaget.');
    expect(calls).toEqual(['DELETE /api/documents/d1?version=3 ']);
    expect(documents().map((d) => d.id)).toEqual(['d2']);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: 'Kommunens uppladdade dokument' }),
      ),
    );
  });

  test('a stale version reloads the list and says why; a closed part says it in an alert', async () => {
    const { documents, stale } = await renderLibrary();
    vi.stubGlobal('confirm', () => true);
    refuse = { status: 409, code: 'conflict', message: 'the document was changed by someone else' };
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Budget 2026' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Dokumentet har ändrats av någon annan. Listan är uppdaterad; försök igen.',
    );
    expect(stale).toHaveBeenCalledTimes(1);
    refuse = { status: 409, code: 'submitted', message: 'the answers are submitted' };
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Budget 2026' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Det gick inte: /));
    expect(stale).toHaveBeenCalledTimes(1);
    expect(documents()).toHaveLength(2);
  });
});
