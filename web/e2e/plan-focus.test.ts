import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { collectPageErrors, logInThroughUi, useE2e } from './support/e2e';

const e2e = useE2e();

/** What has the focus: its tag, id and accessible text, enough to tell body from a field. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 80),
      label: el?.getAttribute('name') ?? '',
    };
  });
}

// Issue 15, point 11: on the plan page focus never drops to the body after a button.
describe('focus on the handlingsplan page', () => {
  test('follows each button: naming the plan, cancelling, adding an effektmål, saving an action', async () => {
    const reader = await e2e.server.createUser('reader', 'Karin Fokus');
    const page = await e2e.newPage();
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, reader);
    await page.getByRole('link', { name: 'Enköping', exact: true }).click();
    await page.getByRole('link', { name: 'Handlingsplan och effektmål' }).click();

    const nameButton = page.getByRole('button', {
      name: /^(Ge planen ett namn|Byt namn på planen)$/,
    });
    await nameButton.click();
    await expect.poll(async () => (await focused(page)).label, { timeout: 10_000 }).toBe('title');
    await page.getByRole('button', { name: 'Avbryt', exact: true }).click();
    await expect
      .poll(async () => (await focused(page)).text, { timeout: 10_000 })
      .toMatch(/^(Ge planen ett namn|Byt namn på planen)$/);

    await nameButton.click();
    await expect.poll(async () => (await focused(page)).label, { timeout: 10_000 }).toBe('title');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Plan för Enköping 2027');
    await page.keyboard.press('Enter');
    await page.getByText('Plan för Enköping 2027', { exact: true }).waitFor();
    // Focus is on the rename button: what is typed next does not vanish into the page body.
    await expect
      .poll(async () => (await focused(page)).text, { timeout: 10_000 })
      .toBe('Byt namn på planen');

    // The plan's own effektmål: the form takes focus, Avbryt gives it back to the button.
    const goals = page.getByRole('region', { name: 'Effektmål för hela planen' });
    await goals.getByRole('button', { name: 'Lägg till effektmål' }).click();
    await expect.poll(async () => (await focused(page)).tag, { timeout: 10_000 }).toBe('input');
    expect(await goals.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await goals.getByRole('button', { name: 'Avbryt', exact: true }).click();
    await expect
      .poll(async () => (await focused(page)).id, { timeout: 10_000 })
      .toBe('plan-add-goal');

    // A new action: Rubrik takes focus; after Spara åtgärden, the saved action's heading has it.
    const area = page.getByRole('region', { name: '4. Ledarskap, ansvar och delegation' });
    await area
      .getByRole('button', { name: /^Skapa åtgärd från: / })
      .first()
      .click();
    await expect.poll(async () => (await focused(page)).label, { timeout: 10_000 }).toBe('title');
    await area.getByLabel('Ansvarig (roll eller enhet)').fill('HR-chef');
    await area.getByLabel('Klar senast').fill('2027-06-30');
    await area.getByRole('button', { name: 'Spara åtgärden' }).click();
    await expect.poll(async () => (await focused(page)).tag, { timeout: 10_000 }).toBe('h3');
    const heading = await focused(page);
    expect(heading.id).toMatch(/^action-/);
    expect(await area.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
