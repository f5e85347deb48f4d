import type { Page } from 'playwright-core';
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
import type { Account } from './support/test-server';

const e2e = useE2e();

async function pageAs(account: Account, path: string): Promise<Page> {
  const context = await e2e.newContext();
  await logInWithCookie(context, e2e.server.origin, account);
  const page = await context.newPage();
  await page.goto(e2e.url(path));
  return page;
}

// Issue 15, point 9: errors keep their reason, in the UI's words.
describe('errors in the UI’s words', () => {
  test('a score that is no number keeps its text and message after Tab; the rationale counts its characters', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Felskrivare');
    const evaluation = await createTeamEvaluation([eva]);
    const page = await pageAs(eva, `/evaluations/${evaluation.id}/scoring/1`);
    const errors = collectPageErrors(page);
    const score = page.getByRole('spinbutton', { name: startsWithQuestion('1.1') });
    await score.fill('abc');
    await score.press('Tab');
    // Focus has left, and the text and the reason are still there, tied to the field.
    expect(await score.evaluate((el) => el === document.activeElement)).toBe(false);
    expect(await score.inputValue()).toBe('abc');
    expect(await score.getAttribute('aria-invalid')).toBe('true');
    const described = await score.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toBe(
      'Skriv ett tal, t.ex. 7,5.',
    );
    await score.fill('7,5');
    await score.press('Tab');
    expect(await score.getAttribute('aria-invalid')).toBeNull();

    const rationale = page.locator('[data-rationale="1.1"]');
    const countId = (await rationale.getAttribute('aria-describedby'))?.split(' ').at(-1);
    const count = page.locator(`[id="${countId}"]`);
    expect(await count.textContent()).toBe('0 / 20\u00a0000 tecken');
    await rationale.fill('Planen finns');
    await expect.poll(() => count.textContent()).toBe('12 / 20\u00a0000 tecken');
    await waitForSaveStatus(page, SAVE_STATUS.saved);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a refused month is named by its label, with the server’s reason in Swedish', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Månadsfel');
    const evaluation = await createTeamEvaluation([eva]);
    const page = await pageAs(eva, `/evaluations/${evaluation.id}`);
    await page.getByText('Ändra uppgifter', { exact: true }).click();
    await page.getByLabel('Månad för utvärderingen (ÅÅÅÅ-MM)').fill('2026-13');
    await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe(
        'Ogiltigt värde i fältet ”Månad för utvärderingen (ÅÅÅÅ-MM)”: ett datum skrivs ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.',
      );
    await page.context().close();
  });

  test('the conflict dialog names the field that clashed, and who changed it when', async () => {
    const admin = e2e.server.admin;
    const eva = await e2e.server.createUser('evaluator', 'Eva Först');
    const olle = await e2e.server.createUser('evaluator', 'Olle Sedan');
    const evaluation = await createTeamEvaluation([eva, olle], undefined, admin);
    const path = `/evaluations/${evaluation.id}/texts`;
    // Area 1's Sammanfattning (the page lists every area).
    const summary = (page: Page) =>
      page.getByRole('textbox', { name: 'Sammanfattning', exact: true }).first();
    const evaPage = await pageAs(eva, path);
    const ollePage = await pageAs(olle, path);
    await summary(evaPage).waitFor();
    await summary(ollePage).waitFor();

    await summary(evaPage).fill('Evas sammanfattning');
    await waitForSaveStatus(evaPage, SAVE_STATUS.saved);
    await summary(ollePage).fill('Olles sammanfattning');
    const dialog = ollePage.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('conflict-clashed').textContent()).toBe(
      'Det som skiljer: Sammanfattning.',
    );
    expect(await dialog.getByTestId('conflict-changed-by').textContent()).toMatch(
      new RegExp(`^Ändrat av Eva Först \\(${eva.email.replace('.', '\\.')}\\) \\d`),
    );
    await evaPage.context().close();
    await ollePage.context().close();
  });
});
