import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from '../context';
import { AppError } from '../errors';
import { authService, SESSION_COOKIE } from './auth.service';

/**
 * Security headers for every response, with a Content-Security-Policy the web app passes:
 * scripts and styles only from this server (no inline script), images also as data:/blob:
 * (chart exports), no framing.
 */
const appSecurityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  crossOriginEmbedderPolicy: false,
});

/** The app's security headers; a route may set its own policy in `contentSecurityPolicy`. */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await appSecurityHeaders(c, next);
  const own = c.get('contentSecurityPolicy');
  if (own) c.res.headers.set('Content-Security-Policy', own);
};

/**
 * API responses are private and change with every write: no browser or proxy cache keeps them
 * (`Cache-Control: no-store`, unless a route set its own policy). The service worker keeps what
 * the app needs offline in its own cache, which it clears when the session is gone.
 */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
};

/** The request's scheme and host as the browser saw them (behind a proxy when trusted). */
export function requestOrigin(c: Context, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  const proto = trustProxy
    ? (c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() ?? null)
    : null;
  const host =
    (trustProxy ? c.req.header('x-forwarded-host') : undefined) ?? c.req.header('host') ?? url.host;
  return `${proto ?? url.protocol.replace(':', '')}://${host}`;
}

/**
 * The origin for links that leave the request (e-mails, the OIDC redirect URI): PUBLIC_URL when
 * set, else the request's own origin. Without PUBLIC_URL (or a trusted proxy that sets the
 * forwarded host) that comes from the Host header, which a client chooses.
 */
export function publicOrigin(c: Context, deps: Pick<AppDeps, 'publicUrl' | 'trustProxy'>): string {
  return deps.publicUrl ?? requestOrigin(c, deps.trustProxy ?? false);
}

/** The client's address, for login rate limiting. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF protection for cookie-authenticated writes: the Origin (or, failing that, the Referer)
 * must be this server's own origin or a trusted one. Requests without either header and
 * without `Sec-Fetch-Site: cross-site` come from non-browser clients and pass.
 */
export function csrfProtection(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const trusted = new Set(deps.trustedOrigins ?? []);
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method) || !getCookie(c, SESSION_COOKIE)) return next();
    const own = requestOrigin(c, deps.trustProxy ?? false);
    const origin = c.req.header('origin') ?? refererOrigin(c.req.header('referer'));
    const allowed = origin
      ? origin === own || trusted.has(origin)
      : c.req.header('sec-fetch-site') !== 'cross-site';
    if (!allowed) throw new AppError(403, 'csrf', 'cross-site request refused');
    return next();
  };
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

/** Resolves the session cookie to an actor (or none) for every API request. */
export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const auth = authService(deps);
  return async (c, next) => {
    c.set('db', deps.store.db);
    const token = getCookie(c, SESSION_COOKIE);
    c.set('sessionToken', token);
    if (token) {
      const session = await auth.actorFor(token);
      if (session) c.set('actor', session.actor);
    }
    return next();
  };
}
