import { describe, expect } from 'vitest';
import { createApp } from '../app';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { TEST_PASSWORD, type TestApp } from '../test-support/test-app';
import { LOGIN_LIMITS } from './login-attempts';

/**
 * Sends `count` logins at once, alternating between two app instances over the same database
 * (as two servers behind a load balancer would), and tallies the answers by status.
 */
async function burst(api: TestApp, count: number, body: (i: number) => object) {
  const apps = [api.app, createApp(api.deps)];
  const responses = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      (apps[i % 2] as ReturnType<typeof createApp>).request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body(i)),
      }),
    ),
  );
  const tally: Record<number, number> = {};
  for (const response of responses) tally[response.status] = (tally[response.status] ?? 0) + 1;
  return tally;
}

/** Requests per burst: well over both limits. */
const BURST = 60;

describe.each(DIALECTS)('a burst of logins on %s', (dialect) => {
  const test = apiTest(dialect);

  test('at one account: at most the limit are checked, the rest refused unchecked', async ({
    api,
  }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    const tally = await burst(api, BURST, () => ({
      email: 'eva@test.se',
      password: 'wrong-password-x',
    }));
    // 401 means the password was verified (and was wrong); 429 refused before verifying.
    expect(tally[401]).toBe(LOGIN_LIMITS.account.failures);
    expect(tally[429]).toBe(BURST - LOGIN_LIMITS.account.failures);
    // Locked now: even the right password is refused.
    const right = await api.call(
      'POST',
      '/api/auth/login',
      { email: 'eva@test.se', password: TEST_PASSWORD },
      { cookie: null },
    );
    expect(right.status).toBe(429);
    api.clock.advance(LOGIN_LIMITS.account.lockMs + 1000);
    expect((await api.login('eva@test.se')).startsWith('kompass_session=')).toBe(true);
  }, 90_000);

  test('from one address across accounts: at most the address limit are checked', async ({
    api,
  }) => {
    const tally = await burst(api, BURST, (i) => ({
      email: `user${i}@test.se`,
      password: 'wrong-password-x',
    }));
    expect(tally[401]).toBe(LOGIN_LIMITS.address.failures);
    expect(tally[429]).toBe(BURST - LOGIN_LIMITS.address.failures);
    const admin = await api.call(
      'POST',
      '/api/auth/login',
      { email: 'admin@test.se', password: TEST_PASSWORD },
      { cookie: null },
    );
    expect(admin.status).toBe(429);
  }, 90_000);
});

describe.each(DIALECTS)('a burst of password changes on %s', (dialect) => {
  const test = apiTest(dialect);

  test('guesses at the current password count against the account like logins', async ({ api }) => {
    const eva = await api.user('evaluator', { email: 'eva@test.se' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.call(
          'POST',
          '/api/auth/password',
          { currentPassword: 'wrong-password-x', newPassword: 'ett-nytt-langt-losenord' },
          { cookie: eva.cookie },
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    // 400: the guess was checked (and wrong); 429: refused before checking.
    expect(statuses.filter((s) => s === 400)).toHaveLength(LOGIN_LIMITS.account.failures);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - LOGIN_LIMITS.account.failures);
    const right = await api.call(
      'POST',
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'ett-nytt-langt-losenord' },
      { cookie: eva.cookie },
    );
    expect(right.status).toBe(429);
  }, 90_000);
});
