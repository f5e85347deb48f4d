import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AppError } from '../errors';

/** Where Chromium is looked for, in order: CHROMIUM_PATH, then Debian's and common locations. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter((path): path is string => Boolean(path));
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return chromiumCandidates(env).find((path) => existsSync(path)) ?? null;
}

export const CHROMIUM_MISSING =
  'PDF reports are rendered by Chromium, which was not found (looked in ' +
  `${chromiumCandidates().join(', ')}). Install it with \`apt-get install -y chromium\` ` +
  '(Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome executable. HTML and Word ' +
  'reports work without it.';

/** Headless, and everything that would reach past 127.0.0.1 switched off. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Renders report HTML to PDF in Chromium. The browser starts on the first PDF and is kept for
 * the next ones (a page per PDF); `close()` ends it. Each page has JavaScript off and no network:
 * the report HTML is self-contained, so nothing it says can reach out.
 */
export class PdfRenderer {
  #browser: Promise<Browser> | null = null;
  readonly #executable: () => string | null;

  constructor(executable: () => string | null = () => findChromium()) {
    this.#executable = executable;
  }

  #launch(): Promise<Browser> {
    if (!this.#browser) {
      const executablePath = this.#executable();
      if (!executablePath) throw new AppError(503, 'chromium_missing', CHROMIUM_MISSING);
      // playwright-core is loaded with the first PDF: at start it would cost the server 0.4 s
      // and 90 MB that most runs never use.
      this.#browser = import('playwright-core')
        .then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS }))
        .then((browser) => {
          browser.on('disconnected', () => {
            this.#browser = null;
          });
          return browser;
        });
      this.#browser.catch(() => {
        this.#browser = null;
      });
    }
    return this.#browser;
  }

  /**
   * The page footer (title, "Sida n / m") comes from the HTML's own `@page` margin boxes, so the
   * cover can have none (`@page :first`); Chromium's header and footer templates cannot skip it.
   */
  async render(html: string): Promise<Buffer> {
    const browser = await this.#launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        tagged: true,
        outline: true,
      });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }
}
