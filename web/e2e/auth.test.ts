import { describe, expect, test } from 'vitest';
import { collectPageErrors, logInThroughUi, useE2e } from './support/e2e';

const e2e = useE2e();

describe('logging in and out', () => {
  test('a wrong password shows the error and keeps the login page', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/evaluations'));
    await page.waitForURL(e2e.url('/login')); // logged out: sent to the login page
    await page.getByLabel('E-post', { exact: true }).fill(e2e.server.admin.email);
    await page.getByLabel('Lösenord', { exact: true }).fill('inte-rätt-lösenord');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Fel e-post eller lösenord.');
    expect(page.url()).toBe(e2e.url('/login'));
    await page.context().close();
  });

  test('the admin logs in with the printed password, and out again', async () => {
    const page = await e2e.newPage();
    const errors = collectPageErrors(page);
    await logInThroughUi(page, e2e.server.origin, e2e.server.admin);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Utvärderingar');
    expect(await page.getByText(/^Inloggad som /).textContent()).toContain(
      `Inloggad som ${e2e.server.admin.name}`,
    );

    await page.getByRole('button', { name: 'Logga ut', exact: true }).click();
    await page.waitForURL(e2e.url('/login'));
    // The session is gone on the server too: a protected page sends us back to the login.
    await page.goto(e2e.url('/evaluations'));
    await page.waitForURL(e2e.url('/login'));
    const me = await page.request.get(e2e.url('/api/auth/me'));
    expect(me.status()).toBe(401);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('switching to English changes the texts and <html lang>, and lasts over a reload', async () => {
    const page = await e2e.newPage();
    await logInThroughUi(page, e2e.server.origin, e2e.server.admin);
    const lang = () => page.evaluate(() => document.documentElement.lang);
    expect(await lang()).toBe('sv');

    await page.getByRole('combobox', { name: /^Språk/ }).selectOption('en');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Evaluations');
    expect(await lang()).toBe('en');
    expect(await page.getByRole('button', { name: 'Log out', exact: true }).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: 'Municipality' }).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).not.toMatch(/Sparar|Sparat/);

    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Evaluations');
    expect(await lang()).toBe('en');
    expect(await page.getByRole('combobox', { name: /^Language/ }).inputValue()).toBe('en');

    await page.getByRole('combobox', { name: /^Language/ }).selectOption('sv');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Utvärderingar');
    expect(await lang()).toBe('sv');
    await page.context().close();
  });
});
