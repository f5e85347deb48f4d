import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../api/reports/report-pdf';

/** Debian's Chromium: the browser the tests and the bench drive (CI installs it with apt). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Launches headless Chromium with everything that would reach past 127.0.0.1 switched off.
 * Throws (so the tests fail, never skip) when Chromium is not installed.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}: the browser tests need it. Install it with \`apt-get install -y chromium\`.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}
