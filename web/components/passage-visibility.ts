/**
 * A long document in the reader draws each passage lightly (its text, no buttons) until it comes
 * near the screen: one IntersectionObserver watches them all and tells each once, when it is
 * within `margin` of the viewport. Without IntersectionObserver everything is told at once.
 */
export function nearViewport(margin = '150% 0px') {
  const waiting = new Map<Element, () => void>();
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              const near = waiting.get(entry.target);
              waiting.delete(entry.target);
              observer?.unobserve(entry.target);
              near?.();
            }
          },
          { rootMargin: margin },
        );
  return {
    /** Calls `near` once `element` is near the screen (at once without an observer). */
    watch(element: Element, near: () => void) {
      if (!observer) return near();
      waiting.set(element, near);
      observer.observe(element);
    },
    disconnect() {
      observer?.disconnect();
      waiting.clear();
    },
  };
}

/** From this many passages on, the reader draws passages lightly until they are near. */
export const LIGHT_FROM = 150;
