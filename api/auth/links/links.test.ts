import { afterAll, test as base, describe, expect } from 'vitest';
import { DIALECTS } from '../../db/test-db';
import { smtpMailer } from '../../mail/mailer';
import { setPasswordLink, startSmtpSink } from '../../test-support/smtp-sink';
import { openTestApp, TEST_PASSWORD, type TestApp } from '../../test-support/test-app';
import { RESET_ANSWER_MS, RESETS_PER_HOUR } from './invitations';

const sink = await startSmtpSink();
afterAll(() => sink.close());

const tokenOf = (link: URL | string) => new URL(link).searchParams.get('token') as string;

describe.each(DIALECTS)('invitations and password resets by e-mail on %s', (dialect) => {
  const test = base.extend<{ api: TestApp }>({
    // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies this way
    api: async ({}, use) => {
      const mailer = smtpMailer(sink.url, 'Kommunkompassen <noreply@kompass.test>');
      const api = await openTestApp(dialect, { mailer, log: () => undefined });
      await use(api);
      mailer.close();
      await api.close();
    },
  });

  test('an invitation e-mail arrives, and its link sets the password once', async ({ api }) => {
    const email = `ny-${dialect}@essunga.se`;
    const created = await api.call('POST', '/api/users', {
      email,
      name: 'Nils Nyman',
      role: 'evaluator',
      invite: true,
    });
    expect(created.status).toBe(201);
    expect(created.body.password).toBeUndefined();
    expect(created.body.invitation).toEqual({ sentTo: email, expiresAt: expect.any(String) });
    // Seven days from now (the test clock starts 2026-05-10 08:00).
    expect(
      Date.parse(created.body.invitation.expiresAt) - Date.parse('2026-05-10T08:00:00Z'),
    ).toBeGreaterThan(7 * 86_400_000);

    const mail = await sink.next(email);
    expect(mail.subject).toBe('Inbjudan till Kommunkompassen');
    expect(mail.from).toBe('noreply@kompass.test');
    expect(mail.text).toContain('Hej Nils Nyman!');
    expect(mail.text).toContain('Länken gäller i 7 dagar och kan bara användas en gång.');
    const link = setPasswordLink(mail);
    expect(link.origin).toBe('http://localhost');
    const token = tokenOf(link);

    // Before the link is used there is no password that logs in.
    const before = await api.call(
      'POST',
      '/api/auth/login',
      { email, password: TEST_PASSWORD },
      { cookie: null },
    );
    expect(before.status).toBe(401);
    // Only the token's hash is stored.
    const stored = await api.deps.store.db.selectFrom('user_tokens').selectAll().execute();
    expect(stored.some((row) => JSON.stringify(row).includes(token))).toBe(false);

    const info = await api.call('POST', '/api/auth/link', { token }, { cookie: null });
    expect(info.body).toMatchObject({ purpose: 'invite', email, name: 'Nils Nyman' });
    const short = await api.call(
      'POST',
      '/api/auth/link/password',
      { token, password: 'kort' },
      { cookie: null },
    );
    expect(short.body.error.message).toBe('password: a password has at least 10 characters');
    const used = await api.call(
      'POST',
      '/api/auth/link/password',
      { token, password: 'mitt-eget-losenord' },
      { cookie: null },
    );
    expect(used.status).toBe(200);
    expect(used.body).toMatchObject({ email, role: 'evaluator' });
    const cookie = used.setCookie?.split(';')[0] as string;
    expect((await api.call('GET', '/api/auth/me', undefined, { cookie })).body.email).toBe(email);
    expect(await api.login(email, 'mitt-eget-losenord')).toMatch(/^kompass_session=/);

    // Once only.
    const again = await api.call(
      'POST',
      '/api/auth/link/password',
      { token, password: 'ett-annat-losenord' },
      { cookie: null },
    );
    expect(again.status).toBe(410);
    expect(again.body.error).toEqual({
      code: 'link_invalid',
      message: 'the link has expired or was already used: ask for a new one',
    });
    expect((await api.call('POST', '/api/auth/link', { token }, { cookie: null })).status).toBe(
      410,
    );

    const audit = await api.deps.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', created.body.user.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'user.create',
      'user.invite',
      'user.invite.use',
      'user.login',
      'user.login',
    ]);
  });

  test('an expired invitation link is refused', async ({ api }) => {
    const email = `sen-${dialect}@essunga.se`;
    await api.call('POST', '/api/users', { email, name: 'Sen', role: 'evaluator', invite: true });
    const token = tokenOf(setPasswordLink(await sink.next(email)));
    api.clock.advance(7 * 86_400_000 + 60_000);
    expect((await api.call('POST', '/api/auth/link', { token }, { cookie: null })).status).toBe(
      410,
    );
    const late = await api.call(
      'POST',
      '/api/auth/link/password',
      { token, password: 'mitt-eget-losenord' },
      { cookie: null },
    );
    expect(late.status).toBe(410);
    expect(late.setCookie).toBeNull();
  });

  test('a new invitation replaces the earlier link', async ({ api }) => {
    const email = `om-${dialect}@essunga.se`;
    const created = await api.call('POST', '/api/users', {
      email,
      name: 'Om',
      role: 'evaluator',
      invite: true,
    });
    const first = tokenOf(setPasswordLink(await sink.next(email)));
    const again = await api.call('POST', `/api/users/${created.body.user.id}/invitation`);
    expect(again.body.sentTo).toBe(email);
    const second = tokenOf(setPasswordLink(await sink.next(email)));
    expect(
      (await api.call('POST', '/api/auth/link', { token: first }, { cookie: null })).status,
    ).toBe(410);
    expect(
      (await api.call('POST', '/api/auth/link', { token: second }, { cookie: null })).status,
    ).toBe(200);
  });

  test('a reset answers identically for an existing and an unknown e-mail', async ({ api }) => {
    const eva = await api.user('evaluator', { email: `eva-${dialect}@test.se` });
    const ask = async (email: string) => {
      const started = performance.now();
      const answer = await api.call(
        'POST',
        '/api/auth/password-reset',
        { email },
        { cookie: null },
      );
      return { ...answer, ms: performance.now() - started };
    };
    const known = await ask(`Eva-${dialect}@test.se`);
    const unknown = await ask(`ingen-${dialect}@test.se`);
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(known.setCookie).toBeNull();
    expect(unknown.setCookie).toBeNull();
    // Both wait for the same floor, so the time taken does not tell either.
    expect(known.ms).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    expect(unknown.ms).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(150);

    const mail = await sink.next(`eva-${dialect}@test.se`);
    expect(mail.subject).toBe('Nytt lösenord till Kommunkompassen');
    expect(sink.messages.some((m) => m.to.includes(`ingen-${dialect}@test.se`))).toBe(false);
    const token = tokenOf(setPasswordLink(mail));
    const reset = await api.call(
      'POST',
      '/api/auth/link/password',
      { token, password: 'ett-nytt-losenord' },
      { cookie: null },
    );
    expect(reset.status).toBe(200);
    // Every earlier session ends; the old password no longer works, the new one does.
    expect((await api.call('GET', '/api/auth/me', undefined, { cookie: eva.cookie })).status).toBe(
      401,
    );
    await expect(api.login(`eva-${dialect}@test.se`)).rejects.toThrow(/401/);
    expect(await api.login(`eva-${dialect}@test.se`, 'ett-nytt-losenord')).toMatch(/^kompass_/);
    const actions = await api.deps.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', eva.id)
      .where('action', 'like', 'user.reset%')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['user.reset.request', 'user.reset.use']);
  });
});

describe('reset requests', () => {
  base('send at most a few e-mails an hour to one account, answering the same', async () => {
    const mailer = smtpMailer(sink.url, 'Kommunkompassen <noreply@kompass.test>');
    const api = await openTestApp('sqlite', { mailer, log: () => undefined });
    try {
      const flooded = await api.user('evaluator', { email: 'flood@test.se' });
      const answers = [];
      for (let i = 0; i < RESETS_PER_HOUR + 2; i++) {
        answers.push(
          await api.call(
            'POST',
            '/api/auth/password-reset',
            { email: 'flood@test.se' },
            {
              cookie: null,
            },
          ),
        );
      }
      expect(new Set(answers.map((a) => JSON.stringify([a.status, a.body]))).size).toBe(1);
      const tokens = await api.deps.store.db
        .selectFrom('user_tokens')
        .select('id')
        .where('user_id', '=', flooded.id)
        .execute();
      expect(tokens).toHaveLength(RESETS_PER_HOUR);
      api.clock.advance(3_600_000);
      await api.call(
        'POST',
        '/api/auth/password-reset',
        { email: 'flood@test.se' },
        { cookie: null },
      );
      expect(
        await api.deps.store.db
          .selectFrom('user_tokens')
          .select('id')
          .where('user_id', '=', flooded.id)
          .execute(),
      ).toHaveLength(RESETS_PER_HOUR + 1);
      for (let i = 0; i < RESETS_PER_HOUR + 1; i++) await sink.next('flood@test.se');
    } finally {
      mailer.close();
      await api.close();
    }
  });
});

describe('with PUBLIC_URL', () => {
  base('links in e-mails use it, whatever Host header a request claims', async () => {
    const mailer = smtpMailer(sink.url, 'Kommunkompassen <noreply@kompass.test>');
    const api = await openTestApp('sqlite', {
      mailer,
      log: () => undefined,
      publicUrl: 'https://kompass.essunga.se',
    });
    try {
      await api.user('evaluator', { email: 'host@test.se' });
      const asked = await api.app.request('http://evil.example/api/auth/password-reset', {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: 'evil.example' },
        body: JSON.stringify({ email: 'host@test.se' }),
      });
      expect(asked.status).toBe(202);
      const link = setPasswordLink(await sink.next('host@test.se'));
      expect(link.origin).toBe('https://kompass.essunga.se');
    } finally {
      mailer.close();
      await api.close();
    }
  });
});

describe('without SMTP configured', () => {
  base('the invitation link is shown to the inviter, and reset by e-mail is off', async () => {
    const api = await openTestApp('sqlite');
    try {
      const created = await api.call('POST', '/api/users', {
        email: 'utan@essunga.se',
        name: 'Utan Smtp',
        role: 'reader',
        municipalityCode: '1445',
        invite: true,
      });
      expect(created.status).toBe(201);
      expect(created.body.invitation.sentTo).toBeUndefined();
      const token = tokenOf(created.body.invitation.link);
      const used = await api.call(
        'POST',
        '/api/auth/link/password',
        { token, password: 'mitt-eget-losenord' },
        { cookie: null },
      );
      expect(used.body).toMatchObject({ email: 'utan@essunga.se', municipalityCode: '1445' });
      const both = await Promise.all(
        ['utan@essunga.se', 'ingen@essunga.se'].map((email) =>
          api.call('POST', '/api/auth/password-reset', { email }, { cookie: null }),
        ),
      );
      expect(both.map((b) => b.status)).toEqual([404, 404]);
      expect(both[0]?.body).toEqual(both[1]?.body);
      const withPassword = await api.call('POST', '/api/users', {
        email: 'x@essunga.se',
        name: 'X',
        role: 'evaluator',
        invite: true,
        password: 'ett-langt-losenord',
      });
      expect(withPassword.body.error.message).toBe(
        'password: an invited user chooses their own password',
      );
    } finally {
      await api.close();
    }
  });
});

describe.each(DIALECTS)("inviting someone to an evaluation's team on %s", (dialect) => {
  base('a new address gets an evaluator account, an e-mail, and the evaluation', async () => {
    const mailer = smtpMailer(sink.url, 'Kommunkompassen <noreply@kompass.test>');
    const api = await openTestApp(dialect, { mailer, log: () => undefined });
    try {
      const lead = await api.user('evaluator', { name: 'Lena Ledare' });
      const created = await api.call(
        'POST',
        '/api/evaluations',
        {
          municipality: { name: 'Essunga', code: '1445' },
          rubric: 'kk-2010',
          date: '2026-04',
          evaluators: ['Lena Ledare'],
        },
        { cookie: lead.cookie },
      );
      expect(created.status).toBe(201);
      const email = `kollega-${dialect}@skr.se`;
      const invited = await api.call(
        'POST',
        `/api/evaluations/${created.body.id}/team/invitations`,
        { email, name: 'Karl Kollega' },
        { cookie: lead.cookie },
      );
      expect(invited.status).toBe(201);
      expect(invited.body.invitation.sentTo).toBe(email);
      const mail = await sink.next(email);
      expect(mail.text).toContain('Lena Ledare har bjudit in dig till Kommunkompassen');
      const used = await api.call(
        'POST',
        '/api/auth/link/password',
        { token: tokenOf(setPasswordLink(mail)), password: 'kollegans-losenord' },
        { cookie: null },
      );
      expect(used.body).toMatchObject({ email, role: 'evaluator' });
      const cookie = used.setCookie?.split(';')[0] as string;
      const list = await api.call('GET', '/api/evaluations', undefined, { cookie });
      expect(list.body.evaluations.map((e: { id: string }) => e.id)).toEqual([created.body.id]);
      const evaluation = await api.call('GET', `/api/evaluations/${created.body.id}`);
      expect(evaluation.body.team.map((m: { name: string }) => m.name)).toEqual([
        'Lena Ledare',
        'Karl Kollega',
      ]);
      const twice = await api.call(
        'POST',
        `/api/evaluations/${created.body.id}/team/invitations`,
        { email, name: 'Karl K' },
        { cookie: lead.cookie },
      );
      expect(twice.status).toBe(409);
      const reader = await api.user('reader', { email: `las-${dialect}@essunga.se` });
      const noReader = await api.call(
        'POST',
        `/api/evaluations/${created.body.id}/team/invitations`,
        { email: `las-${dialect}@essunga.se`, name: 'Läsare' },
        { cookie: lead.cookie },
      );
      expect(noReader.status).toBe(400);
      expect(reader.id).toBeTruthy();
    } finally {
      mailer.close();
      await api.close();
    }
  });
});
