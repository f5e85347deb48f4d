import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  collectPageErrors,
  logInWithCookie,
  SAVE_STATUS,
  startsWithQuestion,
  useE2e,
  waitForSaveStatus,
} from './support/e2e';
import { createTeamEvaluation } from './support/seed';

const e2e = useE2e();

function scoreInput(page: Page, questionId: string): Locator {
  return page.getByRole('spinbutton', { name: startsWithQuestion(questionId) });
}

/** Whether the element has the focus and is wholly inside the viewport. */
function focusedInView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return (
      el === document.activeElement &&
      box.top >= 0 &&
      box.bottom <= window.innerHeight &&
      box.left >= 0 &&
      box.right <= window.innerWidth
    );
  });
}

// Issue 15, point 11: moving between areas puts focus on the new area's first field, in view;
// the save status can be seen wherever the page is scrolled.
describe('focus on the scoring page', () => {
  test('Alt+PageDown and "Nästa område" focus the first delfråga of the next area, scrolled into view', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Områdesbyte');
    const evaluation = await createTeamEvaluation([eva], { name: 'Tierp', code: '0360' });
    // A short window: the next area's first field starts below the fold.
    const context = await e2e.newContext({ viewport: { width: 1280, height: 480 } });
    await logInWithCookie(context, e2e.server.origin, eva);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(e2e.url(`/evaluations/${evaluation.id}/scoring/1`));
    const last = scoreInput(page, '1.5');
    await last.waitFor();
    await last.focus();

    await page.keyboard.press('Alt+PageDown');
    await expect.poll(() => focusedInView(scoreInput(page, '2.1')), { timeout: 10_000 }).toBe(true);

    // Typed and saved far down the page: the save status is still in view.
    await page.keyboard.type('7');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await waitForSaveStatus(page, SAVE_STATUS.saved);
    const status = page.locator('.save-status');
    const box = await status.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 480, JSON.stringify(box)).toBe(true);

    await page.getByRole('link', { name: /^Nästa område: 3\./ }).click();
    await expect.poll(() => focusedInView(scoreInput(page, '3.1')), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Alt+PageUp');
    await expect.poll(() => focusedInView(scoreInput(page, '2.1')), { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
