import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './bench/closing-line-reporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          // scrypt logins and PostgreSQL schemas are slow on a busy 2-core machine.
          testTimeout: 30_000,
          // The suite keeps both cores busy: a reader that waits for an idle core (the
          // default) would wait long. reader-priority.test.ts checks `idle` itself.
          env: { READER_PRIORITY: 'low' },
          include: ['**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', 'web/**'],
          environment: 'node',
        },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: {
          name: 'web',
          include: ['web/**/*.test.ts', 'web/**/*.test.tsx'],
          exclude: ['**/node_modules/**', '**/dist/**', 'web/e2e/**'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['web/e2e/**/*.test.ts'],
          env: { READER_PRIORITY: 'low' },
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
