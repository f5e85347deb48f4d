import { createRoot } from 'solid-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { prefetchEvaluation, useEvaluation } from './evaluation-data';

// A fake API: each evaluation eN is pinned to rubric version vN; `broken` versions answer 500 once.
const calls: string[] = [];
const broken = new Set<string>();
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
  calls.push(url.pathname);
  const evaluation = /^\/api\/evaluations\/(e\d+)$/.exec(url.pathname)?.[1];
  if (evaluation) {
    return Response.json({ id: evaluation, rubric: { versionId: `v${evaluation.slice(1)}` } });
  }
  const version = /^\/api\/rubrics\/versions\/(v\d+)$/.exec(url.pathname)?.[1];
  if (version && broken.delete(version)) {
    return Response.json({ error: { code: 'internal', message: 'down' } }, { status: 500 });
  }
  if (version) return Response.json({ versionId: version, areas: [] });
  return Response.json({ error: { code: 'not_found', message: url.pathname } }, { status: 404 });
});

beforeAll(() => vi.stubGlobal('fetch', fetchMock));
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  calls.length = 0;
});

/** Mounts useEvaluation(id) and resolves once its summary and rubric are loaded. */
function mount(id: string) {
  return createRoot(async (dispose) => {
    const data = useEvaluation(() => id);
    await vi.waitFor(() => {
      if (data.rubric.state !== 'ready' && data.rubric.state !== 'errored') throw new Error('wait');
    });
    return { ...data, dispose };
  });
}

const count = (path: string) => calls.filter((call) => call === path).length;

describe('evaluation data', () => {
  it('a page mounting after a prefetch uses it: one request each for summary and rubric', async () => {
    prefetchEvaluation('e1');
    const page = await mount('e1');
    expect(page.summary()?.id).toBe('e1');
    expect(page.rubric()?.versionId).toBe('v1');
    expect(count('/api/evaluations/e1')).toBe(1);
    expect(count('/api/rubrics/versions/v1')).toBe(1);
    page.dispose();
  });

  it('a prefetch is used once; the next page reads a fresh summary but keeps the rubric', async () => {
    prefetchEvaluation('e2');
    (await mount('e2')).dispose();
    const next = await mount('e2');
    expect(count('/api/evaluations/e2')).toBe(2);
    expect(count('/api/rubrics/versions/v2')).toBe(1); // a pinned rubric version never changes
    await next.refetch();
    expect(count('/api/evaluations/e2')).toBe(3);
    next.dispose();
  });

  it('asks once for several prefetches of one evaluation (hovering its links)', async () => {
    prefetchEvaluation('e5');
    prefetchEvaluation('e5');
    prefetchEvaluation('e5');
    const page = await mount('e5');
    expect(count('/api/evaluations/e5')).toBe(1);
    page.dispose();
  });

  it('ignores a prefetch older than ten seconds', async () => {
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1_000_000);
    prefetchEvaluation('e3');
    now.mockReturnValue(1_000_000 + 10_001);
    const page = await mount('e3');
    now.mockRestore();
    expect(count('/api/evaluations/e3')).toBe(2);
    page.dispose();
  });

  it('fetches a rubric again after a failed fetch', async () => {
    broken.add('v4');
    const failed = await mount('e4');
    expect(failed.rubric.state).toBe('errored');
    failed.dispose();
    const again = await mount('e4');
    expect(again.rubric()?.versionId).toBe('v4');
    expect(count('/api/rubrics/versions/v4')).toBe(2);
    again.dispose();
  });
});
