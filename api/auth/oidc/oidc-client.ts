import * as client from 'openid-client';
import { isLoopback } from '../../env';
import type { OidcSettings } from './oidc-settings';

/** What the callback needs to finish a sign-in: kept server-side, used once. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The verified identity from the provider: the ID token's claims (and userinfo for e-mail). */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/** A refusal from the provider or from the token checks, with the reason for the audit log. */
export class OidcRefused extends Error {
  constructor(
    readonly code: 'oidc_failed' | 'oidc_provider' | 'oidc_unavailable',
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'OidcRefused';
  }
}

/**
 * The authorization code flow with PKCE, state and nonce, done by openid-client: discovery,
 * the authorization URL, the code exchange and every ID token check (signature, issuer,
 * audience, expiry, nonce). Plain http is allowed only for an issuer on a loopback address.
 */
export function oidcClient(settings: OidcSettings) {
  let configuration: Promise<client.Configuration> | undefined;

  function config(): Promise<client.Configuration> {
    if (!configuration) {
      const insecure = isLoopback(new URL(settings.issuer).hostname);
      configuration = client
        .discovery(
          new URL(settings.issuer),
          settings.clientId,
          undefined,
          client.ClientSecretBasic(settings.clientSecret),
          {
            // The ID token's signature is checked against the provider's keys too, not only
            // trusted for coming over TLS (and a loopback provider has no TLS at all).
            execute: insecure
              ? [client.allowInsecureRequests, client.enableNonRepudiationChecks]
              : [client.enableNonRepudiationChecks],
            ...(settings.fetch ? { [client.customFetch]: settings.fetch } : {}),
            timeout: 10,
          },
        )
        .then((found) => {
          if (settings.fetch) found[client.customFetch] = settings.fetch;
          return found;
        });
      // A provider that was down is asked again at the next sign-in.
      configuration.catch(() => {
        configuration = undefined;
      });
    }
    return configuration;
  }

  return {
    /** A new sign-in: the provider's authorization URL and what the callback will check. */
    async start(redirectUri: string): Promise<{ url: URL; pending: PendingSignIn }> {
      const found = await config();
      const pending: PendingSignIn = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(found, {
        redirect_uri: redirectUri,
        scope: settings.scopes,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, pending };
    },

    /** Exchanges the code and checks the ID token; throws OidcRefused when anything is off. */
    async finish(callbackUrl: URL, pending: PendingSignIn): Promise<ProviderIdentity> {
      let found: client.Configuration;
      try {
        found = await config();
      } catch (error) {
        throw new OidcRefused('oidc_unavailable', `the provider could not be reached: ${error}`);
      }
      let claims: client.IDToken;
      let accessToken: string;
      try {
        const tokens = await client.authorizationCodeGrant(found, callbackUrl, {
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          pkceCodeVerifier: pending.codeVerifier,
          idTokenExpected: true,
        });
        claims = tokens.claims() as client.IDToken;
        accessToken = tokens.access_token;
      } catch (error) {
        if (error instanceof client.AuthorizationResponseError) {
          throw new OidcRefused('oidc_provider', `the provider answered ${error.error}`);
        }
        throw new OidcRefused('oidc_failed', describe(error));
      }
      let email = typeof claims.email === 'string' ? claims.email : null;
      let verified = claims.email_verified;
      let name = typeof claims.name === 'string' ? claims.name : null;
      if (email === null) {
        // Many providers put the e-mail in userinfo only (checked against the ID token's sub).
        try {
          const info = await client.fetchUserInfo(found, accessToken, claims.sub);
          email = info.email ?? null;
          verified = info.email_verified;
          name ??= info.name ?? null;
        } catch (error) {
          throw new OidcRefused('oidc_failed', describe(error));
        }
      }
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email: email === null ? null : email.trim().toLowerCase(),
        emailVerified: verified === true,
        name,
      };
    },
  };
}

export type OidcClient = ReturnType<typeof oidcClient>;

function describe(error: unknown): string {
  if (error instanceof client.ResponseBodyError) {
    return `the token endpoint refused: ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`;
  }
  if (error instanceof Error) {
    // openid-client wraps the precise check that failed (claim, signature) in `cause`.
    const parts: string[] = [];
    let current: unknown = error;
    for (let depth = 0; current instanceof Error && depth < 4; depth++) {
      const code = (current as { code?: unknown }).code;
      parts.push(`${typeof code === 'string' ? `${code}: ` : ''}${current.message}`);
      current = current.cause;
    }
    const claim = (current as { claim?: unknown } | undefined)?.claim;
    return `${parts.join(' <- ')}${typeof claim === 'string' ? ` (claim ${claim})` : ''}`;
  }
  return String(error);
}
