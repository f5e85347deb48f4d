import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from './context';
import { validationHook } from './errors';

/** A sub-app whose request validation failures become our 400 error shape. */
export function router() {
  return new OpenAPIHono<AppEnv>({ defaultHook: (result) => validationHook(result as never) });
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z
        .array(z.object({ path: z.string(), message: z.string(), line: z.number().optional() }))
        .optional(),
      current: z.unknown().optional(),
      /** On a 409: who changed the record last and when. */
      lastChange: z
        .object({
          by: z.object({ name: z.string(), email: z.string() }).nullable(),
          at: z.string(),
        })
        .optional(),
    }),
  })
  .meta({ id: 'Error' });

const errorContent = { content: { 'application/json': { schema: ErrorSchema } } };

/** The error responses every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: { ...errorContent, description: 'Invalid input; `issues` names each field' },
  401: { ...errorContent, description: 'Not logged in' },
  403: { ...errorContent, description: 'Not allowed' },
  404: { ...errorContent, description: 'Not found' },
  409: { ...errorContent, description: 'Conflict: stale version (with `current`) or read-only' },
  413: { ...errorContent, description: 'Body too large' },
} as const;

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}
