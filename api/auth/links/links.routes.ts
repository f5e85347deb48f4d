import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps } from '../../context';
import { AppError } from '../../errors';
import { errorResponses, json, jsonBody, router } from '../../router';
import { access } from '../access';
import { MeSchema } from '../auth.schemas';
import { clientAddress, publicOrigin } from '../security';
import { setSessionCookie } from '../session-cookie';
import { requestPasswordReset } from './invitations';
import { LinkBody, LinkInfo, LinkPasswordBody, PasswordResetBody } from './links.schemas';
import { oneTimeLinks } from './one-time-links';

const tags = ['auth'];
const gone = { 410: { description: 'The link has expired or was already used' } } as const;

const inspect = createRoute({
  operationId: 'inspectOneTimeLink',
  method: 'post',
  path: '/api/auth/link',
  tags,
  summary: 'What a one-time link (invitation or reset) is for, while it is usable',
  middleware: access('public'),
  security: [],
  request: jsonBody(LinkBody),
  responses: { 200: json(LinkInfo, 'The link'), ...errorResponses, ...gone },
});
const setPassword = createRoute({
  operationId: 'setPasswordWithLink',
  method: 'post',
  path: '/api/auth/link/password',
  tags,
  summary: "Sets the password through a one-time link (once) and logs in; ends the user's sessions",
  middleware: access('public'),
  security: [],
  request: jsonBody(LinkPasswordBody),
  responses: { 200: json(MeSchema, 'Logged in'), ...errorResponses, ...gone },
});
const reset = createRoute({
  operationId: 'requestPasswordReset',
  method: 'post',
  path: '/api/auth/password-reset',
  tags,
  summary:
    'Sends a reset link if the address has an account; the same answer either way (404 without SMTP)',
  middleware: access('public'),
  security: [],
  request: jsonBody(PasswordResetBody),
  responses: {
    202: json(z.object({ message: z.string() }), 'Accepted'),
    ...errorResponses,
  },
});

export const RESET_ANSWER =
  'if the address has an account, a link to choose a new password is on its way';

/** Invitations and password resets: the pages a one-time link leads to. */
export function linksRoutes(deps: AppDeps) {
  const links = oneTimeLinks(deps);
  const trustProxy = deps.trustProxy ?? false;
  return router()
    .openapi(inspect, async (c) => c.json(await links.inspect(c.req.valid('json').token), 200))
    .openapi(setPassword, async (c) => {
      const body = c.req.valid('json');
      const result = await links.redeem(
        body.token,
        body.password,
        clientAddress(c, trustProxy),
        c.get('sessionToken'),
      );
      setSessionCookie(c, deps, result.token);
      return c.json(result.me, 200);
    })
    .openapi(reset, async (c) => {
      if (!deps.mailer) {
        throw new AppError(404, 'not_found', 'password reset by e-mail is not configured here');
      }
      await requestPasswordReset(deps, c.req.valid('json').email, publicOrigin(c, deps));
      return c.json({ message: RESET_ANSWER }, 202);
    });
}
