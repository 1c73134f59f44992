import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditLog } from '../../audit/audit-log.ts';
import { verifyAuditChain } from '../../audit/verify.ts';
import type { Identity } from '../../identity/identity.ts';
import { scopeOrgIds } from '../../registry/scoping.ts';
import { requireRole, requireSession } from '../app.ts';

const eventView = z.object({
  seq: z.number(),
  time: z.string(),
  actorUserId: z.string().nullable(),
  actorOrgId: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

/** The audit trail (read-only: nothing in the API updates or deletes an event) and its verification. */
export function auditRoutes(
  app: FastifyInstance,
  deps: { identity: Identity; audit: AuditLog; publicKeyPem: string },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  r.get(
    '/api/v1/audit/events',
    {
      onRequest: authenticate,
      schema: {
        tags: ['audit'],
        summary: 'Audit events, newest first (admin, auditor)',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          beforeSeq: z.coerce.number().int().min(1).optional().describe('cursor: events with a smaller seq'),
          actorUserId: z.string().optional(),
          action: z.string().optional().describe('exact action, or a prefix ending in a dot (registry.)'),
          targetType: z.string().optional(),
          targetId: z.string().optional(),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
        }),
        response: { 200: z.object({ items: z.array(eventView), nextBeforeSeq: z.number().nullable() }) },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin', 'auditor'], 'read the audit trail');
      const f = req.query;
      let q = deps.audit.db
        .selectFrom('audit_events')
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(f.limit + 1);
      const orgIds = await scopeOrgIds(deps.audit.db, actor.scope);
      if (orgIds !== null) q = q.where('actor_org_id', 'in', orgIds);
      if (f.beforeSeq !== undefined) q = q.where('seq', '<', f.beforeSeq);
      if (f.actorUserId !== undefined) q = q.where('actor_user_id', '=', f.actorUserId);
      if (f.action !== undefined)
        q = f.action.endsWith('.') ? q.where('action', 'like', `${f.action}%`) : q.where('action', '=', f.action);
      if (f.targetType !== undefined) q = q.where('target_type', '=', f.targetType);
      if (f.targetId !== undefined) q = q.where('target_id', '=', f.targetId);
      if (f.from !== undefined) q = q.where('time', '>=', new Date(f.from).toISOString());
      if (f.to !== undefined) q = q.where('time', '<', new Date(f.to).toISOString());
      const rows = await q.execute();
      const more = rows.length > f.limit;
      const items = (more ? rows.slice(0, f.limit) : rows).map((e) => ({
        seq: e.seq,
        time: e.time,
        actorUserId: e.actor_user_id,
        actorOrgId: e.actor_org_id,
        action: e.action,
        targetType: e.target_type,
        targetId: e.target_id,
        details: JSON.parse(e.details) as Record<string, unknown>,
        hash: e.hash,
      }));
      return { items, nextBeforeSeq: more ? (items[items.length - 1]?.seq ?? null) : null };
    },
  );
  r.post(
    '/api/v1/audit/verify',
    {
      onRequest: authenticate,
      schema: {
        tags: ['audit'],
        summary: 'Recompute the audit chain and checkpoint signatures (admin, auditor)',
        response: {
          200: z.object({
            ok: z.boolean(),
            events: z.number(),
            checkpoints: z.number(),
            lastSeq: z.number(),
            firstBrokenSeq: z.number().nullable(),
            problems: z.array(z.object({ seq: z.number(), kind: z.string(), message: z.string() })),
          }),
        },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin', 'auditor'], 'verify the audit trail');
      const report = await verifyAuditChain(deps.audit.db, deps.publicKeyPem, {
        mirrored: deps.audit.readMirroredCheckpoint(),
      });
      await deps.audit.append({
        actorUserId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'audit.verify',
        details: { ok: report.ok, events: report.events, firstBrokenSeq: report.firstBrokenSeq },
      });
      return report;
    },
  );
}
