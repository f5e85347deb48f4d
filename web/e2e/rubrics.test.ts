import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInWithCookie, useE2e } from './support/e2e';
import { unwrap } from './support/test-server';

const e2e = useE2e();
const dir = mkdtempSync(join(tmpdir(), 'kompass-rubric-e2e-'));

const TITLE = 'TESTRUBRIK för webbtest (påhittad, inte SKR:s)';

/** Fills the downloaded template with a made-up 8-area TEST rubric: 4 delfrågor per area. */
async function fillTemplate(
  template: string,
  out: string,
  change: (questions: ExcelJS.Worksheet) => void = () => undefined,
) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const version = workbook.getWorksheet('Version') as ExcelJS.Worksheet;
  version.getCell('B1').value = 'test-webb';
  version.getCell('B3').value = TITLE;
  version.getCell('B4').value = 2026;
  version.getCell('B5').value = 'Påhittad för webbtestet';
  const areas = workbook.getWorksheet('Områden') as ExcelJS.Worksheet;
  const questions = workbook.getWorksheet('Delfrågor') as ExcelJS.Worksheet;
  for (let a = 1; a <= 8; a++) {
    const row = areas.getRow(a + 1);
    row.getCell(2).value = `Testområde ${a}`;
    row.getCell(3).value = `Test ${a}`;
    row.getCell(4).value = `Testrubrik ${a}.A\nTestrubrik ${a}.B`;
    row.getCell(5).value = `Bedöm testområde ${a}.`;
    ['30', '25', '32,5', '12,5'].forEach((max, q) => {
      questions.addRow([
        String(a),
        `${a}.${q + 1}`,
        `Testfråga ${a}.${q + 1}?`,
        max,
        q === 0 ? `Vägledning till ${a}.1` : '',
      ]);
    });
  }
  change(questions);
  await workbook.xlsx.writeFile(out);
}

async function importFile(page: Page, file: string) {
  await page.getByLabel('Fil (.xlsx eller .json)').setInputFiles(file);
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
}

async function publish(page: Page) {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect
    .poll(() => page.getByTestId('rubric-preview').getByRole('heading', { level: 2 }).textContent())
    .toMatch(/Publicerad$/);
}

test('an admin fills the template with a TEST rubric, imports, previews, diffs, publishes and evaluates with it', async () => {
  const context = await e2e.newContext({ bypassCSP: true, acceptDownloads: true });
  await logInWithCookie(context, e2e.server.origin, e2e.server.admin);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(e2e.url('/evaluations'));
  await page.getByRole('navigation').getByRole('link', { name: 'Frågeområden' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Frågeområden och versioner');
  await expect.poll(() => page.getByTestId('rubric-versions').textContent()).toContain('kk-2010');

  // The template, downloaded as a user would.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ned mallen (Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kommunkompassen-mall.xlsx');
  const template = join(dir, 'mall.xlsx');
  await download.saveAs(template);

  // A broken sheet: every error named by sheet, row and column (and the area whose maxima no
  // longer add up, as 2.2 moved to an area that does not exist), nothing stored.
  const broken = join(dir, 'trasig.xlsx');
  await fillTemplate(template, broken, (questions) => {
    questions.getRow(3).getCell(4).value = 'tjugofem';
    questions.getRow(7).getCell(1).value = '9';
  });
  await importFile(page, broken);
  const problems = page.getByTestId('rubric-import-errors');
  await expect.poll(() => problems.textContent()).toContain('Filen har 3 fel. Inget har sparats.');
  expect(await problems.getByRole('listitem').allTextContents()).toEqual([
    'Delfrågor rad 3, kolumn D: "tjugofem" är inte ett tal',
    'Delfrågor rad 7, kolumn A: område 9 finns inte i bladet Områden',
    'Delfrågor, område 2: delfrågornas maxpoäng summerar till 75, ska vara 100',
  ]);
  expect(await page.getByTestId('rubric-versions').textContent()).not.toContain('test-webb');

  // The filled template: a draft, previewed as evaluators will see it.
  const filled = join(dir, 'testrubrik.xlsx');
  await fillTemplate(template, filled);
  await importFile(page, filled);
  await expect
    .poll(() => page.getByTestId('rubric-import-result').textContent())
    .toBe('Version 1 skapad som utkast.');
  const preview = page.getByTestId('rubric-preview');
  await expect
    .poll(() => preview.getByRole('heading', { level: 2 }).textContent())
    .toBe(`${TITLE}, version 1 Utkast`);
  expect(await preview.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
    'Ändringar mot version –',
    ...Array.from({ length: 8 }, (_, a) => `${a + 1} Testområde ${a + 1}`),
  ]);
  expect(await preview.getByRole('row', { name: /^3\.3 / }).textContent()).toBe(
    '3.3Testfråga 3.3?32,5',
  );
  expect(await page.getByTestId('rubric-diff').textContent()).toContain('den första versionen');
  const violations = await seriousViolations(page);
  expect(formatViolations('rubrics', violations)).toBe(
    'rubrics: no serious or critical violations',
  );
  await publish(page);

  // Version 2: weights moved between 1.1 and 1.2; the diff shows exactly that before publishing.
  const second = join(dir, 'testrubrik-2.xlsx');
  await fillTemplate(template, second, (questions) => {
    questions.getRow(2).getCell(4).value = 20;
    questions.getRow(3).getCell(4).value = 35;
  });
  await importFile(page, second);
  await expect
    .poll(() => page.getByTestId('rubric-import-result').textContent())
    .toBe('Version 2 skapad som utkast.');
  const diff = page.getByTestId('rubric-diff');
  await expect
    .poll(() => diff.getByRole('heading', { level: 3 }).textContent())
    .toBe('Ändringar mot version 1');
  expect(await diff.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
    'Ändrade maxpoäng (2)',
  ]);
  expect(await diff.getByRole('listitem').allTextContents()).toEqual([
    '1.1: 30 p → 20 p',
    '1.2: 25 p → 35 p',
  ]);
  expect(formatViolations('rubrics diff', await seriousViolations(page))).toBe(
    'rubrics diff: no serious or critical violations',
  );
  await publish(page);
  const rows = page
    .getByTestId('rubric-versions')
    .getByRole('row', { name: new RegExp(TITLE.slice(0, 10)) });
  await expect.poll(() => rows.count()).toBe(2);

  // A new evaluation offers the newest version first, and pins it.
  await page.getByRole('navigation').getByRole('link', { name: 'Utvärderingar' }).click();
  await page.getByText('Ny utvärdering', { exact: true }).click();
  const versionSelect = page.locator('select[name="rubric"]');
  await expect
    .poll(() => versionSelect.locator('option').first().textContent())
    .toBe(`${TITLE} (version 2)`);
  await page.getByRole('combobox', { name: 'Kommun', exact: true }).fill('0360');
  await page.getByLabel('Utvärderingens månad (ÅÅÅÅ-MM)').fill('2026-12');
  await page.getByRole('button', { name: 'Skapa utvärdering' }).click();
  await page.waitForURL(/\/evaluations\/[^/]+$/);
  await expect
    .poll(() => page.getByTestId('overview-total').textContent())
    .toMatch(/^– \/ 800 \(ofullständigt: 0 av 32 delfrågor har konsensuspoäng\)$/);
  const id = new URL(page.url()).pathname.split('/').at(-1) as string;
  const saved = await unwrap(e2e.server.admin.api.api.evaluations[':id'].$get({ param: { id } }));
  expect(saved.rubric).toMatchObject({ id: 'test-webb', version: '2' });
  // Evaluators see each delfråga's text, weight and guidance from the version.
  // The admin who created it is on its team with their own account (the form's default).
  await page.goto(e2e.url(`/evaluations/${id}/scoring/1`));
  await expect
    .poll(() => page.getByTestId('guidance-1.1').textContent())
    .toBe('Vägledning till 1.1');
  expect(await page.locator('[data-question="1.1"] h3').textContent()).toBe('1.1 Testfråga 1.1?');
  expect(errors).toEqual([]);
  await context.close();
});
