import { describe, expect, it } from 'vitest';
import { oidcSettingsFromEnv } from './auth/oidc/oidc-settings';
import { issuerAllowed, readEnv } from './env';

const oidc = { OIDC_CLIENT_ID: 'kompass', OIDC_CLIENT_SECRET: 'hemlig' };

describe('the sign-in variables', () => {
  it('leave SSO and e-mail off when unset', () => {
    const env = readEnv({});
    expect(oidcSettingsFromEnv(env)).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });

  it('read the OIDC_ variables with their defaults', () => {
    const env = readEnv({ OIDC_ISSUER: 'https://login.essunga.se/realms/kommun', ...oidc });
    expect(oidcSettingsFromEnv(env)).toEqual({
      issuer: 'https://login.essunga.se/realms/kommun',
      clientId: 'kompass',
      clientSecret: 'hemlig',
      scopes: 'openid email profile',
      label: 'organisationens konto',
    });
  });

  it('accept http only for an issuer on a loopback address', () => {
    expect(issuerAllowed('http://127.0.0.1:8080')).toBe(true);
    expect(issuerAllowed('http://127.10.0.3')).toBe(true);
    expect(issuerAllowed('http://[::1]:9000/')).toBe(true);
    expect(issuerAllowed('http://login.essunga.se')).toBe(false);
    expect(issuerAllowed('http://localhost:8080')).toBe(false);
    expect(issuerAllowed('http://128.0.0.1')).toBe(false);
    expect(() => readEnv({ OIDC_ISSUER: 'http://login.essunga.se', ...oidc })).toThrow(
      /OIDC_ISSUER: must use https \(http only on a loopback address/,
    );
  });

  it('want all three of issuer, client id and secret, naming the missing one', () => {
    expect(() => readEnv({ OIDC_ISSUER: 'https://login.essunga.se' })).toThrow(
      /OIDC_CLIENT_ID: needed with the other OIDC_ variables[\s\S]*OIDC_CLIENT_SECRET: needed/,
    );
    expect(() =>
      readEnv({ OIDC_ISSUER: 'https://x.se', ...oidc, OIDC_SCOPES: 'openid profile' }),
    ).toThrow(/OIDC_SCOPES: must include openid and email/);
  });

  it('read PUBLIC_URL as an origin without a trailing slash', () => {
    expect(readEnv({ PUBLIC_URL: 'https://kompass.essunga.se/' }).PUBLIC_URL).toBe(
      'https://kompass.essunga.se',
    );
    expect(() => readEnv({ PUBLIC_URL: 'https://kompass.essunga.se/app' })).toThrow(
      /PUBLIC_URL: must be an origin only/,
    );
  });

  it('want SMTP_FROM with SMTP_URL, and an smtp URL', () => {
    expect(() => readEnv({ SMTP_URL: 'smtp://mail.essunga.se:587' })).toThrow(
      /SMTP_FROM: needed with SMTP_URL/,
    );
    expect(() => readEnv({ SMTP_URL: 'http://mail', SMTP_FROM: 'a@b.se' })).toThrow(
      /SMTP_URL: must start with smtp:\/\/ or smtps:\/\//,
    );
    expect(
      readEnv({ SMTP_URL: 'smtps://u:p@mail.se', SMTP_FROM: 'noreply@mail.se' }).SMTP_FROM,
    ).toBe('noreply@mail.se');
  });
});
