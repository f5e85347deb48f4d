import { type ClientResponse, hc } from 'hono/client';
import type { AppType } from '../../api/app';

/** The one typed API client: its types come from the server's routes (Hono RPC). */
export const client = hc<AppType>('/', {
  init: { credentials: 'same-origin' },
});

export interface ApiIssue {
  path: string;
  message: string;
}

/** A non-ok response as a typed error the UI shows; `current` is the server's record on 409. */
/** Who changed a record last, and when, as a 409 says. */
export interface LastChange {
  by: { name: string; email: string } | null;
  at: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly current: unknown = undefined,
    /** On a 409: who changed the record last, and when. */
    readonly lastChange: LastChange | undefined = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** True when the request never reached the server (offline, DNS, dropped connection). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ApiError && error.status === 0);
}

/** The body of a response's success statuses (the error statuses' bodies are left out). */
type OkBody<R> =
  R extends ClientResponse<infer Body, infer Status, string>
    ? Status extends 200 | 201 | 204
      ? Body
      : never
    : never;

/** Awaits a client call and returns its JSON, or throws an ApiError with the server's message. */
export async function unwrap<R extends ClientResponse<unknown, number, string>>(
  pending: Promise<R>,
): Promise<OkBody<R>> {
  const response = await pending;
  if (response.ok)
    return response.status === 204
      ? (undefined as OkBody<R>)
      : (response.json() as Promise<OkBody<R>>);
  let body: {
    error?: {
      code?: string;
      message?: string;
      issues?: ApiIssue[];
      current?: unknown;
      lastChange?: LastChange;
    };
  } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // not JSON: keep the status alone
  }
  throw new ApiError(
    response.status,
    body.error?.code ?? 'http_error',
    body.error?.message ?? `HTTP ${response.status}`,
    body.error?.issues ?? [],
    body.error?.current,
    body.error?.lastChange,
  );
}

/** A plain JSON request for the few calls whose path is built at run time (the autosave queue). */
export async function requestJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return unwrap(response as unknown as Promise<ClientResponse<T, 200, 'json'>>) as Promise<T>;
}
