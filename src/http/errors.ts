import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isPsvisError } from '../errors/psvis-error.ts';
import { isConsoleRoute } from './console.ts';

/** The JSON body of every error response. */
export interface ErrorBody {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/**
 * Maps anything thrown in a route to `{ code, message, details }` with a stable code. Unexpected
 * errors are logged in full and answered with PSVIS_ERR_INTERNAL: no stack trace reaches a client.
 */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const send = (status: number, body: ErrorBody) => {
    void reply.status(status).send(body);
  };
  if (isPsvisError(err)) {
    if (err.code === 'PSVIS_ERR_RATE_LIMITED' && typeof err.details['retryAfterSeconds'] === 'number') {
      void reply.header('retry-after', String(err.details['retryAfterSeconds']));
    }
    send(err.httpStatus, { code: err.code, message: err.message, details: { ...err.details } });
    return;
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = (err.validation as { instancePath?: string; message?: string }[]).map((v) => ({
      field: [err.validationContext, ...(v.instancePath ?? '').split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    const first = issues[0];
    send(400, {
      code: 'PSVIS_ERR_VALIDATION',
      message: first === undefined ? 'invalid request' : `invalid ${first.field}: ${first.message}`,
      details: { issues },
    });
    return;
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err }, 'response did not match its schema');
    send(500, { code: 'PSVIS_ERR_INTERNAL', message: 'internal error; see the server log', details: {} });
    return;
  }
  // Fastify's own client errors: malformed JSON, wrong content type, body too large.
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err instanceof SyntaxError && err.statusCode === 400)) {
    send(400, {
      code: 'PSVIS_ERR_BAD_JSON',
      message: `the request body is not valid JSON: ${err.message}`,
      details: {},
    });
    return;
  }
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    send(400, {
      code: 'PSVIS_ERR_BAD_JSON',
      message: 'the request body is empty but its content type says JSON',
      details: {},
    });
    return;
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    send(415, { code: 'PSVIS_ERR_UNSUPPORTED_MEDIA_TYPE', message: 'send the body as application/json', details: {} });
    return;
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    send(413, { code: 'PSVIS_ERR_BODY_TOO_LARGE', message: 'the request body is too large', details: {} });
    return;
  }
  req.log.error({ err }, 'unhandled error');
  send(500, { code: 'PSVIS_ERR_INTERNAL', message: 'internal error; see the server log', details: {} });
}

/** 404 for a route that does not exist. */
export function notFoundHandler(req: FastifyRequest, reply: FastifyReply): void {
  // A route of the web console (/live, /playback…): the single-page app's router handles it.
  const index = req.server.consoleIndex;
  if (index !== null && req.method === 'GET' && isConsoleRoute(req.url, req.headers.accept)) {
    void reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index());
    return;
  }
  void reply.status(404).send({
    code: 'PSVIS_ERR_ROUTE_NOT_FOUND',
    message: `no route ${req.method} ${req.url.split('?')[0] ?? ''}; GET /api/v1/openapi.json lists them`,
    details: {},
  } satisfies ErrorBody);
}
