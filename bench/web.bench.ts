import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest, type Rolldown } from 'vite';
import { projectRoot } from '../rubrics/project-root';
import { launchChromium } from '../web/e2e/support/browser';
import { logInWithCookie, startsWithQuestion } from '../web/e2e/support/page-helpers';
import { createTeamEvaluation } from '../web/e2e/support/seed';
import { startTestServer, unwrap } from '../web/e2e/support/test-server';
import { ensureWebBuilt } from '../web/e2e/support/web-build';
import { type Figure, median } from './measure';

/** The app's routes and the page module each loads (web/app.tsx). */
const ROUTES: [route: string, page: string][] = [
  ['/login', 'pages/login.tsx'],
  ['/evaluations', 'pages/evaluations-list.tsx'],
  ['/evaluations/:id', 'pages/evaluation-overview.tsx'],
  ['/evaluations/:id/scoring', 'pages/scoring.tsx'],
  ['/evaluations/:id/evidence', 'pages/evidence.tsx'],
  ['/evaluations/:id/consensus', 'pages/consensus.tsx'],
  ['/evaluations/:id/texts', 'pages/area-texts.tsx'],
  ['/users', 'pages/users.tsx'],
  ['/evaluations/:id/compare', 'pages/compare.tsx'],
];
const SCORING_TARGET_KB = 60;
const D3_MODULE = /[\\/]node_modules[\\/]d3(-[a-z-]+)?[\\/]/;

/** The production build in memory: Vite's manifest and the chunks by file name. */
async function buildInMemory() {
  const root = projectRoot();
  const output = (await build({
    configFile: join(root, 'vite.config.ts'),
    root: join(root, 'web'),
    logLevel: 'warn',
    build: { write: false, manifest: true },
  })) as Rolldown.RolldownOutput;
  const chunks = new Map<string, Rolldown.OutputChunk>();
  let manifest: Manifest | undefined;
  for (const item of output.output) {
    if (item.type === 'chunk') chunks.set(item.fileName, item);
    else if (item.fileName === '.vite/manifest.json') {
      manifest = JSON.parse(String(item.source)) as Manifest;
    }
  }
  if (!manifest) throw new Error('vite build wrote no .vite/manifest.json (build.manifest)');
  return { manifest, chunks };
}

/** Manifest keys reachable from `starts` through static imports (and dynamic ones when asked). */
function closure(manifest: Manifest, starts: string[], dynamic = false): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const entry = manifest[key];
    if (!entry) throw new Error(`${key} is not in the Vite manifest`);
    seen.add(key);
    for (const next of entry.imports ?? []) visit(next);
    if (dynamic && key !== 'index.html') for (const next of entry.dynamicImports ?? []) visit(next);
  };
  for (const start of starts) visit(start);
  return [...seen];
}

/** Gzipped size in KB of the JS a route loads: the entry, the page chunk and their imports. */
export async function bundleFigures(): Promise<Figure[]> {
  const { manifest, chunks } = await buildInMemory();
  const chunkOf = (key: string) => {
    const file = manifest[key]?.file ?? '';
    const chunk = chunks.get(file);
    if (!chunk) throw new Error(`no chunk ${file} for ${key}`);
    return chunk;
  };
  const gzipKb = (keys: string[]) =>
    keys.reduce((sum, key) => sum + gzipSync(chunkOf(key).code).length, 0) / 1024;

  const figures: Figure[] = ROUTES.map(([route, page]) => {
    const keys = closure(manifest, ['index.html', page]);
    const kb = gzipKb(keys);
    const scoring = page === 'pages/scoring.tsx';
    return {
      name: `web: gzipped JS loaded by ${route}`,
      value: kb,
      unit: 'KB',
      target: scoring ? `< ${SCORING_TARGET_KB} KB` : '–',
      met: scoring ? kb < SCORING_TARGET_KB : null,
      note: `${keys.length} chunks: ${keys.map((key) => chunkOf(key).fileName).join(', ')}`,
    };
  });

  // Everything the scoring page can load, its own lazy imports included, must be free of d3.
  const scoringKeys = closure(manifest, ['index.html', 'pages/scoring.tsx'], true);
  const d3 = scoringKeys.flatMap((key) =>
    chunkOf(key)
      .moduleIds.filter((id) => D3_MODULE.test(id))
      .map((id) => `${chunkOf(key).fileName}: ${id.slice(id.lastIndexOf('node_modules'))}`),
  );
  // The control: where the build does hold d3 (the chart pages), so the check is not blind.
  const d3Files = [...chunks.values()]
    .filter((chunk) => chunk.moduleIds.some((id) => D3_MODULE.test(id)))
    .map((chunk) => chunk.fileName);
  figures.push({
    name: 'web: d3 modules in chunks the scoring page loads',
    value: d3.length,
    unit: 'modules',
    target: '0',
    met: d3.length === 0,
    note:
      d3.length > 0
        ? d3.slice(0, 10).join('; ')
        : `d3 is only in: ${d3Files.join(', ') || '(no chunk of this build)'}`,
  });
  return figures;
}

/**
 * Chromium on loopback, a fresh context (cold cache) per run: milliseconds from navigation start
 * to a usable scoring page (the first delfråga's score input visible and enabled), median of
 * `runs`. The floor is a navigation to /api/health on the same server, measured the same way.
 */
export async function scoringPageLoad(runs = 5): Promise<Figure> {
  ensureWebBuilt();
  const browser = await launchChromium();
  const server = await startTestServer();
  try {
    const eva = await server.createUser('evaluator', 'Eva Bench');
    const evaluation = await createTeamEvaluation([eva]);
    const url = `${server.origin}/evaluations/${evaluation.id}/scoring/1`;
    const usable: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      await logInWithCookie(context, server.origin, eva);
      const page = await context.newPage();
      await page.goto(`${server.origin}/api/health`, { waitUntil: 'load' });
      floor.push(await page.evaluate(() => performance.now()));
      await page.close();
      const scoring = await context.newPage();
      await scoring.goto(url, { waitUntil: 'commit' });
      const name = startsWithQuestion('1.1');
      const input = scoring
        .getByRole('spinbutton', { name })
        .or(scoring.getByRole('textbox', { name }));
      await input.waitFor({ state: 'visible', timeout: 30_000 });
      await scoring.waitForFunction(
        () => !document.querySelector('main input[disabled], main textarea[disabled]'),
      );
      if (!(await input.isEnabled())) throw new Error('the 1.1 score input is disabled');
      usable.push(await scoring.evaluate(() => performance.now()));
      await context.close();
    }
    const scores = await unwrap(
      eva.api.api.evaluations[':id'].scores.$get({ param: { id: evaluation.id }, query: {} }),
    );
    if (scores.evaluatorScores.some((s) => s.points !== null)) {
      throw new Error('the benchmark should leave the evaluation unscored');
    }
    const value = median(usable);
    const least = median(floor);
    return {
      name: 'web: navigation to a usable scoring page (Chromium)',
      value,
      unit: 'ms',
      target: '–',
      met: null,
      floor: least,
      ratio: value / least,
      note: `median of ${runs} cold loads on loopback; floor: /api/health`,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The web app's figures: bundle sizes per route, d3 kept off the scoring page, load time. */
export async function webBenchmark(): Promise<Figure[]> {
  return [...(await bundleFigures()), await scoringPageLoad()];
}
