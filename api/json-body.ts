import type { MiddlewareHandler } from 'hono';
import { jsonIssues } from '../rubrics/json-guard';
import { invalidInput } from './errors';

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks a JSON request body before any route reads it: it must be UTF-8 (never silently
 * turned into U+FFFD), and, when it parses, follow jsonIssues' rules (nesting depth, no
 * `__proto__`/`constructor`/`prototype` keys, no character a Word file or PostgreSQL cannot
 * hold), each broken one a 400 naming its path. A body that does not parse is left to the
 * route's validator, which names the syntax error. The decoded text is what the route reads.
 */
export const jsonBodyGuard: MiddlewareHandler = async (c, next) => {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD') return next();
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) return next();
  let text: string;
  try {
    text = utf8.decode(await c.req.arrayBuffer());
  } catch {
    throw invalidInput([
      { path: 'body', message: 'is not valid UTF-8: send JSON text encoded as UTF-8' },
    ]);
  }
  // Hono keeps each body reading as a promise; the route's validator parses this text.
  (c.req.bodyCache as Record<string, Promise<unknown>>).text = Promise.resolve(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return next();
  }
  const issues = jsonIssues(value);
  if (issues.length > 0) throw invalidInput(issues);
  // Parsed once: the route's validator reads this value instead of parsing the text again.
  (c.req.bodyCache as Record<string, Promise<unknown>>).json = Promise.resolve(value);
  return next();
};
