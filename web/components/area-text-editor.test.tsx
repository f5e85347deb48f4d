import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AreaSuggestions } from '../lib/area-suggestions';
import { createAutosave, type SavedRecord } from '../lib/autosave';
import { memoryStore, type PendingEdit } from '../lib/pending-store';
import { AreaTextEditor, type AreaTexts } from './area-text-editor';

const SUGGESTIONS: AreaSuggestions = {
  strengths: [
    {
      questionId: '1.4',
      shownPercent: 65,
      gap: null,
      sources: [
        { kind: 'consensus', who: null, text: 'Invånardialogen är bred och återkommande.' },
        {
          kind: 'note',
          who: 'Demokratiberedningen',
          text: 'Ortsanalyser med skolmatsalar som mötesplats.',
        },
      ],
    },
  ],
  improvements: [
    {
      questionId: '1.3',
      shownPercent: 30,
      gap: null,
      sources: [
        { kind: 'evaluator', who: 'Anna', text: 'Resultat redovisas bara i årsredovisningen.' },
      ],
    },
    { questionId: '1.5', shownPercent: 40, gap: null, sources: [] },
  ],
};

function renderEditor(initial: AreaTexts, options: { readOnly?: boolean; version?: number } = {}) {
  const sent: PendingEdit[] = [];
  const send = vi.fn(async (edit: PendingEdit): Promise<SavedRecord> => {
    sent.push(JSON.parse(JSON.stringify(edit)));
    return { ...edit.body, version: edit.baseVersion + 1 };
  });
  const autosave = createAutosave({ store: memoryStore(), send, debounceMs: 1000 });
  render(() => (
    <AreaTextEditor
      autosave={autosave}
      evaluationId="e1"
      areaId="1"
      initial={initial}
      version={() => options.version ?? 0}
      readOnly={options.readOnly ?? false}
      suggestions={SUGGESTIONS}
      referenceLabel={null}
    />
  ));
  return { autosave, sent };
}

const empty: AreaTexts = { summary: '', strengths: [], improvements: [] };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('AreaTextEditor', () => {
  test('suggestions add nothing until "Använd" is clicked; then the text is an editable item', async () => {
    const { autosave, sent } = renderEditor(empty);
    expect(screen.getByText('Inga styrkor än.')).toBeTruthy();
    expect(screen.getByText('Invånardialogen är bred och återkommande.')).toBeTruthy();
    // Where each comes from, and the rules, in words; a delfråga with nothing written says so.
    expect(screen.getByText('Konsensusmotivering (delfråga 1.4):')).toBeTruthy();
    expect(screen.getByText('Motivering av Anna (delfråga 1.3):')).toBeTruthy();
    expect(screen.getByText(/minst 60 % av max i konsensus/)).toBeTruthy();
    expect(screen.getByText(/under 50 % av max i konsensus/)).toBeTruthy();
    expect(screen.getByText(/Ingen motivering eller anteckning för delfråga 1\.5 än/)).toBeTruthy();
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toEqual([]);
    expect(autosave.hasUnsent()).toBe(false);

    fireEvent.click(
      screen.getByRole('button', { name: 'Använd: Konsensusmotivering, delfråga 1.4' }),
    );
    await vi.advanceTimersByTimeAsync(0);
    const item = screen.getByLabelText('Styrka 1') as HTMLTextAreaElement;
    expect(item.value).toBe('Invånardialogen är bred och återkommande.');
    expect(document.activeElement).toBe(item);
    fireEvent.input(item, { target: { value: 'Invånardialogen är bred, med ortsanalyser.' } });
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Använd: Anteckning ”Demokratiberedningen”, delfråga 1.4',
      }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Använd: Motivering av Anna, delfråga 1.3' }),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/api/evaluations/e1/areas/1',
        baseVersion: 0,
        body: {
          summary: '',
          strengths: [
            'Invånardialogen är bred, med ortsanalyser.',
            'Ortsanalyser med skolmatsalar som mötesplats.',
          ],
          improvements: ['Resultat redovisas bara i årsredovisningen.'],
        },
      }),
    ]);
    expect(sent[0]?.key).toBe('areaText:e1:1');
  });

  test('the summary is autosaved with the lists, on the area version; blank items are left out', async () => {
    const { sent } = renderEditor(
      { summary: 'Gammal', strengths: ['Tydlig styrmodell'], improvements: [] },
      { version: 4 },
    );
    fireEvent.input(screen.getByLabelText('Sammanfattning'), {
      target: { value: 'Kommunen har en tydlig styrmodell.' },
    });
    fireEvent.click(screen.getByRole('button', { name: '+ Lägg till förbättringsmöjlighet' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.getAllByLabelText(/^Förbättringsmöjlighet \d$/)).toHaveLength(1);
    expect(sent.map((edit) => [edit.baseVersion, edit.body])).toEqual([
      [
        4,
        {
          summary: 'Kommunen har en tydlig styrmodell.',
          strengths: ['Tydlig styrmodell'],
          improvements: [],
        },
      ],
    ]);
  });

  test('published: the texts as read-only lists, no fields, buttons or suggestions', () => {
    renderEditor(
      { summary: 'Sammanfattat.', strengths: ['S1'], improvements: ['F1', 'F2'] },
      { readOnly: true },
    );
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByText('Sammanfattat.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['S1', 'F1', 'F2']);
    expect(screen.queryByText(/Förslag/)).toBeNull();
  });
});
