// Evidence export routes: start an export (registered with 用途 and 去向), follow its progress,
// download the signed package.
import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_ROLES, type Delivery } from '../../delivery/delivery.ts';
import type { ExportStatus } from '../../delivery/export/export-service.ts';
import { sessionBinding, type FootageAccess, type FootageGate } from '../../delivery/footage-gate.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Identity } from '../../identity/identity.ts';
import type { Role } from '../../identity/roles.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { SESSION_COOKIE, actorOf, requireRole, requireSession } from '../app.ts';

const iso = z.iso.datetime({ offset: true });
const text = z.string().max(2000).optional();
/** An export job as the API shows it (ExportStatus). */
const exportStatusSchema = z.object({
  id: z.string(),
  cameraId: z.string(),
  from: z.string(),
  to: z.string(),
  purpose: z.string(),
  destination: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  zipBytes: z.number().nullable(),
  zipSha256: z.string().nullable(),
  footageSha256: z.string().nullable(),
  error: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** Registers the export routes. */
export function exportRoutes(
  app: FastifyInstance,
  deps: { identity: Identity; registry: Registry; delivery: Delivery; gate?: FootageGate },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['exports'];
  const exportsSvc = deps.delivery.exports;

  // A copy (复制/调取) by officers needs a grant that allows it, in their two-officer sitting.
  const granted = async (req: FastifyRequest, access: FootageAccess, roles: readonly Role[], action: string) => {
    const actor = actorOf(req);
    const grant = (await deps.gate?.check(actor, sessionBinding(req.cookies[SESSION_COOKIE]), access)) ?? null;
    if (grant === null) requireRole(req, roles, action);
    return { actor, grant };
  };
  const exportAccess = (s: ExportStatus): FootageAccess => ({
    cameraId: s.cameraId,
    use: 'export',
    fromMs: Date.parse(s.from),
    toMs: Date.parse(s.to),
  });

  /** The export if its camera is in the actor's scope; 404 otherwise, like the camera itself. */
  const visibleExport = async (actor: Actor, id: string): Promise<ExportStatus> => {
    const status = await exportsSvc.get(id).catch(() => null);
    await deps.registry.getCamera(actor, status?.cameraId ?? `export:${id}`, 'read an export');
    if (status === null) throw new PsvisError('PSVIS_ERR_NOT_FOUND', `export ${id} not found`, { export: id }, 404);
    return status;
  };

  r.post(
    '/api/v1/exports',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Export evidence: footage.mp4 (no transcode), optionally a watermarked transcoded copy, signed manifest, public key, as a zip job',
        body: z.object({
          cameraId: z.string().min(1).max(64),
          from: iso,
          to: iso,
          purpose: text,
          destination: text,
          caseNo: text,
          requestingUnit: text,
          /** Also pack footage-watermarked.mp4: a transcoded copy showing requester, time and camera. */
          watermark: z.boolean().optional(),
        }),
        response: { 202: exportStatusSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      await deps.registry.getCamera(actorOf(req), b.cameraId, 'export evidence');
      const fromMs = Date.parse(b.from);
      const toMs = Date.parse(b.to);
      const access = { cameraId: b.cameraId, use: 'export' as const, fromMs, toMs };
      const { actor, grant } = await granted(req, access, EXPORT_ROLES, 'export evidence');
      const status = await exportsSvc.create(actor, {
        cameraId: b.cameraId,
        fromMs,
        toMs,
        // Under a grant the request states 用途, 去向, the organ and its case.
        purpose: b.purpose ?? grant?.purpose,
        destination: b.destination ?? grant?.destination ?? undefined,
        caseNo: grant?.caseNo ?? b.caseNo,
        requestingUnit: grant?.requestingUnit ?? b.requestingUnit,
        accessRequestId: grant?.accessRequestId,
        watermark: b.watermark,
      });
      void reply.status(202).header('location', `/api/v1/exports/${status.id}`);
      return status;
    },
  );

  r.get(
    '/api/v1/exports/:id',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'An export job: status and bytes done/total',
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: exportStatusSchema },
      },
    },
    async (req) => {
      const status = await visibleExport(actorOf(req), req.params.id);
      await granted(req, exportAccess(status), [...EXPORT_ROLES, 'auditor'], 'read exports');
      return status;
    },
  );

  r.get(
    '/api/v1/exports/:id/download',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The finished export package (zip)',
        params: z.object({ id: z.string().min(1).max(64) }),
      },
    },
    async (req, reply) => {
      const status = await visibleExport(actorOf(req), req.params.id);
      const { actor } = await granted(req, exportAccess(status), EXPORT_ROLES, 'download exports');
      // The copy goes to whoever registered its 去向; others ask for their own export.
      if (status.createdBy !== actor.userId && actor.role !== 'admin') {
        throw new PsvisError('PSVIS_ERR_FORBIDDEN', 'only the user who exported this package may download it', {}, 403);
      }
      if (status.status !== 'done') {
        throw new PsvisError(
          'PSVIS_ERR_EXPORT_NOT_READY',
          `export ${status.id} is ${status.status}${status.error !== null ? `: ${status.error}` : ''}`,
          { status: status.status },
          409,
        );
      }
      await deps.delivery.register.audit.append({
        actorUserId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'export.download',
        targetType: 'camera',
        targetId: status.cameraId,
        details: { exportId: status.id, zipSha256: status.zipSha256 },
      });
      void reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="psvis-export-${status.id}.zip"`)
        .header('content-length', String(status.zipBytes ?? 0));
      return reply.send(createReadStream(exportsSvc.zipPath(status.id)));
    },
  );
}
