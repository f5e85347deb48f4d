// Hostile text in the real app: a 100-character word (a URL) never makes a page wider than the
// window, a right-to-left override in a kommun's name reverses nothing beside it, and a
// comparison of an evaluation not fully scored draws the radar with gaps instead of an error.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LONG_WORDS } from '../../api/reliability/hostile-input';
import { collectPageErrors, logInWithCookie, useE2e } from './support/e2e';
import { createTeamEvaluation, putConsensusScores } from './support/seed';
import { unwrap } from './support/test-server';

const e2e = useE2e();
const [url, word] = LONG_WORDS as [string, string];

/** The document's width against the window's: nothing may scroll sideways. */
const widths = (page: Page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));

describe('hostile text in the web pages', () => {
  test('long words wrap, a bidi override is isolated, a partial radar has gaps', async () => {
    const eva = await e2e.server.createUser('evaluator', `Eva ${word}`);
    // A kommun's name is SCB's (issue 15, point 10): no hostile text reaches it any more; the
    // texts the team writes still carry long words, a URL and a bidi override.
    const name = 'Håbo';
    const evaluation = await createTeamEvaluation([eva], { name, code: '0305' });
    const id = evaluation.id;
    await unwrap(
      eva.api.api.evaluations[':id'].areas[':areaId'].$put({
        param: { id, areaId: '1' },
        json: {
          summary: `Se ${url} för detaljer.`,
          strengths: [`Se ${url}`],
          improvements: [`Läs ${word}`, `Evil\u202Eby ${word}`],
          version: 0,
        },
      }),
    );
    await putConsensusScores(eva, id, [
      { questionId: '1.1', points: 5 },
      { questionId: '3.1', points: 4 },
    ]);

    const context = await e2e.newContext({ viewport: { width: 1024, height: 800 } });
    await logInWithCookie(context, e2e.server.origin, eva);
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    for (const path of ['', '/texts', '/scoring/1', '/report']) {
      await page.goto(e2e.url(`/evaluations/${id}${path}`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const { scroll, viewport } = await widths(page);
      expect(scroll, `/evaluations/${id}${path}`).toBeLessThanOrEqual(viewport);
    }
    // The report preview, in its frame, keeps to its width as well.
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 1 }).waitFor();
    const inner = await frame.locator('html').evaluate((html) => ({
      scroll: html.scrollWidth,
      viewport: html.clientWidth,
    }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.viewport);

    // The kommun's name sits alone in a <bdi>.
    await page.goto(e2e.url(`/evaluations/${id}`));
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.locator('bdi').textContent()).toBe(name);
    expect(await heading.textContent()).toBe(`${name} maj 2026`);

    // Two areas scored, six not: the radar draws the points it has, the page no error.
    await page.goto(e2e.url(`/evaluations/${id}/compare?with=orebro-2012`));
    const radar = page.locator('#compare-radar');
    await radar.waitFor();
    expect(await radar.locator('g.radar-series').count()).toBe(2);
    expect(await radar.locator('g.radar-series').first().locator('circle').count()).toBe(2);
    expect(await page.getByText('Något gick fel').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
