import { useLocation } from '@solidjs/router';
import { createEffect, on, onCleanup } from 'solid-js';

const APP_NAME = 'Kommunkompassen';
/** How long a lazy page may take to show its heading before focus is left where it is. */
const WAIT_MS = 5_000;

/**
 * Moves focus to the new page's main heading after every client-side navigation (WCAG 2.4.3),
 * so a keyboard or screen-reader user starts on the page they went to and hears its title,
 * and names the document after that heading. The first load is left to the browser.
 */
export function focusHeadingOnNavigation(): void {
  const location = useLocation();
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer?.disconnect();
    if (timer) clearTimeout(timer);
  };
  onCleanup(stop);
  createEffect(
    on(
      () => location.pathname,
      () => {
        stop();
        const main = document.getElementById('main');
        if (!main) return;
        const settle = () => {
          const heading = main.querySelector('h1');
          if (!heading) return false;
          stop();
          document.title = `${heading.textContent?.trim() ?? ''} – ${APP_NAME}`;
          // A user who already moved into the page keeps their place.
          if (
            document.activeElement &&
            main.contains(document.activeElement) &&
            document.activeElement !== main
          )
            return true;
          heading.tabIndex = -1;
          heading.focus({ preventScroll: false });
          return true;
        };
        if (settle()) return;
        observer = new MutationObserver(() => settle());
        observer.observe(main, { childList: true, subtree: true });
        timer = setTimeout(stop, WAIT_MS);
      },
      { defer: true },
    ),
  );
}

/** The skip link's action: focus the main content itself (a hash link alone leaves focus behind). */
export function skipToMain(event: MouseEvent): void {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}
