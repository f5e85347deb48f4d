// The OpenAPI document as client generators and API gateways read it: Redocly's recommended
// rules, run on the document the server serves, must find no error and no warning.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { openTestApp } from './test-support/test-app';

async function servedDocument() {
  const api = await openTestApp('sqlite');
  try {
    const response = await api.call('GET', '/api/openapi.json', undefined, { cookie: null });
    expect(response.status).toBe(200);
    return response.body;
  } finally {
    await api.close();
  }
}

describe('GET /api/openapi.json', () => {
  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const document = await servedDocument();
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(document), config });
    const described = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`,
    );
    expect(described).toEqual([]);
  });

  it('declares the session cookie, and every operation that needs no session says so', async () => {
    const document = await servedDocument();
    expect(document.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'kompass_session',
    });
    expect(document.security).toEqual([{ session: [] }]);
    const open: string[] = [];
    const ids = new Set<string>();
    for (const [path, item] of Object.entries<Record<string, any>>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        expect(operation.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
        expect(ids.has(operation.operationId), operation.operationId).toBe(false);
        ids.add(operation.operationId);
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
        if (operation.security?.length === 0) open.push(`${method.toUpperCase()} ${path}`);
      }
    }
    // Exactly the routes of access level `public` (see the authorization matrix test).
    expect(open.sort()).toEqual([
      'GET /api/auth/options',
      'GET /api/health',
      'POST /api/auth/link',
      'POST /api/auth/link/password',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'POST /api/auth/password-reset',
    ]);
  });
});
