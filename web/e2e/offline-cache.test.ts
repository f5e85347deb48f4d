import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { collectPageErrors, logInWithCookie, useE2e } from './support/e2e';
import { unwrap } from './support/test-server';

const e2e = useE2e();

/** Every API response the page's caches hold (the service worker's offline copies). */
function cachedApiUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (new URL(request.url).pathname.startsWith('/api/')) urls.push(request.url);
      }
    }
    return urls.sort();
  });
}

describe('offline copies of a user’s data', () => {
  test('are gone from the service worker’s cache once the server says the session ended', async () => {
    const reader = await e2e.server.createUser('reader', 'Läsare Enköping');
    const context = await e2e.newContext();
    await logInWithCookie(context, e2e.server.origin, reader);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(e2e.url('/evaluations'));
    // Once the service worker controls the page, the app's data goes through it.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await page.getByRole('link', { name: 'Enköping', exact: true }).first().waitFor();
    // Kept for offline use while the session lasts.
    await expect.poll(() => cachedApiUrls(page)).toContain(e2e.url('/api/evaluations'));

    // An admin resets the reader's password: every session of theirs ends on the server.
    await unwrap(
      e2e.server.admin.api.api.users[':id'].password.$post({ param: { id: reader.id }, json: {} }),
    );
    // The next request the page makes gets 401, and the login page is shown.
    await page.reload();
    await page.waitForURL(e2e.url('/login'));
    await expect.poll(() => cachedApiUrls(page)).toEqual([]);
    // The app's shell stays, so it still opens offline (at the login).
    expect(await page.evaluate(async () => (await caches.match('/')) !== undefined)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
