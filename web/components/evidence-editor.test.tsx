import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAutosave, type SavedRecord } from '../lib/autosave';
import { memoryStore, type PendingEdit } from '../lib/pending-store';
import { EvidenceCapture } from './evidence-editor';

const AREAS = [
  {
    id: '1',
    title: 'Offentlighet och demokrati',
    questions: [
      { id: '1.1', text: 'Finns en plan/strategi för demokratiutveckling och information?' },
      { id: '1.2', text: 'Informerar invånarna om aktuella frågor i politiken?' },
    ],
  },
  {
    id: '3',
    title: 'Politisk styrning och kontroll',
    questions: [
      { id: '3.1', text: 'Finns en tydlig målstyrning?' },
      { id: '3.2', text: 'Följs verksamheternas resultat upp?' },
    ],
  },
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function renderCapture() {
  const store = memoryStore();
  const sent: PendingEdit[] = [];
  const send = vi.fn(async (edit: PendingEdit): Promise<SavedRecord> => {
    sent.push(JSON.parse(JSON.stringify(edit)));
    return { ...edit.body, version: 1 };
  });
  const autosave = createAutosave({ store, send, debounceMs: 1000 });
  const started: string[] = [];
  render(() => (
    <EvidenceCapture
      autosave={autosave}
      evaluationId="e1"
      areas={AREAS}
      versionOf={() => 0}
      onStarted={(id) => started.push(id)}
    />
  ));
  return { autosave, store, sent, started };
}

const field = <T extends HTMLElement>(label: string) => screen.getByLabelText(label) as T;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2025, 2, 10, 9, 30));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('quick capture of interview notes', () => {
  test('labels every field; an interview today is the default', () => {
    renderCapture();
    expect((screen.getByRole('radio', { name: 'Intervju' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(field<HTMLInputElement>('Datum').value).toBe('2025-03-10');
    const group = field<HTMLSelectElement>('Intervjupersonens grupp');
    expect(group.value).toBe('');
    expect([...group.options].map((o) => o.textContent)).toEqual([
      'Välj grupp…',
      'Politiker (majoritet)',
      'Politiker (opposition)',
      'Tjänsteperson',
      'Facklig företrädare',
      'Övrigt',
    ]);
    expect(field('Funktion').tagName).toBe('INPUT');
    expect(field('Anteckningar').tagName).toBe('TEXTAREA');
    expect(screen.getByRole('group', { name: 'Delfrågor' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /^1\.1 Finns en plan\/strategi/ })).toBeTruthy();
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('type'))).toHaveLength(4);
  });

  test('tags delfrågor by checkbox and by typing in the filter and pressing Enter', () => {
    renderCapture();
    fireEvent.click(screen.getByRole('checkbox', { name: /^1\.1 / }));
    const filter = field<HTMLInputElement>('Filtrera delfrågor');
    fireEvent.input(filter, { target: { value: '3.2' } });
    expect(screen.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      '3.2 Följs verksamheternas resultat upp?',
    ]);
    fireEvent.keyDown(filter, { key: 'Enter' });
    expect(filter.value).toBe('');
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    const checked = screen
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.parentElement?.textContent?.slice(0, 3));
    expect(checked).toEqual(['1.1', '3.2']);
    expect(screen.getByText('Valda: 1.1, 3.2')).toBeTruthy();
    // Words match the text too; Enter again on a tagged question untags it.
    fireEvent.input(filter, { target: { value: 'målstyrning' } });
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    fireEvent.input(filter, { target: { value: '1.1' } });
    fireEvent.keyDown(filter, { key: 'Enter' });
    expect(screen.getByText('Valda: 3.2')).toBeTruthy();
  });

  test('the first save of a new note goes through the queue: stored at once, POSTed with its own id', async () => {
    const { autosave, store, sent, started } = renderCapture();
    fireEvent.change(field('Intervjupersonens grupp'), { target: { value: 'official' } });
    fireEvent.input(field('Funktion'), { target: { value: 'kommundirektör' } });
    fireEvent.input(field('Anteckningar'), {
      target: { value: 'Planen följs upp i delårsrapporten.' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /^3\.2 / }));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveLength(1);
    const id = started[0] as string;
    expect(id).toMatch(UUID);
    const key = `evidence:e1:${id}`;
    expect((await store.all()).map((edit) => edit.key)).toEqual([key]);
    expect(autosave.pending[key]?.body.notes).toBe('Planen följs upp i delårsrapporten.');
    expect(sent).toEqual([]);

    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/api/evaluations/e1/evidence',
      updatePath: `/api/evaluations/e1/evidence/${id}`,
      baseVersion: 0,
      body: {
        id,
        kind: 'interview',
        date: '2025-03-10',
        title: null,
        intervieweeGroup: 'official',
        function: 'kommundirektör',
        reference: null,
        notes: 'Planen följs upp i delårsrapporten.',
        questions: ['3.2'],
      },
    });
    expect(await store.all()).toEqual([]);
  });

  test('an untouched form queues nothing; "Klar – ny anteckning" starts a fresh note', async () => {
    const { store, sent, started } = renderCapture();
    fireEvent.click(screen.getByRole('radio', { name: 'Dokument' }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(await store.all()).toEqual([]);
    expect(started).toEqual([]);

    fireEvent.click(screen.getByRole('radio', { name: 'Intervju' }));
    fireEvent.change(field('Intervjupersonens grupp'), { target: { value: 'official' } });
    fireEvent.input(field('Anteckningar'), { target: { value: 'Första intervjun' } });
    fireEvent.click(screen.getByRole('button', { name: 'Klar – ny anteckning' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((edit) => edit.body.notes)).toEqual(['Första intervjun']);
    expect(field<HTMLTextAreaElement>('Anteckningar').value).toBe('');
    expect(field<HTMLInputElement>('Datum').value).toBe('2025-03-10');
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      'Anteckningen finns i listan. Ny anteckning påbörjad.',
    );
    fireEvent.change(field('Intervjupersonens grupp'), {
      target: { value: 'politicianOpposition' },
    });
    fireEvent.input(field('Anteckningar'), { target: { value: 'Andra intervjun' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toHaveLength(2);
    expect(started[1]).not.toBe(started[0]);
    expect(sent.map((edit) => [edit.body.id, edit.body.notes])).toEqual([
      [started[0], 'Första intervjun'],
      [started[1], 'Andra intervjun'],
    ]);
  });

  test('an interview without a group says so in words, and the notes stay queued', async () => {
    const { autosave } = renderCapture();
    fireEvent.input(field('Anteckningar'), { target: { value: 'Svar om budgeten' } });
    const group = field<HTMLSelectElement>('Intervjupersonens grupp');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    const note = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toMatch(/^Välj grupp\. Intervjun sparas på servern när gruppen/);
    expect(Object.values(autosave.pending).map((edit) => edit?.body.notes)).toEqual([
      'Svar om budgeten',
    ]);
  });

  test('a document asks for title, date and reference; a web page for its URL', () => {
    renderCapture();
    fireEvent.click(screen.getByRole('radio', { name: 'Dokument' }));
    expect(field('Titel').tagName).toBe('INPUT');
    expect(field<HTMLInputElement>('Dokumentets datum').value).toBe('2025-03-10');
    expect(field('Referens eller URL').tagName).toBe('INPUT');
    expect(screen.queryByLabelText('Intervjupersonens grupp')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Webbsida' }));
    expect(field('URL').getAttribute('type')).toBe('url');
    expect(field<HTMLInputElement>('Sedd (datum)').value).toBe('2025-03-10');
  });
});
