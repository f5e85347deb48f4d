import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

/** The web app: web/ -> web/dist, served by the API server at /. */
export default defineConfig({
  root: 'web',
  plugins: [solid()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Separate chunks per page; d3 only in the chart pages' chunks.
    modulePreload: { polyfill: false },
    // web/dist/.vite/manifest.json: which chunks each page loads (bench/web.bench.ts reads it).
    manifest: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
