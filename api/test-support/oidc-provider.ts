// Test support: a real OpenID Connect provider (oidc-provider) on 127.0.0.1 with a random port,
// its own login page, and helpers to drive a sign-in without a browser.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface ProviderAccount {
  email: string;
  email_verified: boolean;
  name?: string;
}

export interface TestProvider {
  /** `http://127.0.0.1:PORT`: the issuer, as OIDC_ISSUER. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's users by subject; change them to change what the next sign-in gets. */
  accounts: Map<string, ProviderAccount>;
  /** Registers the client with its callback URL(s); call once, before the first sign-in. */
  register(redirectUris: string[]): void;
  /**
   * Logs `subject` in at the provider's authorization URL (its login page, programmatically)
   * and returns where the provider sends the browser back: the callback URL with code and state.
   */
  authorize(authorizationUrl: string, subject: string): Promise<URL>;
  /** Signs a JWT with the provider's key, to forge a valid-looking ID token in tests. */
  sign(payload: Record<string, unknown>): string;
  close(): Promise<void>;
}

const KID = 'test-key';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** The provider's login page: one field for the user name (the subject) and a button. */
function loginPage(uid: string, clientId: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Testleverantören</title></head>
<body><main><h1>Logga in hos testleverantören</h1><p>För ${clientId}</p>
<form method="post" action="/interaction/${uid}">
<label for="login">Användarnamn</label><input id="login" name="login" autocomplete="username">
<button type="submit">Fortsätt</button></form></main></body></html>`;
}

export async function startTestProvider(): Promise<TestProvider> {
  const accounts = new Map<string, ProviderAccount>();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = {
    ...(privateKey as KeyObject).export({ format: 'jwk' }),
    kid: KID,
    alg: 'RS256',
    use: 'sig',
  };
  const clientId = 'kompass-test';
  const clientSecret = 'a-test-client-secret-of-some-length';
  let provider: Provider | undefined;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!provider) {
      res.statusCode = 503;
      res.end('not registered');
      return;
    }
    const path = (req.url ?? '/').split('?')[0] as string;
    const interaction = /^\/interaction\/([^/]+)$/.exec(path);
    if (!interaction) {
      provider.callback()(req, res);
      return;
    }
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(loginPage(details.uid, clientId));
      return;
    }
    const login = new URLSearchParams(await readBody(req)).get('login') ?? '';
    if (!accounts.has(login)) {
      res.statusCode = 400;
      res.end('unknown user');
      return;
    }
    const grant = new provider.Grant({ accountId: login, clientId });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: login }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    register(redirectUris) {
      provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: redirectUris,
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        async findAccount(_ctx, sub) {
          const account = accounts.get(sub);
          if (!account) return undefined;
          return { accountId: sub, claims: async () => ({ sub, ...account }) };
        },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        cookies: { keys: ['a-cookie-key-for-the-test-provider'] },
        jwks: { keys: [jwk as never] },
        features: { devInteractions: { enabled: false } },
        ttl: {
          AccessToken: 600,
          AuthorizationCode: 60,
          Grant: 600,
          IdToken: 600,
          Interaction: 600,
          Session: 600,
        },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      });
    },
    async authorize(authorizationUrl, subject) {
      const jar = new Map<string, string>();
      const request = async (url: string, init: RequestInit = {}) => {
        const response = await fetch(url, {
          ...init,
          redirect: 'manual',
          headers: {
            ...(init.headers as Record<string, string>),
            cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          },
        });
        for (const line of response.headers.getSetCookie()) {
          const [pair] = line.split(';');
          const at = (pair as string).indexOf('=');
          jar.set((pair as string).slice(0, at), (pair as string).slice(at + 1));
        }
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || !location) {
          throw new Error(`provider ${url}: HTTP ${response.status} ${await response.text()}`);
        }
        return new URL(location, url);
      };
      const interaction = await request(authorizationUrl);
      const resume = await request(interaction.href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ login: subject }).toString(),
      });
      return request(resume.href);
    },
    sign(payload) {
      const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const input = `${part({ alg: 'RS256', kid: KID, typ: 'JWT' })}.${part(payload)}`;
      const signature = createSign('RSA-SHA256')
        .update(input)
        .sign(privateKey)
        .toString('base64url');
      return `${input}.${signature}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
