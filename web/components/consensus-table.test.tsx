import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { createRoot } from 'solid-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QuestionSpread } from '../../scoring/evaluator-spread';
import { ApiError } from '../lib/api';
import { createAutosave, type SavedRecord } from '../lib/autosave';
import type { PendingEdit } from '../lib/pending-store';
import { memoryStore } from '../lib/pending-store';
import { consensusScoreTarget, createScoreRecords, type StoredScore } from '../lib/score-records';
import { ConsensusTable } from './consensus-table';

afterEach(cleanup);
// Each delfråga lists its quotes from documents: none here.
beforeAll(() => vi.stubGlobal('fetch', async () => Response.json({ citations: [] })));
afterAll(() => vi.unstubAllGlobals());

const area = {
  id: '1',
  title: 'Offentlighet och demokrati',
  questions: [
    {
      id: '1.1',
      text: 'Finns en plan/strategi för demokratiutveckling och information?',
      maxPoints: 15,
    },
    { id: '1.2', text: 'Informerar invånarna om aktuella frågor i politiken?', maxPoints: 20 },
  ],
};
const team = [
  { id: 'm-anna', name: 'Anna' },
  { id: 'm-leif', name: 'Leif' },
];
const spread: QuestionSpread[] = [
  {
    id: '1.1',
    maxPoints: 15,
    values: [
      { evaluator: 'm-anna', points: 6 },
      { evaluator: 'm-leif', points: 12 },
    ],
    scoredBy: 2,
    mean: 9,
    median: 9,
    min: 6,
    max: 12,
    spread: 6,
    spreadPercent: 40,
    flagged: true,
  },
  {
    id: '1.2',
    maxPoints: 20,
    values: [
      { evaluator: 'm-anna', points: 10.5 },
      { evaluator: 'm-leif', points: null },
    ],
    scoredBy: 1,
    mean: 10.5,
    median: 10.5,
    min: 10.5,
    max: 10.5,
    spread: 0,
    spreadPercent: 0,
    flagged: false,
  },
];

const evaluatorScores = [
  { memberId: 'm-anna', questionId: '1.1', rationale: 'Planen saknar mål.' },
  { memberId: 'm-leif', questionId: '1.1', rationale: 'Planen är beslutad i fullmäktige.' },
  { memberId: 'm-anna', questionId: '1.2', rationale: '' },
];
let hiddenQuestions: string[] = [];
let ownMemberId: string | null = null;
const interview = {
  id: 'ev1',
  kind: 'interview' as const,
  date: '2026-05-12',
  title: 'Kommunstyrelsens ordförande',
  intervieweeGroup: 'politicianMajority' as const,
  function: null,
  reference: null,
  notes: 'Planen följs upp varje år.',
  questions: ['1.1'],
  version: 1,
  createdAt: '2026-05-12T10:00:00Z',
  updatedAt: '2026-05-12T10:00:00Z',
};

/** The table wired as the page wires it: records kept current from the queue's acknowledgements. */
function setup(
  initial: Record<string, StoredScore>,
  disabled = false,
  send = vi.fn(
    async (edit: PendingEdit): Promise<SavedRecord> => ({
      ...edit.body,
      version: edit.baseVersion + 1,
    }),
  ),
) {
  const autosave = createRoot(() =>
    createAutosave({ store: memoryStore(), send, debounceMs: 60_000 }),
  );
  render(() => {
    const records = createScoreRecords(
      autosave,
      () => initial,
      () => area.questions.map((q) => consensusScoreTarget('e1', q.id)),
    );
    return (
      <ConsensusTable
        evaluationId="e1"
        area={area}
        team={team}
        spread={spread}
        evaluatorScores={evaluatorScores}
        hiddenQuestions={hiddenQuestions}
        ownMemberId={ownMemberId}
        evidenceOf={(questionId) => (questionId === '1.1' ? [interview] : [])}
        records={records}
        autosave={autosave}
        mode="points"
        disabled={disabled}
      />
    );
  });
  return { autosave, send };
}

const text = (element: Element) => (element.textContent ?? '').replace(/\u00a0/g, ' ');
const card = (questionId: string) =>
  document.querySelector(`section[data-question="${questionId}"]`) as HTMLElement;
const assessments = (questionId: string) =>
  [...card(questionId).querySelectorAll('li[data-member]')].map(text);

describe('ConsensusTable', () => {
  afterEach(() => {
    hiddenQuestions = [];
    ownMemberId = null;
  });

  it("shows every evaluator's score and rationale side by side, and the evidence", () => {
    setup({});
    expect(assessments('1.1')).toEqual([
      'Anna: 6 pPlanen saknar mål.',
      'Leif: 12 pPlanen är beslutad i fullmäktige.',
    ]);
    expect(assessments('1.2')).toEqual(['Anna: 10,5 pIngen motivering.', 'Leif: inte poängsatt']);
    const evidence = within(card('1.1')).getByRole('region', { name: /1\.1/ });
    expect(text(evidence)).toContain('Kommunstyrelsens ordförande');
  });

  it('shows the spread and flags a large one in words, not only colour', () => {
    setup({});
    const first = card('1.1');
    const spreadLine = first.querySelector('p.spread') as HTMLElement;
    expect(text(spreadLine)).toContain('6 p (40 % av max)');
    expect(text(spreadLine)).toContain('median 9');
    expect(within(spreadLine).getByText('Stor spridning')).toBeTruthy();
    expect(first.classList.contains('flagged')).toBe(true);
    const second = card('1.2');
    expect(text(second.querySelector('p.spread') as HTMLElement)).toContain('0 p (0 % av max)');
    expect(text(second)).not.toContain('Stor spridning');
  });

  it('"Använd medianen" sets the consensus to the median in one action, keeping the rationale', () => {
    const { autosave } = setup({
      '1.1': { points: null, percent: null, rationale: 'Vi enades', version: 2 },
    });
    const button = screen.getByRole('button', {
      name: 'Använd medianen 9 poäng som konsensus för 1.1',
    });
    expect(text(button)).toBe('Använd medianen (9 p)');
    fireEvent.click(button);
    expect(autosave.pending['consensusScore:e1:1.1']?.body).toEqual({
      points: 9,
      percent: null,
      rationale: 'Vi enades',
    });
    const input = screen.getByRole('spinbutton', { name: '1.1 Konsensuspoäng (max 15)' });
    expect((input as HTMLInputElement).value).toBe('9');
  });

  it('with blind scoring, a withheld assessment says when it will show', () => {
    hiddenQuestions = ['1.2'];
    setup({});
    expect(assessments('1.2')).toEqual([
      'Anna: 10,5 pIngen motivering.',
      'Leif: visas när du har gett delfrågan poäng (blind poängsättning)',
    ]);
  });

  it("with blind scoring, the user's own unscored delfråga just says it is not scored", () => {
    hiddenQuestions = ['1.2'];
    ownMemberId = 'm-leif';
    setup({});
    expect(assessments('1.2')).toEqual(['Anna: 10,5 pIngen motivering.', 'Leif: inte poängsatt']);
  });

  it('autosaves only the consensus score, with its rationale, based on the stored version', async () => {
    const { autosave, send } = setup({
      '1.1': { points: 8, percent: null, rationale: 'Enligt intervjuerna', version: 3 },
    });
    const input = screen.getByRole('spinbutton', { name: '1.1 Konsensuspoäng (max 15)' });
    expect((input as HTMLInputElement).value).toBe('8');
    const rationale = screen.getByRole('textbox', {
      name: 'Motivering 1.1',
    }) as HTMLTextAreaElement;
    expect(rationale.value).toBe('Enligt intervjuerna');

    fireEvent.input(input, { target: { value: '9,5' } });
    expect(autosave.pending['consensusScore:e1:1.1']?.body).toEqual({
      points: 9.5,
      percent: null,
      rationale: 'Enligt intervjuerna',
    });
    await autosave.flushNow();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toMatchObject({
      method: 'PUT',
      path: '/api/evaluations/e1/consensus-scores/1.1',
      baseVersion: 3,
    });

    // The next edit builds on the version the server returned (4), keeping the saved points.
    fireEvent.input(rationale, { target: { value: 'Enligt intervjuerna och planen' } });
    await autosave.flushNow();
    expect(send.mock.calls[1]?.[0]).toMatchObject({
      path: '/api/evaluations/e1/consensus-scores/1.1',
      baseVersion: 4,
      body: { points: 9.5, percent: null, rationale: 'Enligt intervjuerna och planen' },
    });
    expect(rationale.value).toBe('Enligt intervjuerna och planen');
    expect(send.mock.calls.every(([edit]) => !edit.path.includes('evaluator-scores'))).toBe(true);
  });

  it("passes a value over max on and shows the server's refusal beside the input", async () => {
    const refuse = vi.fn(async (): Promise<SavedRecord> => {
      throw new ApiError(400, 'invalid_input', "points: 16 is more than the delfråga's max 15", [
        { path: 'points', message: "16 is more than the delfråga's max 15" },
      ]);
    });
    const { autosave } = setup({}, false, refuse);
    const input = screen.getByRole('spinbutton', { name: '1.1 Konsensuspoäng (max 15)' });
    fireEvent.input(input, { target: { value: '16' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await autosave.flushNow();
    expect(refuse).toHaveBeenCalledTimes(1);
    // In Swedish: the server's English wording stays out of the Swedish UI.
    expect(autosave.errors['consensusScore:e1:1.1']).toBe(
      'Ogiltigt värde i fältet ”Poäng”: 16 är mer än delfrågans max 15.',
    );
    const error = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe(
      'Högst 15. Sparades inte: Ogiltigt värde i fältet ”Poäng”: 16 är mer än delfrågans max 15.',
    );
    // What was typed is kept, not dropped.
    expect((input as HTMLInputElement).value).toBe('16');
  });

  it('disables every input when the evaluation is published', () => {
    setup({}, true);
    for (const field of [...screen.getAllByRole('spinbutton'), ...screen.getAllByRole('textbox')])
      expect((field as HTMLInputElement).disabled).toBe(true);
  });
});
