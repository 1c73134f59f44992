// The printable forms read from the database: the filing form (备案登记表) of a recorded filing,
// the access register form (登记表) of a unit or a camera over a period, the inspection notice with
// its checklist, and the rectification order. Scoped like the records they print (404 outside
// scope); each print is audited.
import { actorEvent, type AuditLog } from '../../audit/audit-log.ts';
import type { Clock } from '../../clock.ts';
import { chinaDate } from '../../compliance/calendar.ts';
import { locationCategory, placeCategory } from '../../compliance/categories.ts';
import { effectiveRules } from '../../compliance/effective.ts';
import { cameraRetentionFloor } from '../../compliance/retention-floor.ts';
import type { Role } from '../../identity/roles.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { profileChain } from '../../registry/scoping.ts';
import { INSPECTION_HEADINGS } from '../../compliance/profiles/supervision.ts';
import { prefillSummaryZh, type Prefill, type PrefillState } from '../inspections/checklist.ts';
import { json } from '../inspections/guard.ts';
import { noOrder } from '../inspections/service.ts';
import { bilingualError, roleName } from '../refusal.ts';
import type { OrderItem } from '../inspections/views.ts';
import { withFilingWorkflow } from '../filings/form.ts';
import { renderAccessRegisterForm } from './access-register-form.ts';
import { renderFilingForm, type FilingFormData } from './filing-form.ts';
import { renderInspectionNotice, type InspectionNoticeData } from './inspection-notice.ts';
import { renderRectificationOrder } from './rectification-order.ts';

/** Most register entries one form prints; ask for a shorter period beyond it. */
export const MAX_REGISTER_FORM_ROWS = 2000;

/** Roles that may print a register form: the unit's managers and auditors, and its supervisors. */
export const REGISTER_FORM_ROLES: readonly Role[] = [
  'admin',
  'unit_manager',
  'auditor',
  'police_officer',
  'police_approver',
  'regulator',
];

/** The printable forms. */
export class Documents {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly registry: Registry,
  ) {}

  private get db() {
    return this.audit.db;
  }

  /** Jurisdiction names from the root down: 辽宁省 沈阳市 和平区. */
  private async jurisdictionPath(id: string | null): Promise<string> {
    const names: string[] = [];
    const seen = new Set<string>();
    let at = id;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      const j = await this.db
        .selectFrom('jurisdictions')
        .select(['name', 'parent_id'])
        .where('id', '=', at)
        .executeTakeFirst();
      if (j === undefined) break;
      names.unshift(j.name);
      at = j.parent_id;
    }
    return names.join(' ') || '—';
  }

  /** The filing form of a recorded filing, from the registry as it stands and the rules in force on the filing date. */
  async filingForm(actor: Actor, filingId: string): Promise<Buffer> {
    const filing = await this.db.selectFrom('filings').selectAll().where('id', '=', filingId).executeTakeFirst();
    // A filing of a system outside scope answers as not found, like the system.
    const system = await this.registry.getSystem(
      actor,
      filing?.system_id ?? `filing:${filingId}`,
      'print a filing form',
    );
    if (filing === undefined) {
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `未找到备案 ${filingId}`, en: `filing ${filingId} not found` },
        {},
        404,
      );
    }
    const org = await this.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', system.orgId)
      .executeTakeFirstOrThrow();
    const orgName = async (id: string | null) =>
      id === null
        ? null
        : ((await this.db.selectFrom('organizations').select('name').where('id', '=', id).executeTakeFirst())?.name ??
          null);
    const cameras = await this.db
      .selectFrom('cameras')
      .selectAll()
      .where('system_id', '=', system.id)
      .orderBy('device_id')
      .execute();
    const siteIds = [...new Set(cameras.map((c) => c.site_id))];
    const sites =
      siteIds.length > 0
        ? await this.db.selectFrom('sites').selectAll().where('id', 'in', siteIds).orderBy('name').execute()
        : await this.db.selectFrom('sites').selectAll().where('org_id', '=', org.id).orderBy('name').execute();
    const siteName = new Map(sites.map((s) => [s.id, s.name]));
    const filedOn = new Date(filing.submitted_at ?? filing.created_at);
    const chain = await profileChain(this.db, org.jurisdiction_id);
    const floorOf = cameraRetentionFloor(this.db);
    let floor = { days: 0, articles: [] as string[] };
    for (const c of cameras) {
      const f = await floorOf(c.id, filedOn);
      if (f.days > floor.days) floor = { days: f.days, articles: f.article.split('、') };
    }
    if (cameras.length === 0) {
      const cn = effectiveRules(chain, filedOn).find((r) => r.floor?.topic === 'retention');
      floor = { days: cn?.floor?.value ?? 0, articles: cn === undefined ? [] : [cn.article] };
    }
    const basis = [
      ...new Set(
        effectiveRules(chain, filedOn)
          .filter((r) => r.id.includes('.filing.') || r.id.endsWith('.removal.notice'))
          .map((r) => r.article),
      ),
    ];
    const data: FilingFormData = {
      filing: {
        id: filing.id,
        kind: filing.kind,
        submittedAt: filing.submitted_at,
        noticeGivenAt: filing.notice_given_at,
        reference: filing.reference,
        channel: filing.channel,
      },
      unit: {
        name: org.name,
        creditCode: org.credit_code,
        address: org.address,
        contactName: org.contact_name,
        contactPhone: org.contact_phone,
        isGovernment: org.is_government === 1,
      },
      jurisdiction: await this.jurisdictionPath(org.jurisdiction_id),
      system: {
        name: system.name,
        lifecycle: system.lifecycle,
        builderName: await orgName(system.builderOrgId),
        maintainerName: await orgName(system.maintainerOrgId),
        governmentBuilt: system.governmentBuilt,
        acceptedAt: system.acceptedAt,
        inUseAt: system.inUseAt,
        removedAt: system.removedAt,
        maintenanceAgreementRef: system.maintenanceAgreementRef,
      },
      sites: sites.map((s) => ({
        name: s.name,
        address: s.address,
        placeZh: placeCategory(s.place_category)?.nameZh ?? s.place_category,
        isPublic: s.is_public === 1,
      })),
      cameras: cameras.map((c) => ({
        name: c.name,
        deviceId: c.device_id,
        siteName: siteName.get(c.site_id) ?? '—',
        locationZh: locationCategory(c.location_category)?.nameZh ?? c.location_category,
        important: c.important === 1,
        signage: c.signage === 1,
        retentionDays: c.retention_days,
      })),
      retention: { floorDays: floor.days, articles: floor.articles },
      basis,
      printedAt: this.clock.now(),
    };
    // The filed facts, point list, materials and the office's steps, for a filing made in psvis.
    const pdf = await renderFilingForm(await withFilingWorkflow(this.db, filing, data));
    await this.audit.append(
      actorEvent(actor, 'governance.document.print', 'system', system.id, {
        document: 'filing_form',
        filingId,
        bytes: pdf.length,
      }),
    );
    return pdf;
  }

  /** The access register form of a unit, or of one camera, over [from, to]. */
  async accessRegisterForm(
    actor: Actor,
    q: {
      orgId?: string | undefined;
      cameraId?: string | undefined;
      from?: string | undefined;
      to?: string | undefined;
    },
  ): Promise<Buffer> {
    if (!REGISTER_FORM_ROLES.includes(actor.role)) {
      const err = bilingualError(
        'PSVIS_ERR_FORBIDDEN',
        {
          zh: `${roleName(actor.role).zh}不能打印查阅、复制、调取登记表`,
          en: `role ${actor.role} may not print the access register`,
        },
        { role: actor.role, action: 'print the access register' },
        403,
      );
      await this.audit.append(
        actorEvent(actor, 'governance.document.print.refused', 'organization', q.orgId ?? null, { code: err.code }),
      );
      throw err;
    }
    let orgId: string;
    let cameraName: string | null = null;
    if (q.cameraId !== undefined) {
      const camera = await this.registry.getCamera(actor, q.cameraId, 'print the access register');
      orgId = camera.orgId;
      cameraName = camera.name;
    } else if (q.orgId !== undefined) {
      orgId = (await this.registry.getOrganization(actor, q.orgId, 'print the access register')).id;
    } else {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '请指明单位（orgId）或摄像机（cameraId）', en: 'name the unit (orgId) or the camera (cameraId)' },
        { field: 'orgId' },
      );
    }
    const org = await this.db.selectFrom('organizations').selectAll().where('id', '=', orgId).executeTakeFirstOrThrow();
    const cameras = await this.db.selectFrom('cameras').select(['id', 'name']).where('org_id', '=', orgId).execute();
    const names = new Map(cameras.map((c) => [c.id, c.name]));
    const ids = q.cameraId !== undefined ? [q.cameraId] : cameras.map((c) => c.id);
    const rows =
      ids.length === 0
        ? []
        : await this.db
            .selectFrom('access_register')
            .selectAll()
            .where('camera_id', 'in', ids)
            .$if(q.from !== undefined, (x) => x.where('time', '>=', new Date(q.from ?? '').toISOString()))
            .$if(q.to !== undefined, (x) => x.where('time', '<=', new Date(q.to ?? '').toISOString()))
            .orderBy('time')
            .orderBy('id')
            .limit(MAX_REGISTER_FORM_ROWS + 1)
            .execute();
    if (rows.length > MAX_REGISTER_FORM_ROWS) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        {
          zh: `登记超过 ${MAX_REGISTER_FORM_ROWS} 条；请缩短打印的时间段（from、to）`,
          en: `more than ${MAX_REGISTER_FORM_ROWS} register entries; print a shorter period (from, to)`,
        },
        { field: 'from', maxRows: MAX_REGISTER_FORM_ROWS },
      );
    }
    const now = this.clock.now();
    const articles = [
      ...new Set(
        effectiveRules(await profileChain(this.db, org.jurisdiction_id), now)
          .filter((r) => r.params.registerFields !== undefined)
          .map((r) => r.article),
      ),
    ];
    const pdf = await renderAccessRegisterForm({
      unitName: org.name,
      cameraName,
      from: q.from ?? rows[0]?.time ?? null,
      to: q.to ?? rows.at(-1)?.time ?? null,
      rows: rows.map((r) => ({
        time: r.time,
        action: r.action,
        actorNames: r.accessor_names === null ? [r.actor_display_name] : (json(r.accessor_names) as string[]),
        actorOrg: r.actor_org_name,
        requestingUnit: r.requesting_unit,
        cameraName: names.get(r.camera_id) ?? r.camera_id,
        rangeFrom: r.range_from,
        rangeTo: r.range_to,
        endedAt: r.ended_at,
        purpose: r.purpose,
        destination: r.destination,
        caseNo: r.case_no,
        recordedBy: r.recorded_by,
      })),
      articles,
      printedAt: now,
    });
    await this.audit.append(
      actorEvent(
        actor,
        'governance.document.print',
        q.cameraId !== undefined ? 'camera' : 'organization',
        q.cameraId ?? orgId,
        {
          document: 'access_register_form',
          from: q.from ?? null,
          to: q.to ?? null,
          entries: rows.length,
          printedOn: chinaDate(now),
        },
      ),
    );
    return pdf;
  }

  private async orgName(id: string): Promise<string> {
    return (
      (await this.db.selectFrom('organizations').select('name').where('id', '=', id).executeTakeFirst())?.name ?? id
    );
  }

  /** The inspection notice with its checklist, as a PDF (printing is audited). */
  async inspectionNotice(actor: Actor, id: string): Promise<Buffer> {
    const row = await this.db.selectFrom('inspections').selectAll().where('id', '=', id).executeTakeFirst();
    // Out of scope answers as not found, like the unit itself.
    await this.registry.getOrganization(actor, row?.org_id ?? `inspection:${id}`, 'print an inspection notice');
    if (row === undefined) {
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `未找到检查 ${id}`, en: `inspection ${id} not found` },
        {},
        404,
      );
    }
    const items = await this.db.selectFrom('inspection_items').selectAll().where('inspection_id', '=', id).execute();
    const unit = await this.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', row.org_id)
      .executeTakeFirstOrThrow();
    let orderRef: string | null = null;
    if (row.order_id !== null) {
      const o = await this.db
        .selectFrom('rectification_orders')
        .select(['id', 'document_no'])
        .where('id', '=', row.order_id)
        .executeTakeFirst();
      orderRef = o?.document_no ?? o?.id ?? null;
    }
    const showHeadingArticles = (json(row.profile_ids) as string[]).includes('tengchong-2017');
    const pdf = await renderInspectionNotice({
      id: row.id,
      kind: row.kind as InspectionNoticeData['kind'],
      status: row.status,
      plannedFor: row.planned_for,
      unit: {
        name: unit.name,
        address: unit.address,
        contactName: unit.contact_name,
        contactPhone: unit.contact_phone,
      },
      inspectorOrg: await this.orgName(row.inspector_org_id),
      inspectors: json(row.inspectors) as string[],
      basis: json(row.basis) as { article: string; statementZh: string }[],
      orderRef,
      notes: row.notes,
      headings: INSPECTION_HEADINGS.map((h) => ({
        titleZh: h.titleZh,
        article: showHeadingArticles ? h.article : null,
        items: items
          .filter((i) => i.heading === h.key)
          .sort((a, b) => a.seq - b.seq)
          .map((i) => ({
            seq: i.seq,
            article: i.article,
            titleZh: i.title_zh,
            knownZh: prefillSummaryZh(i.prefill_state as PrefillState, json(i.prefill) as Prefill),
            result: i.result,
            resultNote: i.result_note,
          })),
      })),
      summary: row.summary,
      completedAt: row.completed_at,
      printedAt: this.clock.now(),
    });
    await this.audit.append(
      actorEvent(actor, 'governance.document.print', 'inspection', id, {
        document: 'inspection_notice',
        bytes: pdf.length,
      }),
    );
    return pdf;
  }

  /** The rectification order as a PDF (printing is audited). */
  async rectificationOrder(actor: Actor, id: string): Promise<Buffer> {
    const row = await this.db.selectFrom('rectification_orders').selectAll().where('id', '=', id).executeTakeFirst();
    await this.registry.getOrganization(
      actor,
      row?.org_id ?? `rectification_order:${id}`,
      'print a rectification order',
    );
    if (row === undefined) throw noOrder(id);
    const inspection = await this.db
      .selectFrom('inspections')
      .select(['planned_for', 'completed_at'])
      .where('id', '=', row.inspection_id)
      .executeTakeFirstOrThrow();
    const pdf = await renderRectificationOrder({
      id: row.id,
      documentNo: row.document_no,
      unitName: await this.orgName(row.org_id),
      issuerOrg: await this.orgName(row.issuer_org_id),
      issuedAt: row.issued_at,
      inspectedOn: inspection.completed_at ?? inspection.planned_for,
      deadline: row.deadline,
      items: json(row.items) as OrderItem[],
      note: row.note,
      printedAt: this.clock.now(),
    });
    await this.audit.append(
      actorEvent(actor, 'governance.document.print', 'rectification_order', id, {
        document: 'rectification_order',
        bytes: pdf.length,
      }),
    );
    return pdf;
  }
}
