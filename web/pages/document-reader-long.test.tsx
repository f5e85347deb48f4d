import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { cleanup, render, screen } from '@solidjs/testing-library';
import { Suspense } from 'solid-js';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import kk2010 from '../../rubrics/kk-2010.json';
import { LIGHT_FROM } from '../components/passage-visibility';
import { documentRecord, routeFetch, summary } from './test-support/document-fixtures';

/**
 * The API as the reader sees it: Eva on evaluation e1 and a long document, already read (fixtures:
 * test-support/document-fixtures.ts).
 */
const COUNT = 400;
const passages = Array.from({ length: COUNT }, (_, i) => ({
  id: String(i + 1),
  documentId: 'd3',
  ordinal: i,
  page: Math.floor(i / 7) + 1,
  heading: null,
  text: `Stycke ${i + 1} om mål och uppföljning.`,
}));
const routes: Record<string, () => unknown> = {
  'GET /api/auth/me': () => ({
    id: 'u-eva',
    email: 'eva@example.se',
    name: 'Eva Utvärderare',
    role: 'evaluator',
    municipalityCode: null,
  }),
  'GET /api/evaluations/e1': () => summary,
  'GET /api/rubrics/versions/v1': () => ({ ...kk2010, versionId: 'v1' }),
  'GET /api/evaluations/e1/citations': () => ({ citations: [] }),
  'GET /api/documents/d3': () => documentRecord('d3', 'Lång plan', 1),
  'GET /api/documents/d3/passages': () => ({ passages }),
};

const fetchMock = vi.fn(routeFetch(routes));

/** An IntersectionObserver the test drives: `near(element)` as if it were scrolled near. */
class FakeObserver {
  static all: FakeObserver[] = [];
  watched = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  static near(element: Element) {
    for (const observer of FakeObserver.all.filter((o) => o.watched.has(element))) {
      observer.callback(
        [{ target: element, isIntersecting: true } as unknown as IntersectionObserverEntry],
        observer as unknown as IntersectionObserver,
      );
    }
  }
}

/** Idle time, given by the test: `idle()` runs what waits for it. */
const idleQueue: (() => void)[] = [];
function idle() {
  for (const next of idleQueue.splice(0)) next();
}

beforeAll(() => {
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestIdleCallback', (next: () => void) => idleQueue.push(next));
});
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

describe('the reader with a long document', () => {
  test('opens at the passage drawn first; the rest follows when idle or scrolled near, lightly until near', async () => {
    expect(COUNT).toBeGreaterThan(LIGHT_FROM);
    const { default: DocumentReader } = await import('./document-reader');
    const history = createMemoryHistory();
    history.set({ value: '/evaluations/e1/documents/d3?passage=300' });
    render(() => (
      <MemoryRouter
        history={history}
        root={(props) => <Suspense fallback={<p>Laddar…</p>}>{props.children}</Suspense>}
      >
        <Route path="/evaluations/:id/documents/:documentId" component={DocumentReader} />
      </MemoryRouter>
    ));
    await screen.findByText('Stycke 300 om mål och uppföljning.', {}, { timeout: 5_000 });
    const target = document.getElementById('passage-300') as HTMLElement;
    expect(target.getAttribute('aria-label')).toBe('Stycke 300, s. 43');
    // Drawn first: the 25-passage chunk around it and its neighbours (251–325); the rest are
    // placeholders of about their height, hidden from assistive technology.
    const drawn = () => document.querySelectorAll('li.passage').length;
    expect(drawn()).toBe(75);
    expect(document.getElementById('passage-251')).toBeTruthy();
    expect(document.getElementById('passage-250')).toBeNull();
    const placeholders = () =>
      [...document.querySelectorAll('li.passage-placeholder')] as HTMLElement[];
    expect(placeholders()).toHaveLength(13);
    expect(placeholders().every((p) => p.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(Number.parseInt(placeholders()[0]?.style.height ?? '', 10)).toBeGreaterThan(500);
    // Only the passage opened at has its buttons yet, and it gets focus.
    const cite = () => screen.getAllByRole('button', { name: /^Citera hela stycket/ });
    expect(cite()).toHaveLength(1);
    expect(cite()[0]?.closest('li.passage')).toBe(target);
    await vi.waitFor(() => expect(document.activeElement).toBe(target));

    // Scrolled near, a placeholder is drawn at once, and a passage gets its buttons.
    FakeObserver.near(placeholders()[0] as HTMLElement);
    await vi.waitFor(() => expect(drawn()).toBe(100));
    const first = document.getElementById('passage-1') as HTMLElement;
    expect(first.classList.contains('light')).toBe(true);
    FakeObserver.near(first);
    await vi.waitFor(() => expect(first.classList.contains('light')).toBe(false));
    expect(cite()).toHaveLength(2);
    expect(first.querySelector('[data-passage-text="1"]')?.textContent).toBe(
      'Stycke 1 om mål och uppföljning.',
    );

    // When the browser is idle the rest is drawn, nearest first, until the whole text is there
    // (the browser's own find sees it); the passage opened at keeps its place and focus.
    for (let round = 0; round < 20 && drawn() < COUNT; round++) {
      await vi.waitFor(() => expect(idleQueue.length).toBeGreaterThan(0));
      idle();
    }
    expect(drawn()).toBe(COUNT);
    expect(placeholders()).toHaveLength(0);
    expect(screen.getByText('Stycke 400 om mål och uppföljning.')).toBeTruthy();
    expect(document.activeElement).toBe(target);
    expect(cite()).toHaveLength(2);
  });
});
