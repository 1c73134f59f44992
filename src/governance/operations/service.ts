// The records of running a system day to day: duty shifts of the monitoring staff (值班记录; 辽宁
// 第十四条(三), 安徽 第十七条第一款), camera fault tickets and their repair (腾冲 第二十四条(二): repair
// promptly; 青岛 第十九条(三): a temporary measure while repair is slow), maintenance records (国家
// 第十五条第一款: 定期维护), outsourced maintenance and operation agreements (国家 第十五条第二款: a
// 安全保密 agreement; 安徽 第十六条(二) and the others: the safe-operation duties in writing), and the
// list of training sessions. The compliance engine reads them (src/compliance/subject-loader.ts).
import type { Kysely } from 'kysely';
import { actorEvent, type AuditLog } from '../../audit/audit-log.ts';
import type { Clock } from '../../clock.ts';
import type { AgreementClause } from '../../compliance/types.ts';
import { newId } from '../../db/ids.ts';
import type {
  Database,
  DutyLogTable,
  FaultTicketTable,
  MaintenanceRecordTable,
  OutsourcingAgreementTable,
  TrainingRecordTable,
} from '../../db/schema.ts';
import type { Role } from '../../identity/roles.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { rulesInForce } from '../filings/content.ts';
import { listedOrgIds } from '../inspections/guard.ts';
import { bilingualError, cite, lawRefusal, roleName, type Words } from '../refusal.ts';
import {
  CLAUSE_EN,
  CLAUSE_ZH,
  type AgreementBody,
  type AgreementView,
  type DutyLogBody,
  type DutyLogView,
  type FaultView,
  type MaintenanceBody,
  type MaintenanceView,
  type TrainingView,
} from './schemas.ts';

/** Roles that log duty shifts: the monitoring staff and their manager. */
export const DUTY_ROLES: readonly Role[] = ['admin', 'unit_manager', 'unit_operator'];
/** Roles that open fault tickets and note temporary measures. */
export const FAULT_ROLES: readonly Role[] = ['admin', 'unit_manager', 'unit_operator', 'maintainer'];
/** Roles that record repairs and maintenance. */
export const MAINTENANCE_ROLES: readonly Role[] = ['admin', 'unit_manager', 'maintainer'];
/** Roles that record outsourcing agreements. */
export const AGREEMENT_ROLES: readonly Role[] = ['admin', 'unit_manager'];
/** The longest duty shift one log covers. */
export const MAX_SHIFT_MS = 48 * 3_600_000;
/** How far ahead of the clock a recorded time may lie. */
const SKEW_MS = 60_000;

/** The steps a role check names (requireRole's `what`), in Chinese. */
const WHAT_ZH: Readonly<Record<string, string>> = {
  'log duty shifts': '登记值班记录',
  'open fault tickets': '登记故障',
  'note temporary measures': '登记临时措施',
  'record repairs': '登记维修',
  'record maintenance': '登记维护记录',
  'record outsourcing agreements': '登记委托运维协议',
  'terminate agreements': '终止委托运维协议',
};

/** PSVIS_ERR_VALIDATION on one field, in both languages. */
const invalid = (field: string, words: Words, extra: Record<string, unknown> = {}) =>
  bilingualError('PSVIS_ERR_VALIDATION', words, { field, ...extra });

/** Duty logs, fault tickets, maintenance records, agreements and the training list. */
export class Operations {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly registry: Registry,
  ) {}

  private get db(): Kysely<Database> {
    return this.audit.db;
  }

  private async requireRole(
    actor: Actor,
    roles: readonly Role[],
    action: string,
    what: string,
    target: { type: string; id: string | null },
  ): Promise<void> {
    if (roles.includes(actor.role)) return;
    const err = bilingualError(
      'PSVIS_ERR_FORBIDDEN',
      { zh: `${roleName(actor.role).zh}不能${WHAT_ZH[what] ?? what}`, en: `role ${actor.role} may not ${what}` },
      { role: actor.role },
      403,
    );
    await this.audit.append(
      actorEvent(actor, `${action}.refused`, target.type, target.id, { code: err.code, ...err.details }),
    );
    throw err;
  }

  private notLater(at: string, field: string): void {
    if (Date.parse(at) > this.clock.now().getTime() + SKEW_MS) {
      throw invalid(field, { zh: `时间（${field}）不能晚于当前时间`, en: `${field} lies in the future` });
    }
  }

  // 值班记录

  /** Logs a duty shift of an organization in scope. */
  async recordDutyLog(actor: Actor, body: DutyLogBody): Promise<DutyLogView> {
    const org = await this.registry.getOrganization(actor, body.orgId ?? actor.orgId, 'log a duty shift');
    await this.requireRole(actor, DUTY_ROLES, 'governance.duty.record', 'log duty shifts', {
      type: 'organization',
      id: org.id,
    });
    const from = Date.parse(body.from);
    const to = Date.parse(body.to);
    if (to <= from || to - from > MAX_SHIFT_MS) {
      throw invalid('to', {
        zh: `值班结束时间须晚于开始时间，且一班不超过 ${MAX_SHIFT_MS / 3_600_000} 小时`,
        en: `a shift ends after it starts and lasts at most ${MAX_SHIFT_MS / 3_600_000} hours`,
      });
    }
    this.notLater(body.from, 'from');
    if (body.siteId !== undefined) {
      const site = await this.registry.getSite(actor, body.siteId, 'log a duty shift');
      if (site.orgId !== org.id) {
        throw invalid('siteId', { zh: '该场所不属于本单位', en: 'the site is not one of the organization’s' });
      }
    }
    for (const [i, e] of body.events.entries()) {
      const at = Date.parse(e.at);
      if (at < from || at > to) {
        throw invalid(`events.${i}.at`, { zh: '事件时间须在值班时段内', en: 'an event lies within the shift' });
      }
      if (e.cameraId !== undefined && (await this.registry.getCamera(actor, e.cameraId)).orgId !== org.id) {
        throw invalid(`events.${i}.cameraId`, {
          zh: '该摄像机不属于本单位',
          en: 'the camera is not one of the organization’s',
        });
      }
    }
    const nowIso = this.clock.now().toISOString();
    const row: DutyLogTable = {
      id: newId(this.clock.now().getTime()),
      org_id: org.id,
      site_id: body.siteId ?? null,
      staff: JSON.stringify(body.staff),
      from_at: new Date(from).toISOString(),
      to_at: new Date(to).toISOString(),
      notes: body.notes ?? null,
      events: JSON.stringify(body.events.map((e) => ({ ...e, at: new Date(e.at).toISOString() }))),
      created_by: actor.userId,
      created_at: nowIso,
    };
    await this.audit.transaction(async (trx, record) => {
      await trx.insertInto('duty_logs').values(row).execute();
      await record(
        actorEvent(actor, 'governance.duty.record', 'organization', org.id, {
          dutyLogId: row.id,
          staff: body.staff,
          from: row.from_at,
          to: row.to_at,
          events: body.events.length,
        }),
      );
    });
    return dutyLogView(row);
  }

  /** Duty logs of organizations in scope, newest shift first. */
  async listDutyLogs(
    actor: Actor,
    q: { orgId?: string | undefined; from?: string | undefined; to?: string | undefined; limit: number },
  ): Promise<DutyLogView[]> {
    const orgIds = await listedOrgIds(this.db, this.registry, actor, q.orgId);
    let sel = this.db.selectFrom('duty_logs').selectAll().orderBy('from_at', 'desc').limit(q.limit);
    if (orgIds !== null) sel = sel.where('org_id', 'in', orgIds);
    if (q.from !== undefined) sel = sel.where('to_at', '>', new Date(q.from).toISOString());
    if (q.to !== undefined) sel = sel.where('from_at', '<', new Date(q.to).toISOString());
    return (await sel.execute()).map(dutyLogView);
  }

  // 故障

  /** Opens a fault ticket for a camera in scope. */
  async openFault(
    actor: Actor,
    body: { cameraId: string; description: string; openedAt?: string | undefined },
  ): Promise<FaultView> {
    const camera = await this.registry.getCamera(actor, body.cameraId, 'open a fault ticket');
    await this.requireRole(actor, FAULT_ROLES, 'governance.fault.open', 'open fault tickets', {
      type: 'camera',
      id: camera.id,
    });
    const nowIso = this.clock.now().toISOString();
    const openedAt = body.openedAt === undefined ? nowIso : new Date(body.openedAt).toISOString();
    this.notLater(openedAt, 'openedAt');
    const row: FaultTicketTable = {
      id: newId(this.clock.now().getTime()),
      org_id: camera.orgId,
      camera_id: camera.id,
      camera_name: camera.name,
      description: body.description,
      state: 'open',
      opened_at: openedAt,
      opened_by: actor.userId,
      temporary_measure: null,
      repaired_at: null,
      repaired_by: null,
      repair_note: null,
      updated_at: nowIso,
    };
    await this.audit.transaction(async (trx, record) => {
      await trx.insertInto('fault_tickets').values(row).execute();
      await record(
        actorEvent(actor, 'governance.fault.open', 'fault_ticket', row.id, {
          cameraId: camera.id,
          description: body.description,
          openedAt,
        }),
      );
    });
    return faultView(row);
  }

  private async loadFault(actor: Actor, id: string, attempted: string): Promise<FaultTicketTable> {
    const row = await this.db.selectFrom('fault_tickets').selectAll().where('id', '=', id).executeTakeFirst();
    await this.registry.getOrganization(actor, row?.org_id ?? `fault_ticket:${id}`, attempted);
    if (row === undefined) {
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `未找到故障单 ${id}`, en: `fault ticket ${id} not found` },
        {},
        404,
      );
    }
    return row;
  }

  private async requireOpen(actor: Actor, row: FaultTicketTable, action: string): Promise<void> {
    if (row.state === 'open') return;
    const err = bilingualError(
      'PSVIS_ERR_FAULT_STATE',
      {
        zh: `该故障已于 ${row.repaired_at ?? ''} 修复；新的故障请另行登记`,
        en: `the fault was repaired on ${row.repaired_at ?? ''}; open a new ticket for a new fault`,
      },
      { state: row.state },
      409,
    );
    await this.audit.append(
      actorEvent(actor, `governance.fault.${action}.refused`, 'fault_ticket', row.id, {
        code: err.code,
        ...err.details,
      }),
    );
    throw err;
  }

  /** Notes the temporary measure taken while a fault waits for repair (青岛 第十九条(三)). */
  async measureFault(actor: Actor, id: string, temporaryMeasure: string): Promise<FaultView> {
    const row = await this.loadFault(actor, id, 'note a temporary measure');
    await this.requireRole(actor, FAULT_ROLES, 'governance.fault.measure', 'note temporary measures', {
      type: 'fault_ticket',
      id,
    });
    await this.requireOpen(actor, row, 'measure');
    const nowIso = this.clock.now().toISOString();
    await this.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('fault_tickets')
        .set({ temporary_measure: temporaryMeasure, updated_at: nowIso })
        .where('id', '=', id)
        .execute();
      await record(actorEvent(actor, 'governance.fault.measure', 'fault_ticket', id, { temporaryMeasure }));
    });
    return faultView({ ...row, temporary_measure: temporaryMeasure, updated_at: nowIso });
  }

  /** Records the repair of an open fault, and the maintenance record that goes with it. */
  async repairFault(
    actor: Actor,
    id: string,
    body: { repairedAt: string; note: string; performedBy?: string | undefined },
  ): Promise<FaultView> {
    const row = await this.loadFault(actor, id, 'record a repair');
    await this.requireRole(actor, MAINTENANCE_ROLES, 'governance.fault.repair', 'record repairs', {
      type: 'fault_ticket',
      id,
    });
    await this.requireOpen(actor, row, 'repair');
    const repairedAt = new Date(body.repairedAt).toISOString();
    this.notLater(repairedAt, 'repairedAt');
    if (repairedAt < row.opened_at) {
      throw invalid(
        'repairedAt',
        { zh: '修复时间须晚于故障登记时间', en: 'a fault is repaired after it was opened' },
        { openedAt: row.opened_at },
      );
    }
    const now = this.clock.now();
    const nowIso = now.toISOString();
    const camera = await this.db
      .selectFrom('cameras')
      .select('system_id')
      .where('id', '=', row.camera_id)
      .executeTakeFirst();
    const next: FaultTicketTable = {
      ...row,
      state: 'repaired',
      repaired_at: repairedAt,
      repaired_by: actor.userId,
      repair_note: body.note,
      updated_at: nowIso,
    };
    await this.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('fault_tickets')
        .set({
          state: 'repaired',
          repaired_at: repairedAt,
          repaired_by: actor.userId,
          repair_note: body.note,
          updated_at: nowIso,
        })
        .where('id', '=', id)
        .execute();
      // A camera deleted since keeps its ticket but has no system to log maintenance against.
      if (camera !== undefined) {
        await trx
          .insertInto('maintenance_records')
          .values({
            id: newId(now.getTime()),
            org_id: row.org_id,
            system_id: camera.system_id,
            camera_id: row.camera_id,
            fault_ticket_id: id,
            kind: 'repair',
            performed_at: repairedAt,
            performed_by: body.performedBy ?? actor.displayName,
            description: body.note,
            agreement_id: null,
            created_by: actor.userId,
            created_at: nowIso,
          })
          .execute();
      }
      await record(
        actorEvent(actor, 'governance.fault.repair', 'fault_ticket', id, {
          cameraId: row.camera_id,
          repairedAt,
          note: body.note,
          openedAt: row.opened_at,
        }),
      );
    });
    return faultView(next);
  }

  /** One fault ticket. */
  async getFault(actor: Actor, id: string): Promise<FaultView> {
    return faultView(await this.loadFault(actor, id, 'read a fault ticket'));
  }

  /** Fault tickets of organizations in scope, newest first. */
  async listFaults(
    actor: Actor,
    q: { orgId?: string | undefined; cameraId?: string | undefined; state?: string | undefined; limit: number },
  ): Promise<FaultView[]> {
    const orgIds = await listedOrgIds(this.db, this.registry, actor, q.orgId);
    if (q.cameraId !== undefined) await this.registry.getCamera(actor, q.cameraId);
    let sel = this.db.selectFrom('fault_tickets').selectAll().orderBy('id', 'desc').limit(q.limit);
    if (orgIds !== null) sel = sel.where('org_id', 'in', orgIds);
    if (q.cameraId !== undefined) sel = sel.where('camera_id', '=', q.cameraId);
    if (q.state !== undefined) sel = sel.where('state', '=', q.state);
    return (await sel.execute()).map(faultView);
  }

  // 维护

  /** Records maintenance of a system in scope. */
  async recordMaintenance(actor: Actor, body: MaintenanceBody): Promise<MaintenanceView> {
    const system = await this.registry.getSystem(actor, body.systemId, 'record maintenance');
    await this.requireRole(actor, MAINTENANCE_ROLES, 'governance.maintenance.record', 'record maintenance', {
      type: 'system',
      id: system.id,
    });
    if (body.cameraId !== undefined && (await this.registry.getCamera(actor, body.cameraId)).systemId !== system.id) {
      throw invalid('cameraId', { zh: '该摄像机不属于该系统', en: 'the camera is not one of the system’s' });
    }
    if (body.agreementId !== undefined) {
      const a = await this.db
        .selectFrom('outsourcing_agreements')
        .select(['org_id', 'system_ids'])
        .where('id', '=', body.agreementId)
        .executeTakeFirst();
      if (a?.org_id !== system.orgId || !(JSON.parse(a.system_ids) as string[]).includes(system.id)) {
        throw invalid('agreementId', { zh: '该协议不涵盖此系统', en: 'the agreement does not cover this system' });
      }
    }
    const performedAt = new Date(body.performedAt).toISOString();
    this.notLater(performedAt, 'performedAt');
    const nowIso = this.clock.now().toISOString();
    const row: MaintenanceRecordTable = {
      id: newId(this.clock.now().getTime()),
      org_id: system.orgId,
      system_id: system.id,
      camera_id: body.cameraId ?? null,
      fault_ticket_id: null,
      kind: body.kind,
      performed_at: performedAt,
      performed_by: body.performedBy,
      description: body.description,
      agreement_id: body.agreementId ?? null,
      created_by: actor.userId,
      created_at: nowIso,
    };
    await this.audit.transaction(async (trx, record) => {
      await trx.insertInto('maintenance_records').values(row).execute();
      await record(
        actorEvent(actor, 'governance.maintenance.record', 'system', system.id, { maintenanceId: row.id, ...body }),
      );
    });
    return maintenanceView(row);
  }

  /** Maintenance records of organizations in scope, latest first. */
  async listMaintenance(
    actor: Actor,
    q: {
      orgId?: string | undefined;
      systemId?: string | undefined;
      from?: string | undefined;
      to?: string | undefined;
      limit: number;
    },
  ): Promise<MaintenanceView[]> {
    const orgIds = await listedOrgIds(this.db, this.registry, actor, q.orgId);
    if (q.systemId !== undefined) await this.registry.getSystem(actor, q.systemId);
    let sel = this.db.selectFrom('maintenance_records').selectAll().orderBy('performed_at', 'desc').limit(q.limit);
    if (orgIds !== null) sel = sel.where('org_id', 'in', orgIds);
    if (q.systemId !== undefined) sel = sel.where('system_id', '=', q.systemId);
    if (q.from !== undefined) sel = sel.where('performed_at', '>=', new Date(q.from).toISOString());
    if (q.to !== undefined) sel = sel.where('performed_at', '<', new Date(q.to).toISOString());
    return (await sel.execute()).map(maintenanceView);
  }

  // 委托运维协议

  /**
   * Records an outsourced maintenance or operation agreement covering systems of one organization.
   * The clauses the articles in force ask for must be in it: 国家 第十五条第二款 the network-security,
   * data-security, personal-information and confidentiality duties (安全保密协议); 安徽 第十六条(二),
   * 辽宁 第十四条第二款, 青岛 第二十一条, 威海 第二十三条第二款 the safe-operation duties. Refused otherwise.
   */
  async recordAgreement(actor: Actor, body: AgreementBody): Promise<AgreementView> {
    const systems = [];
    for (const id of new Set(body.systemIds))
      systems.push(await this.registry.getSystem(actor, id, 'record an agreement'));
    const orgId = systems[0]?.orgId ?? actor.orgId;
    if (systems.some((s) => s.orgId !== orgId)) {
      throw invalid('systemIds', {
        zh: '一份协议只涵盖同一单位的系统',
        en: 'an agreement covers systems of one organization',
      });
    }
    await this.requireRole(actor, AGREEMENT_ROLES, 'governance.agreement.record', 'record outsourcing agreements', {
      type: 'organization',
      id: orgId,
    });
    if (body.validUntil !== undefined && body.validUntil < body.validFrom) {
      throw invalid('validUntil', { zh: '协议终止日期须晚于生效日期', en: 'an agreement ends after it starts' });
    }
    const now = this.clock.now();
    const rules = (
      await rulesInForce(
        this.db,
        orgId,
        systems.map((s) => s.id),
        now,
      )
    ).filter((r) => (r.params.agreementClauses ?? []).length > 0);
    const missing = new Map<AgreementClause, string[]>();
    for (const r of rules) {
      for (const c of r.params.agreementClauses ?? []) {
        if (body.clauses.includes(c)) continue;
        missing.set(c, [...(missing.get(c) ?? []), r.article]);
      }
    }
    if (missing.size > 0) {
      const articles = [...new Set([...missing.values()].flat())];
      const list = [...missing.entries()].map(([clause, arts]) => ({
        clause,
        nameZh: CLAUSE_ZH[clause],
        articles: arts,
      }));
      const err = lawRefusal(
        'PSVIS_ERR_AGREEMENT_CLAUSES',
        {
          zh: `${cite(articles)}：委托运维协议须载明${list.map((m) => m.nameZh).join('、')}条款；该协议缺少这些条款`,
          en: `${cite(articles)}: an outsourcing agreement must set out ${list.map((m) => CLAUSE_EN[m.clause]).join(', ')}; the agreement lacks them`,
        },
        articles,
        { missing: list },
      );
      await this.audit.append(
        actorEvent(actor, 'governance.agreement.record.refused', 'organization', orgId, {
          code: err.code,
          reference: body.reference,
          ...err.details,
        }),
      );
      throw err;
    }
    const row: OutsourcingAgreementTable = {
      id: newId(now.getTime()),
      org_id: orgId,
      kind: body.kind,
      contractor_name: body.contractorName,
      contractor_org_id: body.contractorOrgId ?? null,
      reference: body.reference,
      signed_at: body.signedAt,
      valid_from: body.validFrom,
      valid_until: body.validUntil ?? null,
      system_ids: JSON.stringify(systems.map((s) => s.id)),
      clauses: JSON.stringify(body.clauses),
      clause_text: body.clauseText ?? null,
      terminated_at: null,
      created_by: actor.userId,
      created_at: now.toISOString(),
    };
    await this.audit.transaction(async (trx, record) => {
      await trx.insertInto('outsourcing_agreements').values(row).execute();
      await record(
        actorEvent(actor, 'governance.agreement.record', 'organization', orgId, {
          agreementId: row.id,
          articles: rules.map((r) => r.article),
          ...body,
        }),
      );
    });
    return agreementView(row);
  }

  /** Ends an agreement (the engine then sees its systems without it). */
  async terminateAgreement(
    actor: Actor,
    id: string,
    body: { terminatedAt: string; reason?: string | undefined },
  ): Promise<AgreementView> {
    const row = await this.db.selectFrom('outsourcing_agreements').selectAll().where('id', '=', id).executeTakeFirst();
    await this.registry.getOrganization(actor, row?.org_id ?? `agreement:${id}`, 'terminate an agreement');
    if (row === undefined) {
      throw bilingualError('PSVIS_ERR_NOT_FOUND', { zh: `未找到协议 ${id}`, en: `agreement ${id} not found` }, {}, 404);
    }
    await this.requireRole(actor, AGREEMENT_ROLES, 'governance.agreement.terminate', 'terminate agreements', {
      type: 'agreement',
      id,
    });
    if (row.terminated_at !== null) {
      throw bilingualError(
        'PSVIS_ERR_CONFLICT',
        { zh: '该协议已终止', en: 'the agreement is already terminated' },
        {},
        409,
      );
    }
    await this.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('outsourcing_agreements')
        .set({ terminated_at: body.terminatedAt })
        .where('id', '=', id)
        .execute();
      await record(actorEvent(actor, 'governance.agreement.terminate', 'agreement', id, { ...body }));
    });
    return agreementView({ ...row, terminated_at: body.terminatedAt });
  }

  /** Agreements of organizations in scope, newest first. */
  async listAgreements(actor: Actor, q: { orgId?: string | undefined; limit: number }): Promise<AgreementView[]> {
    const orgIds = await listedOrgIds(this.db, this.registry, actor, q.orgId);
    let sel = this.db.selectFrom('outsourcing_agreements').selectAll().orderBy('id', 'desc').limit(q.limit);
    if (orgIds !== null) sel = sel.where('org_id', 'in', orgIds);
    return (await sel.execute()).map(agreementView);
  }

  // 培训

  /** Training sessions of organizations in scope, latest first. */
  async listTraining(
    actor: Actor,
    q: {
      orgId?: string | undefined;
      from?: string | undefined;
      to?: string | undefined;
      kind?: string | undefined;
      limit: number;
    },
  ): Promise<TrainingView[]> {
    const orgIds = await listedOrgIds(this.db, this.registry, actor, q.orgId);
    let sel = this.db.selectFrom('training_records').selectAll().orderBy('held_at', 'desc').limit(q.limit);
    if (orgIds !== null) sel = sel.where('org_id', 'in', orgIds);
    if (q.from !== undefined) sel = sel.where('held_at', '>=', q.from);
    if (q.to !== undefined) sel = sel.where('held_at', '<', q.to);
    if (q.kind !== undefined) sel = sel.where('kinds', 'like', `%"${q.kind}"%`);
    return (await sel.execute()).map(trainingView);
  }
}

function dutyLogView(r: DutyLogTable): DutyLogView {
  return {
    id: r.id,
    orgId: r.org_id,
    siteId: r.site_id,
    staff: JSON.parse(r.staff) as string[],
    from: r.from_at,
    to: r.to_at,
    notes: r.notes,
    events: JSON.parse(r.events) as DutyLogView['events'],
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

function faultView(r: FaultTicketTable): FaultView {
  return {
    id: r.id,
    orgId: r.org_id,
    cameraId: r.camera_id,
    cameraName: r.camera_name,
    description: r.description,
    state: r.state as FaultView['state'],
    openedAt: r.opened_at,
    openedBy: r.opened_by,
    temporaryMeasure: r.temporary_measure,
    repairedAt: r.repaired_at,
    repairedBy: r.repaired_by,
    repairNote: r.repair_note,
    updatedAt: r.updated_at,
  };
}

function maintenanceView(r: MaintenanceRecordTable): MaintenanceView {
  return {
    id: r.id,
    orgId: r.org_id,
    systemId: r.system_id,
    cameraId: r.camera_id,
    faultTicketId: r.fault_ticket_id,
    kind: r.kind as MaintenanceView['kind'],
    performedAt: r.performed_at,
    performedBy: r.performed_by,
    description: r.description,
    agreementId: r.agreement_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

function agreementView(r: OutsourcingAgreementTable): AgreementView {
  return {
    id: r.id,
    orgId: r.org_id,
    kind: r.kind as AgreementView['kind'],
    contractorName: r.contractor_name,
    contractorOrgId: r.contractor_org_id,
    reference: r.reference,
    signedAt: r.signed_at,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    systemIds: JSON.parse(r.system_ids) as string[],
    clauses: JSON.parse(r.clauses) as AgreementView['clauses'],
    clauseText: r.clause_text,
    terminatedAt: r.terminated_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

function trainingView(r: TrainingRecordTable): TrainingView {
  return {
    id: r.id,
    orgId: r.org_id,
    heldAt: r.held_at,
    topic: r.topic,
    kinds: r.kinds === null ? [] : (JSON.parse(r.kinds) as string[]),
    attendees: r.attendees,
    evidenceRef: r.evidence_ref,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
