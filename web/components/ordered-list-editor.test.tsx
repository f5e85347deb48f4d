import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, test } from 'vitest';
import { OrderedListEditor } from './ordered-list-editor';

function renderList(initial: string[], readOnly = false) {
  const [items, setItems] = createSignal(initial);
  render(() => (
    <OrderedListEditor
      idPrefix="strengths"
      heading="Styrkor"
      items={items()}
      itemLabel={(n) => `Styrka ${n}`}
      addLabel="Lägg till styrka"
      emptyText="Inga styrkor än."
      readOnly={readOnly}
      onChange={setItems}
    />
  ));
  return items;
}

const texts = () => screen.getAllByRole('textbox').map((box) => (box as HTMLTextAreaElement).value);
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

afterEach(cleanup);

describe('OrderedListEditor', () => {
  test('each item is a labelled text box with move and remove buttons named after it', () => {
    renderList(['Tydlig styrmodell', 'Bra dialog']);
    expect(screen.getByRole('heading', { name: 'Styrkor' })).toBeTruthy();
    expect((screen.getByLabelText('Styrka 1') as HTMLTextAreaElement).value).toBe(
      'Tydlig styrmodell',
    );
    expect((screen.getByLabelText('Styrka 2') as HTMLTextAreaElement).value).toBe('Bra dialog');
    expect(screen.getByRole('button', { name: 'Flytta upp Styrka 1' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: 'Flytta ner Styrka 2' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: 'Ta bort Styrka 2' })).toBeTruthy();
  });

  test('edits in place, adds an empty item and focuses it', async () => {
    const items = renderList(['Tydlig styrmodell']);
    fireEvent.input(screen.getByLabelText('Styrka 1'), {
      target: { value: 'Tydlig styrmodell med uppföljning' },
    });
    expect(items()).toEqual(['Tydlig styrmodell med uppföljning']);
    fireEvent.click(screen.getByRole('button', { name: '+ Lägg till styrka' }));
    await settle();
    expect(items()).toEqual(['Tydlig styrmodell med uppföljning', '']);
    expect(document.activeElement).toBe(screen.getByLabelText('Styrka 2'));
    expect(screen.getByText('Tomma punkter sparas inte.')).toBeTruthy();
  });

  test('moves an item by its buttons; focus follows the item', async () => {
    const items = renderList(['A', 'B', 'C']);
    fireEvent.click(screen.getByRole('button', { name: 'Flytta ner Styrka 1' }));
    await settle();
    expect(items()).toEqual(['B', 'A', 'C']);
    expect(texts()).toEqual(['B', 'A', 'C']);
    // "A" is now item 2: its "down" button has focus, so pressing it again moves it on.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Flytta ner Styrka 2');
    fireEvent.click(document.activeElement as HTMLElement);
    await settle();
    expect(items()).toEqual(['B', 'C', 'A']);
    // At the end the button is disabled: focus goes to the item's text.
    expect(document.activeElement).toBe(screen.getByLabelText('Styrka 3'));
    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp Styrka 2' }));
    await settle();
    expect(items()).toEqual(['C', 'B', 'A']);
    expect(document.activeElement).toBe(screen.getByLabelText('Styrka 1'));
  });

  test('removes an item and focuses the next, or the add button when none is left', async () => {
    const items = renderList(['A', 'B']);
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Styrka 1' }));
    await settle();
    expect(items()).toEqual(['B']);
    expect(document.activeElement).toBe(screen.getByLabelText('Styrka 1'));
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Styrka 1' }));
    await settle();
    expect(items()).toEqual([]);
    expect(screen.getByText('Inga styrkor än.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('+ Lägg till styrka');
  });

  test('read-only: a numbered list of the texts, no controls', () => {
    renderList(['Tydlig styrmodell', 'Bra dialog'], true);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Tydlig styrmodell',
      'Bra dialog',
    ]);
  });
});
