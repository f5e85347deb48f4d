import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../rubrics/project-root';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInThroughUi, logInWithCookie, useE2e } from './support/e2e';
import { screenshot } from './support/screenshots';
import { unwrap } from './support/test-server';

const e2e = useE2e();

/** The trend table's rows as text: year, result, total. */
async function trendRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Totalpoäng per år' });
  await table.waitFor();
  return table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

/** The values printed above the dots of the totals line, left to right. */
async function chartTotals(page: Page): Promise<string[]> {
  return page.locator('svg.trend text.bar-value').allTextContents();
}

describe('the trend of totals', () => {
  test('Enköping: the stored 2016 evaluation once, then the published 2018 total', async () => {
    const page = await e2e.newPage();
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, e2e.server.admin);
    await page.getByRole('link', { name: 'Enköping' }).click();
    await page.getByRole('link', { name: 'Jämför med andra kommuner' }).click();

    // The published Enköping 2016 total (434) is this stored evaluation: it is not counted twice.
    expect(await trendRows(page)).toEqual([
      ['2016', 'Enköping 2016 (kk-2010)', '434'],
      ['2018', 'Enköping 2018 (kk-2010), endast totalpoäng publicerad', '519'],
    ]);
    expect(await chartTotals(page)).toEqual(['434', '519']);
    // The 2018 total has no area scores: an open dot, and no choice in the per-area comparison.
    expect(await page.locator('svg.trend circle.totals-only').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /^Enköping 2018/ }).count()).toBe(0);
    // Both are the 2010 version: no version change, nothing labelled indicative.
    expect(await page.locator('svg.trend line.version-change').count()).toBe(0);
    const trend = page.getByRole('region', { name: 'Utveckling över tid' });
    expect(await trend.getByRole('note').count()).toBe(0);
    expect(await trend.textContent()).not.toContain('ny version');
    await screenshot(page, 'trend-enkoping');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Vallentuna: totals of the 2010 version, the 2021 result of the 2020 version marked', async () => {
    // A test evaluation of Vallentuna (the Enköping scores, kk-2010, 2024) gives it a trend page.
    const file = JSON.parse(
      readFileSync(join(projectRoot(), 'fixtures/evaluations/enkoping-2016.json'), 'utf8'),
    );
    const admin = e2e.server.admin;
    const { id } = await unwrap(
      admin.api.api.evaluations.import.$post({
        json: {
          ...file,
          municipality: { name: 'Vallentuna', code: '0115', officialName: 'Vallentuna kommun' },
          date: '2024-05',
        },
      }),
    );
    // axe is injected as a script, which the app's CSP forbids: this context bypasses the CSP.
    const context = await e2e.newContext({ bypassCSP: true });
    await logInWithCookie(context, e2e.server.origin, admin);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(e2e.url(`/evaluations/${id}/compare`));

    expect(await trendRows(page)).toEqual([
      ['2017', 'Vallentuna 2017 (kk-2010), endast totalpoäng publicerad', '555'],
      ['2019', 'Vallentuna 2019 (kk-2010), endast totalpoäng publicerad', '603'],
      [
        '2021',
        'Vallentuna 2021 (kk-2020) – ny version av Kommunkompassen (indikativ: version kk-2020)',
        '648',
      ],
      ['2024', 'Vallentuna 2024 (kk-2010) – ny version av Kommunkompassen', '434'],
    ]);
    expect(await chartTotals(page)).toEqual(['555', '603', '648', '434']);
    // Two changes of version on the line: into the 2020 version and back to this evaluation's.
    expect(await page.locator('svg.trend line.version-change').count()).toBe(2);
    expect(await page.locator('svg.trend circle.totals-only').count()).toBe(2);
    const trend = page.getByRole('region', { name: 'Utveckling över tid' });
    expect(await trend.getByRole('note').textContent()).toBe(
      'Totaler från olika versioner av Kommunkompassen jämförs bara indikativt (SKR). ' +
        'Sådana rader är märkta.',
    );

    const violations = await seriousViolations(page);
    expect(violations, formatViolations('trend', violations)).toEqual([]);
    await screenshot(page, 'trend-vallentuna');
    expect(errors).toEqual([]);
    await context.close();
  });
});
