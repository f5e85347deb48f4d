import { describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInWithCookie, useE2e } from './support/e2e';

const e2e = useE2e();

// Issue 15, point 12: at 640 px wide (200 % zoom) the Användare page reflows, nothing scrolls
// sideways as a whole.
describe('the Användare page at 640 px', () => {
  test('reflows each user into the width, with every field still named', async () => {
    await e2e.server.createUser('evaluator', 'Maximiliana Långnamnsdotter-Återberg');
    await e2e.server.createUser('reader', 'Läsare med ett mycket långt namn i kommunen');
    const context = await e2e.newContext({
      viewport: { width: 640, height: 900 },
      bypassCSP: true,
    });
    await logInWithCookie(context, e2e.server.origin, e2e.server.admin);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(e2e.url('/users'));
    const table = page.getByRole('table');
    await table.waitFor();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // Still a table to assistive technology, its cells still under their headers.
    expect(await page.getByRole('columnheader', { name: 'E-post' }).count()).toBe(1);
    expect(
      await page.getByRole('rowheader', { name: /Maximiliana Långnamnsdotter-Återberg/ }).count(),
    ).toBe(1);
    // Opening a user's editor does not push the page sideways either.
    await page
      .getByRole('button', { name: /Maximiliana Långnamnsdotter-Återberg/ })
      .first()
      .click();
    const after = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(after).toBeLessThanOrEqual(widths.client);
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('users at 640 px', violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
