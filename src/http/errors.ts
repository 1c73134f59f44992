import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { bilingualError, type ErrorCode, type Words } from '../errors/bilingual.ts';
import { isPsvisError, type PsvisError } from '../errors/psvis-error.ts';
import { isConsoleRoute } from './console.ts';

/** The JSON body of every error response. */
export interface ErrorBody {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** The body of a PsvisError: its message and details as they are. */
const bodyOf = (err: PsvisError): ErrorBody => ({ code: err.code, message: err.message, details: { ...err.details } });

/** The body of an error psvis answers for a request it did not route to a service, in both languages. */
const bilingualBody = (code: ErrorCode, words: Words, details: Readonly<Record<string, unknown>> = {}): ErrorBody =>
  bodyOf(bilingualError(code, words, details));

const INTERNAL: Words = { zh: '服务器内部错误，请查看日志', en: 'internal error; see the server log' };

/**
 * Maps anything thrown in a route to `{ code, message, details }` with a stable code. Unexpected
 * errors are logged in full and answered with PSVIS_ERR_INTERNAL: no stack trace reaches a client.
 * Every body carries its message in both languages (details.messageZh, details.messageEn), as the
 * console shows it in the user's language.
 */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const send = (status: number, body: ErrorBody) => {
    void reply.status(status).send(body);
  };
  if (isPsvisError(err)) {
    if (err.code === 'PSVIS_ERR_RATE_LIMITED' && typeof err.details['retryAfterSeconds'] === 'number') {
      void reply.header('retry-after', String(err.details['retryAfterSeconds']));
    }
    send(err.httpStatus, bodyOf(err));
    return;
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = (err.validation as { instancePath?: string; message?: string }[]).map((v) => ({
      field: [err.validationContext, ...(v.instancePath ?? '').split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    const first = issues[0];
    // The schema's own words of what failed stay as they are; the Chinese leads with what it means.
    const words: Words =
      first === undefined
        ? { zh: '请求参数不正确', en: 'invalid request' }
        : {
            zh: `请求参数不正确：${first.field}: ${first.message}`,
            en: `invalid ${first.field}: ${first.message}`,
          };
    send(400, bilingualBody('PSVIS_ERR_VALIDATION', words, { issues }));
    return;
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err }, 'response did not match its schema');
    send(500, bilingualBody('PSVIS_ERR_INTERNAL', INTERNAL));
    return;
  }
  // Fastify's own client errors: malformed JSON, wrong content type, body too large.
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err instanceof SyntaxError && err.statusCode === 400)) {
    send(
      400,
      bilingualBody('PSVIS_ERR_BAD_JSON', {
        zh: `请求体不是有效的 JSON：${err.message}`,
        en: `the request body is not valid JSON: ${err.message}`,
      }),
    );
    return;
  }
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    send(
      400,
      bilingualBody('PSVIS_ERR_BAD_JSON', {
        zh: '请求体为空，但其内容类型为 JSON',
        en: 'the request body is empty but its content type says JSON',
      }),
    );
    return;
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    send(
      415,
      bilingualBody('PSVIS_ERR_UNSUPPORTED_MEDIA_TYPE', {
        zh: '请以 application/json 格式发送请求体',
        en: 'send the body as application/json',
      }),
    );
    return;
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    send(413, bilingualBody('PSVIS_ERR_BODY_TOO_LARGE', { zh: '请求体过大', en: 'the request body is too large' }));
    return;
  }
  req.log.error({ err }, 'unhandled error');
  send(500, bilingualBody('PSVIS_ERR_INTERNAL', INTERNAL));
}

/** 404 for a route that does not exist. */
export function notFoundHandler(req: FastifyRequest, reply: FastifyReply): void {
  // A route of the web console (/live, /playback…): the single-page app's router handles it.
  const index = req.server.consoleIndex;
  if (index !== null && req.method === 'GET' && isConsoleRoute(req.url, req.headers.accept)) {
    void reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index());
    return;
  }
  const route = `${req.method} ${req.url.split('?')[0] ?? ''}`;
  void reply.status(404).send(
    bilingualBody('PSVIS_ERR_ROUTE_NOT_FOUND', {
      zh: `未找到该接口 ${route}；接口列表见 GET /api/v1/openapi.json`,
      en: `no route ${route}; GET /api/v1/openapi.json lists them`,
    }),
  );
}
