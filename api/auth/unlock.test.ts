import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { TEST_PASSWORD } from '../test-support/test-app';
import { LOGIN_LIMITS } from './login-attempts';

// Issue 15, point 13: the lock-out says how long, and an admin can lift it, audited.
describe.each(DIALECTS)('lifting a login lock-out on %s', (dialect) => {
  const test = apiTest(dialect);

  test('the admin sees the lock in the user list, lifts it, and the audit says so', async ({
    api,
  }) => {
    const eva = await api.user('evaluator', { email: 'eva@test.se', name: 'Eva Låst' });
    const attempt = (password: string) =>
      api.call('POST', '/api/auth/login', { email: 'eva@test.se', password }, { cookie: null });
    for (let i = 0; i < LOGIN_LIMITS.account.failures; i++) await attempt('wrong-password-x');
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toBe('too many failed logins: try again in 15 minutes');
    api.clock.advance(10 * 60_000);
    expect((await attempt(TEST_PASSWORD)).body.error.message).toBe(
      'too many failed logins: try again in 5 minutes',
    );

    const listed = (await api.call('GET', '/api/users')).body.users;
    const lockedUser = listed.find((u: { id: string }) => u.id === eva.id);
    expect(lockedUser.lockedUntil).toMatch(/^2026-05-10T/);
    expect(listed.filter((u: { lockedUntil?: string }) => u.lockedUntil)).toHaveLength(1);

    // Only an admin may lift it; an unknown id is 404.
    const byEva = await api.call('POST', `/api/users/${eva.id}/unlock`, undefined, {
      cookie: eva.cookie,
    });
    expect(byEva.status).toBe(403);
    expect((await api.call('POST', '/api/users/nope/unlock')).status).toBe(404);

    const unlocked = await api.call('POST', `/api/users/${eva.id}/unlock`);
    expect(unlocked.status).toBe(204);
    expect((await attempt(TEST_PASSWORD)).status).toBe(200);
    const after = (await api.call('GET', '/api/users')).body.users;
    expect(after.find((u: { id: string }) => u.id === eva.id).lockedUntil).toBeUndefined();

    const audit = await api.deps.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.unlock')
      .execute();
    expect(audit.map((row) => [row.actor, row.entity_id])).toEqual([[api.adminId, eva.id]]);
    expect(JSON.parse(audit[0]?.before ?? '{}')).toEqual({ lockedUntil: lockedUser.lockedUntil });
  });
});
