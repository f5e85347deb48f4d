import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { KommunDocument } from '../lib/kommun-part';
import { kommunDocument } from './test-support/kommun-document';
import { readRequest } from './test-support/read-request';

let refuse: { status: number; code: string; message: string } | null = null;
const calls: string[] = [];
const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const { url, method, body } = await readRequest(input, init);
  calls.push(`${method} ${url.pathname} ${body}`);
  if (refuse) {
    return Response.json(
      { error: { code: refuse.code, message: refuse.message } },
      { status: refuse.status },
    );
  }
  if (
    method === 'POST' &&
    url.pathname === '/api/evaluations/e1/questionnaire/answers/1.1/documents'
  ) {
    return Response.json(kommunDocument('d1', 'Plan för styrning', ['1.1', '1.2']), {
      status: 201,
    });
  }
  if (method === 'DELETE') return new Response(null, { status: 204 });
  return Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 });
});

beforeAll(() => vi.stubGlobal('fetch', fetchMock));
afterAll(() => vi.unstubAllGlobals());
afterEach(() => {
  cleanup();
  refuse = null;
  calls.length = 0;
});

async function renderAttachments(editable: boolean, isContact = true) {
  // Imported after fetch is stubbed: the API client's module reads the session on import.
  const { AnswerDocuments } = await import('./answer-documents');
  const [documents, setDocuments] = createSignal<KommunDocument[]>([
    kommunDocument('d1', 'Plan för styrning', ['1.2']),
    kommunDocument('d2', 'Budget 2026', ['1.1']),
  ]);
  render(() => (
    <AnswerDocuments
      evaluationId="e1"
      questionId="1.1"
      documents={documents()}
      editable={editable}
      isContact={isContact}
      onChange={setDocuments}
    />
  ));
  return documents;
}

describe("the documents attached to the kommun's answer", () => {
  test('a contact attaches one from the library and removes one; the focus goes where the work is', async () => {
    const documents = await renderAttachments(true);
    expect(screen.getByRole('link', { name: 'Hämta Budget 2026' }).getAttribute('href')).toBe(
      '/api/documents/d2/file',
    );
    const toggle = screen.getByRole('button', { name: 'Bifoga dokument till fråga 1.1' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const picker = screen.getByLabelText('Dokument i biblioteket') as HTMLSelectElement;
    await waitFor(() => expect(document.activeElement).toBe(picker));
    // Only what is not attached yet is offered.
    expect([...picker.options].map((o) => o.text)).toEqual([
      'Välj ett dokument',
      'Plan för styrning',
    ]);
    fireEvent.change(picker, { target: { value: 'd1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bifoga det valda' }));
    await screen.findByText('Plan för styrning är bifogat.');
    expect(calls).toEqual([
      'POST /api/evaluations/e1/questionnaire/answers/1.1/documents {"documentId":"d1"}',
    ]);
    expect(documents().find((d) => d.id === 'd1')?.questionIds).toEqual(['1.1', '1.2']);
    expect(screen.getByText('Kommunen har inte laddat upp några dokument än.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Budget 2026 från svaret' }));
    await screen.findByText('Budget 2026 är borttaget från svaret.');
    expect(calls[1]).toBe('DELETE /api/evaluations/e1/questionnaire/answers/1.1/documents/d2 ');
    expect(documents().find((d) => d.id === 'd2')?.questionIds).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(toggle));
  });

  test('a refusal (the answers are submitted) is said in an alert and changes nothing', async () => {
    const documents = await renderAttachments(true);
    refuse = { status: 409, code: 'submitted', message: 'the answers are submitted' };
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Budget 2026 från svaret' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Det gick inte: /);
    expect(documents().find((d) => d.id === 'd2')?.questionIds).toEqual(['1.1']);
  });

  test('the team reads the list with each document opening the reader; nothing to change', async () => {
    await renderAttachments(false, false);
    expect(screen.getByRole('link', { name: 'Budget 2026' }).getAttribute('href')).toBe(
      '/evaluations/e1/documents/d2',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
