import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { writeAudit } from '../../audit/audit.repository';
import type { AppDeps, AppEnv } from '../../context';
import { router } from '../../router';
import { access } from '../access';
import { authService } from '../auth.service';
import { clientAddress, publicOrigin, requestOrigin } from '../security';
import { setSessionCookie } from '../session-cookie';
import { accountFor, SignInRefused } from './oidc-accounts';
import { OidcRefused, oidcClient } from './oidc-client';
import { insertOidcLogin, takeOidcLogin } from './oidc-logins.repository';

/** Binds a started sign-in to the browser that started it (login CSRF): holds its `state`. */
export const OIDC_COOKIE = 'kompass_oidc';
const COOKIE_PATH = '/api/auth/oidc';
/** A sign-in must come back from the provider within this time. */
const PENDING_MINUTES = 10;

const tags = ['auth'];
const redirect = { 302: { description: 'Redirect' } } as const;

const start = createRoute({
  operationId: 'startOidcLogin',
  method: 'get',
  path: '/api/auth/oidc/login',
  tags,
  summary: "Starts signing in with the organisation's account: redirects to the provider",
  middleware: access('public'),
  security: [],
  responses: redirect,
});
const callback = createRoute({
  operationId: 'completeOidcLogin',
  method: 'get',
  path: '/api/auth/oidc/callback',
  tags,
  summary:
    'The provider sends the browser back here: a session and a redirect to the app, or to /login?error=<code>',
  middleware: access('public'),
  security: [],
  request: {
    query: z.object({
      code: z.string().optional(),
      state: z.string().optional(),
      error: z.string().optional(),
      error_description: z.string().optional(),
      iss: z.string().optional(),
    }),
  },
  responses: redirect,
});

const hash = (state: string) => createHash('sha256').update(state).digest('hex');

/** Sign-in with OpenID Connect (authorization code flow with PKCE, state and nonce). */
export function oidcRoutes(deps: AppDeps) {
  const routes = router();
  const settings = deps.oidc;
  if (!settings) return routes;
  const oidc = oidcClient(settings);
  const auth = authService(deps);
  const { db } = deps.store;
  const trustProxy = deps.trustProxy ?? false;
  const redirectUri = (c: Context<AppEnv>) => `${publicOrigin(c, deps)}/api/auth/oidc/callback`;

  const refuse = async (
    c: Context<AppEnv>,
    code: string,
    reason: string,
    subject: string | null = null,
  ) => {
    deps.log?.(`OIDC sign-in refused (${code}): ${reason}`);
    await writeAudit(db, {
      actor: 'system',
      action: 'user.login.refused',
      entity: 'oidc',
      entityId: subject ?? '-',
      evaluationId: null,
      before: null,
      after: { method: 'oidc', code, reason, address: clientAddress(c, trustProxy) },
      at: deps.now(),
    });
    return c.redirect(`/login?error=${code}`, 302);
  };

  return routes
    .openapi(start, async (c) => {
      let started: Awaited<ReturnType<typeof oidc.start>>;
      try {
        started = await oidc.start(redirectUri(c));
      } catch (error) {
        return refuse(c, 'oidc_unavailable', `the provider could not be reached: ${error}`);
      }
      const now = Date.now();
      await insertOidcLogin(db, {
        id: hash(started.pending.state),
        code_verifier: started.pending.codeVerifier,
        nonce: started.pending.nonce,
        created_at: new Date(now).toISOString(),
        expires_at: new Date(now + PENDING_MINUTES * 60_000).toISOString(),
      });
      setCookie(c, OIDC_COOKIE, started.pending.state, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: requestOrigin(c, trustProxy).startsWith('https:'),
        path: COOKIE_PATH,
        maxAge: PENDING_MINUTES * 60,
      });
      return c.redirect(started.url.href, 302);
    })
    .openapi(callback, async (c) => {
      const query = c.req.valid('query');
      const bound = getCookie(c, OIDC_COOKIE);
      deleteCookie(c, OIDC_COOKIE, { path: COOKIE_PATH });
      if (!query.state || !bound || query.state !== bound) {
        return refuse(c, 'oidc_state', 'the state does not match the sign-in this browser started');
      }
      // Single use: the started sign-in leaves the table now, whatever comes next.
      const pending = await takeOidcLogin(db, hash(query.state));
      if (!pending || Date.now() > Date.parse(pending.expires_at)) {
        return refuse(c, 'oidc_state', 'the sign-in is unknown, used or expired');
      }
      if (query.error) {
        return refuse(c, 'oidc_provider', `the provider answered ${query.error}`);
      }
      const callbackUrl = new URL(`${redirectUri(c)}${new URL(c.req.url).search}`);
      try {
        const identity = await oidc.finish(callbackUrl, {
          state: query.state,
          nonce: pending.nonce,
          codeVerifier: pending.code_verifier,
        });
        try {
          const user = await accountFor(deps, identity);
          const session = await auth.startSession(user, c.get('sessionToken'), {
            address: clientAddress(c, trustProxy),
            method: 'oidc',
            issuer: identity.issuer,
            subject: identity.subject,
          });
          setSessionCookie(c, deps, session.token);
          return c.redirect('/evaluations', 302);
        } catch (error) {
          if (error instanceof SignInRefused) {
            return refuse(c, error.code, error.reason, identity.subject);
          }
          throw error;
        }
      } catch (error) {
        if (error instanceof OidcRefused) return refuse(c, error.code, error.reason);
        throw error;
      }
    });
}
