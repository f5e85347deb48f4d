import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createAutosave, type SavedRecord } from '../lib/autosave';
import { memoryStore, type PendingEdit } from '../lib/pending-store';
import { ConflictDialog, mergeTexts } from './conflict-dialog';

const KEY = 'evidence:e1:x1';
const theirs = { id: 'x1', kind: 'interview', notes: 'Deras anteckning', version: 4 };

/** A queue holding one edit the server refused with 409, as after a reload. */
async function conflicted() {
  const store = memoryStore([
    {
      key: KEY,
      method: 'PUT',
      path: '/api/evaluations/e1/evidence/x1',
      body: { id: 'x1', kind: 'interview', notes: 'Min anteckning' },
      baseVersion: 3,
      conflict: { current: theirs },
      updatedAt: 1,
    },
  ]);
  const sent: PendingEdit[] = [];
  const send = vi.fn(async (edit: PendingEdit): Promise<SavedRecord> => {
    sent.push(JSON.parse(JSON.stringify(edit)));
    return { ...edit.body, version: edit.baseVersion + 1 };
  });
  const autosave = createAutosave({ store, send });
  await autosave.start();
  render(() => (
    <ConflictDialog
      autosave={autosave}
      editKey={KEY}
      fields={[{ name: 'notes', label: 'Anteckningar' }]}
    />
  ));
  return { autosave, sent, store };
}

afterEach(cleanup);

describe('ConflictDialog', () => {
  test('shows my text and the saved text, labelled, with a merge of both to edit', async () => {
    await conflicted();
    expect(screen.getByRole('heading', { name: 'Någon annan har ändrat samma fält' })).toBeTruthy();
    expect(screen.getByTestId('conflict-mine').textContent).toBe('Min anteckning');
    expect(screen.getByTestId('conflict-theirs').textContent).toBe('Deras anteckning');
    expect(screen.getByText('Anteckningar').tagName).toBe('LEGEND');
    const merged = screen.getByLabelText('Sammanslagen text') as HTMLTextAreaElement;
    expect(merged.value).toBe('Deras anteckning\n\nMin anteckning');
  });

  test('"Behåll min" resolves with mine: my text is saved on the current version', async () => {
    const { autosave, sent } = await conflicted();
    const resolve = vi.spyOn(autosave, 'resolve');
    fireEvent.click(screen.getByRole('button', { name: 'Behåll min' }));
    expect(resolve).toHaveBeenCalledWith(KEY, 'mine');
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      body: { id: 'x1', kind: 'interview', notes: 'Min anteckning' },
      baseVersion: 4,
    });
  });

  test('"Använd den sparade" resolves with theirs: nothing is sent and the edit is gone', async () => {
    const { autosave, sent, store } = await conflicted();
    const resolve = vi.spyOn(autosave, 'resolve');
    fireEvent.click(screen.getByRole('button', { name: 'Använd den sparade' }));
    expect(resolve).toHaveBeenCalledWith(KEY, 'theirs');
    await vi.waitFor(async () => expect(await store.all()).toEqual([]));
    expect(sent).toEqual([]);
    expect(autosave.pending[KEY]).toBeUndefined();
  });

  test('"Spara sammanslagningen" saves the text in the merge box, the other fields kept', async () => {
    const { autosave, sent } = await conflicted();
    const resolve = vi.spyOn(autosave, 'resolve');
    const merged = screen.getByLabelText('Sammanslagen text') as HTMLTextAreaElement;
    fireEvent.input(merged, { target: { value: 'Båda: deras och min anteckning' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara sammanslagningen' }));
    expect(resolve).toHaveBeenCalledWith(KEY, {
      body: { id: 'x1', kind: 'interview', notes: 'Båda: deras och min anteckning' },
    });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toEqual({
      id: 'x1',
      kind: 'interview',
      notes: 'Båda: deras och min anteckning',
    });
    expect(sent[0]?.baseVersion).toBe(4);
  });
});

describe('mergeTexts', () => {
  test('keeps one text when one contains the other, else both (saved first)', () => {
    expect(mergeTexts('Plan', 'Plan')).toBe('Plan');
    expect(mergeTexts('Plan', 'Plan finns')).toBe('Plan finns');
    expect(mergeTexts('Plan finns', 'Plan')).toBe('Plan finns');
    expect(mergeTexts('Min', 'Deras')).toBe('Deras\n\nMin');
  });
});
