// Evidence export routes: start an export (registered with 用途 and 去向), follow its progress,
// download the signed package.
import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_ROLES, type Delivery } from '../../delivery/delivery.ts';
import type { ExportStatus } from '../../delivery/export/export-service.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Identity } from '../../identity/identity.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { actorOf, requireRole, requireSession } from '../app.ts';

const iso = z.iso.datetime({ offset: true });
const text = z.string().max(2000).optional();

/** Registers the export routes. */
export function exportRoutes(
  app: FastifyInstance,
  deps: { identity: Identity; registry: Registry; delivery: Delivery },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['exports'];
  const exportsSvc = deps.delivery.exports;

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
      },
    },
    async (req, reply) => {
      const b = req.body;
      await deps.registry.getCamera(actorOf(req), b.cameraId, 'export evidence');
      const actor = requireRole(req, EXPORT_ROLES, 'export evidence');
      const status = await exportsSvc.create(actor, {
        cameraId: b.cameraId,
        fromMs: Date.parse(b.from),
        toMs: Date.parse(b.to),
        purpose: b.purpose,
        destination: b.destination,
        caseNo: b.caseNo,
        requestingUnit: b.requestingUnit,
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
      },
    },
    async (req) => {
      const actor = requireRole(req, [...EXPORT_ROLES, 'auditor'], 'read exports');
      return visibleExport(actor, req.params.id);
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
      const actor = requireRole(req, EXPORT_ROLES, 'download exports');
      const status = await visibleExport(actor, req.params.id);
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
