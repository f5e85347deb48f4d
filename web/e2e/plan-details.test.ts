import { describe, expect, test } from 'vitest';
import { collectPageErrors, logInThroughUi, useE2e } from './support/e2e';

const e2e = useE2e();

// Issue 15, point 13, on the handlingsplan page: one action per double click, bands as ranges,
// the effektmål bounds explained beside their fields, one date field everywhere.
describe('the handlingsplan, in detail', () => {
  test('a double click saves one action; bands read as ranges; bounds and dates are explained', async () => {
    const reader = await e2e.server.createUser('reader', 'Karin Dubbelklick');
    const page = await e2e.newPage();
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, reader);
    await page.getByRole('link', { name: 'Enköping', exact: true }).click();
    await page.getByRole('link', { name: 'Handlingsplan och effektmål' }).click();

    const area = page.getByRole('region', { name: '3. Politisk styrning och kontroll' });
    await area.getByRole('button', { name: 'Ny åtgärd i området' }).click();
    await area.getByLabel('Rubrik', { exact: true }).fill('Dubbelklickad åtgärd');
    await area.getByLabel('Ansvarig (roll eller enhet)').fill('Kanslichef');
    await area.getByRole('button', { name: 'Spara åtgärden' }).dblclick();
    await area.getByRole('article', { name: 'Dubbelklickad åtgärd' }).waitFor();
    // Give a second request every chance to land before counting.
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.getByRole('article', { name: 'Dubbelklickad åtgärd' }).first().waitFor();
    expect(await page.getByRole('article', { name: 'Dubbelklickad åtgärd' }).count()).toBe(1);

    // The demo plan's first goal (seed 000): 75 % or more is met, 71-74 % near.
    const goal = page.getByRole('region', { name: /^Öka kommunens attraktionskraft/ }).first();
    const bands = await goal.locator('.goal-bands').textContent();
    expect(bands).toContain('(minst 75 %)');
    expect(bands).toContain('(71–74 %)');
    expect(bands).not.toMatch(/\[\d|\d\)/);

    // Adding an effektmål: the bounds say what "Planens ord" and "inklusive" mean, beside them;
    // Nuläge, Måldatum and a measurement's date are one kind of field with one format note.
    const planGoals = page.getByRole('region', { name: 'Effektmål för hela planen' });
    await planGoals.getByRole('button', { name: 'Lägg till effektmål' }).click();
    const bounds = planGoals.getByRole('group', { name: 'Gränser' });
    const hintId = await bounds.getAttribute('aria-describedby');
    const hint = await page.locator(`[id="${hintId}"]`).textContent();
    expect(hint).toContain('Planens ord');
    expect(hint).toContain('inklusive');
    for (const label of ['Nulägets datum', 'Måldatum']) {
      const field = planGoals.getByLabel(label, { exact: true });
      expect(await field.getAttribute('class')).toBe('date-input');
      const format = await field.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${format}"]`).textContent()).toBe(
        'Skriv ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM för en hel månad (t.ex. 2018-12).',
      );
    }
    const measurementDate = goal.getByLabel('Datum', { exact: true });
    expect(await measurementDate.getAttribute('class')).toBe('date-input');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
