// GET /api/v1/overview: what the console's first page (首页) shows a user about the cameras, recording
// health, storage and compliance in their scope, in one request.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import type { ComplianceService } from '../../compliance/service.ts';
import type { Database } from '../../db/schema.ts';
import type { Identity } from '../../identity/identity.ts';
import type { Role } from '../../identity/roles.ts';
import type { CameraIngestStatus } from '../../ingest/rtsp-source.ts';
import type { DiskForecast } from '../../recording/retention.ts';
import { scopeOrgIds } from '../../registry/scoping.ts';
import { actorOf, requireSession } from '../app.ts';

/** What the route reads. */
export interface OverviewRouteDeps {
  readonly identity: Identity;
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly compliance: ComplianceService;
  readonly ingest: { status(cameraId: string): CameraIngestStatus | undefined };
  readonly retention: { forecast(): Promise<DiskForecast[]> };
}

const DAY_MS = 86_400_000;
/** Days of camera availability the overview charts. */
export const AVAILABILITY_DAYS = 7;
/** Roles that read the audit trail (as GET /api/v1/audit/events). */
const AUDIT_ROLES: readonly Role[] = ['admin', 'auditor'];
const FINDING_STATES = ['violated', 'overdue', 'due', 'needs_evidence'] as const;

const overviewSchema = z.object({
  generatedAt: z.string(),
  cameras: z.object({
    total: z.number(),
    /** Enabled and receiving frames now. */
    online: z.number(),
    /** Enabled, pulled, not receiving, with an error from the camera or the network. */
    faulty: z.number(),
    /** Enabled but not receiving and no error (connecting, or no stream URL). */
    offline: z.number(),
    disabled: z.number(),
  }),
  gapsToday: z.object({ count: z.number(), byCause: z.record(z.string(), z.number()), totalMs: z.number() }),
  availability: z.array(
    z.object({ day: z.string(), expectedMs: z.number(), missingMs: z.number(), ratio: z.number().nullable() }),
  ),
  storage: z.array(
    z.object({
      path: z.string(),
      totalBytes: z.number(),
      freeBytes: z.number(),
      storedBytes: z.number(),
      bytesPerDay: z.number(),
      daysThatFit: z.number().nullable(),
      floorDays: z.number(),
      floorArticle: z.string().nullable(),
      warning: z.boolean(),
    }),
  ),
  findings: z.object({
    violated: z.number(),
    overdue: z.number(),
    due: z.number(),
    needs_evidence: z.number(),
    top: z.array(
      z.object({
        orgName: z.string(),
        ruleId: z.string(),
        article: z.string(),
        titleZh: z.string(),
        titleEn: z.string(),
        state: z.enum(FINDING_STATES),
        dueDate: z.string().nullable(),
      }),
    ),
  }),
  /** The newest audit events, for roles that may read the trail; null otherwise. */
  recentAudit: z
    .array(
      z.object({
        seq: z.number(),
        time: z.string(),
        actorUserId: z.string().nullable(),
        /** The actor's display name, so the card reads as people, not ids. */
        actorName: z.string().nullable(),
        action: z.string(),
        targetType: z.string().nullable(),
        targetId: z.string().nullable(),
      }),
    )
    .nullable(),
});

/** The overview body. */
export type OverviewBody = z.infer<typeof overviewSchema>;

/** Local midnight of the day `ms` falls in, in China Standard Time (UTC+8, no daylight saving). */
export function chinaMidnight(ms: number): number {
  const offset = 8 * 3_600_000;
  return Math.floor((ms + offset) / DAY_MS) * DAY_MS - offset;
}

/**
 * The disk forecast, or none before anything was recorded: the recordings directory is made by the
 * first recording, and a fresh installation without cameras has no volume to forecast yet.
 */
async function storageForecast(retention: OverviewRouteDeps['retention']): Promise<DiskForecast[]> {
  try {
    return await retention.forecast();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** Registers GET /api/v1/overview. */
export function overviewRoutes(app: FastifyInstance, deps: OverviewRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/overview',
    {
      onRequest: requireSession(deps.identity),
      schema: {
        tags: ['overview'],
        summary: 'Cameras, recording gaps, availability, storage forecast and findings in your scope (首页)',
        response: { 200: overviewSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const nowMs = deps.clock.now().getTime();
      const orgIds = await scopeOrgIds(deps.db, actor.scope);
      let cams = deps.db.selectFrom('cameras').select(['id', 'enabled', 'created_at']);
      if (orgIds !== null) cams = cams.where('org_id', 'in', orgIds.length > 0 ? orgIds : ['']);
      const cameras = await cams.execute();

      const counts = { total: cameras.length, online: 0, faulty: 0, offline: 0, disabled: 0 };
      for (const c of cameras) {
        const s = c.enabled ? deps.ingest.status(c.id) : undefined;
        if (!c.enabled) counts.disabled++;
        else if (s?.online === true) counts.online++;
        else if (s?.lastError !== undefined) counts.faulty++;
        else counts.offline++;
      }

      // Gaps overlapping the last AVAILABILITY_DAYS China days, clipped per day.
      const firstDay = chinaMidnight(nowMs) - (AVAILABILITY_DAYS - 1) * DAY_MS;
      const ids = cameras.map((c) => c.id);
      const gaps =
        ids.length === 0
          ? []
          : await deps.db
              .selectFrom('recording_gaps')
              .select(['camera_id', 'start_time', 'end_time', 'cause'])
              .where('end_time', '>', new Date(firstDay).toISOString())
              .where('camera_id', 'in', ids)
              .execute();
      const today = chinaMidnight(nowMs);
      const gapsToday = { count: 0, byCause: {} as Record<string, number>, totalMs: 0 };
      const availability: OverviewBody['availability'] = [];
      for (let d = 0; d < AVAILABILITY_DAYS; d++) {
        const from = firstDay + d * DAY_MS;
        const to = Math.min(from + DAY_MS, nowMs);
        let expectedMs = 0;
        for (const c of cameras) {
          if (!c.enabled) continue;
          const since = Math.max(from, Date.parse(c.created_at));
          if (to > since) expectedMs += to - since;
        }
        let missingMs = 0;
        for (const g of gaps) {
          const s = Math.max(from, Date.parse(g.start_time));
          const e = Math.min(to, Date.parse(g.end_time));
          if (e <= s) continue;
          missingMs += e - s;
          if (from === today) {
            gapsToday.count++;
            gapsToday.totalMs += e - s;
            gapsToday.byCause[g.cause] = (gapsToday.byCause[g.cause] ?? 0) + 1;
          }
        }
        missingMs = Math.min(missingMs, expectedMs);
        availability.push({
          day: new Date(from + 8 * 3_600_000).toISOString().slice(0, 10),
          expectedMs,
          missingMs,
          ratio: expectedMs === 0 ? null : 1 - missingMs / expectedMs,
        });
      }

      const organizations = await deps.compliance.findings(orgIds, new Date(nowMs), {});
      const findings: OverviewBody['findings'] = { violated: 0, overdue: 0, due: 0, needs_evidence: 0, top: [] };
      for (const o of organizations) {
        for (const f of o.findings) {
          if (f.state === 'ok') continue;
          findings[f.state]++;
          findings.top.push({
            orgName: o.orgName,
            ruleId: f.ruleId,
            article: f.article,
            titleZh: f.titleZh,
            titleEn: f.titleEn,
            state: f.state,
            dueDate: f.dueDate ?? null,
          });
        }
      }
      findings.top.sort((a, b) => FINDING_STATES.indexOf(a.state) - FINDING_STATES.indexOf(b.state));
      findings.top.splice(10);

      let recentAudit: OverviewBody['recentAudit'] = null;
      if (AUDIT_ROLES.includes(actor.role)) {
        let q = deps.db
          .selectFrom('audit_events')
          .leftJoin('users', 'users.id', 'audit_events.actor_user_id')
          .select([
            'audit_events.seq',
            'audit_events.time',
            'audit_events.actor_user_id',
            'users.display_name',
            'audit_events.action',
            'audit_events.target_type',
            'audit_events.target_id',
          ])
          .orderBy('audit_events.seq', 'desc')
          .limit(10);
        if (orgIds !== null) q = q.where('audit_events.actor_org_id', 'in', orgIds.length > 0 ? orgIds : ['']);
        recentAudit = (await q.execute()).map((e) => ({
          seq: e.seq,
          time: e.time,
          actorUserId: e.actor_user_id,
          actorName: e.display_name,
          action: e.action,
          targetType: e.target_type,
          targetId: e.target_id,
        }));
      }

      return {
        generatedAt: new Date(nowMs).toISOString(),
        cameras: counts,
        gapsToday,
        availability,
        storage: await storageForecast(deps.retention),
        findings,
        recentAudit,
      };
    },
  );
}
