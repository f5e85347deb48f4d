import { type AddressInfo, createServer } from 'node:net';
import type { CustomFetch } from 'openid-client';
import { afterAll, test as base, describe, expect } from 'vitest';
import { DIALECTS } from '../../db/test-db';
import { startTestProvider } from '../../test-support/oidc-provider';
import { openTestApp, type TestApp } from '../../test-support/test-app';

const CALLBACK = 'http://localhost/api/auth/oidc/callback';
const idp = await startTestProvider();
idp.register([CALLBACK]);
afterAll(() => idp.close());

/** Rewrites the ID token of the next token responses (expired, tampered) when set. */
let rewriteIdToken: ((token: string) => string) | null = null;
const tamperingFetch: CustomFetch = async (url, options) => {
  const response = await fetch(url, options as RequestInit);
  if (!rewriteIdToken || !url.endsWith('/token') || response.status !== 200) return response;
  const body = (await response.json()) as { id_token: string };
  body.id_token = rewriteIdToken(body.id_token);
  return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
};

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8'));
}

interface Answer {
  status: number;
  location: string | null;
  cookies: string[];
}

async function answer(response: Response): Promise<Answer> {
  return {
    status: response.status,
    location: response.headers.get('location'),
    cookies: response.headers.getSetCookie(),
  };
}

function sessionOf(a: Answer): string | null {
  const line = a.cookies.find((c) => /^kompass_session=[^;]+/.test(c));
  return line ? (line.split(';')[0] as string) : null;
}

/** Starts a sign-in at the app: the provider's URL and the cookie binding it to this browser. */
async function begin(api: TestApp) {
  const started = await answer(await api.app.request('/api/auth/oidc/login'));
  expect(started.status).toBe(302);
  const cookie = started.cookies.find((c) => c.startsWith('kompass_oidc='));
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Lax/);
  return { authorizationUrl: started.location as string, cookie: cookie?.split(';')[0] as string };
}

async function callback(api: TestApp, url: URL, cookie: string) {
  return answer(await api.app.request(`${url.pathname}${url.search}`, { headers: { cookie } }));
}

/** The whole flow for a provider user: app -> provider login -> app callback. */
async function signIn(api: TestApp, subject: string) {
  const { authorizationUrl, cookie } = await begin(api);
  const back = await idp.authorize(authorizationUrl, subject);
  return callback(api, back, cookie);
}

async function refusals(api: TestApp) {
  const rows = await api.deps.store.db
    .selectFrom('audit_log')
    .select('after')
    .where('action', '=', 'user.login.refused')
    .orderBy('id')
    .execute();
  return rows.map((r) => JSON.parse(r.after as string) as { code: string; reason: string });
}

describe.each(DIALECTS)('signing in with OpenID Connect on %s', (dialect) => {
  const test = base.extend<{ api: TestApp }>({
    // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies this way
    api: async ({}, use) => {
      const api = await openTestApp(dialect, {
        oidc: {
          issuer: idp.issuer,
          clientId: idp.clientId,
          clientSecret: idp.clientSecret,
          scopes: 'openid email profile',
          label: 'Testkommunens konto',
          fetch: tamperingFetch,
        },
        log: () => undefined,
      });
      rewriteIdToken = null;
      await use(api);
      await api.close();
    },
  });

  test('the full code flow with PKCE links the account and gives a session', async ({ api }) => {
    const eva = await api.user('evaluator', { email: 'eva@test.se', name: 'Eva' });
    idp.accounts.set('sub-eva', { email: 'Eva@Test.se', email_verified: true });
    const { authorizationUrl, cookie } = await begin(api);
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
    // The server keeps only the state's hash with the verifier and nonce.
    const pending = await api.deps.store.db.selectFrom('oidc_logins').selectAll().execute();
    expect(pending).toHaveLength(1);
    expect(pending[0]?.id).not.toBe(url.searchParams.get('state'));

    const done = await callback(api, await idp.authorize(authorizationUrl, 'sub-eva'), cookie);
    expect(done.status).toBe(302);
    expect(done.location).toBe('/evaluations');
    const session = sessionOf(done);
    expect(session).not.toBeNull();
    expect(done.cookies.find((c) => c.startsWith('kompass_oidc='))).toMatch(/Max-Age=0/);
    const me = await api.call('GET', '/api/auth/me', undefined, { cookie: session });
    expect(me.body).toMatchObject({ id: eva.id, email: 'eva@test.se', role: 'evaluator' });
    expect(await api.deps.store.db.selectFrom('oidc_logins').selectAll().execute()).toEqual([]);

    const links = await api.deps.store.db.selectFrom('user_identities').selectAll().execute();
    expect(links).toMatchObject([{ user_id: eva.id, issuer: idp.issuer, subject: 'sub-eva' }]);
    const logins = await api.deps.store.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', eva.id)
      .where('action', 'in', ['user.login', 'user.identity.link'])
      .orderBy('id')
      .execute();
    expect(logins.map((l) => l.action)).toEqual(['user.login', 'user.identity.link', 'user.login']);
    expect(JSON.parse(logins[2]?.after as string)).toMatchObject({
      method: 'oidc',
      issuer: idp.issuer,
      subject: 'sub-eva',
    });
  });

  test('a wrong or missing state is refused, and no session is made', async ({ api }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    idp.accounts.set('sub-eva', { email: 'eva@test.se', email_verified: true });
    const { authorizationUrl, cookie } = await begin(api);
    const back = await idp.authorize(authorizationUrl, 'sub-eva');
    const forged = new URL(back);
    forged.searchParams.set('state', 'someone-elses-state');
    const wrong = await callback(api, forged, cookie);
    expect(wrong.location).toBe('/login?error=oidc_state');
    expect(sessionOf(wrong)).toBeNull();
    const noCookie = await callback(api, back, '');
    expect(noCookie.location).toBe('/login?error=oidc_state');
    expect(sessionOf(noCookie)).toBeNull();
    expect((await refusals(api)).map((r) => r.code)).toEqual(['oidc_state', 'oidc_state']);
  });

  test('a replayed callback or code is refused', async ({ api }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    idp.accounts.set('sub-eva', { email: 'eva@test.se', email_verified: true });
    const { authorizationUrl, cookie } = await begin(api);
    const back = await idp.authorize(authorizationUrl, 'sub-eva');
    expect(sessionOf(await callback(api, back, cookie))).not.toBeNull();
    // The same callback again: its sign-in was used.
    const again = await callback(api, back, cookie);
    expect(again.location).toBe('/login?error=oidc_state');
    expect(sessionOf(again)).toBeNull();
    // The used code with a fresh sign-in's state: the provider refuses the code.
    const fresh = await begin(api);
    const replay = new URL(back);
    replay.searchParams.set('state', fresh.cookie.replace('kompass_oidc=', ''));
    const refused = await callback(api, replay, fresh.cookie);
    expect(refused.location).toBe('/login?error=oidc_failed');
    expect(sessionOf(refused)).toBeNull();
    expect((await refusals(api)).at(-1)?.reason).toMatch(/invalid_grant/);
  });

  test('an ID token with the wrong nonce is refused', async ({ api }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    idp.accounts.set('sub-eva', { email: 'eva@test.se', email_verified: true });
    const { authorizationUrl, cookie } = await begin(api);
    const back = await idp.authorize(authorizationUrl, 'sub-eva');
    // The nonce this sign-in expects is not the one the provider put in the ID token.
    await api.deps.store.db.updateTable('oidc_logins').set({ nonce: 'another-nonce' }).execute();
    const refused = await callback(api, back, cookie);
    expect(refused.location).toBe('/login?error=oidc_failed');
    expect(sessionOf(refused)).toBeNull();
    expect((await refusals(api)).at(-1)?.reason).toMatch(/nonce/);
  });

  test('an expired ID token is refused, though properly signed', async ({ api }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    idp.accounts.set('sub-eva', { email: 'eva@test.se', email_verified: true });
    rewriteIdToken = (token) => {
      const now = Math.floor(Date.now() / 1000);
      return idp.sign({ ...claimsOf(token), iat: now - 7200, exp: now - 3600 });
    };
    const refused = await signIn(api, 'sub-eva');
    expect(refused.location).toBe('/login?error=oidc_failed');
    expect(sessionOf(refused)).toBeNull();
    expect((await refusals(api)).at(-1)?.reason).toMatch(/exp/);
  });

  test('a tampered ID token is refused', async ({ api }) => {
    const mallory = await api.user('admin', { email: 'mallory-target@test.se' });
    await api.user('evaluator', { email: 'eva@test.se' });
    idp.accounts.set('sub-eva', { email: 'eva@test.se', email_verified: true });
    rewriteIdToken = (token) => {
      const [header, , signature] = token.split('.');
      const claims = { ...claimsOf(token), email: 'mallory-target@test.se', email_verified: true };
      return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    };
    const refused = await signIn(api, 'sub-eva');
    expect(refused.location).toBe('/login?error=oidc_failed');
    expect(sessionOf(refused)).toBeNull();
    expect((await refusals(api)).at(-1)?.reason).toMatch(/signature/i);
    expect(
      await api.deps.store.db
        .selectFrom('user_identities')
        .selectAll()
        .where('user_id', '=', mallory.id)
        .execute(),
    ).toEqual([]);
  });

  test('an e-mail the provider has not verified is refused', async ({ api }) => {
    await api.user('evaluator', { email: 'eva@test.se' });
    idp.accounts.set('sub-unverified', { email: 'eva@test.se', email_verified: false });
    const refused = await signIn(api, 'sub-unverified');
    expect(refused.location).toBe('/login?error=oidc_unverified');
    expect(sessionOf(refused)).toBeNull();
    expect(await api.deps.store.db.selectFrom('user_identities').selectAll().execute()).toEqual([]);
  });

  test('nobody without an account or a domain rule comes in', async ({ api }) => {
    idp.accounts.set('sub-stranger', { email: 'stranger@example.org', email_verified: true });
    const refused = await signIn(api, 'sub-stranger');
    expect(refused.location).toBe('/login?error=oidc_no_account');
    expect(sessionOf(refused)).toBeNull();
  });

  test("a domain rule creates a reader bound to the rule's kommun", async ({ api }) => {
    const rule = await api.call('POST', '/api/signup-domains', {
      domain: '@Essunga.se',
      role: 'reader',
      municipalityCode: '1471',
    });
    expect(rule.status).toBe(201);
    expect(rule.body).toMatchObject({
      domain: 'essunga.se',
      role: 'reader',
      municipalityCode: '1471',
    });
    idp.accounts.set('sub-essunga', {
      email: 'karin@essunga.se',
      email_verified: true,
      name: 'Karin Ek',
    });
    const done = await signIn(api, 'sub-essunga');
    expect(done.location).toBe('/evaluations');
    const me = await api.call('GET', '/api/auth/me', undefined, { cookie: sessionOf(done) });
    expect(me.body).toMatchObject({
      email: 'karin@essunga.se',
      name: 'Karin Ek',
      role: 'reader',
      municipalityCode: '1471',
    });
    // The account has no password: the password login never lets anyone in.
    const password = await api.call(
      'POST',
      '/api/auth/login',
      { email: 'karin@essunga.se', password: '!no-password' },
      { cookie: null },
    );
    expect(password.status).toBe(401);
  });

  test('an e-mail changed at the provider does not take over another account', async ({ api }) => {
    const anna = await api.user('admin', { email: 'anna@test.se' });
    const bo = await api.user('reader', { email: 'bo@test.se' });
    idp.accounts.set('sub-anna', { email: 'anna@test.se', email_verified: true });
    idp.accounts.set('sub-bo', { email: 'bo@test.se', email_verified: true });
    expect(sessionOf(await signIn(api, 'sub-anna'))).not.toBeNull();
    expect(sessionOf(await signIn(api, 'sub-bo'))).not.toBeNull();

    // Bo's e-mail at the provider becomes Anna's: he still signs in as himself.
    idp.accounts.set('sub-bo', { email: 'anna@test.se', email_verified: true });
    const bosAgain = await signIn(api, 'sub-bo');
    const me = await api.call('GET', '/api/auth/me', undefined, { cookie: sessionOf(bosAgain) });
    expect(me.body.id).toBe(bo.id);

    // A new subject at the provider with Anna's e-mail does not get her linked account.
    idp.accounts.set('sub-new', { email: 'anna@test.se', email_verified: true });
    const refused = await signIn(api, 'sub-new');
    expect(refused.location).toBe('/login?error=oidc_linked_elsewhere');
    expect(sessionOf(refused)).toBeNull();
    const annas = await api.deps.store.db
      .selectFrom('user_identities')
      .select('subject')
      .where('user_id', '=', anna.id)
      .execute();
    expect(annas).toEqual([{ subject: 'sub-anna' }]);
  });

  test('an admin sees the linked provider account and unlinks it', async ({ api }) => {
    const eva = await api.user('evaluator', { email: 'eva@test.se' });
    idp.accounts.set('sub-eva', { email: 'eva@test.se', email_verified: true });
    expect(sessionOf(await signIn(api, 'sub-eva'))).not.toBeNull();
    const listed = await api.call('GET', '/api/users');
    const row = listed.body.users.find((u: { id: string }) => u.id === eva.id);
    expect(row.provider).toMatchObject({
      issuer: idp.issuer,
      subject: 'sub-eva',
      email: 'eva@test.se',
    });
    const reader = await api.user('reader');
    expect(
      (
        await api.call('DELETE', `/api/users/${eva.id}/identity`, undefined, {
          cookie: reader.cookie,
        })
      ).status,
    ).toBe(403);
    expect((await api.call('DELETE', `/api/users/${eva.id}/identity`)).status).toBe(204);
    expect((await api.call('DELETE', `/api/users/${eva.id}/identity`)).status).toBe(404);
    const after = await api.call('GET', '/api/users');
    expect(after.body.users.find((u: { id: string }) => u.id === eva.id).provider).toBeNull();
    const unlinked = await api.deps.store.db
      .selectFrom('audit_log')
      .select(['actor', 'before'])
      .where('action', '=', 'user.identity.unlink')
      .execute();
    expect(unlinked).toHaveLength(1);
    expect(unlinked[0]?.actor).toBe(api.adminId);
    expect(JSON.parse(unlinked[0]?.before as string)).toMatchObject({ subject: 'sub-eva' });
  });

  test('the login page learns the button label from the options', async ({ api }) => {
    const options = await api.call('GET', '/api/auth/options', undefined, { cookie: null });
    expect(options.body).toEqual({ oidc: { label: 'Testkommunens konto' }, passwordReset: false });
  });
});

describe('a provider that does not answer', () => {
  base('sends the browser back to the login page with a clear reason, no session', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const api = await openTestApp('sqlite', {
      oidc: {
        issuer: `http://127.0.0.1:${port}`,
        clientId: 'x',
        clientSecret: 'y',
        scopes: 'openid email',
        label: 'X',
      },
      log: () => undefined,
    });
    try {
      const started = await answer(await api.app.request('/api/auth/oidc/login'));
      expect(started.location).toBe('/login?error=oidc_unavailable');
      expect(sessionOf(started)).toBeNull();
      expect((await refusals(api)).map((r) => r.code)).toEqual(['oidc_unavailable']);
    } finally {
      await api.close();
    }
  });
});

describe('without OIDC configured', () => {
  base('there is no SSO route and the options say so', async () => {
    const api = await openTestApp('sqlite');
    try {
      expect((await api.app.request('/api/auth/oidc/login')).status).toBe(404);
      const options = await api.call('GET', '/api/auth/options', undefined, { cookie: null });
      expect(options.body).toEqual({ oidc: null, passwordReset: false });
    } finally {
      await api.close();
    }
  });
});
