import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInThroughUi, useE2e } from './support/e2e';
import { screenshot } from './support/screenshots';

const e2e = useE2e();

describe('the comparison', () => {
  test('Enköping 2016 against Örebro 2012 and Grästorp 2014: radar and table match the API', async () => {
    // axe is injected as a script, which the app's CSP forbids: this context bypasses the CSP.
    const page = await e2e.newPage({ bypassCSP: true });
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, e2e.server.admin);
    await page.getByRole('link', { name: 'Enköping' }).click();
    await page.getByRole('link', { name: 'Jämför med andra kommuner' }).click();
    await page.getByRole('checkbox', { name: /^Örebro 2012/ }).check();
    await page.getByRole('checkbox', { name: /^Grästorp 2014/ }).check();
    await page.getByRole('button', { name: 'Visa jämförelse' }).click();

    const radar = page.locator('#compare-radar');
    await radar.waitFor();
    expect(await radar.getAttribute('role')).toBe('group');
    expect(await radar.locator('title').textContent()).toBe(
      'Radardiagram: Enköping maj 2016 jämfört med valda resultat',
    );
    expect(await radar.locator('desc').count()).toBe(1);
    expect(await radar.locator('.radar-axis').count()).toBe(8);
    expect(await radar.locator('.radar-series').count()).toBe(3);
    // Each value is reachable by keyboard and named by its value.
    const points = radar.locator('circle[tabindex="0"]');
    expect(await points.count()).toBe(24);
    expect(await points.first().getAttribute('aria-label')).toBe(
      'Enköping 2016, Offentlighet/demokrati: 54 poäng',
    );

    // The table holds the same numbers as the API's comparison.
    const id = /\/evaluations\/([^/]+)\/compare/.exec(page.url())?.[1] as string;
    const comparison = await page.evaluate(async (evaluationId) => {
      const response = await fetch(
        `/api/evaluations/${evaluationId}/comparison?with=orebro-2012,grastorp-2014`,
      );
      return response.json();
    }, id);
    const rows = page
      .getByRole('table', { name: 'Poäng per område' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') });
    const table = await rows.evaluateAll((trs) =>
      trs.map(
        (tr) =>
          [...tr.querySelectorAll('td')].map((td) =>
            td.textContent?.replace('−', '-').replace('±', ''),
          ) ?? [],
      ),
    );
    const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
    const expected = [...comparison.areas, comparison.total].map(
      (row: { value: number; others: { value: number; difference: number }[] }) => [
        String(row.value),
        ...row.others.map((o) => String(o.value)),
        ...row.others.map((o) => signed(o.difference)),
      ],
    );
    expect(table).toEqual(expected);
    expect(table.at(-1)).toEqual(['434', '615', '506', '-181', '-72']);

    // Exports: the table for Swedish Excel, the chart as SVG and PNG.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tabellen som CSV (Excel)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('jamforelse.csv');
    const csvText = readFileSync((await csv.path()) as string, 'utf8');
    expect(csvText.startsWith('\uFEFFOmråde;Enköping 2016;Örebro 2012;Grästorp 2014;')).toBe(true);
    expect(csvText).toContain('\r\nTotalt;434;615;506;-181;-72\r\n');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Diagrammet som SVG' }).click(),
    ]);
    const svgText = readFileSync((await svg.path()) as string, 'utf8');
    expect(svgText).toMatch(/^<\?xml[^>]+>\n<svg /);
    expect(svgText.match(/class="radar-series/g)).toHaveLength(3);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Diagrammet som PNG' }).click(),
    ]);
    const pngBytes = readFileSync((await png.path()) as string);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(5000);

    const violations = await seriousViolations(page);
    expect(violations, formatViolations('compare', violations)).toEqual([]);
    await screenshot(page, 'compare-orebro-grastorp');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
