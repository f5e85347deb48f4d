import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Account } from './test-server';

// Page helpers for the browser tests and the bench; nothing here depends on vitest.

/** Logs a page in through the login form (fields `E-post`, `Lösenord`, button `Logga in`). */
export async function logInThroughUi(
  page: Page,
  origin: string,
  account: Pick<Account, 'email' | 'password'>,
): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('E-post', { exact: true }).fill(account.email);
  await page.getByLabel('Lösenord', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL(`${origin}/evaluations`);
}

/** Gives a context an account's API session cookie (faster than the form, for other tests). */
export async function logInWithCookie(
  context: BrowserContext,
  origin: string,
  account: Pick<Account, 'cookie'>,
): Promise<void> {
  const split = account.cookie.indexOf('=');
  const name = account.cookie.slice(0, split);
  const value = account.cookie.slice(split + 1);
  await context.addCookies([{ name, value, url: origin, httpOnly: true, sameSite: 'Lax' }]);
}

/** Uncaught exceptions in a page, collected from now on (assert it stays empty). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  return errors;
}

/** The save status messages (role="status" in the header). */
export const SAVE_STATUS = {
  saving: 'Sparar…',
  saved: 'Sparat',
  offline: 'Offline – sparas när anslutningen är tillbaka',
} as const;

/** Waits until the header's save status (role="status") reads `text`. */
export async function waitForSaveStatus(page: Page, text: string, timeout = 10_000): Promise<void> {
  const status = page.getByRole('banner').getByRole('status');
  const started = Date.now();
  let last: string | null = null;
  while (Date.now() - started < timeout) {
    last = (await status.textContent())?.trim() ?? null;
    if (last === text) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`the save status stayed "${last}", expected "${text}" within ${timeout} ms`);
}

/** True when the locator's element has the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** A RegExp for an accessible name that starts with a question id: `1.1 …` (not `1.10`). */
export function startsWithQuestion(questionId: string): RegExp {
  return new RegExp(`^${questionId.replace('.', '\\.')}(\\s|$)`);
}
