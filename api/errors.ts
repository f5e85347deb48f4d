import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { issuesFromZod, ValidationError, type ValidationIssue } from '../rubrics/validation';
import { ComparisonError } from '../scoring/version-mapping';

/** The one error path: thrown anywhere, turned into `{ "error": { code, message, issues? } }`. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: ValidationIssue[],
    /** For 409: the current record, so the client can show both versions. */
    readonly current?: unknown,
    /** For 409: who changed the record last, and when (see audit/last-change.ts). */
    readonly lastChange?: { by: { name: string; email: string } | null; at: string },
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);

export const conflict = (message: string, current: unknown) =>
  new AppError(409, 'conflict', message, undefined, current);

/** A 400 naming the first invalid field in the message and carrying every issue. */
export function invalidInput(issues: ValidationIssue[], source = 'body'): AppError {
  const first = issues[0];
  const where = first && first.path !== '' ? first.path : source;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new AppError(
    400,
    'invalid_input',
    `${where}: ${first?.message ?? 'invalid'}${more}`,
    issues,
  );
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues?: ValidationIssue[];
    current?: unknown;
    lastChange?: { by: { name: string; email: string } | null; at: string };
  };
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
      ...(error.lastChange ? { lastChange: error.lastChange } : {}),
    },
  };
}

/** Maps any thrown error to the error shape; unknown errors are logged and become a bare 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ValidationError) return invalidInput(error.issues, error.source);
  if (error instanceof ComparisonError) return new AppError(400, 'not_comparable', error.message);
  if (error instanceof HTTPException) {
    // Hono's own: malformed JSON in a body (400), a body over the limit (413).
    if (error.status === 400) {
      return new AppError(400, 'invalid_input', `body: ${error.message || 'malformed request'}`, [
        { path: 'body', message: error.message || 'malformed request' },
      ]);
    }
    if (error.status === 413)
      return new AppError(413, 'too_large', error.message || 'body too large');
    if (error.status < 500)
      return new AppError(error.status as ContentfulStatusCode, 'bad_request', error.message);
  }
  return new AppError(500, 'internal', 'Internal server error');
}

export function onError(error: unknown, c: Context) {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    console.error(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path} failed:`, error);
  }
  return c.json(errorBody(appError), appError.status);
}

/** The zod-openapi validation hook: invalid params, query or body become our 400. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target?: string },
): void {
  if (!result.success) {
    const target = 'target' in result && result.target ? result.target : 'body';
    const issues = issuesFromZod(result.error).map((issue) => ({
      ...issue,
      path: issue.path === '' ? target : issue.path,
    }));
    throw invalidInput(issues, target);
  }
}
