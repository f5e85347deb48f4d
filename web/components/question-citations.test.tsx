import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Citation } from '../lib/document-types';
import { QuestionCitations } from './question-citations';

const HOSTILE = '<img src=x onerror=alert(1)>';

const citation = (id: string, fields: Partial<Citation>): Citation => ({
  id,
  evaluationId: 'e1',
  documentId: 'd1',
  documentTitle: 'Styrmodell för Essunga kommun',
  page: 3,
  passageId: '11',
  start: 0,
  end: 10,
  quote: 'Citerad text',
  questionIds: ['5.2'],
  createdBy: { id: 'u1', name: 'Eva' },
  createdAt: '2026-05-11T10:00:00Z',
  version: 1,
  ...fields,
});

const passageText = 'Resursfördelningen utgår från de mål som fullmäktige har beslutat.';
const posted: unknown[] = [];
const routes: Record<string, () => unknown> = {
  'GET /api/evaluations/e1/citations': () => ({
    citations: [
      citation('c1', { quote: 'Budgeten fördelas efter behov.' }),
      citation('c2', {
        documentId: null,
        passageId: null,
        documentTitle: HOSTILE,
        page: null,
        quote: 'Kvar fast dokumentet är borta.',
      }),
      citation('c3', { questionIds: ['1.1'], quote: 'Annan delfråga.' }),
    ],
  }),
  'GET /api/evaluations/e1/questions/5.2/suggestions': () => ({
    suggestions: [
      {
        passage: {
          id: '42',
          documentId: 'd2',
          ordinal: 4,
          page: null,
          heading: 'Ekonomi',
          text: passageText,
          documentTitle: 'Ledningssystem',
        },
        score: 3.2,
        matched: ['Resursfördelningen', 'mål'],
      },
    ],
  }),
};

const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input), 'http://localhost');
  const method = (init?.method ?? 'GET').toUpperCase();
  if (method === 'POST' && url.pathname === '/api/evaluations/e1/citations') {
    const body = JSON.parse(String(init?.body));
    posted.push(body);
    return Response.json(citation('c9', { ...body, documentTitle: 'Ledningssystem' }), {
      status: 201,
    });
  }
  const route = routes[`${method} ${url.pathname}`];
  return route
    ? Response.json(route())
    : Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 });
});

beforeAll(() => vi.stubGlobal('fetch', fetchMock));
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

describe('QuestionCitations', () => {
  test("lists the delfråga's quotes; a deleted document's quote keeps its title, as text", async () => {
    render(() => <QuestionCitations evaluationId="e1" questionId="5.2" readOnly={false} />);
    const section = await screen.findByRole('region', { name: 'Citat ur dokument för 5.2' });
    await within(section).findByText('Budgeten fördelas efter behov.');
    const open = within(section).getByRole('link', {
      name: 'Öppna i Styrmodell för Essunga kommun',
    });
    expect(open.getAttribute('href')).toBe('/evaluations/e1/documents/d1?citation=c1');
    // The deleted document: quote and title shown, no link, and the title is text, not markup.
    expect(within(section).getByText('Kvar fast dokumentet är borta.')).toBeTruthy();
    expect(section.textContent).toContain(HOSTILE);
    expect(section.textContent).toContain('dokumentet är borttaget');
    expect(section.querySelector('img')).toBeNull();
    expect(within(section).getAllByRole('link')).toHaveLength(1);
    // Another delfråga's quote is not listed here.
    expect(within(section).queryByText('Annan delfråga.')).toBeNull();
  });

  test('suggests passages with the matched words marked, and cites one with one click', async () => {
    render(() => <QuestionCitations evaluationId="e1" questionId="5.2" readOnly={false} />);
    const details = (await screen.findByTestId('suggestions-5.2')) as HTMLDetailsElement;
    expect(posted).toEqual([]);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const marks = await waitFor(() => {
      const found = [...details.querySelectorAll('mark')].map((m) => m.textContent);
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    expect(marks).toEqual(['Resursfördelningen', 'mål']);
    expect(details.textContent).toContain('Ord som matchar: Resursfördelningen, mål');
    // Offered only: nothing was cited by showing it.
    expect(posted).toEqual([]);
    fireEvent.click(
      within(details).getByRole('button', { name: 'Citera stycket ur Ledningssystem för 5.2' }),
    );
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      documentId: 'd2',
      passageId: '42',
      start: 0,
      end: passageText.length,
      quote: passageText,
      questionIds: ['5.2'],
    });
    await within(details).findByText('Citerat');
  });

  test('read-only: suggestions are shown without a cite button', async () => {
    render(() => <QuestionCitations evaluationId="e1" questionId="5.2" readOnly compact />);
    const details = (await screen.findByTestId('suggestions-5.2')) as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await within(details).findByText('Ledningssystem');
    expect(within(details).queryByRole('button')).toBeNull();
  });
});
