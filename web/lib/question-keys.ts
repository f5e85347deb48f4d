/**
 * Keyboard moves between delfrågor, for the scoring and consensus pages. A question's container
 * carries `data-question="<id>"`, its score input `data-score-input`, its rationale
 * `data-rationale`, and the area around it `data-area`:
 * - Alt+ArrowDown / Alt+ArrowUp (or j / k outside a text field): next / previous score input
 * - Alt+N: the current question's rationale
 * - Alt+PageDown / Alt+PageUp: next / previous area (`onArea`)
 */
export function questionKeys(options: {
  root: () => HTMLElement | undefined;
  onArea: (direction: 1 | -1, currentArea: string | undefined) => void;
}) {
  return (event: KeyboardEvent) => {
    const root = options.root();
    if (!root || event.defaultPrevented || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target?.closest('select')) return; // Alt+ArrowDown opens a select's list
    const plain = !event.altKey && !event.shiftKey;
    const step =
      event.altKey && event.key === 'ArrowDown'
        ? 1
        : event.altKey && event.key === 'ArrowUp'
          ? -1
          : plain && !isTextField(target) && event.key === 'j'
            ? 1
            : plain && !isTextField(target) && event.key === 'k'
              ? -1
              : 0;
    if (step !== 0) {
      event.preventDefault();
      moveQuestion(root, target, step);
    } else if (event.altKey && event.code === 'KeyN') {
      event.preventDefault();
      const question = currentQuestion(root, target) ?? questions(root)[0];
      focusInside(question, '[data-rationale]');
    } else if (event.altKey && (event.key === 'PageDown' || event.key === 'PageUp')) {
      event.preventDefault();
      const area = target?.closest<HTMLElement>('[data-area]')?.dataset.area;
      options.onArea(event.key === 'PageDown' ? 1 : -1, area);
    }
  };
}

/** A field where j and k are letters (the score spinbutton is not one: it takes numbers). */
function isTextField(element: HTMLElement | null): boolean {
  if (!element) return false;
  if (element.isContentEditable || element.closest('textarea, select')) return true;
  if (!(element instanceof HTMLInputElement)) return false;
  if (element.getAttribute('role') === 'spinbutton') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(element.type);
}

function questions(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-question]')];
}

function currentQuestion(root: HTMLElement, target: HTMLElement | null): HTMLElement | undefined {
  const question = target?.closest<HTMLElement>('[data-question]');
  return question && root.contains(question) ? question : undefined;
}

function moveQuestion(root: HTMLElement, target: HTMLElement | null, step: 1 | -1): void {
  const all = questions(root);
  if (all.length === 0) return;
  const current = currentQuestion(root, target);
  const index = current ? all.indexOf(current) : -1;
  const next =
    index === -1
      ? step === 1
        ? all[0]
        : all[all.length - 1]
      : all[Math.min(all.length - 1, Math.max(0, index + step))];
  focusInside(next, '[data-score-input]');
}

/** Focuses the element inside `question` (or the question itself when that is disabled). */
export function focusInside(question: HTMLElement | undefined, selector: string): void {
  if (!question) return;
  const field = question.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (field && !field.disabled) {
    field.focus();
    if (field instanceof HTMLInputElement) field.select();
  } else {
    question.focus();
  }
  question.scrollIntoView?.({ block: 'nearest' });
}
