// The typed API client: paths and bodies come from the server's OpenAPI document (schema.ts is
// generated from the routes' zod schemas by scripts/gen-api-types.ts), so nothing is written twice.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.ts';

/** An error answer of the API: { code, message, details } (docs/errors.md). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the CSRF token of the session (sent as x-csrf-token on state-changing requests). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (expired, signed out elsewhere). */
export function setUnauthenticatedHandler(fn: (() => void) | null): void {
  onUnauthenticated = fn;
}

const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken !== null) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !request.url.endsWith('/api/v1/auth/login')) onUnauthenticated?.();
    return response;
  },
};

/** The client; use it through unwrap(). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(session);

/** Turns an openapi-fetch result into its data, or throws ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  throw toApiError(response.status, error);
}

/** An ApiError from a response body (JSON error or anything else). */
export function toApiError(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'code' in body && 'message' in body) {
    const b = body as { code: unknown; message: unknown; details?: unknown };
    return new ApiError(
      status,
      String(b.code),
      String(b.message),
      typeof b.details === 'object' && b.details !== null ? (b.details as Record<string, unknown>) : {},
    );
  }
  return new ApiError(status, 'PSVIS_ERR_HTTP', `HTTP ${status}`, {});
}
