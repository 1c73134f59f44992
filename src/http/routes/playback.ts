// Recorded playback routes: a camera's timeline, recorded HLS (RFC 8216) over byte ranges of the
// recorded files, the files themselves with Range support, snapshots, and the access register.
// Live routes (MSE WebSocket, live HLS) are added beside these when ingest feeds the hub.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePurpose } from '../../delivery/access-register.ts';
import { parseByteRange } from '../../delivery/byte-range.ts';
import { TIMELINE_ROLES, VIEW_ROLES, type Delivery } from '../../delivery/delivery.ts';
import { sessionBinding, type FootageAccess, type FootageGate } from '../../delivery/footage-gate.ts';
import { checkRange, noFootage, segmentsInRange, sliceRange } from '../../delivery/recorded-range.ts';
import { buildRecordedPlaylist } from '../../delivery/recorded-hls.ts';
import { MAX_TIMELINE_RANGE_MS, buildTimeline } from '../../delivery/timeline.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Identity } from '../../identity/identity.ts';
import type { Role } from '../../identity/roles.ts';
import type { Registry } from '../../registry/registry.ts';
import { scopeOrgIds } from '../../registry/scoping.ts';
import { SESSION_COOKIE, actorOf, requireRole, requireSession } from '../app.ts';

/** Longest range one recorded playlist may cover. */
export const MAX_PLAYLIST_RANGE_MS = 24 * 3600 * 1000;

const iso = z.iso.datetime({ offset: true });
const text = z.string().max(2000).optional();
const cameraParams = z.object({ id: z.string().min(1).max(64) });
const timelineSchema = z.object({
  cameraId: z.string(),
  from: z.string(),
  to: z.string(),
  recordedMs: z.number(),
  spans: z.array(z.object({ from: z.string(), to: z.string(), segments: z.number() })),
  gaps: z.array(z.object({ from: z.string(), to: z.string(), cause: z.string() })),
  holds: z.array(
    z.object({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      kind: z.string(),
      reference: z.string(),
      released: z.boolean(),
    }),
  ),
});

/**
 * URL of a recorded file, as playlists name it. The .mp4 suffix matters: ffmpeg's HLS demuxer
 * (5.1 with the allowed_segment_extensions fix) refuses segment URLs without a media extension.
 */
export const recordedFileUrl = (segmentId: string): string => `/api/v1/recordings/files/${segmentId}.mp4`;

/** Registers the playback routes. */
export function playbackRoutes(
  app: FastifyInstance,
  deps: { identity: Identity; registry: Registry; delivery: Delivery; gate?: FootageGate },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['playback'];
  const db = deps.delivery.db;

  // Officers see footage only through an access grant, in a two-officer sitting (governance's
  // access requests); everyone else keeps the role rules.
  const granted = async (req: FastifyRequest, access: FootageAccess, roles: readonly Role[], action: string) => {
    const actor = actorOf(req);
    const grant = (await deps.gate?.check(actor, sessionBinding(req.cookies[SESSION_COOKIE]), access)) ?? null;
    if (grant === null) requireRole(req, roles, action);
    return { actor, grant };
  };

  r.get(
    '/api/v1/cameras/:id/timeline',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Recorded spans, gaps with their cause, and holds of a camera in a range',
        params: cameraParams,
        querystring: z.object({ from: iso, to: iso }),
        response: { 200: timelineSchema },
      },
    },
    async (req) => {
      // Scope first: a camera outside it is 404 whatever the role (the role check is 403).
      const camera = await deps.registry.getCamera(actorOf(req), req.params.id);
      const fromMs = Date.parse(req.query.from);
      const toMs = Date.parse(req.query.to);
      await granted(
        req,
        { cameraId: camera.id, use: 'timeline', fromMs, toMs },
        TIMELINE_ROLES,
        'read recording timelines',
      );
      checkRange(fromMs, toMs, MAX_TIMELINE_RANGE_MS);
      return buildTimeline(db, camera.id, fromMs, toMs);
    },
  );

  r.get(
    '/api/v1/cameras/:id/recordings.m3u8',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Recorded HLS playlist (RFC 8216 v7, fMP4 byte ranges) for a range; registers a playback',
        params: cameraParams,
        querystring: z.object({ from: iso, to: iso, purpose: text, requestingUnit: text, caseNo: text }),
      },
    },
    async (req, reply) => {
      const camera = await deps.registry.getCamera(actorOf(req), req.params.id, 'play back footage');
      const q = req.query;
      const fromMs = Date.parse(q.from);
      const toMs = Date.parse(q.to);
      const access = { cameraId: camera.id, use: 'playback' as const, fromMs, toMs };
      const { actor, grant } = await granted(req, access, VIEW_ROLES, 'play back footage');
      checkRange(fromMs, toMs, MAX_PLAYLIST_RANGE_MS);
      const slices = sliceRange(await segmentsInRange(db, camera.id, fromMs, toMs), fromMs, toMs);
      const entry = {
        action: 'playback' as const,
        cameraId: camera.id,
        fromMs,
        toMs,
        purpose: q.purpose ?? grant?.purpose,
        // Under a grant the request names the organ and its case.
        requestingUnit: grant?.requestingUnit ?? q.requestingUnit,
        caseNo: grant?.caseNo ?? q.caseNo,
        accessRequestId: grant?.accessRequestId,
      };
      if (slices.length === 0) {
        requirePurpose(entry);
        throw noFootage(camera.id, fromMs, toMs);
      }
      await deps.delivery.register.record(actor, { ...entry, details: { files: slices.length } });
      void reply.header('content-type', 'application/vnd.apple.mpegurl').header('cache-control', 'no-store');
      return buildRecordedPlaylist(slices, recordedFileUrl);
    },
  );

  r.get(
    '/api/v1/recordings/files/:file',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'A recorded fMP4 file, with HTTP Range support (206) for HLS byte ranges',
        params: z.object({ file: z.string().min(1).max(68) }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const segmentId = req.params.file.replace(/\.mp4$/, '');
      const row = await db
        .selectFrom('recording_segments')
        .select(['camera_id', 'path', 'bytes', 'deleted_at', 'sha256'])
        .where('id', '=', segmentId)
        .executeTakeFirst();
      // An unknown file and a file of a camera outside scope answer alike: 404.
      await deps.registry.getCamera(actor, row?.camera_id ?? `segment:${segmentId}`, 'play back footage');
      if (row === undefined) throw new PsvisError('PSVIS_ERR_NOT_FOUND', 'recording not found', {}, 404);
      const { grant } = await granted(req, { cameraId: row.camera_id, use: 'file' }, VIEW_ROLES, 'play back footage');
      const path = join(deps.delivery.recordingsDir, row.path);
      const size =
        row.deleted_at === null
          ? await stat(path).then(
              (s) => s.size,
              () => null,
            )
          : null;
      if (size === null) {
        throw new PsvisError(
          'PSVIS_ERR_FOOTAGE_FILE',
          'the recorded file was deleted (retention) or is missing; psvis verify reports why',
          { segmentId: segmentId },
          410,
        );
      }
      void reply.header('accept-ranges', 'bytes').header('content-type', 'video/mp4').header('etag', `"${row.sha256}"`);
      // Recorded files never change once sealed: clients may cache them.
      void reply.header('cache-control', 'private, max-age=86400, immutable');
      let range;
      try {
        range = parseByteRange(req.headers.range, size);
      } catch (err) {
        void reply.header('content-range', `bytes */${size}`);
        throw err;
      }
      if (grant !== null) {
        const bytes = { cameraId: row.camera_id, segmentId, start: range?.start ?? 0, end: range?.end ?? size - 1 };
        await deps.gate?.checkFileBytes(actor, grant, bytes);
      }
      if (range === null) {
        void reply.header('content-length', String(size));
        return reply.send(createReadStream(path));
      }
      void reply
        .status(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
        .header('content-length', String(range.end - range.start + 1));
      return reply.send(createReadStream(path, { start: range.start, end: range.end }));
    },
  );

  r.get(
    '/api/v1/cameras/:id/snapshot.jpg',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'JPEG of the recorded keyframe nearest a time (decoded by ffmpeg, cached); registers a snapshot',
        params: cameraParams,
        querystring: z.object({ at: iso, purpose: text }),
      },
    },
    async (req, reply) => {
      const camera = await deps.registry.getCamera(actorOf(req), req.params.id, 'take a snapshot');
      const atMs = Date.parse(req.query.at);
      const access = { cameraId: camera.id, use: 'snapshot' as const, fromMs: atMs, toMs: atMs };
      const { actor, grant } = await granted(req, access, VIEW_ROLES, 'take snapshots');
      const snap = await deps.delivery.snapshots.at(camera.id, atMs);
      await deps.delivery.register.record(actor, {
        action: 'snapshot',
        cameraId: camera.id,
        fromMs: Date.parse(snap.frameTime),
        toMs: Date.parse(snap.frameTime),
        purpose: req.query.purpose ?? grant?.purpose,
        accessRequestId: grant?.accessRequestId,
        details: {
          segmentId: snap.segmentId,
          fragmentIndex: snap.fragmentIndex,
          requestedAt: new Date(atMs).toISOString(),
        },
      });
      void reply
        .header('content-type', 'image/jpeg')
        .header('x-psvis-frame-time', snap.frameTime)
        .header('cache-control', 'no-store');
      return reply.send(Buffer.from(snap.jpeg));
    },
  );

  r.get(
    '/api/v1/access-register',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The access register (views, playbacks, snapshots, exports) of cameras in your scope, newest first',
        querystring: z.object({
          cameraId: z.string().min(1).max(64).optional(),
          before: z.string().max(64).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                time: z.string(),
                action: z.enum(['view_live', 'playback', 'snapshot', 'export']),
                cameraId: z.string(),
                actor: z.object({
                  userId: z.string(),
                  displayName: z.string(),
                  orgId: z.string(),
                  orgName: z.string(),
                }),
                from: z.string().nullable(),
                to: z.string().nullable(),
                purpose: z.string().nullable().describe('事由 / 用途'),
                destination: z.string().nullable().describe('去向'),
                requestingUnit: z.string().nullable(),
                caseNo: z.string().nullable(),
                accessRequestId: z.string().nullable(),
                startedAt: z.string().nullable(),
                endedAt: z.string().nullable(),
                exportId: z.string().nullable(),
                accessorNames: z.array(z.string()).nullable().describe('everyone who took part; null: the actor alone'),
                recordedBy: z.string().nullable().describe('录制人员'),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin', 'unit_manager', 'auditor'], 'read the access register');
      let cameraIds: string[] | null;
      if (req.query.cameraId !== undefined) {
        await deps.registry.getCamera(actor, req.query.cameraId);
        cameraIds = [req.query.cameraId];
      } else {
        const orgIds = await scopeOrgIds(db, actor.scope);
        cameraIds =
          orgIds === null
            ? null
            : orgIds.length === 0
              ? []
              : (await db.selectFrom('cameras').select('id').where('org_id', 'in', orgIds).execute()).map((c) => c.id);
      }
      const items = await deps.delivery.register.list({
        cameraIds,
        limit: req.query.limit,
        ...(req.query.before !== undefined ? { before: req.query.before } : {}),
      });
      return { items };
    },
  );
}
