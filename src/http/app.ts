import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { bilingualError, roleName } from '../errors/bilingual.ts';
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
      throw bilingualError(
        'PSVIS_ERR_UNAUTHENTICATED',
        {
          zh: '请先登录（POST /api/v1/auth/login）；登录可能已过期',
          en: 'sign in first (POST /api/v1/auth/login); the session may have expired',
        },
        {},
        401,
      );
    }
    if (STATE_CHANGING.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sent !== session.csrfToken) {
        throw bilingualError(
          'PSVIS_ERR_CSRF',
          {
            zh: `缺少 ${CSRF_HEADER} 请求头或其值不正确；请使用登录或 GET /api/v1/auth/session 响应中的 csrfToken`,
            en: `missing or wrong ${CSRF_HEADER} header; use the csrfToken from the login or GET /api/v1/auth/session response`,
          },
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
  if (req.session === null) {
    throw bilingualError('PSVIS_ERR_UNAUTHENTICATED', { zh: '请先登录', en: 'sign in first' }, {}, 401);
  }
  return req.session.actor;
}

/**
 * The actions the routes guard with `requireRole`, in the console's words: a refusal says what
 * the role may not do ("审计员不能删除录像"). An action missing here is refused in general words.
 */
const ROUTE_ACTIONS_ZH: Readonly<Record<string, string>> = {
  'create users': '新建用户',
  'read the audit trail': '查看审计日志',
  'verify the audit trail': '校验审计日志',
  'read the access register': '查看查阅、复制、调取登记',
  'verify recordings': '校验录像',
  'delete recordings': '删除录像',
  'place holds': '设置保全',
  'extend holds': '延长保全',
  'play back footage': '回放录像',
  'take snapshots': '截图',
  'export evidence': '导出录像',
  'read exports': '查看录像导出情况',
  'download exports': '下载证据包',
};

/** Refuses the request unless the actor has one of `roles`; `action` is what the route does, in English. */
export function requireRole(req: FastifyRequest, roles: readonly Role[], action: string): Actor {
  const actor = actorOf(req);
  if (!roles.includes(actor.role)) {
    const zhAction = ROUTE_ACTIONS_ZH[action];
    throw bilingualError(
      'PSVIS_ERR_FORBIDDEN',
      {
        zh: `${roleName(actor.role).zh}${zhAction === undefined ? '无权执行此操作' : `不能${zhAction}`}`,
        en: `role ${actor.role} may not ${action}`,
      },
      { role: actor.role, action },
      403,
    );
  }
  return actor;
}
