import { describe, expect } from 'vitest';
import { DIALECTS } from './db/test-db';
import { apiTest } from './test-support/api-test';
import { enkopingFile } from './test-support/test-app';

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

  test('refuses invalid bodies with 400 in the error shape, built from the route table', async ({
    api,
  }) => {
    const routes = api.app.openAPIRegistry.definitions.flatMap((definition) =>
      definition.type === 'route' ? [definition.route] : [],
    );
    const writes = routes.filter(
      (route) =>
        (route.method === 'post' || route.method === 'put') &&
        route.request?.body?.content?.['application/json'] !== undefined,
    );
    expect(writes.length).toBeGreaterThanOrEqual(7);
    // A real evaluation, so evaluation routes get past access control to validation.
    const created = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Ydre', code: '0512' },
      rubric: 'kk-2010',
      date: '2025-01',
      evaluators: ['A'],
    });
    const values: Record<string, string> = {
      id: created.body.id,
      memberId: created.body.team[0].id,
      questionId: '1.1',
      areaId: '1',
    };
    // The handlingsplan is written by the kommun's readers, of a published evaluation.
    const published = await api.call('POST', '/api/evaluations/import', enkopingFile());
    const reader = await api.user('reader', { email: 'plan@test.se', municipalityCode: '0381' });
    // The kommun's answers are written by the evaluation's contacts (issue #20).
    const contact = await api.user('reader', {
      email: 'kontakt@test.se',
      municipalityCode: '0512',
    });
    await api.call('POST', `/api/evaluations/${created.body.id}/contacts`, { userId: contact.id });
    const kommunWrite = /\/questionnaire\/(answers|submit)|\/self-assessment\/\{/;
    for (const route of writes) {
      const isPlan = route.path.includes('/plan');
      const cookie = isPlan
        ? reader.cookie
        : kommunWrite.test(route.path)
          ? contact.cookie
          : api.adminCookie;
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        isPlan && name === 'id' ? published.body.id : (values[name] ?? `x-${name}`),
      );
      for (const [what, body] of INVALID_BODIES) {
        const response = await api.app.request(path, {
          method: route.method.toUpperCase(),
          headers: {
            'content-type': 'application/json',
            cookie,
          },
          body,
        });
        const json = await response.json();
        expect(response.status, `${route.method} ${route.path} with ${what}`).toBe(400);
        expect(json.error.code, `${route.method} ${route.path} with ${what}`).toBe('invalid_input');
        expect(json.error.message, `${route.method} ${route.path} with ${what}`).toMatch(
          /^[\w[\]".]+(\.\w+)*: \S/,
        );
      }
    }
  });
});
