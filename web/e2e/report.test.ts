import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInThroughUi, useE2e } from './support/e2e';
import { screenshot } from './support/screenshots';

const e2e = useE2e();

describe('the report', () => {
  test('previewed in the app against Örebro 2012, downloaded as PDF and Word, axe clean', async () => {
    const page = await e2e.newPage({ bypassCSP: true, acceptDownloads: true });
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, e2e.server.admin);
    await page.getByRole('link', { name: 'Enköping' }).click();
    await page.getByRole('link', { name: 'Rapport (PDF, Word, HTML)' }).click();
    await page.getByRole('heading', { name: 'Rapport: Enköpings kommun' }).waitFor();
    await page.getByRole('checkbox', { name: 'Örebro 2012' }).check();

    // The preview is the API's HTML report, with the chosen reference in its radar.
    const frame = page.frameLocator('iframe[title="Rapporten för Enköpings kommun"]');
    await frame.getByRole('heading', { name: '4 Översikt av poängfördelning' }).waitFor();
    expect(await frame.locator('table.results tfoot').textContent()).toBe('TOTALT434');
    // Each series' label is isolated (FSI … PDI): a U+202E in it would not reverse its values.
    expect(await frame.locator('svg desc').textContent()).toContain(
      '\u2068Örebro 2012\u2069: 68, 85, 86, 74, 70, 74, 71, 87',
    );
    expect(await frame.locator('table.overview tbody tr').count()).toBe(45);
    expect(page.url()).toContain('with=orebro-2012');
    // The framed report never replaces the app's cached shell (the offline reload's page).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();
    await frame.getByRole('heading', { name: '4 Översikt av poängfördelning' }).waitFor();
    const shell = await page.evaluate(async () => (await caches.match('/'))?.text());
    expect(shell).toContain('<div id="app"></div>');

    const dir = mkdtempSync(join(tmpdir(), 'kompass-download-'));
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-pdf').click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('kommunkompassen-enkoping-2016.pdf');
    const pdfPath = join(dir, 'report.pdf');
    await pdf.saveAs(pdfPath);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
    expect(text).toMatch(/TOTALT\s+434/);

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-docx').click(),
    ]);
    expect(docx.suggestedFilename()).toBe('kommunkompassen-enkoping-2016.docx');
    const docxPath = join(dir, 'report.docx');
    await docx.saveAs(docxPath);
    expect(readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');

    // A refusal is shown on the page in Swedish, not saved as a file.
    await page.route('**/report?format=pdf*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'chromium_missing', message: 'no Chromium' } }),
      }),
    );
    await page.getByTestId('download-pdf').click();
    expect(await page.getByRole('alert').textContent()).toContain(
      'PDF kan inte skapas: servern saknar Chromium',
    );

    const violations = await seriousViolations(page);
    expect(violations, formatViolations('report page', violations)).toEqual([]);
    await screenshot(page, 'report-preview');
    expect(errors).toEqual([]);
  }, 90_000);

  test("the kommun's reader sees the published result, the comparison and the report", async () => {
    const reader = await e2e.server.createUser('reader', 'Läsare Enköping');
    const page = await e2e.newPage();
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, reader);
    await page.getByRole('link', { name: 'Enköping', exact: true }).click();
    await page.getByRole('link', { name: 'Jämför med andra kommuner' }).waitFor();
    expect(await page.getByRole('link', { name: 'Poängsättning' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Rapport (PDF, Word, HTML)' }).click();
    const frame = page.frameLocator('iframe[title="Rapporten för Enköpings kommun"]');
    await frame.getByRole('heading', { name: '4 Översikt av poängfördelning' }).waitFor();
    expect(await page.getByTestId('draft-notice').count()).toBe(0);
    const status = await page.evaluate(async () => {
      const href = document.querySelector('[data-testid="download-docx"]')?.getAttribute('href');
      return (await fetch(href ?? '')).status;
    });
    expect(status).toBe(200);
    expect(errors).toEqual([]);
  }, 60_000);
});
