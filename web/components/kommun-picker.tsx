import { createSignal, For, Show } from 'solid-js';
import type { Kommun } from '../../rubrics/kommuner/scb-kommuner';
import { exactKommun, searchKommuner } from '../lib/kommun-search';
import { t } from './kommun-picker.i18n';

const SHOWN = 12;

/**
 * Picks one of SCB's 290 kommuner: an ARIA 1.2 combobox where the user types a name or a
 * kommunkod, moves through the matches with the arrow keys and takes one with Enter or a click.
 * A typed exact code or name is taken as it stands. Hidden inputs carry `name` and `code` to the
 * form; `onChange` gets the kommun, or null while the text names none.
 */
export function KommunPicker(props: {
  id: string;
  initial?: Kommun | null;
  required?: boolean;
  /** The label and hint when the form means a particular kommun ("Läsarens kommun"). */
  label?: string;
  hint?: string;
  /** Carry only the kommunkod, in a hidden input of this name (the form has its own `name`). */
  codeField?: string;
  onChange?: (kommun: Kommun | null) => void;
}) {
  const label = (kommun: Kommun) => `${kommun.name} (${kommun.code})`;
  const [text, setText] = createSignal(props.initial ? label(props.initial) : '');
  const [chosen, setChosen] = createSignal<Kommun | null>(props.initial ?? null);
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(-1);
  const matches = () => searchKommuner(text());
  const shown = () => matches().slice(0, SHOWN);
  const listId = `${props.id}-list`;
  const optionId = (index: number) => `${props.id}-option-${index}`;

  const choose = (kommun: Kommun | null) => {
    setChosen(kommun);
    props.onChange?.(kommun);
  };
  const take = (kommun: Kommun) => {
    setText(label(kommun));
    choose(kommun);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const count = shown().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open()) setOpen(true);
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + count) % count);
    } else if (event.key === 'Enter' && open() && active() >= 0) {
      event.preventDefault(); // takes the option instead of submitting the form
      const kommun = shown()[active()];
      if (kommun) take(kommun);
    } else if (event.key === 'Escape' && open()) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div class="kommun-picker">
      <label for={props.id}>{props.label ?? t('label')}</label>
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint ?? t('hint')}
      </p>
      <input
        id={props.id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open() && shown().length > 0}
        aria-controls={listId}
        aria-activedescendant={active() >= 0 ? optionId(active()) : undefined}
        aria-describedby={`${props.id}-hint`}
        autocomplete="off"
        required={props.required}
        value={text()}
        onInput={(event) => {
          setText(event.currentTarget.value);
          choose(exactKommun(event.currentTarget.value));
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <Show
        when={props.codeField}
        fallback={
          <>
            <input type="hidden" name="name" value={chosen()?.name ?? ''} />
            <input type="hidden" name="code" value={chosen()?.code ?? ''} />
          </>
        }
      >
        {(field) => <input type="hidden" name={field()} value={chosen()?.code ?? ''} />}
      </Show>
      <div
        id={listId}
        role="listbox"
        aria-label={props.label ?? t('label')}
        class="kommun-options"
        hidden={!open() || shown().length === 0}
      >
        <For each={shown()}>
          {(kommun, index) => (
            <div
              id={optionId(index())}
              role="option"
              tabIndex={-1}
              aria-selected={active() === index()}
              classList={{ active: active() === index() }}
              // mousedown, not click: the input keeps focus (no blur closes the list first)
              onMouseDown={(event) => {
                event.preventDefault();
                take(kommun);
              }}
            >
              {t('option', kommun.name, kommun.code, kommun.county)}
            </div>
          )}
        </For>
      </div>
      <p class="visually-hidden" role="status">
        <Show
          when={chosen()}
          fallback={open() && text().trim() !== '' ? t('matches', matches().length) : ''}
        >
          {(kommun) => t('chosen', kommun().name, kommun().code)}
        </Show>
      </p>
    </div>
  );
}
