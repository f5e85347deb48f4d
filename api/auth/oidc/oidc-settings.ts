import type { CustomFetch } from 'openid-client';
import type { Env } from '../../env';

/** How this installation signs users in with the organisation's OpenID Connect provider. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated, with `openid` and `email`. */
  scopes: string;
  /** The login button's "Logga in med <label>". */
  label: string;
  /** The HTTP client that reaches the provider (tests wrap it to tamper with responses). */
  fetch?: CustomFetch;
}

/** The OIDC_ variables as settings, or undefined when SSO is not configured. */
export function oidcSettingsFromEnv(env: Env): OidcSettings | undefined {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return undefined;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    scopes: env.OIDC_SCOPES,
    label: env.OIDC_LABEL,
  };
}
