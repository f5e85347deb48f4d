import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../context';
import { AppError } from '../errors';
import { errorResponses, json, jsonBody, router } from '../router';
import { access } from './access';
import { ChangePasswordBody, LoginBody, MeSchema, SignInOptions } from './auth.schemas';
import { authService, meOf, SESSION_COOKIE } from './auth.service';
import { clientAddress } from './security';
import { setSessionCookie } from './session-cookie';
import { findUser } from './users.repository';

const tags = ['auth'];

const login = createRoute({
  operationId: 'login',
  method: 'post',
  path: '/api/auth/login',
  tags,
  summary: 'Log in; sets the session cookie. Any wrong pair gives the same 401.',
  middleware: access('public'),
  security: [],
  request: jsonBody(LoginBody),
  responses: {
    200: json(MeSchema, 'Logged in'),
    ...errorResponses,
    429: { description: 'Too many failed logins for this account or address' },
  },
});
const logout = createRoute({
  operationId: 'logout',
  method: 'post',
  path: '/api/auth/logout',
  tags,
  summary: 'Log out: revokes the session',
  middleware: access('public'),
  security: [],
  responses: { 204: { description: 'Logged out' }, ...errorResponses },
});
const me = createRoute({
  operationId: 'getCurrentUser',
  method: 'get',
  path: '/api/auth/me',
  tags,
  summary: 'The logged-in user',
  middleware: access('user'),
  responses: { 200: json(MeSchema, 'The user'), ...errorResponses },
});
const password = createRoute({
  operationId: 'changeOwnPassword',
  method: 'post',
  path: '/api/auth/password',
  tags,
  summary: "Change one's own password; every other session of the user is revoked",
  middleware: access('user'),
  request: jsonBody(ChangePasswordBody),
  responses: { 204: { description: 'Changed' }, ...errorResponses },
});

const options = createRoute({
  operationId: 'getSignInOptions',
  method: 'get',
  path: '/api/auth/options',
  tags,
  summary: 'How one may sign in here: SSO (with its button label) and password reset by e-mail',
  middleware: access('public'),
  security: [],
  // The body limit guards every /api/ address, this one too.
  responses: { 200: json(SignInOptions, 'The sign-in options'), 413: errorResponses[413] },
});

export function authRoutes(deps: AppDeps) {
  const auth = authService(deps);
  const cookie = (c: Context<AppEnv>, token: string) => setSessionCookie(c, deps, token);
  return router()
    .openapi(options, (c) =>
      c.json(
        {
          oidc: deps.oidc ? { label: deps.oidc.label } : null,
          passwordReset: deps.mailer !== undefined,
        },
        200,
      ),
    )
    .openapi(login, async (c) => {
      const body = c.req.valid('json');
      const address = clientAddress(c, deps.trustProxy ?? false);
      const result = await auth.login(body.email, body.password, address, c.get('sessionToken'));
      cookie(c, result.token);
      return c.json(result.me, 200);
    })
    .openapi(logout, async (c) => {
      const token = c.get('sessionToken');
      if (token) await auth.logout(token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(me, async (c) => {
      const user = await findUser(deps.store.db, c.var.actor.id);
      if (!user) throw new AppError(401, 'not_logged_in', 'log in first');
      return c.json(meOf(user), 200);
    })
    .openapi(password, async (c) => {
      const body = c.req.valid('json');
      await auth.changePassword(
        c.var.actor,
        c.get('sessionToken') ?? '',
        body.currentPassword,
        body.newPassword,
      );
      return c.body(null, 204);
    });
}
