import { createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import { formatNumber } from '../lib/i18n';
import { t } from './char-count.i18n';

/** How long typing must pause before the count is announced. */
const PAUSE_MS = 1500;

/**
 * The character count of a text field with a limit ("120 / 500 tecken"), shown under it and tied
 * to it with aria-describedby. A screen reader hears the count only when typing pauses near the
 * limit (from 80 %), or at once when the field is full: never on every keystroke.
 * Placed after the field it counts: `<CharCount for="title" max={500} />`; a controlled field
 * whose text also changes from elsewhere (a record loaded later) passes it as `value`.
 */
export function CharCount(props: { for: string; max: number; value?: string }) {
  const [length, setLength] = createSignal(0);
  const [announced, setAnnounced] = createSignal('');
  const countId = () => `${props.for}-count`;
  let timer: ReturnType<typeof setTimeout> | undefined;

  onMount(() => {
    const field = document.getElementById(props.for) as HTMLInputElement | HTMLTextAreaElement;
    if (!field) return;
    const described = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', described ? `${described} ${countId()}` : countId());
    const update = () => {
      const now = field.value.length;
      setLength(now);
      clearTimeout(timer);
      if (now >= props.max) {
        setAnnounced(t('full', formatNumber(props.max)));
        return;
      }
      timer = setTimeout(() => {
        setAnnounced(
          now >= props.max * 0.8 ? t('announce', formatNumber(now), formatNumber(props.max)) : '',
        );
      }, PAUSE_MS);
    };
    update();
    field.addEventListener('input', update);
    onCleanup(() => {
      field.removeEventListener('input', update);
      clearTimeout(timer);
    });
  });

  createEffect(() => {
    if (props.value !== undefined) setLength(props.value.length);
  });

  return (
    <>
      <p
        id={countId()}
        class="char-count"
        classList={{ 'char-count-full': length() >= props.max }}
        data-testid={countId()}
      >
        {t('count', formatNumber(length()), formatNumber(props.max))}
      </p>
      <p class="visually-hidden" role="status">
        {announced()}
      </p>
    </>
  );
}
