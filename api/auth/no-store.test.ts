import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile } from '../test-support/test-app';

describe.each(DIALECTS)('API responses and HTTP caches on %s', (dialect) => {
  const test = apiTest(dialect);

  test('authenticated responses, errors and the login carry Cache-Control: no-store', async ({
    api,
  }) => {
    const { body } = await api.call('POST', '/api/evaluations/import', enkopingFile());
    const reader = await api.user('reader', { municipalityCode: '0381' });
    const cacheControl = async (path: string, init: RequestInit = {}) => {
      const response = await api.app.request(path, init);
      await response.arrayBuffer();
      return [response.status, response.headers.get('cache-control')];
    };
    const as = (cookie: string) => ({ headers: { cookie } });
    expect(await cacheControl('/api/auth/me', as(reader.cookie))).toEqual([200, 'no-store']);
    expect(await cacheControl('/api/evaluations', as(reader.cookie))).toEqual([200, 'no-store']);
    expect(await cacheControl(`/api/evaluations/${body.id}/result`, as(reader.cookie))).toEqual([
      200,
      'no-store',
    ]);
    expect(await cacheControl(`/api/evaluations/${body.id}/scores`, as(api.adminCookie))).toEqual([
      200,
      'no-store',
    ]);
    expect(await cacheControl('/api/evaluations/nope/result', as(reader.cookie))).toEqual([
      404,
      'no-store',
    ]);
    expect(await cacheControl('/api/evaluations')).toEqual([401, 'no-store']);
    expect(
      await cacheControl('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@test.se', password: 'correct-horse-battery' }),
      }),
    ).toEqual([200, 'no-store']);
    // A route's own policy stays.
    expect(
      await cacheControl(`/api/evaluations/${body.id}/report?format=html`, as(reader.cookie)),
    ).toEqual([200, 'private, no-store']);
  });
});
