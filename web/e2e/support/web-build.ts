import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../../rubrics/project-root';

/** What the built app is made of: the web sources, the engine they import, the build config. */
const SOURCES = ['web', 'scoring', 'vite.config.ts', 'package-lock.json'];
/** Not part of the app: its output, the browser tests, unit tests. */
const IGNORED = /(^|\/)(dist|e2e|node_modules)(\/|$)|\.test\.tsx?$/;

function newestMtime(root: string, path: string): number {
  if (IGNORED.test(path)) return 0;
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(full)) {
    newest = Math.max(newest, newestMtime(root, `${path}/${entry}`));
  }
  return newest;
}

/** True when web/dist is missing or older than a source file. */
export function webBuildIsStale(root = projectRoot()): boolean {
  const index = join(root, 'web/dist/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(root, source) > built);
}

/** Hashed files no current build names are removed once they are this old. */
const KEEP_OLD_ASSETS_MS = 30 * 60_000;

/** The files of the build in `dist` (from its Vite manifest); empty when there is none. */
function manifestFiles(dist: string): Set<string> {
  const path = join(dist, '.vite/manifest.json');
  if (!existsSync(path)) return new Set();
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<
    string,
    { file: string; css?: string[]; assets?: string[] }
  >;
  return new Set(
    Object.values(manifest).flatMap((entry) => [
      entry.file,
      ...(entry.css ?? []),
      ...(entry.assets ?? []),
    ]),
  );
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/**
 * Builds the web app (`npx vite build`) when web/dist is missing or stale. The build goes to a
 * staging folder (under node_modules/.cache: same file system, ignored by git, tsc and Biome)
 * and is then moved into web/dist file by file, index.html last, each by an atomic rename.
 * Hashed files of the previous build stay for a while: a server started before the rebuild
 * (another test run, which caches its index.html) still finds every file its pages load.
 * Returns whether it built.
 */
export function ensureWebBuilt(root = projectRoot()): boolean {
  if (!webBuildIsStale(root)) return false;
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(cache, 'kompass-web-'));
  try {
    try {
      execFileSync(
        'npx',
        ['vite', 'build', '--logLevel', 'warn', '--outDir', staging, '--emptyOutDir'],
        // vitest sets NODE_ENV=test; the app must be built as production builds it.
        {
          cwd: root,
          stdio: ['ignore', 'pipe', 'pipe'],
          encoding: 'utf8',
          env: { ...process.env, NODE_ENV: 'production' },
        },
      );
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `vite build failed:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`,
      );
    }
    const dist = join(root, 'web/dist');
    const previous = manifestFiles(dist);
    const built = filesUnder(staging);
    const last = (file: string) => (file === 'index.html' ? 1 : 0);
    for (const file of [...built].sort((a, b) => last(a) - last(b))) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      renameSync(join(staging, file), join(dist, file));
    }
    const current = new Set(built);
    const now = new Date();
    for (const file of filesUnder(dist)) {
      if (current.has(file)) continue;
      const path = join(dist, file);
      // The previous build's files are superseded now: their mtime starts the grace period.
      if (previous.has(file)) utimesSync(path, now, now);
      else if (now.getTime() - statSync(path).mtimeMs > KEEP_OLD_ASSETS_MS) rmSync(path);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return true;
}
