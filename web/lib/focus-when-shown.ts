/** How long a re-rendered target may take to appear before focus is left where it is. */
const WAIT_MS = 5_000;

/**
 * Focuses what `find` returns as soon as it is in the document: a form that a button opened, the
 * button back after the form closed, a saved record's heading after the list reloaded. Without
 * this, focus falls to the page body when the button pressed is replaced (WCAG 2.4.3).
 * A heading or other non-field target gets tabindex -1 so it can take focus. `block` says where
 * it is scrolled to ('center' keeps it clear of the fixed save status at the bottom).
 */
export function focusWhenShown(
  find: () => HTMLElement | null | undefined,
  block: ScrollLogicalPosition = 'nearest',
): void {
  const started = Date.now();
  const attempt = () => {
    const target = find();
    if (target?.isConnected) {
      if (!target.matches('a, button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
      target.scrollIntoView?.({ block });
      return;
    }
    if (Date.now() - started < WAIT_MS) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** The first field of a form or region, for focusWhenShown. */
export function firstField(root: Element | null | undefined): HTMLElement | null {
  return (
    root?.querySelector<HTMLElement>(
      'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])',
    ) ?? null
  );
}
