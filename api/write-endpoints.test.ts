import { describe, expect } from 'vitest';
import { DIALECTS } from './db/test-db';
import { apiTest } from './test-support/api-test';

/** Bodies every JSON write endpoint must refuse with a 400 naming the field, never a 500. */
const INVALID_BODIES: [string, string][] = [
  ['an array', '[]'],
  ['a string', '"x"'],
  ['null', 'null'],
  ['an unknown key only', '{"zzz": 1}'],
  ['truncated JSON', '{"version": 1, "na'],
  ['wrong types', '{"version": "1", "points": "many", "name": 5, "status": 7, "kind": []}'],
];

describe.each(DIALECTS)('every write endpoint on %s', (dialect) => {
  const test = apiTest(dialect);

  test('refuses invalid bodies with 400 in the error shape, built from the route table', async ({ api }) => {
    const routes = api.app.openAPIRegistry.definitions.flatMap((definition) =>
      definition.type === 'route' ? [definition.route] : [],
    );
    const writes = routes.filter(
      (route) =>
        (route.method === 'post' || route.method === 'put') &&
        route.request?.body?.content?.['application/json'] !== undefined,
    );
    expect(writes.length).toBeGreaterThanOrEqual(7);
    for (const route of writes) {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'questionId' ? '1.1' : `x-${name}`));
      for (const [what, body] of INVALID_BODIES) {
        const response = await api.app.request(path, {
          method: route.method.toUpperCase(),
          headers: { 'content-type': 'application/json' },
          body,
        });
        const json = await response.json();
        expect(response.status, `${route.method} ${route.path} with ${what}`).toBe(400);
        expect(json.error.code, `${route.method} ${route.path} with ${what}`).toBe('invalid_input');
        expect(json.error.message, `${route.method} ${route.path} with ${what}`).toMatch(/^[\w[\]".]+(\.\w+)*: \S/);
      }
    }
  });
});
