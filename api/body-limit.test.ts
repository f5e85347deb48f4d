import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { limitBody } from './body-limit';

// Over real sockets: a body announced by Content-Length and a chunked one take different paths.
let server: ServerType;
let port: number;
const handled: string[] = [];

beforeAll(async () => {
  const app = new Hono();
  app.use(
    '*',
    limitBody(
      (path) => (path === '/big' ? 100 : 10),
      (c, limit) => c.json({ refused: limit }, 413),
    ),
  );
  app.all('*', async (c) => {
    const text = c.req.method === 'GET' ? '' : await c.req.text();
    handled.push(text);
    return c.json({ text });
  });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `parts` as one body (Content-Length) or as chunks (Transfer-Encoding: chunked). */
function send(
  method: string,
  path: string,
  parts: string[],
  chunked: boolean,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const body = parts.join('');
    const headers: Record<string, string> = chunked
      ? {}
      : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    if (chunked) {
      for (const part of parts) req.write(part);
      req.end();
    } else {
      req.end(body);
    }
  });
}

describe.each([
  ['Content-Length', false],
  ['chunked', true],
])('a %s body', (_, chunked) => {
  test('within the limit reaches the handler whole', async () => {
    handled.length = 0;
    expect(await send('PUT', '/x', ['12345', '67890'], chunked)).toEqual({
      status: 200,
      body: { text: '1234567890' },
    });
    expect(handled).toEqual(['1234567890']);
  });

  test('over the limit is refused with the limit, before the handler', async () => {
    handled.length = 0;
    expect(await send('POST', '/x', ['12345', '678901'], chunked)).toEqual({
      status: 413,
      body: { refused: 10 },
    });
    expect(handled).toEqual([]);
  });

  test('gets the limit of its path', async () => {
    expect((await send('POST', '/big', ['x'.repeat(60), 'y'.repeat(40)], chunked)).status).toBe(
      200,
    );
    expect((await send('POST', '/big', ['x'.repeat(60), 'y'.repeat(41)], chunked)).status).toBe(
      413,
    );
  });
});

test('a GET is never held to a body limit', async () => {
  expect(await send('GET', '/x', [], false)).toEqual({ status: 200, body: { text: '' } });
});
