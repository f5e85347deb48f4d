import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../../rubrics/project-root';

let source: string | undefined;

/**
 * Runs axe-core on the page as it is now and returns the violations of impact `serious` or
 * `critical`. The context needs `bypassCSP: true`: axe is injected as an inline script, which
 * the app's Content-Security-Policy (rightly) refuses.
 */
export async function seriousViolations(page: Page): Promise<Result[]> {
  source ??= readFileSync(join(projectRoot(), 'node_modules/axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: source });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One readable block per violation: rule, impact, help, and the offending elements. */
export function formatViolations(label: string, violations: Result[]): string {
  if (violations.length === 0) return `${label}: no serious or critical violations`;
  const blocks = violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 8)
      .map(
        (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
      )
      .join('\n');
    const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
    return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
  });
  return `${label}: ${violations.length} serious/critical axe violation(s)\n${blocks.join('\n')}`;
}
