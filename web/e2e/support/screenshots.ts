import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

let dir: string | undefined;

/** Saves a full-page screenshot to this run's temporary folder, prints and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  dir ??= mkdtempSync(join(tmpdir(), 'kompass-screens-'));
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshot ${name}: ${path}`);
  return path;
}
