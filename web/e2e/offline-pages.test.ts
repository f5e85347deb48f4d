import { describe, expect, test } from 'vitest';
import { logInThroughUi, useE2e } from './support/e2e';

const e2e = useE2e();

describe('pages offline', () => {
  test('the report page opens offline like every other page; only the report files need the network', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await logInThroughUi(page, e2e.server.origin, e2e.server.admin);
    await page.getByRole('link', { name: 'Enköping' }).click();
    await page.getByRole('link', { name: 'Rapport (PDF, Word, HTML)' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Rapport: Enköpings kommun' });
    await heading.waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Loaded once through the service worker, so it holds this page's data too.
    await page.reload();
    await heading.waitFor();

    await e2e.server.outage();
    try {
      await page.reload();
      await heading.waitFor({ timeout: 15_000 });
      expect(page.url()).toMatch(/\/evaluations\/[^/]+\/report/);
      // The report file itself was never kept: the framed preview is not served from the cache.
      const cachedReports = await page.evaluate(async () => {
        const cache = await caches.open('kompass-app-v1');
        const keys = await cache.keys();
        return keys
          .map((k) => new URL(k.url).pathname)
          .filter((p) => p.startsWith('/api/') && p.endsWith('/report'));
      });
      expect(cachedReports).toEqual([]);
    } finally {
      await e2e.server.restore();
    }
    await context.close();
  });
});
