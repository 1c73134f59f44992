// Inspections (监督检查) and rectification orders (责令限期改正). The police (and industry
// regulators, for their industry) plan an inspection of a unit in their scope; its checklist is
// generated from the rules in force and pre-filled with what psvis knows; results are recorded
// line by line; the findings become an order with a deadline that a police approver signs; a
// re-inspection closes the order or, past its deadline, escalates it (逾期不改正), which is what
// lets the penalty articles that fine only then apply (decisions.ts). Every change is audited
// with the actor; every refusal is audited with its code.
import { actorEvent, type AuditLog } from '../../audit/audit-log.ts';
import { canonicalJson } from '../../audit/canonical-json.ts';
import { chinaDate } from '../../compliance/calendar.ts';
import { effectiveRulesFor, profilesInForce } from '../../compliance/effective.ts';
import { allRules } from '../../compliance/profiles/index.ts';
import { SUPERVISION_BASES, type Inspector } from '../../compliance/profiles/supervision.ts';
import type { ComplianceService } from '../../compliance/service.ts';
import type { Clock } from '../../clock.ts';
import { newId } from '../../db/ids.ts';
import type { InspectionItemTable, InspectionTable, RectificationOrderTable } from '../../db/schema.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Role } from '../../identity/roles.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { bilingualError, nameOf, ORG_KIND_NAMES } from '../refusal.ts';
import { buildChecklist } from './checklist.ts';
import { subjectNames, unitFacts } from './facts.ts';
import { json, listedOrgIds, profileChainOf, refuse, requireRoleAudited } from './guard.ts';
import {
  inspectionView,
  orderView,
  type ITEM_RESULTS,
  type InspectionView,
  type OrderItem,
  type OrderView,
  type PlanInput,
} from './views.ts';

/** Roles that plan and conduct inspections: the police and industry regulators. */
export const INSPECTOR_ROLES: readonly Role[] = ['admin', 'police_officer', 'police_approver', 'regulator'];
/** Roles that sign rectification orders and penalty decisions (公安机关负责人). */
export const APPROVER_ROLES: readonly Role[] = ['admin', 'police_approver'];
/** Organization kinds an inspection may be of: those that build, run or maintain systems. */
const INSPECTABLE_KINDS = new Set(['unit', 'builder', 'maintainer']);

/** Inspections and rectification orders. */
export class Inspections {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly registry: Registry,
    private readonly compliance: ComplianceService,
  ) {}

  private get db() {
    return this.audit.db;
  }

  private today(): string {
    return chinaDate(this.clock.now());
  }

  /** Plans an inspection of a unit in scope and generates its checklist. */
  async plan(actor: Actor, input: PlanInput): Promise<InspectionView> {
    await requireRoleAudited(
      this.audit,
      actor,
      INSPECTOR_ROLES,
      'governance.inspection.plan',
      { zh: '计划检查', en: 'plan inspections' },
      {
        type: 'organization',
        id: input.orgId,
      },
    );
    const org = await this.registry.getOrganization(actor, input.orgId, 'plan an inspection');
    if (!INSPECTABLE_KINDS.has(org.kind)) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        {
          zh: `检查对象须为建设、使用或维护系统的单位，不能是${nameOf(ORG_KIND_NAMES, org.kind).zh}`,
          en: `an inspection is of a unit that builds, runs or maintains a system, not of a ${org.kind}`,
        },
        { field: 'orgId', kind: org.kind },
      );
    }
    let only: Set<string> | undefined;
    let order: RectificationOrderTable | undefined;
    if (input.kind === 'reinspection') {
      order =
        input.orderId === undefined
          ? undefined
          : await this.db
              .selectFrom('rectification_orders')
              .selectAll()
              .where('id', '=', input.orderId)
              .executeTakeFirst();
      if (order?.org_id !== org.id) {
        throw bilingualError(
          'PSVIS_ERR_VALIDATION',
          {
            zh: '复查须指明其跟进的本单位整改通知（orderId）',
            en: 'a re-inspection names the rectification order of this unit it follows up (orderId)',
          },
          { field: 'orderId' },
        );
      }
      if (order.status === 'rectified') {
        throw bilingualError(
          'PSVIS_ERR_INSPECTION_STATE',
          { zh: '该整改通知已整改完毕', en: 'the order is already rectified' },
          { orderId: order.id },
          409,
        );
      }
      only = new Set((json(order.items) as OrderItem[]).map((i) => i.ruleId));
    } else if (input.orderId !== undefined) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '只有复查才指明整改通知', en: 'only a re-inspection names an order' },
        { field: 'orderId' },
      );
    }

    const now = this.clock.now();
    const chain = await profileChainOf(this.db, org.id);
    const inForce = profilesInForce(chain, now);
    const [evaluated] = await this.compliance.findings([org.id], now);
    const findings = evaluated?.findings ?? [];
    // Rules in force for systems at 国家 第七条 places, and those that bind only the others
    // (国家 第九条第二款 keeps their local floors) where the unit runs such a system.
    const article7 = effectiveRulesFor(chain, now, true);
    const others = effectiveRulesFor(chain, now, false).filter(
      (r) => !article7.some((a) => a.id === r.id) && findings.some((f) => f.ruleId === r.id),
    );
    const rules = [...article7, ...others];
    const names = await subjectNames(
      this.db,
      org.id,
      findings.map((f) => f.subjectRef),
    );
    const items = buildChecklist(rules, findings, names, await unitFacts(this.db, org.id, now), only);
    const inspector: Inspector = actor.role === 'regulator' ? 'regulator' : 'police';
    const inForceIds = new Set(inForce.map((p) => p.id));
    const basis = SUPERVISION_BASES.filter((b) => b.inspector === inspector && inForceIds.has(b.profileId)).map(
      (b) => ({ article: b.article, statementZh: b.statementZh }),
    );

    const id = newId(now.getTime());
    const row: InspectionTable = {
      id,
      org_id: org.id,
      inspector_org_id: actor.orgId,
      kind: input.kind,
      order_id: order?.id ?? null,
      planned_for: input.plannedFor,
      as_of: now.toISOString(),
      profile_ids: JSON.stringify(inForce.map((p) => p.id)),
      basis: JSON.stringify(basis),
      inspectors: JSON.stringify(input.inspectors),
      notes: input.notes ?? null,
      status: 'planned',
      summary: null,
      created_by: actor.userId,
      created_at: now.toISOString(),
      completed_by: null,
      completed_at: null,
    };
    const itemRows: InspectionItemTable[] = items.map((it) => ({
      id: newId(now.getTime()),
      inspection_id: id,
      seq: it.seq,
      heading: it.heading,
      rule_id: it.ruleId,
      article: it.article,
      title_zh: it.titleZh,
      title_en: it.titleEn,
      penalty_article: it.penaltyArticle,
      prefill_state: it.prefillState,
      prefill: canonicalJson(it.prefill),
      result: null,
      result_note: null,
      recorded_by: null,
      recorded_at: null,
    }));
    await this.audit.transaction(async (trx, record) => {
      await trx.insertInto('inspections').values(row).execute();
      if (itemRows.length > 0) await trx.insertInto('inspection_items').values(itemRows).execute();
      await record(
        actorEvent(actor, 'governance.inspection.plan', 'organization', org.id, {
          inspectionId: id,
          kind: input.kind,
          orderId: row.order_id,
          plannedFor: input.plannedFor,
          inspectors: input.inspectors,
          items: itemRows.length,
          basis: basis.map((b) => b.article),
        }),
      );
    });
    return inspectionView(row, itemRows);
  }

  /** An inspection whose unit is in scope (404 otherwise). */
  private async load(actor: Actor, id: string, attempted = 'read'): Promise<InspectionTable> {
    const row = await this.db.selectFrom('inspections').selectAll().where('id', '=', id).executeTakeFirst();
    // Out of scope answers as not found, like the unit itself.
    await this.registry.getOrganization(actor, row?.org_id ?? `inspection:${id}`, attempted);
    if (row === undefined) {
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `未找到检查 ${id}`, en: `inspection ${id} not found` },
        {},
        404,
      );
    }
    return row;
  }

  private async items(inspectionId: string): Promise<InspectionItemTable[]> {
    return this.db.selectFrom('inspection_items').selectAll().where('inspection_id', '=', inspectionId).execute();
  }

  /** One inspection with its checklist. */
  async get(actor: Actor, id: string): Promise<InspectionView> {
    const row = await this.load(actor, id);
    return inspectionView(row, await this.items(id));
  }

  /** Inspections of units in scope, newest first (without their checklists). */
  async list(
    actor: Actor,
    f: { orgId?: string | undefined; status?: string | undefined; limit: number },
  ): Promise<Omit<InspectionView, 'items'>[]> {
    let q = this.db.selectFrom('inspections').selectAll().orderBy('id', 'desc').limit(f.limit);
    const orgIds = await listedOrgIds(this.db, this.registry, actor, f.orgId);
    if (orgIds !== null) q = q.where('org_id', 'in', orgIds);
    if (f.status !== undefined) q = q.where('status', '=', f.status);
    return (await q.execute()).map((r) => {
      const { items: _items, ...rest } = inspectionView(r, []);
      return rest;
    });
  }

  /** Records results of checklist lines of a planned inspection; a non-compliant line needs a note. */
  async recordResults(
    actor: Actor,
    id: string,
    results: readonly { itemId: string; result: (typeof ITEM_RESULTS)[number]; note?: string | undefined }[],
  ): Promise<InspectionView> {
    const row = await this.load(actor, id, 'record inspection results');
    await requireRoleAudited(
      this.audit,
      actor,
      INSPECTOR_ROLES,
      'governance.inspection.results',
      { zh: '登记检查结果', en: 'record inspection results' },
      { type: 'inspection', id: id },
    );
    if (row.status !== 'planned') {
      await refuse(
        this.audit,
        actor,
        'governance.inspection.results',
        { type: 'inspection', id: id },
        bilingualError(
          'PSVIS_ERR_INSPECTION_STATE',
          { zh: '该检查已完成，检查结果不得更改', en: 'the inspection is completed; its results are final' },
          { status: row.status },
          409,
        ),
      );
    }
    const items = await this.items(id);
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const r of results) {
      if (!byId.has(r.itemId)) {
        throw bilingualError(
          'PSVIS_ERR_NOT_FOUND',
          { zh: `检查 ${id} 中没有检查项 ${r.itemId}`, en: `no checklist item ${r.itemId} in inspection ${id}` },
          { itemId: r.itemId },
          404,
        );
      }
      if (r.result === 'non_compliant' && (r.note ?? '').trim() === '') {
        throw bilingualError(
          'PSVIS_ERR_VALIDATION',
          { zh: '不符合的检查项须写明发现的问题', en: 'a non-compliant line needs a note saying what was found' },
          { field: 'note', itemId: r.itemId },
        );
      }
    }
    const nowIso = this.clock.now().toISOString();
    await this.audit.transaction(async (trx, record) => {
      for (const r of results) {
        await trx
          .updateTable('inspection_items')
          .set({ result: r.result, result_note: r.note ?? null, recorded_by: actor.userId, recorded_at: nowIso })
          .where('id', '=', r.itemId)
          .execute();
      }
      await record(
        actorEvent(actor, 'governance.inspection.results', 'inspection', id, {
          results: results.map((r) => ({
            itemId: r.itemId,
            ruleId: byId.get(r.itemId)?.rule_id,
            result: r.result,
            note: r.note ?? null,
          })),
        }),
      );
    });
    return inspectionView(row, await this.items(id));
  }

  /**
   * Completes an inspection once every line has a result. A re-inspection then closes its order
   * when every line it checked is compliant, escalates it when something is still wrong after the
   * deadline (逾期不改正), and leaves it open while the deadline has not passed.
   */
  async complete(
    actor: Actor,
    id: string,
    summary: string | undefined,
  ): Promise<InspectionView & { order: OrderView | null }> {
    const row = await this.load(actor, id, 'complete an inspection');
    await requireRoleAudited(
      this.audit,
      actor,
      INSPECTOR_ROLES,
      'governance.inspection.complete',
      { zh: '完成检查', en: 'complete inspections' },
      { type: 'inspection', id: id },
    );
    if (row.status !== 'planned') {
      await refuse(
        this.audit,
        actor,
        'governance.inspection.complete',
        { type: 'inspection', id: id },
        bilingualError(
          'PSVIS_ERR_INSPECTION_STATE',
          { zh: '该检查已完成', en: 'the inspection is already completed' },
          { status: row.status },
          409,
        ),
      );
    }
    const items = await this.items(id);
    const missing = items.filter((i) => i.result === null);
    if (missing.length > 0) {
      const seqs = missing.map((i) => i.seq).join(', ');
      await refuse(
        this.audit,
        actor,
        'governance.inspection.complete',
        { type: 'inspection', id: id },
        bilingualError(
          'PSVIS_ERR_INSPECTION_INCOMPLETE',
          {
            zh: `还有 ${missing.length} 项未填写检查结果：第 ${seqs} 项`,
            en: `${missing.length} checklist lines have no result yet: ${seqs}`,
          },
          { missing: missing.map((i) => ({ itemId: i.id, seq: i.seq, article: i.article })) },
          409,
        ),
      );
    }
    const now = this.clock.now();
    const nowIso = now.toISOString();
    const done: InspectionTable = {
      ...row,
      status: 'completed',
      summary: summary ?? null,
      completed_by: actor.userId,
      completed_at: nowIso,
    };
    let order: RectificationOrderTable | null = null;
    if (row.kind === 'reinspection' && row.order_id !== null) {
      order =
        (await this.db
          .selectFrom('rectification_orders')
          .selectAll()
          .where('id', '=', row.order_id)
          .executeTakeFirst()) ?? null;
    }
    const stillWrong = items.filter((i) => i.result === 'non_compliant');
    let outcome: 'rectified' | 'escalated' | 'open' | null = null;
    if (order !== null) {
      if (stillWrong.length === 0) outcome = 'rectified';
      else outcome = chinaDate(now) > order.deadline ? 'escalated' : 'open';
    }
    await this.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('inspections')
        .set({ status: 'completed', summary: done.summary, completed_by: actor.userId, completed_at: nowIso })
        .where('id', '=', id)
        .execute();
      await record(
        actorEvent(actor, 'governance.inspection.complete', 'inspection', id, {
          orgId: row.org_id,
          nonCompliant: stillWrong.map((i) => i.article),
          summary: done.summary,
        }),
      );
      if (order !== null && outcome !== null && outcome !== 'open') {
        const closed = outcome === 'rectified';
        await trx
          .updateTable('rectification_orders')
          .set({
            status: outcome,
            closed_at: closed ? nowIso : order.closed_at,
            closed_by_inspection_id: closed ? id : order.closed_by_inspection_id,
          })
          .where('id', '=', order.id)
          .execute();
        await record(
          actorEvent(actor, `governance.order.${outcome}`, 'rectification_order', order.id, {
            inspectionId: id,
            deadline: order.deadline,
            stillWrong: stillWrong.map((i) => i.article),
          }),
        );
        order = { ...order, status: outcome, ...(closed ? { closed_at: nowIso, closed_by_inspection_id: id } : {}) };
      }
    });
    return { ...inspectionView(done, items), order: order === null ? null : orderView(order) };
  }

  /** Issues a rectification order for the non-compliant lines of a completed inspection (police approver). */
  async issueOrder(
    actor: Actor,
    input: {
      inspectionId: string;
      deadline: string;
      itemIds?: string[] | undefined;
      documentNo?: string | undefined;
      note?: string | undefined;
    },
  ): Promise<OrderView> {
    const inspection = await this.load(actor, input.inspectionId, 'issue a rectification order');
    await requireRoleAudited(
      this.audit,
      actor,
      APPROVER_ROLES,
      'governance.order.issue',
      { zh: '签发整改通知', en: 'sign rectification orders' },
      {
        type: 'inspection',
        id: inspection.id,
      },
    );
    if (inspection.status !== 'completed') {
      await refuse(
        this.audit,
        actor,
        'governance.order.issue',
        { type: 'inspection', id: inspection.id },
        bilingualError(
          'PSVIS_ERR_INSPECTION_STATE',
          {
            zh: '请先完成检查，再责令改正其发现的问题',
            en: 'complete the inspection before ordering its findings corrected',
          },
          { status: inspection.status },
          409,
        ),
      );
    }
    const existing = await this.db
      .selectFrom('rectification_orders')
      .select('id')
      .where('inspection_id', '=', inspection.id)
      .executeTakeFirst();
    if (existing !== undefined) {
      throw bilingualError(
        'PSVIS_ERR_CONFLICT',
        { zh: '该检查已签发整改通知', en: 'this inspection already has a rectification order' },
        { orderId: existing.id },
        409,
      );
    }
    if (input.deadline <= this.today()) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        {
          zh: '整改期限须为今天以后的日期（责令限期改正）',
          en: 'the deadline to correct must be a later day (责令限期改正)',
        },
        { field: 'deadline' },
      );
    }
    const items = await this.items(inspection.id);
    const wrong = items.filter((i) => i.result === 'non_compliant');
    const chosen = input.itemIds === undefined ? wrong : wrong.filter((i) => input.itemIds?.includes(i.id));
    if (input.itemIds !== undefined && chosen.length !== input.itemIds.length) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        {
          zh: '整改通知只能包含检查中不符合的项目',
          en: 'an order covers only lines the inspection found non-compliant',
        },
        { field: 'itemIds' },
      );
    }
    if (chosen.length === 0) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        {
          zh: '检查未发现不符合项，无需责令改正',
          en: 'the inspection found nothing non-compliant to order corrected',
        },
        { field: 'itemIds' },
      );
    }
    const rulesById = new Map(allRules().map((r) => [r.id, r]));
    const orderItems: OrderItem[] = chosen
      .sort((a, b) => a.seq - b.seq)
      .map((i) => {
        const pen = rulesById.get(i.rule_id)?.params.penalty;
        return {
          itemId: i.id,
          ruleId: i.rule_id,
          article: i.article,
          titleZh: i.title_zh,
          note: i.result_note,
          penaltyArticle: pen?.article ?? null,
          penaltyTrigger: pen?.trigger ?? null,
          penaltyRangeZh: pen?.rangeZh ?? null,
        };
      });
    const nowIso = this.clock.now().toISOString();
    const row: RectificationOrderTable = {
      id: newId(this.clock.now().getTime()),
      org_id: inspection.org_id,
      inspection_id: inspection.id,
      document_no: input.documentNo ?? null,
      items: JSON.stringify(orderItems),
      deadline: input.deadline,
      note: input.note ?? null,
      status: 'open',
      issuer_org_id: actor.orgId,
      issued_by: actor.userId,
      issued_at: nowIso,
      closed_at: null,
      closed_by_inspection_id: null,
    };
    await this.audit.transaction(async (trx, record) => {
      await trx.insertInto('rectification_orders').values(row).execute();
      await record(
        actorEvent(actor, 'governance.order.issue', 'rectification_order', row.id, {
          orgId: row.org_id,
          inspectionId: inspection.id,
          deadline: row.deadline,
          articles: orderItems.map((i) => i.article),
          documentNo: row.document_no,
        }),
      );
    });
    return orderView(row);
  }

  private async loadOrder(actor: Actor, id: string, attempted = 'read'): Promise<RectificationOrderTable> {
    const row = await this.db.selectFrom('rectification_orders').selectAll().where('id', '=', id).executeTakeFirst();
    await this.registry.getOrganization(actor, row?.org_id ?? `rectification_order:${id}`, attempted);
    if (row === undefined) throw noOrder(id);
    return row;
  }

  /** One order. */
  async getOrder(actor: Actor, id: string): Promise<OrderView> {
    return orderView(await this.loadOrder(actor, id));
  }

  /** Orders of units in scope, newest first. */
  async listOrders(
    actor: Actor,
    f: { orgId?: string | undefined; status?: string | undefined; limit: number },
  ): Promise<OrderView[]> {
    let q = this.db.selectFrom('rectification_orders').selectAll().orderBy('id', 'desc').limit(f.limit);
    const orgIds = await listedOrgIds(this.db, this.registry, actor, f.orgId);
    if (orgIds !== null) q = q.where('org_id', 'in', orgIds);
    if (f.status !== undefined) q = q.where('status', '=', f.status);
    return (await q.execute()).map(orderView);
  }
}

/** PSVIS_ERR_NOT_FOUND for a rectification order that does not exist or lies outside scope. */
export function noOrder(id: string): PsvisError {
  return bilingualError(
    'PSVIS_ERR_NOT_FOUND',
    { zh: `未找到整改通知 ${id}`, en: `rectification order ${id} not found` },
    {},
    404,
  );
}
