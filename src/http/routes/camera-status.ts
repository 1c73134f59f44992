// GET /api/v1/cameras/:id/status: whether psvis is receiving the camera now, and how well.
// Scope first: a camera outside the caller's organizations is 404, as every registry route answers.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Identity } from '../../identity/identity.ts';
import type { Actor } from '../../identity/scope.ts';
import type { CameraIngestStatus } from '../../ingest/rtsp-source.ts';
import { actorOf, requireSession } from '../app.ts';

/** What the route needs: identity for the session, the registry for scope, ingest for the figures. */
export interface CameraStatusRouteDeps {
  readonly identity: Identity;
  readonly registry: { getCamera(actor: Actor, id: string): Promise<unknown> };
  readonly ingest: {
    status(cameraId: string): CameraIngestStatus | undefined;
    /** The sub-stream's status, asked apart because a camera may have a sub-stream without a main one. */
    subStatus(cameraId: string): CameraIngestStatus | undefined;
  };
}

const idParams = z.object({ id: z.string().min(1).max(64) });

const trackSchema = z.object({
  codec: z.enum(['h264', 'h265', 'aac', 'pcma', 'pcmu']),
  clockRate: z.number(),
  width: z.number().optional(),
  height: z.number().optional(),
  channels: z.number().optional(),
  parameterSets: z.boolean(),
  wallClock: z.enum(['rtcp', 'arrival']),
});

const streamStatusSchema = z.object({
  ingesting: z.boolean(),
  url: z.string().nullable(),
  online: z.boolean(),
  since: z.string().nullable(),
  bitsPerSecond: z.number(),
  framesPerSecond: z.number(),
  lastFrameAt: z.string().nullable(),
  reconnects: z.number(),
  sessions: z.number(),
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
  framesIn: z.number(),
  packetsLost: z.number(),
  framesDropped: z.number(),
  tracks: z.array(trackSchema),
});

/** The status body: `ingesting` false (and zeros) for a camera psvis does not pull (disabled, no URL). */
export const cameraStatusSchema = streamStatusSchema.extend({
  cameraId: z.string(),
  /** The sub-stream's figures (live viewing only, not recorded); null when it is not pulled. */
  sub: streamStatusSchema.nullable(),
});

/** The API body of a camera's status. */
export type CameraStatusBody = z.infer<typeof cameraStatusSchema>;

type StreamStatusBody = z.infer<typeof streamStatusSchema>;

function body(
  cameraId: string,
  main: CameraIngestStatus | undefined,
  sub: CameraIngestStatus | undefined,
): CameraStatusBody {
  return { cameraId, ...streamBody(main), sub: sub === undefined ? null : streamBody(sub) };
}

function streamBody(s: CameraIngestStatus | undefined): StreamStatusBody {
  if (s === undefined) {
    return {
      ingesting: false,
      url: null,
      online: false,
      since: null,
      bitsPerSecond: 0,
      framesPerSecond: 0,
      lastFrameAt: null,
      reconnects: 0,
      sessions: 0,
      lastError: null,
      framesIn: 0,
      packetsLost: 0,
      framesDropped: 0,
      tracks: [],
    };
  }
  return {
    ingesting: true,
    url: s.url,
    online: s.online,
    since: s.since.toISOString(),
    bitsPerSecond: Math.round(s.bitsPerSecond),
    framesPerSecond: Math.round(s.framesPerSecond * 100) / 100,
    lastFrameAt: s.lastFrameAt?.toISOString() ?? null,
    reconnects: s.reconnects,
    sessions: s.sessions,
    lastError:
      s.lastError === undefined
        ? null
        : { code: s.lastError.code, message: s.lastError.message, at: s.lastError.at.toISOString() },
    framesIn: s.framesIn,
    packetsLost: s.packetsLost,
    framesDropped: s.framesDropped,
    tracks: [...s.tracks],
  };
}

/** Registers GET /api/v1/cameras/:id/status. */
export function cameraStatusRoutes(app: FastifyInstance, deps: CameraStatusRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/cameras/:id/status',
    {
      onRequest: requireSession(deps.identity),
      schema: {
        tags: ['registry'],
        summary: 'Whether the camera is being received: online, bitrate, fps, last frame, reconnects',
        params: idParams,
        response: { 200: cameraStatusSchema },
      },
    },
    async (req) => {
      // 404 outside the caller's scope, before anything about the stream is told.
      await deps.registry.getCamera(actorOf(req), req.params.id);
      return body(req.params.id, deps.ingest.status(req.params.id), deps.ingest.subStatus(req.params.id));
    },
  );
}
