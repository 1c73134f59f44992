import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { PsvisError } from '../errors/psvis-error.ts';
import type { Identity, SessionInfo } from '../identity/identity.ts';
import type { Role } from '../identity/roles.ts';
import type { Actor } from '../identity/scope.ts';
import { errorHandler, notFoundHandler } from './errors.ts';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'psvis_session';
/** Header carrying the CSRF token on state-changing requests. */
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session behind the request, set by `requireSession`. */
    session: SessionInfo | null;
  }
  interface FastifyInstance {
    /** Reads the web console's index.html, once src/http/console.ts serves it; null before. */
    consoleIndex: (() => Buffer) | null;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Options of the HTTP app. */
export interface HttpAppOptions {
  identity: Identity;
  log: FastifyBaseLogger;
  secureCookie: boolean;
  sessionTtlMs: number;
}

/** Builds the Fastify app: codecs, error mapping, OpenAPI, cookie sessions with CSRF checks. */
export async function buildApp(opts: HttpAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.log,
    bodyLimit: 1024 * 1024,
    // Request ids in logs tie a client's error report to the server log line.
    genReqId: () => Math.random().toString(36).slice(2, 10),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.decorateRequest('session', null);
  app.decorate('consoleIndex', null);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'psvis API',
        description:
          'Public security video image information system (公共安全视频图像信息系统). Errors are { code, message, details }; see docs/errors.md.',
        version: '1',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/v1/docs' });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, () => app.swagger());
  return app;
}

/** Reads the session cookie; attaches the session or answers 401. State-changing requests must echo the CSRF token. */
export function requireSession(identity: Identity) {
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const token = req.cookies[SESSION_COOKIE];
    const session = token === undefined ? null : await identity.authenticate(token);
    if (session === null) {
      throw new PsvisError(
        'PSVIS_ERR_UNAUTHENTICATED',
        'sign in first (POST /api/v1/auth/login); the session may have expired',
        {},
        401,
      );
    }
    if (STATE_CHANGING.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sent !== session.csrfToken) {
        throw new PsvisError(
          'PSVIS_ERR_CSRF',
          `missing or wrong ${CSRF_HEADER} header; use the csrfToken from the login or GET /api/v1/auth/session response`,
          {},
          403,
        );
      }
    }
    req.session = session;
  };
}

/** The actor of a request that passed `requireSession`. */
export function actorOf(req: FastifyRequest): Actor {
  if (req.session === null) throw new PsvisError('PSVIS_ERR_UNAUTHENTICATED', 'sign in first', {}, 401);
  return req.session.actor;
}

/** Refuses the request unless the actor has one of `roles`. */
export function requireRole(req: FastifyRequest, roles: readonly Role[], action: string): Actor {
  const actor = actorOf(req);
  if (!roles.includes(actor.role)) {
    throw new PsvisError(
      'PSVIS_ERR_FORBIDDEN',
      `role ${actor.role} may not ${action}`,
      { role: actor.role, action },
      403,
    );
  }
  return actor;
}
