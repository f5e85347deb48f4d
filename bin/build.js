#!/usr/bin/env node
// Bundles the server-side entry points into dist/ with esbuild. Production runs these bundles:
// tsx (used for development) keeps function names, which costs time on hot paths.
import { build } from 'esbuild';

const entries = process.argv.slice(2);
const all = {
  kompass: 'api/cli/kompass-main.ts',
  bench: 'bench/run.ts',
  floor: 'bench/floor-server.ts',
  'bench-documents': 'bench/documents-only.ts',
  // The document text extraction worker thread, started by the server and the CLI.
  'extract-worker': 'api/documents/extraction/extract-worker.ts',
};
const chosen = entries.length > 0 ? [...entries, 'extract-worker'] : Object.keys(all);
await build({
  entryPoints: Object.fromEntries(chosen.map((name) => [name, all[name]])),
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  packages: 'external',
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  sourcemap: true,
  logLevel: 'warning',
});
