import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import kk2010 from '../../rubrics/kk-2010.json';

/** The API as the scoring page sees it: Eva (member m1) and Olle (m2) on evaluation e1. */
const team = [
  { id: 'm1', name: 'Eva Utvärderare', userId: 'u-eva' },
  { id: 'm2', name: 'Olle Kollega', userId: 'u-olle' },
];
function summary(id: string, status: string) {
  return {
    id,
    municipality: { code: '0305', name: 'Håbo', officialName: null },
    rubric: { id: 'kk-2010', version: '1.0.0', checksum: 'x', versionId: 'v1' },
    date: '2026-05',
    visit: null,
    status,
    team,
    facts: {},
    total: { shownPoints: null, max: 800, complete: false },
    version: 1,
    createdAt: '2026-05-01T00:00:00Z',
    updatedAt: '2026-05-01T00:00:00Z',
    publishedAt: status === 'published' ? '2026-06-01T00:00:00Z' : null,
  };
}
const score = (memberId: string, questionId: string, points: number, version = 1) => ({
  id: `${memberId}-${questionId}`,
  questionId,
  memberId,
  points,
  percent: null,
  rationale: `Motivering av ${memberId}`,
  version,
  updatedAt: '2026-05-12T10:00:00Z',
});
const evidence = (id: string, fields: Record<string, unknown>) => ({
  id,
  date: null,
  title: null,
  intervieweeGroup: null,
  function: null,
  reference: null,
  notes: '',
  version: 1,
  createdAt: '2026-05-11T00:00:00Z',
  updatedAt: '2026-05-11T00:00:00Z',
  ...fields,
});

const routes: Record<string, unknown> = {
  'GET /api/auth/me': {
    id: 'u-eva',
    email: 'eva@example.se',
    name: 'Eva Utvärderare',
    role: 'evaluator',
    municipalityCode: null,
  },
  'GET /api/evaluations/e1': summary('e1', 'visit'),
  'GET /api/evaluations/e2': summary('e2', 'published'),
  'GET /api/rubrics/versions/v1': { ...kk2010, versionId: 'v1' },
  'GET /api/evaluations/e1/scores': {
    evaluatorScores: [score('m1', '1.1', 6, 2), score('m2', '1.1', 12), score('m2', '1.2', 20)],
    consensusScores: [],
    spread: [],
    spreadThreshold: 20,
  },
  'GET /api/evaluations/e2/scores': {
    evaluatorScores: [score('m1', '1.1', 9)],
    consensusScores: [],
    spread: [],
    spreadThreshold: 20,
  },
  'GET /api/evaluations/e1/evidence': {
    evidence: [
      evidence('ev1', {
        kind: 'interview',
        date: '2026-05-11',
        intervieweeGroup: 'official',
        notes: '\nVisionen är känd i hela organisationen.\nMer om det.',
        questions: ['1.1', '1.2'],
      }),
      evidence('ev2', { kind: 'document', title: 'Demokratiplan 2024–2027', questions: ['1.1'] }),
    ],
  },
  'GET /api/evaluations/e2/evidence': { evidence: [] },
};

const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (method === 'PUT') {
    const body = JSON.parse(String(init?.body)) as { version: number };
    return Response.json({ ...body, version: body.version + 1 }, { status: 200 });
  }
  const body = routes[`${method} ${url.pathname}`];
  return body === undefined
    ? Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 })
    : Response.json(body, { status: 200 });
});

beforeAll(() => {
  vi.stubGlobal('fetch', fetchMock);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(cleanup);

async function openScoring(path: string) {
  // Imported after fetch is stubbed: the session loads the logged-in user on import.
  const { default: Scoring } = await import('./scoring');
  const history = createMemoryHistory();
  history.set({ value: path });
  render(() => (
    <MemoryRouter history={history}>
      <Route path="/evaluations/:id/scoring/:area?" component={Scoring} />
    </MemoryRouter>
  ));
  return (await screen.findByRole('spinbutton', {
    name: '1.1 Poäng (max 15)',
  })) as HTMLInputElement;
}

const text = (testId: string) =>
  (screen.getByTestId(testId).textContent ?? '').replace(/\u00a0/g, ' ');

describe('the scoring page', () => {
  it("shows the logged-in evaluator's own scores and the evidence of each delfråga", async () => {
    const input = await openScoring('/evaluations/e1/scoring/1');
    await waitFor(() => expect(input.value).toBe('6')); // Eva's 6, not Olle's 12
    const rationale = screen.getByLabelText('Motivering 1.1') as HTMLTextAreaElement;
    expect(rationale.value).toBe('Motivering av m1');
    const evidence11 = screen.getByRole('region', { name: 'Underlag för 1.1' });
    expect(
      within(evidence11)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Intervju 11 maj 2026: Visionen är känd i hela organisationen.',
      'Dokument: Demokratiplan 2024–2027',
    ]);
    const evidence13 = screen.getByRole('region', { name: 'Underlag för 1.3' });
    expect(evidence13.textContent).toContain('Inget underlag kopplat till delfrågan ännu.');
    expect(
      screen.getByRole('heading', { level: 2, name: '1. Offentlighet och demokrati' }),
    ).toBeTruthy();
    expect(screen.getByText('Etik – motverkan av korruption')).toBeTruthy(); // a rubrik
    const current = screen.getByRole('link', { current: 'page' });
    expect(current.textContent).toBe('1. Offentlighet och demokrati');
  });

  it('updates the area and total figures with SKL rounding as the evaluator types', async () => {
    const input = await openScoring('/evaluations/e1/scoring/1');
    await waitFor(() => expect(input.value).toBe('6'));
    expect(text('area-1-points')).toBe('6');
    const q12 = screen.getByRole('spinbutton', { name: '1.2 Poäng (max 20)' });
    fireEvent.input(q12, { target: { value: '7,5' } });
    // 6 + 7,5 = 13,5: the area shows 14 (halves up), 14 % of 100, and the total 14.
    expect(text('area-1-points')).toBe('14');
    expect(text('area-1-percent')).toBe('14 %');
    expect(text('total-points')).toBe('14');
    expect(text('shown-1.2')).toBe('Visas som 8 p (38 %)');
    expect(text('area-figures')).toContain('ofullständigt, 2 av 5 delfrågor poängsatta');
    // Over max: flagged at once and left out of the figures, which stay as they were.
    const q13 = screen.getByRole('spinbutton', { name: '1.3 Poäng (max 25)' });
    fireEvent.input(q13, { target: { value: '26' } });
    expect(q13.getAttribute('aria-invalid')).toBe('true');
    expect(text('area-1-points')).toBe('14');
    expect(screen.getByTestId('score-figures').textContent).toContain(
      '1 ogiltigt värde räknas inte',
    );
    expect(text('shown-1.3')).toBe('Räknas inte förrän värdet är giltigt');
  });

  it('moves between delfrågor with Alt+ArrowDown/Up and j/k, and to the rationale with Alt+N', async () => {
    const input = await openScoring('/evaluations/e1/scoring/1');
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowDown', altKey: true });
    expect(document.activeElement?.id).toBe('score-1.2');
    fireEvent.keyDown(document.activeElement as Element, { key: 'j' });
    expect(document.activeElement?.id).toBe('score-1.3');
    fireEvent.keyDown(document.activeElement as Element, { key: 'n', code: 'KeyN', altKey: true });
    expect(document.activeElement?.id).toBe('score-1.3-rationale');
    // In a text field j is a letter, not a move.
    fireEvent.keyDown(document.activeElement as Element, { key: 'j' });
    expect(document.activeElement?.id).toBe('score-1.3-rationale');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp', altKey: true });
    expect(document.activeElement?.id).toBe('score-1.2');
    fireEvent.keyDown(document.activeElement as Element, { key: 'k' });
    expect(document.activeElement?.id).toBe('score-1.1');
  });

  it('is read-only with a visible notice once the evaluation is published', async () => {
    const input = await openScoring('/evaluations/e2/scoring/1');
    await waitFor(() => expect(input.value).toBe('9'));
    expect(screen.getByTestId('read-only').textContent).toContain('publicerad och skrivskyddad');
    for (const field of [...screen.getAllByRole('spinbutton'), ...screen.getAllByRole('textbox')])
      expect((field as HTMLInputElement).disabled).toBe(true);
  });
});
