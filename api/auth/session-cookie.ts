import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../context';
import { DEFAULT_SESSION_POLICY, SESSION_COOKIE } from './auth.service';
import { requestOrigin } from './security';

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over https, for the session's life. */
export function setSessionCookie(c: Context<AppEnv>, deps: AppDeps, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: requestOrigin(c, deps.trustProxy ?? false).startsWith('https:'),
    path: '/',
    maxAge: (deps.sessions ?? DEFAULT_SESSION_POLICY).maxDays * 86_400,
  });
}
