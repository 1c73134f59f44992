import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditLog } from '../../audit/audit-log.ts';
import { HOLD_KINDS, HOLD_PLACERS, releaseApprovers, type Holds } from '../../governance/holds.ts';
import type { Identity } from '../../identity/identity.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { scopeOrgIds } from '../../registry/scoping.ts';
import type { HoldRow, Retention } from '../../recording/retention.ts';
import { verifyRecordings } from '../../recording/verify.ts';
import { actorOf, requireRole, requireSession } from '../app.ts';

const iso = z.iso.datetime({ offset: true });
const holdKinds = HOLD_KINDS;

const holdView = z.object({
  id: z.string(),
  cameraId: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.enum(holdKinds),
  reference: z.string(),
  reason: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  releasedAt: z.string().nullable(),
  releasedBy: z.string().nullable(),
  until: z
    .string()
    .nullable()
    .describe('when the hold ends (国家 第十七条); null only for holds placed before ends were kept'),
  placedByRole: z.string().nullable(),
  placedByOrgId: z.string().nullable(),
  releaseReason: z.string().nullable().describe("why it was released; 'expired' when its end passed"),
  releaseApprovers: z.array(z.string()).describe('roles that may release it'),
});

const toHoldView = (h: HoldRow): z.infer<typeof holdView> => ({
  id: h.id,
  cameraId: h.camera_id,
  from: h.start_time,
  to: h.end_time,
  kind: h.kind as (typeof holdKinds)[number],
  reference: h.reference,
  reason: h.reason,
  createdBy: h.created_by,
  createdAt: h.created_at,
  releasedAt: h.released_at,
  releasedBy: h.released_by,
  until: h.until,
  placedByRole: h.placed_by_role,
  placedByOrgId: h.placed_by_org_id,
  releaseReason: h.release_reason,
  releaseApprovers: releaseApprovers(h),
});

/** The recording index, verification, requested deletions (refused inside the floor) and holds. */
export function recordingRoutes(
  app: FastifyInstance,
  deps: {
    identity: Identity;
    audit: AuditLog;
    registry: Registry;
    retention: Retention;
    holds: Holds;
    recordingsDir: string;
    /** The files the recorder is writing now (Recorder.openFiles). */
    openFiles?: () => ReadonlySet<string>;
  },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['recordings'];
  const db = deps.audit.db;

  /** Camera ids the actor may see, or null for all. */
  const visibleCameras = async (actor: Actor): Promise<string[] | null> => {
    const orgIds = await scopeOrgIds(db, actor.scope);
    if (orgIds === null) return null;
    if (orgIds.length === 0) return [];
    return (await db.selectFrom('cameras').select('id').where('org_id', 'in', orgIds).execute()).map((c) => c.id);
  };

  r.post(
    '/api/v1/recordings/verify',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Re-hash recorded files and walk each camera chain (admin, auditor)',
        body: z.object({ cameraId: z.string().min(1).max(64).optional(), since: iso.optional() }).default({}),
        response: {
          200: z.object({
            ok: z.boolean(),
            cameras: z.number(),
            segments: z.number(),
            filesHashed: z.number(),
            bytesHashed: z.number(),
            problems: z.array(
              z.object({
                kind: z.string(),
                cameraId: z.string(),
                seq: z.number().nullable(),
                path: z.string().nullable(),
                message: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin', 'auditor'], 'verify recordings');
      const body = req.body;
      let cameraIds: string[] | undefined;
      if (body.cameraId !== undefined) {
        await deps.registry.getCamera(actor, body.cameraId, 'verify recordings');
        cameraIds = [body.cameraId];
      } else {
        cameraIds = (await visibleCameras(actor)) ?? undefined;
      }
      const report = await verifyRecordings({
        db,
        recordingsDir: deps.recordingsDir,
        ...(cameraIds !== undefined ? { cameraIds } : {}),
        ...(body.since !== undefined ? { since: new Date(body.since) } : {}),
        ...(deps.openFiles !== undefined ? { inProgress: deps.openFiles() } : {}),
      });
      await deps.audit.append({
        actorUserId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'recording.verify',
        details: {
          ok: report.ok,
          cameras: report.cameras,
          segments: report.segments,
          problems: report.problems.length,
        },
      });
      return report;
    },
  );

  r.get(
    '/api/v1/recordings',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: "A camera's index rows and gaps in a time range",
        querystring: z.object({ cameraId: z.string().min(1).max(64), from: iso, to: iso }),
        response: {
          200: z.object({
            segments: z.array(
              z.object({
                id: z.string(),
                seq: z.number(),
                start: z.string(),
                end: z.string(),
                durationMs: z.number(),
                bytes: z.number(),
                frames: z.number(),
                sha256: z.string(),
                status: z.string(),
                fragments: z.array(z.tuple([z.number(), z.number(), z.number()])),
              }),
            ),
            gaps: z.array(z.object({ start: z.string(), end: z.string(), cause: z.string() })),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const q = req.query;
      await deps.registry.getCamera(actor, q.cameraId);
      const from = new Date(q.from).toISOString();
      const to = new Date(q.to).toISOString();
      const segments = await db
        .selectFrom('recording_segments')
        .selectAll()
        .where('camera_id', '=', q.cameraId)
        .where('deleted_at', 'is', null)
        .where('start_time', '<', to)
        .where('end_time', '>', from)
        .orderBy('start_time')
        .limit(10_000)
        .execute();
      const gaps = await db
        .selectFrom('recording_gaps')
        .selectAll()
        .where('camera_id', '=', q.cameraId)
        .where('start_time', '<', to)
        .where('end_time', '>=', from)
        .orderBy('start_time')
        .execute();
      return {
        segments: segments.map((s) => ({
          id: s.id,
          seq: s.seq,
          start: s.start_time,
          end: s.end_time,
          durationMs: s.duration_ms,
          bytes: s.bytes,
          frames: s.frames,
          sha256: s.sha256,
          status: s.status,
          fragments: JSON.parse(s.fragments) as [number, number, number][],
        })),
        gaps: gaps.map((g) => ({ start: g.start_time, end: g.end_time, cause: g.cause })),
      };
    },
  );

  r.post(
    '/api/v1/recordings/delete',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Delete footage in a range: refused inside the retention floor (with the article) or under a hold',
        body: z.object({ cameraId: z.string().min(1).max(64), from: iso, to: iso }),
        response: { 200: z.object({ deleted: z.number() }) },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin', 'unit_manager'], 'delete recordings');
      const b = req.body;
      await deps.registry.getCamera(actor, b.cameraId, 'delete recordings');
      return deps.retention.deleteRange(actor, b.cameraId, new Date(b.from), new Date(b.to));
    },
  );

  r.get(
    '/api/v1/holds',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Holds in your scope',
        querystring: z.object({
          cameraId: z.string().min(1).max(64).optional(),
          includeReleased: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: z.object({ items: z.array(holdView) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      let cameraIds: string[] | null;
      if (req.query.cameraId !== undefined) {
        await deps.registry.getCamera(actor, req.query.cameraId);
        cameraIds = [req.query.cameraId];
      } else {
        cameraIds = await visibleCameras(actor);
      }
      const rows = await deps.retention.listHolds(cameraIds, req.query.includeReleased === 'true');
      return { items: rows.map(toHoldView) };
    },
  );

  r.post(
    '/api/v1/holds',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Pin footage past its retention floor (case, important footage, legal order) until a named end; important footage at least the period in force (辽宁 第十四条(七): one year)',
        body: z.object({
          cameraId: z.string().min(1).max(64),
          from: iso,
          to: iso,
          kind: z.enum(holdKinds),
          reference: z.string().min(1).max(200),
          reason: z.string().min(1).max(2000),
          until: iso
            .optional()
            .describe('when the hold ends; default: the important-footage period in force, else one year after `to`'),
        }),
        response: { 201: holdView },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, HOLD_PLACERS, 'place holds');
      const b = req.body;
      const row = await deps.holds.place(actor, {
        ...b,
        from: new Date(b.from),
        to: new Date(b.to),
        until: b.until === undefined ? undefined : new Date(b.until),
      });
      void reply.status(201);
      return toHoldView(row);
    },
  );

  r.post(
    '/api/v1/holds/:id/extend',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: "Move an open hold's end (a case that outlasts it)",
        params: z.object({ id: z.string().min(1).max(64) }),
        body: z.object({ until: iso, reason: z.string().min(1).max(2000) }),
        response: { 200: holdView },
      },
    },
    async (req) => {
      const actor = requireRole(req, HOLD_PLACERS, 'extend holds');
      return toHoldView(await deps.holds.extend(actor, req.params.id, new Date(req.body.until), req.body.reason));
    },
  );

  r.post(
    '/api/v1/holds/:id/release',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Release a hold: police holds need police_approver, a unit’s own case or important footage its unit_manager too (PSVIS_ERR_HOLD_RELEASE_ROLE otherwise, audited)',
        params: z.object({ id: z.string().min(1).max(64) }),
        body: z
          .object({ reason: z.string().min(1).max(2000).optional().describe('why: the purpose is served') })
          .default({}),
        response: { 200: holdView },
      },
    },
    async (req) => {
      // A hold on a camera outside the actor's scope is answered as not found, like the camera itself.
      return toHoldView(await deps.holds.release(actorOf(req), req.params.id, req.body.reason));
    },
  );
}
