import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { openTestApp, TEST_PASSWORD } from '../test-support/test-app';
import { LOGIN_LIMITS } from './login-attempts';
import { hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  apiTest('sqlite')(
    'are salted scrypt hashes with their parameters, checked in constant time',
    async () => {
      const a = await hashPassword('hemligt-lösenord');
      const b = await hashPassword('hemligt-lösenord');
      expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(a).not.toBe(b);
      expect(await verifyPassword('hemligt-lösenord', a)).toBe(true);
      expect(await verifyPassword('hemligt-losenord', a)).toBe(false);
      expect(await verifyPassword('x', 'garbage')).toBe(false);
    },
  );
});

describe.each(DIALECTS)('accounts and sessions on %s', (dialect) => {
  const test = apiTest(dialect);

  test('logs in with an HttpOnly SameSite=Lax cookie and answers /me', async ({ api }) => {
    const { id } = await api.user('evaluator', { email: 'Eva@Test.se', name: 'Eva' });
    const response = await api.call(
      'POST',
      '/api/auth/login',
      { email: ' eva@test.SE ', password: TEST_PASSWORD },
      { cookie: null },
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id,
      email: 'eva@test.se',
      name: 'Eva',
      role: 'evaluator',
      municipalityCode: null,
    });
    expect(response.setCookie).toMatch(
      /^kompass_session=[A-Za-z0-9_-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const cookie = response.setCookie?.split(';')[0] as string;
    const me = await api.call('GET', '/api/auth/me', undefined, { cookie });
    expect(me.body.email).toBe('eva@test.se');
    // The database keeps only the token's hash.
    const sessions = await api.deps.store.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', id)
      .execute();
    expect(sessions).toHaveLength(2);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.id) && !cookie.includes(s.id))).toBe(true);
  });

  test('gives one generic 401 for a wrong password and for an unknown user', async ({ api }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    const wrong = await api.call(
      'POST',
      '/api/auth/login',
      { email: 'eva@test.se', password: 'nope-nope-nope' },
      { cookie: null },
    );
    const unknown = await api.call(
      'POST',
      '/api/auth/login',
      { email: 'nobody@test.se', password: 'nope-nope-nope' },
      { cookie: null },
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({
      error: { code: 'login_failed', message: 'wrong email or password' },
    });
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.setCookie).toBeNull();
  });

  test('requires a session for everything but health, login and the API document', async ({
    api,
  }) => {
    expect((await api.call('GET', '/api/evaluations', undefined, { cookie: null })).status).toBe(
      401,
    );
    expect(
      (await api.call('GET', '/api/auth/me', undefined, { cookie: null })).body.error.code,
    ).toBe('not_logged_in');
    expect(
      (await api.call('GET', '/api/auth/me', undefined, { cookie: 'kompass_session=forged' }))
        .status,
    ).toBe(401);
    expect((await api.call('GET', '/api/health', undefined, { cookie: null })).status).toBe(200);
    expect((await api.call('GET', '/api/openapi.json', undefined, { cookie: null })).status).toBe(
      200,
    );
  });

  test('rotates the session at login: the old cookie stops working', async ({ api }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    const first = await api.login('eva@test.se');
    const again = await api.call(
      'POST',
      '/api/auth/login',
      { email: 'eva@test.se', password: TEST_PASSWORD },
      { cookie: first },
    );
    const second = again.setCookie?.split(';')[0] as string;
    expect(second).not.toBe(first);
    expect((await api.call('GET', '/api/auth/me', undefined, { cookie: first })).status).toBe(401);
    expect((await api.call('GET', '/api/auth/me', undefined, { cookie: second })).status).toBe(200);
  });

  test('revokes the session at logout', async ({ api }) => {
    const { cookie } = await api.user('evaluator');
    const out = await api.call('POST', '/api/auth/logout', undefined, { cookie });
    expect(out.status).toBe(204);
    expect(out.setCookie).toMatch(/kompass_session=; Max-Age=0/);
    expect((await api.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);
  });

  test('expires a session after the idle time, and after the maximum age however active', async () => {
    const api = await openTestApp(dialect, { sessions: { idleMinutes: 30, maxDays: 1 } });
    try {
      const { cookie } = await api.user('evaluator');
      api.clock.advance(29 * 60_000);
      expect((await api.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(200);
      api.clock.advance(29 * 60_000); // active 29 minutes ago: still alive
      expect((await api.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(200);
      api.clock.advance(31 * 60_000);
      expect((await api.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);

      const other = await api.user('evaluator');
      for (let i = 0; i < 50; i++) {
        api.clock.advance(29 * 60_000); // always active, 24 hours in all
        await api.call('GET', '/api/auth/me', undefined, { cookie: other.cookie });
      }
      expect(
        (await api.call('GET', '/api/auth/me', undefined, { cookie: other.cookie })).status,
      ).toBe(401);
    } finally {
      await api.close();
    }
  });

  test('a password change revokes the other sessions and keeps this one', async ({ api }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    const laptop = await api.login('eva@test.se');
    const phone = await api.login('eva@test.se');
    const wrong = await api.call(
      'POST',
      '/api/auth/password',
      { currentPassword: 'fel', newPassword: 'nytt-langt-losenord' },
      { cookie: laptop },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toBe('currentPassword: the current password is wrong');
    const short = await api.call(
      'POST',
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'kort' },
      { cookie: laptop },
    );
    expect(short.body.error.message).toBe('newPassword: a password has at least 10 characters');
    const changed = await api.call(
      'POST',
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'nytt-langt-losenord' },
      { cookie: laptop },
    );
    expect(changed.status).toBe(204);
    expect((await api.call('GET', '/api/auth/me', undefined, { cookie: laptop })).status).toBe(200);
    expect((await api.call('GET', '/api/auth/me', undefined, { cookie: phone })).status).toBe(401);
    await expect(api.login('eva@test.se')).rejects.toThrow(/401/);
    expect(await api.login('eva@test.se', 'nytt-langt-losenord')).toMatch(/^kompass_session=/);
  });

  test('an admin password reset ends every session of the user', async ({ api }) => {
    const eva = await api.user('evaluator');
    const reset = await api.call('POST', `/api/users/${eva.id}/password`, {});
    expect(reset.status).toBe(200);
    expect(reset.body.password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect((await api.call('GET', '/api/auth/me', undefined, { cookie: eva.cookie })).status).toBe(
      401,
    );
  });

  test('locks an account after repeated failures, without telling whether it exists', async ({
    api,
  }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    const attempt = (email: string, password: string) =>
      api.call('POST', '/api/auth/login', { email, password }, { cookie: null });
    for (let i = 0; i < LOGIN_LIMITS.account.failures; i++) {
      expect((await attempt('eva@test.se', 'wrong-password-x')).status).toBe(401);
      expect((await attempt('ghost@test.se', 'wrong-password-x')).status).toBe(401);
    }
    const locked = await attempt('eva@test.se', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error).toEqual({
      code: 'too_many_attempts',
      message: 'too many failed logins: try again in 15 minutes',
    });
    expect((await attempt('ghost@test.se', 'wrong-password-x')).status).toBe(429);
    api.clock.advance(LOGIN_LIMITS.account.lockMs + 1000);
    expect((await attempt('eva@test.se', TEST_PASSWORD)).status).toBe(200);
  });

  test('limits failures per address across accounts', async ({ api }) => {
    let status = 0;
    for (let i = 0; i <= LOGIN_LIMITS.address.failures; i++) {
      status = (
        await api.call(
          'POST',
          '/api/auth/login',
          { email: `user${i}@test.se`, password: 'wrong-password-x' },
          { cookie: null },
        )
      ).status;
    }
    expect(status).toBe(429);
    const locked = await api.call(
      'POST',
      '/api/auth/login',
      { email: 'admin@test.se', password: TEST_PASSWORD },
      { cookie: null },
    );
    expect(locked.status).toBe(429);
  });

  test('refuses a cross-site write with the session cookie (CSRF) and allows same-origin', async ({
    api,
  }) => {
    const body = {
      municipality: { name: 'Ale', code: '1440' },
      rubric: 'kk-2010',
      date: '2024-01',
      evaluators: ['A'],
    };
    const cross = await api.call('POST', '/api/evaluations', body, {
      headers: { origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
    expect(cross.body.error.code).toBe('csrf');
    const crossFetch = await api.call('POST', '/api/evaluations', body, {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossFetch.status).toBe(403);
    const refererOnly = await api.call('POST', '/api/evaluations', body, {
      headers: { referer: 'https://evil.example/page' },
    });
    expect(refererOnly.status).toBe(403);
    const same = await api.call('POST', '/api/evaluations', body, {
      headers: { origin: 'http://localhost' },
    });
    expect(same.status).toBe(201);
    expect(
      (
        await api.call('GET', '/api/evaluations', undefined, {
          headers: { origin: 'https://evil.example' },
        })
      ).status,
    ).toBe(200);
  });

  test('sends security headers with a Content-Security-Policy', async ({ api }) => {
    const response = await api.app.request('/api/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  test('admins manage users; a reader needs a kommun; e-mails are unique', async ({ api }) => {
    const created = await api.call('POST', '/api/users', {
      email: 'Ny@Kommun.se',
      name: 'Ny Läsare',
      role: 'reader',
      municipalityCode: '0381',
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      email: 'ny@kommun.se',
      role: 'reader',
      municipalityCode: '0381',
      disabled: false,
    });
    expect(created.body.password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await api.login('ny@kommun.se', created.body.password)).toMatch(/^kompass_session=/);
    const duplicate = await api.call('POST', '/api/users', {
      email: 'ny@kommun.se',
      name: 'X',
      role: 'admin',
    });
    expect(duplicate.status).toBe(409);
    const noKommun = await api.call('POST', '/api/users', {
      email: 'r@k.se',
      name: 'R',
      role: 'reader',
    });
    expect(noKommun.body.error.message).toBe(
      'municipalityCode: a reader needs the kommunkod of their kommun',
    );
    const disabled = await api.call('PUT', `/api/users/${created.body.user.id}`, {
      version: 1,
      disabled: true,
    });
    expect(disabled.body.disabled).toBe(true);
    await expect(api.login('ny@kommun.se', created.body.password)).rejects.toThrow(/401/);
    const list = await api.call('GET', '/api/users');
    expect(list.body.users.map((u: { email: string }) => u.email)).toEqual([
      'admin@test.se',
      'ny@kommun.se',
    ]);
    expect(JSON.stringify(list.body)).not.toContain('scrypt');
  });
});
