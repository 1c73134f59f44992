// Suspicious-information reports (可疑信息报告). An operator who sees something on the live wall or
// in playback reports it — camera, time, description — to the police and, where the text says so,
// the industry regulator (威海 第二十一条(五), 青岛 第十九条(五)); 安徽 第十七条第二款(一), 辽宁
// 第十四条(三), 腾冲 第二十四条(七) name the police alone. The two minutes either side are held at once
// as a case (腾冲: the police copy and keep it). The police acknowledge and handle it, with notes;
// a report not handled within governance.reportOverdueHours is listed as overdue for the police
// overview (安徽 第二十七条(五): not acting on a report in time is an official's fault).
import { actorEvent, type AuditLog } from '../../audit/audit-log.ts';
import type { Clock } from '../../clock.ts';
import { effectiveRules } from '../../compliance/effective.ts';
import { newId } from '../../db/ids.ts';
import type { SuspiciousReportTable } from '../../db/schema.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Role } from '../../identity/roles.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { profileChain } from '../../registry/scoping.ts';
import type { Holds } from '../holds.ts';
import { listedOrgIds } from '../inspections/guard.ts';
import { bilingualError, cite, lawRefusal, nameOf, roleName, type Words } from '../refusal.ts';
import type { CreateBody, ReportStatus, ReportView } from './schemas.ts';

/** Roles that report: the unit's monitoring staff and its manager. */
export const REPORTER_ROLES: readonly Role[] = ['admin', 'unit_manager', 'unit_operator'];
/** Roles of the police offices a report goes to that acknowledge and handle it. */
export const HANDLER_ROLES: readonly Role[] = ['admin', 'police_officer', 'police_approver'];
/** How much footage either side of the reported time is held. */
export const CLIP_MARGIN_MS = 2 * 60_000;
/** How far ahead of the clock a reported time may lie (clock skew between the wall and the server). */
const FUTURE_SKEW_MS = 60_000;

/** A report's states, as the console names them. */
const STATUS_NAMES: Readonly<Record<string, Words>> = {
  reported: { zh: '待受理', en: 'reported' },
  acknowledged: { zh: '已受理', en: 'acknowledged' },
  handled: { zh: '已处理', en: 'handled' },
};

/** The police's steps on a report, in Chinese. */
const ACTION_ZH: Readonly<Record<string, string>> = { acknowledge: '受理', handle: '处理', note: '添加备注' };

/** Options of the report service. */
export interface ReportsOptions {
  audit: AuditLog;
  clock: Clock;
  registry: Registry;
  holds: Holds;
  /** A report not handled this long after it was made is overdue (config governance.reportOverdueHours). */
  overdueMs: number;
}

interface Basis {
  article: string;
  to: string[];
  handlingArticle: string | null;
}

/** Suspicious-information reports. */
export class SuspiciousReports {
  constructor(private readonly opts: ReportsOptions) {}

  private get db() {
    return this.opts.audit.db;
  }

  /** How long the police have before a report is overdue, in hours. */
  get overdueHours(): number {
    return this.opts.overdueMs / 3_600_000;
  }

  private async refusal(actor: Actor, action: string, id: string | null, err: PsvisError): Promise<PsvisError> {
    await this.opts.audit.append(
      actorEvent(actor, `governance.report.${action}.refused`, 'suspicious_report', id, {
        code: err.code,
        ...err.details,
      }),
    );
    return err;
  }

  /** The organizations of `kind` nearest up a jurisdiction chain (all of them at the first level that has any). */
  private async nearest(jurisdictionId: string | null, kind: 'police' | 'regulator', industry: string | null) {
    const seen = new Set<string>();
    let at = jurisdictionId;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      let q = this.db
        .selectFrom('organizations')
        .select(['id', 'name'])
        .where('kind', '=', kind)
        .where('jurisdiction_id', '=', at)
        .orderBy('id');
      if (kind === 'regulator') q = q.where('industry', '=', industry ?? '');
      const found = await q.execute();
      if (found.length > 0) return found;
      const j = await this.db.selectFrom('jurisdictions').select('parent_id').where('id', '=', at).executeTakeFirst();
      at = j?.parent_id ?? null;
    }
    return [];
  }

  /** Reports what an operator saw; the clip around it is held at once. */
  async create(actor: Actor, body: CreateBody): Promise<ReportView> {
    const camera = await this.opts.registry.getCamera(actor, body.cameraId, 'report suspicious information');
    if (!REPORTER_ROLES.includes(actor.role)) {
      throw await this.refusal(
        actor,
        'create',
        null,
        bilingualError(
          'PSVIS_ERR_FORBIDDEN',
          {
            zh: `${roleName(actor.role).zh}不能代表单位报告；由本单位值班监看人员或管理员报告`,
            en: `role ${actor.role} may not report for the unit; its monitoring staff and manager report`,
          },
          { role: actor.role, cameraId: camera.id },
          403,
        ),
      );
    }
    const now = this.opts.clock.now();
    const occurred = new Date(body.occurredAt);
    if (occurred.getTime() > now.getTime() + FUTURE_SKEW_MS) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '报告的发生时间不能晚于当前时间', en: 'the reported time lies in the future' },
        { field: 'occurredAt' },
      );
    }
    const org = await this.db
      .selectFrom('organizations')
      .select(['id', 'jurisdiction_id', 'industry'])
      .where('id', '=', camera.orgId)
      .executeTakeFirstOrThrow();
    const rules = effectiveRules(await profileChain(this.db, org.jurisdiction_id), now).filter(
      (r) => r.params.report !== undefined,
    );
    const basis: Basis[] = rules.map((r) => ({
      article: r.article,
      to: [...(r.params.report?.to ?? [])],
      handlingArticle: r.params.report?.handlingArticle ?? null,
    }));
    const police = await this.nearest(org.jurisdiction_id, 'police', null);
    const regulators = basis.some((b) => b.to.includes('regulator'))
      ? await this.nearest(org.jurisdiction_id, 'regulator', org.industry)
      : [];
    if (police.length === 0) {
      // The reporting articles in force (辽宁 第十四条(三)…) say whom it goes to.
      const cited = cite(basis.map((b) => b.article));
      throw await this.refusal(
        actor,
        'create',
        null,
        lawRefusal(
          'PSVIS_ERR_NO_RECIPIENT',
          {
            zh: `${cited === '' ? '' : `${cited}：`}系统中没有登记该单位辖区的公安机关，报告无人接收；请直接报告公安机关，并请管理员登记该机关`,
            en: `${cited === '' ? '' : `${cited}: `}no police organization of the unit’s jurisdiction is registered to receive the report; call the police and ask an administrator to register it`,
          },
          basis.map((b) => b.article),
          { cameraId: camera.id },
          409,
        ),
      );
    }
    const id = newId(now.getTime());
    const hold = await this.opts.holds.placeFor(actor, {
      cameraId: camera.id,
      from: new Date(occurred.getTime() - CLIP_MARGIN_MS),
      to: new Date(occurred.getTime() + CLIP_MARGIN_MS),
      kind: 'case',
      reference: `可疑信息报告 ${id}`,
      reason: body.description,
    });
    const nowIso = now.toISOString();
    const row: SuspiciousReportTable = {
      id,
      org_id: camera.orgId,
      camera_id: camera.id,
      camera_name: camera.name,
      source: body.source,
      occurred_at: occurred.toISOString(),
      description: body.description,
      police_org_ids: JSON.stringify(police.map((p) => p.id)),
      regulator_org_ids: JSON.stringify(regulators.map((p) => p.id)),
      basis: JSON.stringify(basis),
      hold_id: hold.id,
      status: 'reported',
      reported_by: actor.userId,
      reported_by_name: actor.displayName,
      reported_at: nowIso,
      acknowledged_by: null,
      acknowledged_at: null,
      handled_by: null,
      handled_at: null,
      updated_at: nowIso,
    };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx.insertInto('suspicious_reports').values(row).execute();
      await record(
        actorEvent(actor, 'governance.report.create', 'suspicious_report', id, {
          cameraId: camera.id,
          occurredAt: row.occurred_at,
          source: body.source,
          holdId: hold.id,
          policeOrgIds: police.map((p) => p.id),
          regulatorOrgIds: regulators.map((p) => p.id),
          articles: basis.map((b) => b.article),
        }),
      );
    });
    return this.view(row);
  }

  /** A report whose unit the actor sees; 404 (audited by the registry) otherwise. */
  private async load(actor: Actor, id: string, attempted: string): Promise<SuspiciousReportTable> {
    const row = await this.db.selectFrom('suspicious_reports').selectAll().where('id', '=', id).executeTakeFirst();
    await this.opts.registry.getOrganization(actor, row?.org_id ?? `suspicious_report:${id}`, attempted);
    if (row === undefined) {
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `未找到报告 ${id}`, en: `report ${id} not found` },
        { report: id },
        404,
      );
    }
    return row;
  }

  /** Only a police office the report went to acknowledges and handles it. */
  private async requireRecipient(actor: Actor, row: SuspiciousReportTable, action: string): Promise<void> {
    const recipients = JSON.parse(row.police_org_ids) as string[];
    if (actor.role === 'admin' || (HANDLER_ROLES.includes(actor.role) && recipients.includes(actor.orgId))) return;
    throw await this.refusal(
      actor,
      action,
      row.id,
      bilingualError(
        'PSVIS_ERR_FORBIDDEN',
        {
          zh: `只有接收该报告的公安机关可以${ACTION_ZH[action] ?? action}`,
          en: `only the police office the report went to may ${action} it`,
        },
        { role: actor.role, policeOrgIds: recipients },
        403,
      ),
    );
  }

  private async requireStatus(
    actor: Actor,
    row: SuspiciousReportTable,
    allowed: readonly ReportStatus[],
    action: string,
  ): Promise<void> {
    if (allowed.includes(row.status as ReportStatus)) return;
    throw await this.refusal(
      actor,
      action,
      row.id,
      bilingualError(
        'PSVIS_ERR_REPORT_STATE',
        {
          zh: `${nameOf(STATUS_NAMES, row.status).zh}的报告不能${ACTION_ZH[action] ?? action}；须为${allowed.map((a) => nameOf(STATUS_NAMES, a).zh).join('或')}状态`,
          en: `cannot ${action} a report that is ${row.status}; only one that is ${allowed.join(' or ')}`,
        },
        { status: row.status, allowed },
        409,
      ),
    );
  }

  private async move(
    actor: Actor,
    row: SuspiciousReportTable,
    changes: Partial<SuspiciousReportTable>,
    action: string,
    note: string | null,
  ): Promise<ReportView> {
    const nowIso = this.opts.clock.now().toISOString();
    const next: SuspiciousReportTable = { ...row, ...changes, updated_at: nowIso };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('suspicious_reports')
        .set({ ...changes, updated_at: nowIso })
        .where('id', '=', row.id)
        .execute();
      if (note !== null) {
        const last = await trx
          .selectFrom('suspicious_report_notes')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .where('report_id', '=', row.id)
          .executeTakeFirst();
        await trx
          .insertInto('suspicious_report_notes')
          .values({
            id: newId(Date.parse(nowIso)),
            report_id: row.id,
            seq: (last?.seq ?? 0) + 1,
            at: nowIso,
            user_id: actor.userId,
            user_name: actor.displayName,
            org_id: actor.orgId,
            status: changes.status ?? null,
            note,
          })
          .execute();
      }
      await record(
        actorEvent(actor, `governance.report.${action}`, 'suspicious_report', row.id, {
          from: row.status,
          to: next.status,
          note,
        }),
      );
    });
    return this.view(next);
  }

  /** The police office acknowledges a report (受理). */
  async acknowledge(actor: Actor, id: string, note: string | undefined): Promise<ReportView> {
    const row = await this.load(actor, id, 'acknowledge a report');
    await this.requireRecipient(actor, row, 'acknowledge');
    await this.requireStatus(actor, row, ['reported'], 'acknowledge');
    const nowIso = this.opts.clock.now().toISOString();
    return this.move(
      actor,
      row,
      { status: 'acknowledged', acknowledged_by: actor.userId, acknowledged_at: nowIso },
      'acknowledge',
      note ?? null,
    );
  }

  /** The police office records how it handled a report (处理结果); acknowledging it on the way if need be. */
  async handle(actor: Actor, id: string, note: string): Promise<ReportView> {
    const row = await this.load(actor, id, 'handle a report');
    await this.requireRecipient(actor, row, 'handle');
    await this.requireStatus(actor, row, ['reported', 'acknowledged'], 'handle');
    const nowIso = this.opts.clock.now().toISOString();
    return this.move(
      actor,
      row,
      {
        status: 'handled',
        handled_by: actor.userId,
        handled_at: nowIso,
        acknowledged_by: row.acknowledged_by ?? actor.userId,
        acknowledged_at: row.acknowledged_at ?? nowIso,
      },
      'handle',
      note,
    );
  }

  /** A note on a report: by the unit (more of what it saw) or by a police office it went to. */
  async addNote(actor: Actor, id: string, note: string): Promise<ReportView> {
    const row = await this.load(actor, id, 'add a note to a report');
    const unitSide = REPORTER_ROLES.includes(actor.role) && actor.orgId === row.org_id;
    if (!unitSide) await this.requireRecipient(actor, row, 'note');
    return this.move(actor, row, {}, 'note', note);
  }

  /** One report. */
  async get(actor: Actor, id: string): Promise<ReportView> {
    return this.view(await this.load(actor, id, 'read a report'));
  }

  /** Reports of units in scope, newest first; `overdue` keeps those not handled in time. */
  async list(
    actor: Actor,
    q: {
      orgId?: string | undefined;
      cameraId?: string | undefined;
      status?: ReportStatus | undefined;
      overdue?: boolean;
      limit: number;
    },
  ): Promise<ReportView[]> {
    const orgIds = await listedOrgIds(this.db, this.opts.registry, actor, q.orgId);
    if (q.cameraId !== undefined) await this.opts.registry.getCamera(actor, q.cameraId);
    let sel = this.db.selectFrom('suspicious_reports').selectAll().orderBy('id', 'desc').limit(q.limit);
    if (orgIds !== null) sel = sel.where('org_id', 'in', orgIds);
    if (q.cameraId !== undefined) sel = sel.where('camera_id', '=', q.cameraId);
    if (q.status !== undefined) sel = sel.where('status', '=', q.status);
    if (q.overdue === true) {
      const cutoff = new Date(this.opts.clock.now().getTime() - this.opts.overdueMs).toISOString();
      sel = sel.where('status', '!=', 'handled').where('reported_at', '<', cutoff);
    }
    const rows = await sel.execute();
    const out: ReportView[] = [];
    for (const r of rows) out.push(await this.view(r));
    return out;
  }

  private async view(row: SuspiciousReportTable): Promise<ReportView> {
    const policeIds = JSON.parse(row.police_org_ids) as string[];
    const regulatorIds = JSON.parse(row.regulator_org_ids) as string[];
    const orgs = await this.db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('id', 'in', [row.org_id, ...policeIds, ...regulatorIds])
      .execute();
    const name = (id: string) => orgs.find((o) => o.id === id)?.name ?? '';
    const hold =
      row.hold_id === null
        ? undefined
        : await this.db
            .selectFrom('holds')
            .select(['id', 'start_time', 'end_time', 'until', 'released_at'])
            .where('id', '=', row.hold_id)
            .executeTakeFirst();
    const notes = await this.db
      .selectFrom('suspicious_report_notes')
      .selectAll()
      .where('report_id', '=', row.id)
      .orderBy('seq')
      .execute();
    const dueBy = new Date(Date.parse(row.reported_at) + this.opts.overdueMs);
    return {
      id: row.id,
      orgId: row.org_id,
      orgName: name(row.org_id),
      cameraId: row.camera_id,
      cameraName: row.camera_name,
      source: row.source as 'live' | 'playback',
      occurredAt: row.occurred_at,
      description: row.description,
      status: row.status as ReportStatus,
      reportedBy: row.reported_by,
      reportedByName: row.reported_by_name,
      reportedAt: row.reported_at,
      police: policeIds.map((id) => ({ orgId: id, name: name(id) })),
      regulators: regulatorIds.map((id) => ({ orgId: id, name: name(id) })),
      basis: JSON.parse(row.basis) as Basis[],
      hold:
        hold === undefined
          ? null
          : { id: hold.id, from: hold.start_time, to: hold.end_time, until: hold.until, releasedAt: hold.released_at },
      acknowledgedBy: row.acknowledged_by,
      acknowledgedAt: row.acknowledged_at,
      handledBy: row.handled_by,
      handledAt: row.handled_at,
      dueBy: dueBy.toISOString(),
      overdue: row.status !== 'handled' && this.opts.clock.now().getTime() > dueBy.getTime(),
      notes: notes.map((n) => ({ at: n.at, userName: n.user_name, orgId: n.org_id, status: n.status, note: n.note })),
      updatedAt: row.updated_at,
    };
  }
}
