// A vitest `test` whose `api` fixture is a fresh app and database per test, for one dialect.
import { test as base } from 'vitest';
import type { TestStore } from '../db/test-db';
import { openTestApp, type TestApp } from './test-app';

type Options = Parameters<typeof openTestApp>[1];

export function apiTest(dialect: TestStore, options?: Options) {
  return base.extend<{ api: TestApp }>({
    // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies this way
    api: async ({}, use) => {
      const api = await openTestApp(dialect, options);
      await use(api);
      await api.close();
    },
  });
}
