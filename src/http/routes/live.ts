// Live routes: the MSE WebSocket (RFC 6455 upgrade on the HTTP server) and live HLS (RFC 8216).
// Both need the session cookie and a camera inside the user's scope (404 otherwise, as for every
// camera route); each view is registered by the live delivery component.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { VIEW_ROLES } from '../../delivery/delivery.ts';
import { sessionBinding, type FootageGate } from '../../delivery/footage-gate.ts';
import type { LiveDelivery, LiveStreamName } from '../../delivery/live/live-delivery.ts';
import { isWebSocketRequest, refuseUpgrade } from '../../delivery/live/websocket.ts';
import { bilingualError, roleName } from '../../errors/bilingual.ts';
import { isPsvisError, type PsvisError } from '../../errors/psvis-error.ts';
import type { Identity } from '../../identity/identity.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { SESSION_COOKIE, actorOf, requireSession } from '../app.ts';

const LIVE_WS_PATH = /^\/api\/v1\/cameras\/([^/?#]{1,64})\/live\.ws$/;
const cameraParams = z.object({ id: z.string().min(1).max(64) });
const streamQuery = z.object({ stream: z.enum(['main', 'sub']).default('main') });

/** Registers GET /api/v1/cameras/:id/live.ws (WebSocket upgrade), live.m3u8 and its segments. */
export function liveRoutes(
  app: FastifyInstance,
  deps: { identity: Identity; registry: Registry; live: LiveDelivery; gate?: FootageGate },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['live'];

  // Scope first (404), then an officer's direct-connection grant in their two-officer sitting
  // (安徽 第二十条, 辽宁 第十七条), then the role rules.
  const watchable = async (actor: Actor, cameraId: string, cookieToken: string | undefined): Promise<string> => {
    const id = (await deps.registry.getCamera(actor, cameraId, 'watch live video')).id;
    const grant = (await deps.gate?.check(actor, sessionBinding(cookieToken), { cameraId: id, use: 'live' })) ?? null;
    if (grant === null && !VIEW_ROLES.includes(actor.role)) {
      throw bilingualError(
        'PSVIS_ERR_FORBIDDEN',
        { zh: `${roleName(actor.role).zh}不能观看实时视频`, en: `role ${actor.role} may not watch live video` },
        { role: actor.role },
        403,
      );
    }
    return id;
  };

  // A refused handshake answers with the body every route's error gets: code, message, details.
  const refuseWith = (socket: Duplex, err: PsvisError): void => {
    refuseUpgrade(socket, err.httpStatus, { code: err.code, message: err.message, details: err.details });
  };

  // Node hands upgrade requests to 'upgrade' listeners, not to Fastify's router (RFC 6455 §4.1).
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://psvis');
    const match = LIVE_WS_PATH.exec(url.pathname);
    if (match === null) {
      // Another module may serve this path; answer only when nobody else listens.
      if (app.server.listenerCount('upgrade') === 1) {
        refuseWith(
          socket,
          bilingualError('PSVIS_ERR_ROUTE_NOT_FOUND', { zh: '此处没有 WebSocket', en: 'no WebSocket here' }, {}, 404),
        );
      }
      return;
    }
    socket.on('error', () => {
      socket.destroy();
    });
    const cameraId = decodeURIComponent(match[1] ?? '');
    const stream: LiveStreamName = url.searchParams.get('stream') === 'sub' ? 'sub' : 'main';
    void (async () => {
      if (!isWebSocketRequest(req)) {
        throw bilingualError(
          'PSVIS_ERR_WEBSOCKET_REQUIRED',
          { zh: '须以 WebSocket（版本 13）升级连接', en: 'a WebSocket (version 13) upgrade is required' },
          {},
          400,
        );
      }
      const token = app.parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
      const session = token === undefined ? null : await deps.identity.authenticate(token);
      if (session === null) {
        throw bilingualError(
          'PSVIS_ERR_UNAUTHENTICATED',
          { zh: '请先登录（POST /api/v1/auth/login）', en: 'sign in first (POST /api/v1/auth/login)' },
          {},
          401,
        );
      }
      const id = await watchable(session.actor, cameraId, token);
      await deps.live.openWebSocket(session.actor, id, stream, req, socket, head);
    })().catch((err: unknown) => {
      if (isPsvisError(err)) {
        refuseWith(socket, err);
      } else {
        app.log.error({ err }, 'live WebSocket upgrade failed');
        refuseWith(socket, bilingualError('PSVIS_ERR_INTERNAL', { zh: '内部错误', en: 'internal error' }, {}, 500));
      }
    });
  };
  app.server.on('upgrade', onUpgrade);
  app.addHook('onClose', (_instance, done) => {
    app.server.off('upgrade', onUpgrade);
    done();
  });

  r.get(
    '/api/v1/cameras/:id/live.ws',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Live fMP4 over WebSocket for MSE: a JSON init message (mimeType, codecs, omitted tracks), the init segment, then one fragment per frame from the latest keyframe',
        params: cameraParams,
        querystring: streamQuery,
      },
    },
    () => {
      throw bilingualError(
        'PSVIS_ERR_WEBSOCKET_REQUIRED',
        {
          zh: '请以 WebSocket 打开此地址（Upgrade: websocket，Sec-WebSocket-Version: 13）',
          en: 'open this URL as a WebSocket (Upgrade: websocket, Sec-WebSocket-Version: 13)',
        },
        {},
        426,
      );
    },
  );

  r.get(
    '/api/v1/cameras/:id/live.m3u8',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Live HLS media playlist (RFC 8216 v7, fMP4, ~1 s segments cut at keyframes); registers the view',
        params: cameraParams,
        querystring: streamQuery,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await watchable(actor, req.params.id, req.cookies[SESSION_COOKIE]);
      // The HLS packagers and segment URLs are per camera, i.e. the main stream; serving the main
      // stream under ?stream=sub would mislead a client that asked for the lighter stream.
      if (req.query.stream === 'sub') {
        throw bilingualError(
          'PSVIS_ERR_LIVE_SUBSTREAM',
          {
            zh: '实时 HLS 只提供主码流；请通过 live.ws?stream=sub 观看子码流',
            en: 'live HLS serves the main stream only; watch the sub-stream over live.ws?stream=sub',
          },
          { cameraId: id },
          404,
        );
      }
      deps.live.hubFor(id, 'main');
      const text = await deps.live.hls.playlist(actor, id);
      return reply
        .header('content-type', 'application/vnd.apple.mpegurl')
        .header('cache-control', 'no-cache')
        .send(text);
    },
  );

  r.get(
    '/api/v1/cameras/:id/live/:name',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'An init segment (init-N.mp4) or media segment (N.m4s) the live playlist names',
        params: z.object({
          id: z.string().min(1).max(64),
          name: z.string().regex(/^(init-\d{1,9}\.mp4|\d{1,12}\.m4s)$/),
        }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await watchable(actor, req.params.id, req.cookies[SESSION_COOKIE]);
      const init = /^init-(\d+)\.mp4$/.exec(req.params.name);
      if (init !== null) {
        const bytes = deps.live.hls.init(actor, id, Number(init[1]));
        return reply.header('content-type', 'video/mp4').send(Buffer.from(bytes));
      }
      const seg = deps.live.hls.segment(actor, id, Number.parseInt(req.params.name, 10));
      return reply.header('content-type', 'video/iso.segment').send(Buffer.concat(seg.chunks, seg.bytes));
    },
  );
}
