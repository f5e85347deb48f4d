import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { isFocused, SAVE_STATUS, waitForSaveStatus } from './e2e';

// Steps the browser journeys take as their users do, from an empty database: no API call by hand.

/** The kk-2010 delfrågor's maxima, per area, in order (the rubric's published weights). */
export const MAXIMA: number[][] = [
  [15, 20, 25, 30, 10],
  [15, 25, 20, 20, 20],
  [15, 25, 25, 20, 15],
  [15, 10, 20, 15, 20, 20],
  [15, 20, 20, 15, 20, 10],
  [15, 20, 25, 15, 15, 10],
  [15, 25, 20, 20, 20],
  [15, 15, 15, 15, 10, 15, 15],
];

/** kk-2010's 45 delfrågor as the journeys reckon with them. */
export const KK2010_QUESTIONS = MAXIMA.flatMap((maxima, a) =>
  maxima.map((maxPoints, q) => ({ id: `${a + 1}.${q + 1}`, areaId: String(a + 1), maxPoints })),
);

export const menu = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name }).click();

/** The admin creates an account on the users page; returns the password shown once. */
export async function createAccount(
  page: Page,
  account: { name: string; email: string; role: 'evaluator' | 'reader'; code?: string },
): Promise<string> {
  await menu(page, 'Användare');
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: 'Skapa användare' }) });
  await form.getByLabel('E-post', { exact: true }).fill(account.email);
  await form.getByLabel('Namn', { exact: true }).fill(account.name);
  await form.getByRole('combobox', { name: /^Roll/ }).selectOption(account.role);
  if (account.code)
    await form.getByRole('combobox', { name: 'Läsarens kommun' }).fill(account.code);
  const invite = form.getByRole('checkbox');
  if (await invite.count()) await invite.uncheck();
  await form.getByRole('button', { name: 'Skapa användare' }).click();
  const password = (await page.getByTestId('one-time-password').textContent())?.trim() ?? '';
  expect(password.length).toBeGreaterThan(9);
  await page.getByRole('button', { name: 'Jag har sparat lösenordet' }).click();
  return password;
}

const scoreInput = (page: Page, questionId: string) =>
  page.locator(`input[data-score-input="${questionId}"]`);

/**
 * An evaluator scores all 45 delfrågor with the keyboard: type, Alt+↓ to the next delfråga,
 * Alt+PageDown to the next area. `share(area, index)` is the share of the max to give; the
 * first delfråga of each area gets `rationale`. `check` runs once the page is drawn.
 */
export async function scoreEverything(
  page: Page,
  evaluationUrl: string,
  share: (area: number, index: number) => number,
  rationale: string,
  check?: (page: Page) => Promise<void>,
) {
  await page.goto(`${evaluationUrl}/scoring/1`);
  await scoreInput(page, '1.1').waitFor();
  await check?.(page);
  await scoreInput(page, '1.1').focus();
  for (const [a, maxima] of MAXIMA.entries()) {
    for (const [q, max] of maxima.entries()) {
      const id = `${a + 1}.${q + 1}`;
      await expect.poll(() => isFocused(scoreInput(page, id)), { timeout: 10_000 }).toBe(true);
      await page.keyboard.type(String(max * share(a, q)).replace('.', ','));
      if (q === 0) {
        await page.keyboard.press('Alt+N');
        await page.keyboard.type(`${rationale} (${id})`);
        await scoreInput(page, id).focus();
      }
      if (q < maxima.length - 1) await page.keyboard.press('Alt+ArrowDown');
      else if (a < MAXIMA.length - 1) {
        await page.keyboard.press('Alt+PageDown');
        const next = scoreInput(page, `${a + 2}.1`);
        await next.waitFor();
        if (!(await isFocused(next))) await next.focus();
      }
    }
  }
  await page.keyboard.press('Tab');
  await waitForSaveStatus(page, SAVE_STATUS.saved, 20_000);
}

/** On the consensus page: takes every delfråga's median and waits until it is saved. */
export async function useEveryMedian(page: Page) {
  const medianButtons = page.getByRole('button', { name: /^Använd medianen / });
  await medianButtons.first().waitFor();
  expect(await medianButtons.count()).toBe(KK2010_QUESTIONS.length);
  for (let i = 0; i < KK2010_QUESTIONS.length; i++) await medianButtons.nth(i).click();
  await waitForSaveStatus(page, SAVE_STATUS.saved, 20_000);
}
