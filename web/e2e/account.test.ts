import { describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, isFocused, useE2e } from './support/e2e';

const e2e = useE2e();

describe('my account', () => {
  test('an evaluator changes their own password from the header; their other sessions end', async () => {
    const user = await e2e.server.createUser('evaluator', 'Eva Lösenordsson');
    // A second session of the same user elsewhere (the API login gave it its cookie).
    const elsewhere = await e2e.server.login(user.email, user.password);

    // CSP bypassed so axe can be injected (see seriousViolations).
    const page = await e2e.newPage({ bypassCSP: true });
    const errors = collectPageErrors(page);
    await page.goto(e2e.url('/login'));
    await page.getByLabel('E-post', { exact: true }).fill(user.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL(e2e.url('/evaluations'));

    await page.getByRole('link', { name: /^Inloggad som Eva Lösenordsson/ }).click();
    await page.waitForURL(e2e.url('/account'));
    const heading = page.getByRole('heading', { level: 1, name: 'Mitt konto' });
    await expect.poll(() => isFocused(heading), { timeout: 10_000 }).toBe(true);
    expect(await page.title()).toBe('Mitt konto – Kommunkompassen');
    // The organisation (printed on report covers) comes before the password form.
    await page.locator('#password-title').waitFor();
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'Organisation',
      'Byt lösenord',
    ]);

    const current = page.getByLabel('Nuvarande lösenord', { exact: true });
    const next = page.getByLabel('Nytt lösenord', { exact: true });
    const repeat = page.getByLabel('Upprepa det nya lösenordet', { exact: true });
    const submit = page.getByRole('button', { name: 'Byt lösenord', exact: true });

    // Mistakes are named, and focus goes to the field to fix.
    await current.fill('fel-lösenord-helt');
    await next.fill('ett-nytt-lösenord-1');
    await repeat.fill('ett-nytt-lösenord-1');
    await submit.click();
    // The server checks the password (scrypt): on a loaded machine that takes over a second.
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
      .toBe('Det nuvarande lösenordet stämmer inte.');
    expect(await isFocused(current)).toBe(true);

    await current.fill(user.password);
    await repeat.fill('ett-annat-lösenord');
    await submit.click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('De två nya lösenorden är inte lika.');
    expect(await isFocused(repeat)).toBe(true);

    await next.fill('kort');
    await repeat.fill('kort');
    await submit.click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Det nya lösenordet behöver minst 10 tecken.');

    expect(formatViolations('account', await seriousViolations(page))).toBe(
      'account: no serious or critical violations',
    );

    await next.fill('ett-nytt-lösenord-1');
    await repeat.fill('ett-nytt-lösenord-1');
    await submit.click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Lösenordet' }).textContent(), {
        timeout: 10_000,
      })
      .toBe('Lösenordet är bytt. Dina andra inloggningar är avslutade.');
    expect(await current.inputValue()).toBe('');

    // This session goes on; the other one has ended; the new password works, the old does not.
    expect((await page.request.get(e2e.url('/api/auth/me'))).status()).toBe(200);
    const other = await fetch(e2e.url('/api/auth/me'), { headers: { cookie: elsewhere } });
    expect(other.status).toBe(401);
    await expect(e2e.server.login(user.email, user.password)).rejects.toThrow();
    await expect(e2e.server.login(user.email, 'ett-nytt-lösenord-1')).resolves.toMatch(/=/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the skip link moves focus to the main content, and the login page focuses the e-mail field', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/login'));
    const email = page.getByLabel('E-post', { exact: true });
    await expect.poll(() => isFocused(email), { timeout: 10_000 }).toBe(true);

    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
      .toBe('main');
    await page.context().close();
  });

  test('after each navigation focus is on the new page’s heading, and the title names it', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/login'));
    await page.getByLabel('E-post', { exact: true }).fill(e2e.server.admin.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(e2e.server.admin.password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL(e2e.url('/evaluations'));

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Användare' })
      .click();
    const users = page.getByRole('heading', { level: 1, name: 'Användare' });
    await expect.poll(() => isFocused(users), { timeout: 10_000 }).toBe(true);
    expect(await page.title()).toBe('Användare – Kommunkompassen');

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Utvärderingar' })
      .click();
    await page.getByRole('link', { name: 'Enköping' }).first().click();
    const overview = page.getByRole('heading', { level: 1, name: /^Enköping/ });
    await expect.poll(() => isFocused(overview), { timeout: 10_000 }).toBe(true);
    expect(await page.title()).toMatch(/^Enköping .* – Kommunkompassen$/);
    await page.context().close();
  });
});
