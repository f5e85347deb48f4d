import { describe, expect, test } from 'vitest';
import { collectPageErrors, logInThroughUi, logInWithCookie, useE2e } from './support/e2e';

const e2e = useE2e();

// Issue 15, point 13: the lock-out says how long; an admin lifts it in Användare; two people
// of the same name are told apart by their e-mail there.
describe('a locked-out login', () => {
  test('says how long it lasts, and an admin lifts it on the Användare page', async () => {
    const anna = await e2e.server.createUser('evaluator', 'Anna Andersson');
    const namesake = await e2e.server.createUser('reader', 'Anna Andersson');
    const page = await e2e.newPage();
    await page.goto(e2e.url('/login'));
    await page.getByLabel('E-post', { exact: true }).fill(anna.email);
    for (let i = 0; i < 6; i++) {
      await page.getByLabel('Lösenord', { exact: true }).fill(`fel-lösenord-${i}`);
      await page.getByRole('button', { name: 'Logga in', exact: true }).click();
      await page.getByRole('alert').first().waitFor();
    }
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 10_000 })
      .toBe(
        'För många misslyckade inloggningar. Försök igen om 15 minuter, eller be en administratör låsa upp kontot under Användare.',
      );

    const context = await e2e.newContext();
    await logInWithCookie(context, e2e.server.origin, e2e.server.admin);
    const admin = await context.newPage();
    const errors = collectPageErrors(admin);
    await admin.goto(e2e.url('/users'));
    await admin.getByRole('row').filter({ hasText: namesake.email }).waitFor();
    // Each Anna Andersson is named with her e-mail, so every button says whom it is for.
    for (const account of [anna, namesake]) {
      expect(
        await admin
          .getByRole('button', {
            name: `Ändra roll eller namn för Anna Andersson (${account.email})`,
          })
          .count(),
      ).toBe(1);
    }
    const row = admin.getByRole('row').filter({ hasText: anna.email });
    // The lock-out state arrives after the list itself: wait for it instead of reading once.
    await expect
      .poll(() => row.textContent(), { timeout: 10_000 })
      .toMatch(/Inloggningen låst till /);
    expect(
      await admin.getByRole('row').filter({ hasText: namesake.email }).textContent(),
    ).not.toMatch(/låst/);
    await admin
      .getByRole('button', { name: `Lås upp inloggningen för Anna Andersson (${anna.email})` })
      .click();
    await expect
      .poll(() => admin.getByRole('status').filter({ hasText: 'upplåst' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    // The status is said before the list is read again: wait for the row.
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).not.toMatch(/låst till/);

    // Anna can log in again at once.
    await logInThroughUi(page, e2e.server.origin, anna);
    expect(errors).toEqual([]);
    await page.context().close();
    await context.close();
  });

  test('a new user with an e-mail already taken is refused naming the e-mail', async () => {
    const taken = await e2e.server.createUser('evaluator', 'Bo Befintlig');
    const context = await e2e.newContext();
    await logInWithCookie(context, e2e.server.origin, e2e.server.admin);
    const page = await context.newPage();
    await page.goto(e2e.url('/users'));
    const form = page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Skapa användare' }) });
    await form.getByLabel('E-post', { exact: true }).fill(taken.email);
    await form.getByLabel('Namn', { exact: true }).fill('Bo Dubblett');
    await form.getByRole('combobox', { name: /^Roll/ }).selectOption('evaluator');
    const invite = form.getByRole('checkbox');
    if (await invite.count()) await invite.uncheck();
    await form.getByRole('button', { name: 'Skapa användare' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 10_000 })
      .toBe(`Det finns redan en användare med e-postadressen ${taken.email}.`);
    await context.close();
  });
});
