import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAutosave, type SavedRecord } from '../lib/autosave';
import { memoryStore, type PendingEdit } from '../lib/pending-store';
import { QuestionnaireAnswer } from './questionnaire-answer';
import { SelfAssessmentInput } from './self-assessment-input';

function queue() {
  const sent: PendingEdit[] = [];
  const send = vi.fn(async (edit: PendingEdit): Promise<SavedRecord> => {
    sent.push(JSON.parse(JSON.stringify(edit)));
    return { ...edit.body, version: edit.baseVersion + 1 };
  });
  return { autosave: createAutosave({ store: memoryStore(), send, debounceMs: 1000 }), sent };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("the kommun's answer", () => {
  test('autosaves the text, and holds "ej aktuellt" until a reason is written', async () => {
    const { autosave, sent } = queue();
    render(() => (
      <QuestionnaireAnswer
        autosave={autosave}
        evaluationId="e1"
        questionId="1.1"
        initial={{ text: '', notApplicable: false, notApplicableReason: '' }}
        version={() => 0}
        readOnly={false}
      />
    ));
    fireEvent.input(screen.getByLabelText('Svar: hur arbetar kommunen i dag?'), {
      target: { value: 'Vi sänder fullmäktige.' },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/api/evaluations/e1/questionnaire/answers/1.1',
        body: { text: 'Vi sänder fullmäktige.', notApplicable: false, notApplicableReason: '' },
        baseVersion: 0,
      }),
    ]);
    fireEvent.click(screen.getByLabelText('Ej aktuellt'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(1);
    expect(autosave.pending['answer:e1:1.1']?.held).toBe(true);
    fireEvent.input(screen.getByLabelText('Varför är frågan ej aktuell?'), {
      target: { value: 'Inga kommundelar' },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent[1]?.body).toEqual({
      text: 'Vi sänder fullmäktige.',
      notApplicable: true,
      notApplicableReason: 'Inga kommundelar',
    });
  });
});

describe("the kommun's self-assessment", () => {
  test('shows each level with its points by the rule, saves a level or points in 0,5 steps', async () => {
    const { autosave, sent } = queue();
    render(() => (
      <SelfAssessmentInput
        autosave={autosave}
        evaluationId="e1"
        questionId="2.3"
        max={20}
        scale={{ notAtAll: 0, partly: 33, largely: 67, fully: 100 }}
        initial={{ points: null, level: null }}
        version={() => 0}
        readOnly={false}
      />
    ));
    const select = screen.getByLabelText('Självskattning för delfråga 2.3') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Ingen skattning',
      'Ej alls (0 p)',
      'Delvis (6,5 p)',
      'I hög grad (13,5 p)',
      'Fullt ut (20 p)',
      'Poäng',
    ]);
    fireEvent.change(select, { target: { value: 'largely' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent[0]?.body).toEqual({ points: null, level: 'largely' });
    fireEvent.change(select, { target: { value: 'points' } });
    const points = screen.getByLabelText('Poäng (max 20)');
    fireEvent.input(points, { target: { value: '7,3' } });
    await vi.advanceTimersByTimeAsync(2000);
    expect(points.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toHaveLength(1);
    fireEvent.input(points, { target: { value: '7,5' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent[1]?.body).toEqual({ points: 7.5, level: null });
  });
});
