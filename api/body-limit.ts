import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Refuses request bodies over `limitFor(path)` bytes with `refuse(c, limit)`.
 *
 * A body announced by Content-Length is judged by that header, without touching the body, as
 * Node's HTTP parser holds the body to it. Hono's `bodyLimit` reads `c.req.raw.body`, which turns
 * @hono/node-server's lightweight request into a full undici Request with a web stream: a tenth
 * of an autosave's CPU. It is kept for chunked bodies (and in-process requests without the
 * header), which it counts while reading. GET and HEAD bodies are never read, so never checked.
 */
export function limitBody(
  limitFor: (path: string) => number,
  refuse: (c: Context, limit: number) => Response,
): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const limit = limitFor(c.req.path);
    const length = c.req.header('content-length');
    if (
      length !== undefined &&
      /^\d+$/.test(length) &&
      c.req.header('transfer-encoding') === undefined
    ) {
      return Number(length) > limit ? refuse(c, limit) : next();
    }
    return bodyLimit({ maxSize: limit, onError: (ctx) => refuse(ctx, limit) })(c, next);
  };
}
