import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInThroughUi, useE2e } from './support/e2e';
import { screenshot } from './support/screenshots';

const e2e = useE2e();

describe('the handlingsplan', () => {
  test("the kommun's reader turns an improvement into an action, adds a measurement and sees the status", async () => {
    const reader = await e2e.server.createUser('reader', 'Karin Kommun');
    // axe is injected as a script, which the app's CSP forbids: this context bypasses the CSP.
    const page = await e2e.newPage({ bypassCSP: true });
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, reader);
    await page.getByRole('link', { name: 'Enköping' }).click();
    await page.getByRole('link', { name: 'Handlingsplan och effektmål' }).click();

    // An action from the first förbättringsområde of area 4.
    const area = page.getByRole('region', { name: '4. Ledarskap, ansvar och delegation' });
    const create = area.getByRole('button', { name: /^Skapa åtgärd från: / }).first();
    const improvement = ((await create.getAttribute('aria-label')) ?? '').replace(
      'Skapa åtgärd från: ',
      '',
    );
    expect(improvement.length).toBeGreaterThan(10);
    await create.click();
    expect(await area.getByLabel('Rubrik', { exact: true }).inputValue()).toBe(improvement);
    await area
      .getByLabel('Ansvarig (roll eller enhet)')
      .fill('HR-chef, kommunledningsförvaltningen');
    await area.getByLabel('Klar senast').fill('2027-06-30');
    await area.getByRole('checkbox', { name: /^4\.1 / }).check();
    await area.getByRole('button', { name: 'Spara åtgärden' }).click();
    const action = area.getByRole('article', { name: improvement });
    await action.waitFor();
    expect(await action.textContent()).toContain('Planerad');
    expect(await action.textContent()).toContain('HR-chef, kommunledningsförvaltningen');

    // The demo plan's kötid goal (seed 000): Nuläge 2,74 minuter is near; 1,8 minuter is met.
    const goal = page.getByRole('region', { name: /^Kötiden för att komma fram/ });
    const now = goal.locator('.goal-now');
    expect((await now.textContent())?.trim()).toBe('Status nu: ◐ Nära målet');
    await goal.getByLabel('Datum', { exact: true }).fill('2019-12-31');
    await goal.getByLabel('Värde (minuter)').fill('1,8');
    await goal.getByRole('button', { name: 'Lägg till mätning' }).click();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.goal-now')].some((el) =>
          el.textContent?.includes('Målet uppnått'),
        ),
      undefined,
      { timeout: 10_000 },
    );
    expect((await now.textContent())?.trim()).toBe('Status nu: ● Målet uppnått');
    // The timeline has both values, and the table beside it says each in words.
    const chart = goal.getByRole('img', { name: /^Mätningar över tid: Kötiden/ });
    expect(await chart.locator('.timeline-point').count()).toBe(2);
    const rows = await goal
      .getByRole('table', { name: 'Mätningar' })
      .getByRole('row')
      .evaluateAll((trs) =>
        trs
          .slice(1)
          .map((tr) =>
            [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()).join(' | '),
          ),
      );
    // The kommun can delete a measurement, not the nulage (it belongs to the goal).
    expect(rows).toEqual([
      'december 2018 | 2,74 minuter | Nuläge | ◐ Nära målet | ',
      '31 december 2019 | 1,8 minuter | Mätning | ● Målet uppnått | Ta bort',
    ]);

    // The API computed the same status.
    const id = /\/evaluations\/([^/]+)\/plan/.exec(page.url())?.[1] as string;
    const view = await page.evaluate(
      async (evaluationId) => (await fetch(`/api/evaluations/${evaluationId}/plan`)).json(),
      id,
    );
    const kotid = view.goals.find((g: { title: string }) => g.title.startsWith('Kötiden'));
    expect(kotid.status).toBe('met');
    expect(view.actions.some((a: { improvement: string }) => a.improvement === improvement)).toBe(
      true,
    );

    // Overdue actions of the demo plan say so in words.
    const overdue = page.getByRole('region', { name: '3. Politisk styrning och kontroll' });
    const flags = overdue.locator('.action-status .overdue');
    expect(await flags.allTextContents()).toEqual(['⚠ Försenad']);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Åtgärderna som CSV (Excel)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('handlingsplan-enköping-2016-atgarder.csv');
    const csvText = readFileSync((await csv.path()) as string, 'utf8');
    expect(csvText.startsWith('\uFEFFOmråde;Rubrik;Ansvarig (roll eller enhet);')).toBe(true);
    expect(csvText).toContain('4. Ledarskap, ansvar och delegation;');
    expect(csvText).toContain(';2027-06-30;Planerad;;');

    // The Word follow-up is a download, not a page of the app.
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Uppföljningsrapport (Word)' }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect(
      readFileSync((await docx.path()) as string)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    const violations = await seriousViolations(page);
    expect(violations, formatViolations('plan', violations)).toEqual([]);
    await screenshot(page, 'plan-measurement');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the reader renames the plan, meets a conflict and loads the latest, and deletes a mistaken measurement', async () => {
    const reader = await e2e.server.createUser('reader', 'Kalle Kommun');
    const page = await e2e.newPage();
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, reader);
    await page.getByRole('link', { name: 'Enköping' }).click();
    await page.getByRole('link', { name: 'Handlingsplan och effektmål' }).click();
    await page.waitForURL(/\/plan$/);
    const id = /\/evaluations\/([^/]+)\/plan/.exec(page.url())?.[1] as string;
    const title = page.locator('.plan-title');

    await page.getByRole('button', { name: 'Byt namn på planen' }).click();
    await page.getByLabel('Planens namn').fill('Handlingsplan 2017–2019');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('.plan-title')?.textContent === 'Handlingsplan 2017–2019',
    );

    // Someone else renames it meanwhile; this page still holds the old version.
    await page.getByRole('button', { name: 'Byt namn på planen' }).click();
    const other = await page.evaluate(async (evaluationId) => {
      const url = `/api/evaluations/${evaluationId}/plan`;
      const { plan } = await (await fetch(url)).json();
      const answer = await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Plan enligt KS beslut', version: plan.version }),
      });
      return answer.status;
    }, id);
    expect(other).toBe(200);
    await page.getByLabel('Planens namn').fill('Mitt namn');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Någon annan har ändrat samma sak under tiden.').waitFor();
    expect(await page.getByText('Det du skrev är inte sparat.', { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: 'Hämta den senaste versionen' }).click();
    await page.waitForFunction(
      () => document.querySelector('.plan-title')?.textContent === 'Plan enligt KS beslut',
    );
    expect(await title.textContent()).toBe('Plan enligt KS beslut');

    // A measurement entered by mistake is deleted, after a confirmation.
    const goal = page.getByRole('region', { name: /^Kötiden för att komma fram/ });
    const table = goal.getByRole('table', { name: 'Mätningar' });
    const before = await table.getByRole('row').count();
    await goal.getByLabel('Datum', { exact: true }).fill('2020-06-30');
    await goal.getByLabel('Värde (minuter)').fill('25');
    await goal.getByRole('button', { name: 'Lägg till mätning' }).click();
    const mistaken = goal.getByRole('button', {
      name: 'Ta bort mätningen 30 juni 2020: 25 minuter',
    });
    await mistaken.waitFor();
    expect(await table.getByRole('row').count()).toBe(before + 1);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(
        'Ta bort mätningen 30 juni 2020 (25 minuter)? Borttagningen loggas.',
      );
      void dialog.accept();
    });
    await mistaken.click();
    await mistaken.waitFor({ state: 'detached' });
    expect(await table.getByRole('row').count()).toBe(before);
    const view = await page.evaluate(
      async (evaluationId) => (await fetch(`/api/evaluations/${evaluationId}/plan`)).json(),
      id,
    );
    const kotid = view.goals.find((g: { title: string }) => g.title.startsWith('Kötiden'));
    expect(kotid.measurements.some((m: { value: number }) => m.value === 25)).toBe(false);
    await screenshot(page, 'plan-renamed');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
