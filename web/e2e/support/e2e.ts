import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './browser';
import { screenshot } from './screenshots';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuilt } from './web-build';

export interface E2e {
  readonly server: TestServer;
  readonly browser: Browser;
  /** An absolute URL on the test server: `url('/evaluations')`. */
  url(path: string): string;
  /** A fresh context: its own cookies, storage and IndexedDB, Swedish, 1280x900. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Once per test file: builds web/dist when it is stale, starts the real server on a fresh
 * SQLite database with the demo data, and launches Chromium; all closed after the file.
 * Without Chromium every test fails (not skips) with the message saying how to install it.
 * `env` adds settings (the sign-in tests' OIDC_ and SMTP_ variables).
 */
export function useE2e(options: { env?: Record<string, string> } = {}): E2e {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let browserMissing: unknown;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer(options.env);
    try {
      browser = await launchChromium();
    } catch (error) {
      browserMissing = error; // thrown by each test below, so each is reported as failed
    }
  });

  /** What the browser reported during the current test: uncaught errors, failed app files. */
  let problems: string[] = [];

  beforeEach(({ task, onTestFailed }) => {
    if (browserMissing) throw browserMissing;
    problems = [];
    // A failing test leaves its pages open: keep a screenshot of each, to see what went wrong.
    onTestFailed(async () => {
      const pages = browser?.contexts().flatMap((context) => context.pages()) ?? [];
      const slug = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
      for (const [index, page] of pages.entries()) {
        await screenshot(page, `failed-${slug}-${index + 1}`).catch(() => undefined);
      }
      if (problems.length > 0) console.log(`browser problems:\n  ${problems.join('\n  ')}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const e2e: E2e = {
    get server() {
      if (!server) throw new Error('the test server is not running (beforeAll failed?)');
      return server;
    },
    get browser() {
      if (browserMissing) throw browserMissing;
      if (!browser) throw new Error('Chromium is not running (beforeAll failed?)');
      return browser;
    },
    url: (path) => `${e2e.server.origin}${path}`,
    async newContext(options = {}) {
      const context = await e2e.browser.newContext({
        locale: 'sv-SE',
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      context.setDefaultTimeout(10_000);
      context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
      context.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      context.on('response', (response) => {
        // A missing app file leaves a blank page (e.g. web/dist rebuilt under a running server).
        if (response.status() >= 400 && !response.url().includes('/api/')) {
          problems.push(`HTTP ${response.status()} ${response.url()}`);
        }
      });
      return context;
    },
    async newPage(options = {}) {
      return (await e2e.newContext(options)).newPage();
    },
  };
  return e2e;
}

export * from './page-helpers';
