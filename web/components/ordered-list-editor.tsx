import { For, Index, Show } from 'solid-js';
import { t } from './area-texts.i18n';

/** Focuses an element by id once the DOM has the change (a new item, a moved one). */
export function focusById(id: string): void {
  queueMicrotask(() => document.getElementById(id)?.focus());
}

export const itemId = (idPrefix: string, index: number) => `${idPrefix}-item-${index}`;

/**
 * An ordered list of texts (Styrkor, Förbättringsmöjligheter): edit each in place, add, remove,
 * and move up or down with buttons, so the order is set by keyboard as well as by mouse. Focus
 * follows the item that moved. Read-only it is a plain numbered list.
 */
export function OrderedListEditor(props: {
  idPrefix: string;
  heading: string;
  items: readonly string[];
  itemLabel: (n: number) => string;
  addLabel: string;
  emptyText: string;
  readOnly: boolean;
  onChange: (items: string[]) => void;
}) {
  const headingId = () => `${props.idPrefix}-heading`;
  const update = (index: number, value: string) =>
    props.onChange(props.items.map((item, i) => (i === index ? value : item)));
  const move = (index: number, by: -1 | 1, button: 'up' | 'down') => {
    const to = index + by;
    if (to < 0 || to >= props.items.length) return;
    const next = [...props.items];
    [next[index], next[to]] = [next[to] as string, next[index] as string];
    props.onChange(next);
    // Keep moving the same item: the same button at its new place, or its text at either end.
    const stays = button === 'up' ? to > 0 : to < next.length - 1;
    focusById(stays ? `${itemId(props.idPrefix, to)}-${button}` : itemId(props.idPrefix, to));
  };
  const remove = (index: number) => {
    const next = props.items.filter((_, i) => i !== index);
    props.onChange(next);
    focusById(
      next.length === 0
        ? `${props.idPrefix}-add`
        : itemId(props.idPrefix, Math.min(index, next.length - 1)),
    );
  };
  const add = () => {
    const index = props.items.length;
    props.onChange([...props.items, '']);
    focusById(itemId(props.idPrefix, index));
  };

  return (
    <section class="ordered-list" aria-labelledby={headingId()}>
      <h3 id={headingId()}>{props.heading}</h3>
      <Show when={!props.readOnly} fallback={<ReadOnlyList {...props} />}>
        <Show when={props.items.length > 0} fallback={<p class="muted">{props.emptyText}</p>}>
          <ol class="editable-list">
            <Index each={props.items}>
              {(item, index) => (
                <li>
                  <label for={itemId(props.idPrefix, index)} class="visually-hidden">
                    {props.itemLabel(index + 1)}
                  </label>
                  <textarea
                    id={itemId(props.idPrefix, index)}
                    rows={3}
                    value={item()}
                    onInput={(e) => update(index, e.currentTarget.value)}
                  />
                  <div class="item-actions">
                    <button
                      type="button"
                      id={`${itemId(props.idPrefix, index)}-up`}
                      aria-label={t('moveUp', props.itemLabel(index + 1))}
                      disabled={index === 0}
                      onClick={() => move(index, -1, 'up')}
                    >
                      ↑ {t('up')}
                    </button>
                    <button
                      type="button"
                      id={`${itemId(props.idPrefix, index)}-down`}
                      aria-label={t('moveDown', props.itemLabel(index + 1))}
                      disabled={index === props.items.length - 1}
                      onClick={() => move(index, 1, 'down')}
                    >
                      ↓ {t('down')}
                    </button>
                    <button
                      type="button"
                      class="danger"
                      aria-label={t('removeItem', props.itemLabel(index + 1))}
                      onClick={() => remove(index)}
                    >
                      {t('remove')}
                    </button>
                  </div>
                </li>
              )}
            </Index>
          </ol>
          <Show when={props.items.some((item) => item.trim() === '')}>
            <p class="hint">{t('blankNotSaved')}</p>
          </Show>
        </Show>
        <button type="button" id={`${props.idPrefix}-add`} onClick={add}>
          + {props.addLabel}
        </button>
      </Show>
    </section>
  );
}

function ReadOnlyList(props: { items: readonly string[]; emptyText: string }) {
  return (
    <Show when={props.items.length > 0} fallback={<p class="muted">{props.emptyText}</p>}>
      <ol class="text-list">
        <For each={props.items}>{(item) => <li class="full-notes">{item}</li>}</For>
      </ol>
    </Show>
  );
}
