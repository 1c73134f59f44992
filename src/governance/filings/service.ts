// The filing (备案) workflow. A unit's manager drafts a filing of a system — first, change, removal
// or pre-existing — and psvis fills what the registry knows (国家 第十四条); the unit adds the
// materials its jurisdiction asks for, names the channel and submits it; psvis addresses it to the
// police office the profile names (县级 for 安徽, 辽宁 and 国家; 区(市) for 青岛; 市公安局 for 腾冲;
// the original office for a 辽宁 change). That office records receipt, schedules the site visit
// (安徽 第十三条第二款: within 30 days), and accepts it or returns it with reasons; a returned filing is
// corrected and resubmitted. Deadlines are the compliance engine's findings; the engine counts a
// submitted, received or accepted filing as filed. Every change is audited, every refusal too.
import { join } from 'node:path';
import { actorEvent, type AuditLog } from '../../audit/audit-log.ts';
import type { Clock } from '../../clock.ts';
import { addDays, chinaDate, deadline } from '../../compliance/calendar.ts';
import type { ComplianceService, OrgFindings } from '../../compliance/service.ts';
import type { FilingChannel, FilingKind, FilingMaterial, Rule } from '../../compliance/types.ts';
import { newId } from '../../db/ids.ts';
import type { Transaction } from 'kysely';
import type { Database, FilingTable } from '../../db/schema.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Role } from '../../identity/roles.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { listedOrgIds } from '../inspections/guard.ts';
import { fillFiling, rulesInForce, type FilingContent } from './content.ts';
import { acceptableMaterial, MAX_MATERIAL_BYTES, storeMaterial } from './materials.ts';
import type { DraftBody, FilingStatus, FilingView, UpdateBody } from './schemas.ts';
import { bilingualError, cite, lawRefusal, nameOf, roleName, type Words } from '../refusal.ts';
import {
  CHANNEL_EN,
  CHANNEL_ZH,
  channelZh,
  filingRuleIds,
  filingTerms,
  MATERIAL_EN,
  materialZh,
  type FilingTermsInForce,
} from './terms.ts';

/** Roles that draft and submit a unit's filings. */
export const FILER_ROLES: readonly Role[] = ['admin', 'unit_manager'];
/** Roles of the receiving police office that handle a filing. */
export const POLICE_HANDLER_ROLES: readonly Role[] = ['admin', 'police_officer', 'police_approver'];
/** States in which the unit may still change a filing. */
const EDITABLE: readonly FilingStatus[] = ['draft', 'returned'];
/** States of a filing not yet accepted: one of each kind per system at a time. */
const OPEN: readonly FilingStatus[] = ['draft', 'submitted', 'received', 'returned'];
/** Most filings a list reads before it filters by deadline. */
const MAX_SCANNED = 5000;

/** A filing's states, as the console names them. */
const STATUS_NAMES: Readonly<Record<string, Words>> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '已提交', en: 'submitted' },
  received: { zh: '已签收', en: 'received' },
  accepted: { zh: '已备案', en: 'accepted' },
  returned: { zh: '已退回', en: 'returned' },
};

/** A filing's kinds, as the console names them. */
const KIND_NAMES: Readonly<Record<string, Words>> = {
  first: { zh: '首次备案', en: 'first filing' },
  change: { zh: '变更备案', en: 'change filing' },
  removal: { zh: '拆除备案', en: 'removal filing' },
  pre_existing: { zh: '存量系统补充备案', en: 'pre-existing system filing' },
};

/** The unit's steps (requireFiler's `action`) and the police's (requireHandler's, requireState's), in Chinese. */
const ACTION_ZH: Readonly<Record<string, string>> = {
  draft: '起草备案',
  update: '修改备案',
  discard: '删除备案草稿',
  upload: '上传备案材料',
  remove: '删除备案材料',
  submit: '提交备案',
  receive: '签收',
  'schedule the site visit of': '安排实地查看',
  'record the site visit of': '登记实地查看',
  schedule: '安排实地查看',
  record: '登记实地查看',
  accept: '予以备案',
  return: '退回',
};

const actionZh = (action: string): string => ACTION_ZH[action] ?? action;

/** Options of the filing workflow. */
export interface FilingsOptions {
  audit: AuditLog;
  clock: Clock;
  registry: Registry;
  compliance: ComplianceService;
  /** Where materials are kept by their SHA-256. */
  materialsDir: string;
}

/** A stored material file. */
export interface MaterialFile {
  path: string;
  contentType: string;
  bytes: number;
  filename: string | null;
}

/** The filing workflow. */
export class Filings {
  constructor(private readonly opts: FilingsOptions) {}

  private get db() {
    return this.opts.audit.db;
  }

  private now(): Date {
    return this.opts.clock.now();
  }

  /** Audits a refusal (`governance.filing.<action>.refused` with its code and details) and returns the error to throw. */
  private async refusal(actor: Actor, action: string, id: string | null, err: PsvisError): Promise<PsvisError> {
    await this.opts.audit.append(
      actorEvent(actor, `governance.filing.${action}.refused`, 'filing', id, { code: err.code, ...err.details }),
    );
    return err;
  }

  private async requireFiler(actor: Actor, action: string, id: string | null): Promise<void> {
    if (FILER_ROLES.includes(actor.role)) return;
    throw await this.refusal(
      actor,
      action,
      id,
      bilingualError(
        'PSVIS_ERR_FORBIDDEN',
        {
          zh: `${roleName(actor.role).zh}不能${actionZh(action)}；由使用单位管理员办理备案`,
          en: `role ${actor.role} may not ${action} a filing; the unit's manager files`,
        },
        { role: actor.role },
        403,
      ),
    );
  }

  /** Only the receiving police office handles a filing (any police office in scope for filings recorded without one). */
  private async requireHandler(actor: Actor, row: FilingTable, action: string): Promise<void> {
    const ok =
      actor.role === 'admin' ||
      (POLICE_HANDLER_ROLES.includes(actor.role) && (row.recipient_org_id ?? actor.orgId) === actor.orgId);
    if (ok) return;
    throw await this.refusal(
      actor,
      action,
      row.id,
      bilingualError(
        'PSVIS_ERR_FORBIDDEN',
        {
          zh: `只有接收该备案的公安机关可以${actionZh(action)}`,
          en: `only the receiving police office may ${action} this filing`,
        },
        { role: actor.role, recipientOrgId: row.recipient_org_id },
        403,
      ),
    );
  }

  private async requireState(
    actor: Actor,
    row: FilingTable,
    allowed: readonly FilingStatus[],
    action: string,
  ): Promise<void> {
    if (allowed.includes(row.status as FilingStatus)) return;
    throw await this.refusal(
      actor,
      action,
      row.id,
      bilingualError(
        'PSVIS_ERR_FILING_STATE',
        {
          zh: `${nameOf(STATUS_NAMES, row.status).zh}的备案不能${actionZh(action)}；须为${allowed.map((a) => nameOf(STATUS_NAMES, a).zh).join('或')}状态`,
          en: `cannot ${action} a ${row.status} filing; only a ${allowed.join(' or ')} one`,
        },
        { status: row.status, allowed },
        409,
      ),
    );
  }

  /** A filing whose system the actor sees; 404 (audited by the registry) otherwise. */
  private async load(actor: Actor, id: string, attempted: string): Promise<FilingTable> {
    const row = await this.db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirst();
    await this.opts.registry.getSystem(actor, row?.system_id ?? `filing:${id}`, attempted);
    if (row === undefined) {
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `未找到备案 ${id}`, en: `filing ${id} not found` },
        { filing: id },
        404,
      );
    }
    return row;
  }

  /** The rules in force for a system on a date (national ones only for 国家 第七条 systems, 第九条第二款). */
  private async rulesFor(row: Pick<FilingTable, 'org_id' | 'system_id'>, asOf: Date): Promise<Rule[]> {
    return rulesInForce(this.db, row.org_id, [row.system_id], asOf);
  }

  private async terms(row: FilingTable): Promise<{ rules: Rule[]; terms: FilingTermsInForce }> {
    const asOf = row.submitted_at !== null && row.status !== 'returned' ? new Date(row.submitted_at) : this.now();
    const rules = await this.rulesFor(row, asOf);
    return { rules, terms: filingTerms(rules, row.kind as FilingKind) };
  }

  /**
   * The police office a filing goes to: for a change where the text says so (辽宁 第十二条) the office
   * that accepted the earlier filing; otherwise the nearest police organization up the unit's
   * jurisdiction chain at the level the most local text names (any level when none does).
   */
  private async recipient(
    orgJurisdictionId: string | null,
    systemId: string,
    terms: FilingTermsInForce,
  ): Promise<{ id: string; name: string } | null> {
    if (terms.recipient.originalOffice) {
      const earlier = await this.db
        .selectFrom('filings')
        .innerJoin('organizations', 'organizations.id', 'filings.recipient_org_id')
        .select(['organizations.id', 'organizations.name'])
        .where('filings.system_id', '=', systemId)
        .where('filings.status', '=', 'accepted')
        .orderBy('filings.id', 'desc')
        .executeTakeFirst();
      if (earlier !== undefined) return earlier;
    }
    const levels = terms.recipient.levels;
    const seen = new Set<string>();
    let at = orgJurisdictionId;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      const j = await this.db
        .selectFrom('jurisdictions')
        .select(['id', 'level', 'parent_id'])
        .where('id', '=', at)
        .executeTakeFirst();
      if (j === undefined) break;
      if (levels === null || levels.includes(j.level as (typeof levels)[number])) {
        const police = await this.db
          .selectFrom('organizations')
          .select(['id', 'name'])
          .where('kind', '=', 'police')
          .where('jurisdiction_id', '=', j.id)
          .orderBy('id')
          .executeTakeFirst();
        if (police !== undefined) return police;
      }
      at = j.parent_id;
    }
    return null;
  }

  /** Appends a step to a filing's history, numbered within the filing. */
  private async addEvent(
    trx: Transaction<Database>,
    filingId: string,
    actor: Actor,
    action: string,
    at: string,
    note: string | null,
  ): Promise<void> {
    const last = await trx
      .selectFrom('filing_events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('filing_id', '=', filingId)
      .executeTakeFirst();
    await trx
      .insertInto('filing_events')
      .values({
        id: newId(Date.parse(at)),
        filing_id: filingId,
        seq: (last?.seq ?? 0) + 1,
        action,
        at,
        user_id: actor.userId,
        user_name: actor.displayName,
        org_id: actor.orgId,
        note,
      })
      .execute();
  }

  /** Drafts a filing of a system in scope, filled from the registry. */
  async draft(actor: Actor, systemId: string, body: DraftBody): Promise<FilingView> {
    const system = await this.opts.registry.getSystem(actor, systemId, 'draft a filing');
    await this.requireFiler(actor, 'draft', null);
    const open = await this.db
      .selectFrom('filings')
      .select(['id', 'status'])
      .where('system_id', '=', system.id)
      .where('kind', '=', body.kind)
      .where('status', 'in', OPEN)
      .executeTakeFirst();
    if (open !== undefined) {
      throw bilingualError(
        'PSVIS_ERR_CONFLICT',
        {
          zh: `该系统已有一份${nameOf(STATUS_NAMES, open.status).zh}的${nameOf(KIND_NAMES, body.kind).zh}，请继续办理该备案`,
          en: `this system already has a ${open.status} ${body.kind} filing; continue that one`,
        },
        { filingId: open.id, status: open.status },
        409,
      );
    }
    const now = this.now();
    const nowIso = now.toISOString();
    const content = await fillFiling(this.db, system.id, now);
    const row: FilingTable = {
      id: newId(now.getTime()),
      system_id: system.id,
      org_id: system.orgId,
      kind: body.kind,
      submitted_at: null,
      notice_given_at: null,
      reference: null,
      channel: body.channel ?? null,
      created_by: actor.userId,
      created_at: nowIso,
      status: 'draft',
      content: JSON.stringify(content),
      filled_at: nowIso,
      terms: null,
      recipient_org_id: null,
      change_summary: body.changeSummary ?? null,
      removal_date: body.removalDate ?? (body.kind === 'removal' ? (system.removedAt?.slice(0, 10) ?? null) : null),
      removal_reason: body.removalReason ?? null,
      notes: body.notes ?? null,
      received_at: null,
      received_by: null,
      visit_planned_for: null,
      visit_scheduled_by: null,
      visited_at: null,
      visit_notes: null,
      decided_at: null,
      decided_by: null,
      decision_note: null,
      updated_at: nowIso,
      submissions: 0,
    };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx.insertInto('filings').values(row).execute();
      await this.addEvent(trx, row.id, actor, 'draft', nowIso, null);
      await record(
        actorEvent(actor, 'governance.filing.draft', 'filing', row.id, {
          ...body,
          systemId: system.id,
          cameras: content.cameras.total,
        }),
      );
    });
    return this.view(row);
  }

  /** Changes a draft or returned filing; the registry's facts are filled again. */
  async update(actor: Actor, id: string, body: UpdateBody): Promise<FilingView> {
    const row = await this.load(actor, id, 'update a filing');
    await this.requireFiler(actor, 'update', id);
    await this.requireState(actor, row, EDITABLE, 'update');
    const now = this.now();
    const next: FilingTable = {
      ...row,
      channel: body.channel ?? row.channel,
      change_summary: body.changeSummary ?? row.change_summary,
      removal_date: body.removalDate ?? row.removal_date,
      removal_reason: body.removalReason ?? row.removal_reason,
      notes: body.notes ?? row.notes,
      content: JSON.stringify(await fillFiling(this.db, row.system_id, now)),
      filled_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('filings')
        .set({
          channel: next.channel,
          change_summary: next.change_summary,
          removal_date: next.removal_date,
          removal_reason: next.removal_reason,
          notes: next.notes,
          content: next.content,
          filled_at: next.filled_at,
          updated_at: next.updated_at,
        })
        .where('id', '=', id)
        .execute();
      await record(actorEvent(actor, 'governance.filing.update', 'filing', id, { ...body }));
    });
    return this.view(next);
  }

  /** Discards a draft that was never submitted. */
  async discard(actor: Actor, id: string): Promise<void> {
    const row = await this.load(actor, id, 'discard a filing');
    await this.requireFiler(actor, 'discard', id);
    if (row.status !== 'draft' || (row.submissions ?? 0) > 0) {
      throw await this.refusal(
        actor,
        'discard',
        id,
        bilingualError(
          'PSVIS_ERR_FILING_STATE',
          {
            zh: '只有从未提交过的草稿可以删除；提交过的备案须留档',
            en: 'only a draft never submitted can be discarded; a submitted filing stays on record',
          },
          { status: row.status, submissions: row.submissions ?? 0 },
          409,
        ),
      );
    }
    await this.opts.audit.transaction(async (trx, record) => {
      await trx.deleteFrom('filing_materials').where('filing_id', '=', id).execute();
      await trx.deleteFrom('filing_events').where('filing_id', '=', id).execute();
      await trx.deleteFrom('filings').where('id', '=', id).execute();
      await record(
        actorEvent(actor, 'governance.filing.discard', 'filing', id, { systemId: row.system_id, kind: row.kind }),
      );
    });
  }

  /** Adds a material file (PDF, JPEG, PNG or a zip container) to a draft or returned filing. */
  async uploadMaterial(
    actor: Actor,
    id: string,
    kind: FilingMaterial,
    file: { bytes: Buffer; contentType: string; filename: string | null },
  ): Promise<FilingView> {
    const row = await this.load(actor, id, 'upload a filing material');
    await this.requireFiler(actor, 'upload', id);
    await this.requireState(actor, row, EDITABLE, 'upload');
    if (!acceptableMaterial(file.bytes, file.contentType)) {
      throw await this.refusal(
        actor,
        'upload',
        id,
        bilingualError(
          'PSVIS_ERR_FILING_MATERIAL',
          {
            zh: `材料须为不超过 ${MAX_MATERIAL_BYTES / 1024 / 1024} MiB 的 PDF、JPEG、PNG、zip 或 .docx 文件，且内容与其类型相符`,
            en: `a material must be a PDF, JPEG, PNG, zip or .docx file of at most ${MAX_MATERIAL_BYTES / 1024 / 1024} MiB whose bytes match its content type`,
          },
          { kind, contentType: file.contentType, bytes: file.bytes.length },
          415,
        ),
      );
    }
    const sha256 = await storeMaterial(this.opts.materialsDir, file.bytes);
    const nowIso = this.now().toISOString();
    const material = {
      id: newId(this.now().getTime()),
      filing_id: id,
      kind,
      sha256,
      bytes: file.bytes.length,
      content_type: file.contentType,
      filename: file.filename,
      uploaded_by: actor.userId,
      uploaded_at: nowIso,
      removed_at: null,
    };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx.insertInto('filing_materials').values(material).execute();
      await trx.updateTable('filings').set({ updated_at: nowIso }).where('id', '=', id).execute();
      await record(
        actorEvent(actor, 'governance.filing.material.upload', 'filing', id, {
          materialId: material.id,
          kind,
          sha256,
          bytes: material.bytes,
          contentType: file.contentType,
          filename: file.filename,
        }),
      );
    });
    return this.view({ ...row, updated_at: nowIso });
  }

  /** Takes a material off a draft or returned filing (the stored file stays: it may have been filed before). */
  async removeMaterial(actor: Actor, id: string, materialId: string): Promise<FilingView> {
    const row = await this.load(actor, id, 'remove a filing material');
    await this.requireFiler(actor, 'remove', id);
    await this.requireState(actor, row, EDITABLE, 'update');
    const nowIso = this.now().toISOString();
    const gone = await this.opts.audit.transaction(async (trx, record) => {
      const r = await trx
        .updateTable('filing_materials')
        .set({ removed_at: nowIso })
        .where('id', '=', materialId)
        .where('filing_id', '=', id)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return false;
      await trx.updateTable('filings').set({ updated_at: nowIso }).where('id', '=', id).execute();
      await record(actorEvent(actor, 'governance.filing.material.remove', 'filing', id, { materialId }));
      return true;
    });
    if (!gone) throw noMaterial(id, materialId);
    return this.view({ ...row, updated_at: nowIso });
  }

  /** A material file of a filing the actor sees. */
  async material(actor: Actor, id: string, materialId: string): Promise<MaterialFile> {
    await this.load(actor, id, 'read a filing material');
    const m = await this.db
      .selectFrom('filing_materials')
      .selectAll()
      .where('id', '=', materialId)
      .where('filing_id', '=', id)
      .executeTakeFirst();
    if (m === undefined) throw noMaterial(id, materialId);
    return {
      path: join(this.opts.materialsDir, m.sha256),
      contentType: m.content_type,
      bytes: m.bytes,
      filename: m.filename,
    };
  }

  /**
   * Submits a draft, or resubmits a returned filing: the registry's facts are filled as they stand,
   * the channel must be one the texts name, the materials they ask for must be there, and the
   * filing is addressed to the receiving police office.
   */
  async submit(actor: Actor, id: string, channelIn: FilingChannel | undefined): Promise<FilingView> {
    const row = await this.load(actor, id, 'submit a filing');
    await this.requireFiler(actor, 'submit', id);
    await this.requireState(actor, row, EDITABLE, 'submit');
    const now = this.now();
    const nowIso = now.toISOString();
    const rules = await this.rulesFor(row, now);
    const terms = filingTerms(rules, row.kind as FilingKind);
    const channel = channelIn ?? (row.channel as FilingChannel | null);
    if (channel === null) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '请选择备案途径（channel）', en: 'name the channel the filing goes by (channel)' },
        { field: 'channel', allowed: terms.channels.allowed },
      );
    }
    const allowed = terms.channels.allowed;
    if (allowed !== null && !allowed.includes(channel)) {
      throw await this.refusal(
        actor,
        'submit',
        id,
        lawRefusal(
          'PSVIS_ERR_FILING_CHANNEL',
          {
            zh: `${cite(terms.channels.articles)}：备案途径为${allowed.map((c) => CHANNEL_ZH[c]).join('、')}，不含${CHANNEL_ZH[channel]}`,
            en: `${cite(terms.channels.articles)}: a filing goes by ${allowed.map((c) => CHANNEL_EN[c]).join(', ')}, not ${CHANNEL_EN[channel]}`,
          },
          terms.channels.articles,
          { channel, allowed },
        ),
      );
    }
    const provided = new Set(
      (
        await this.db
          .selectFrom('filing_materials')
          .select('kind')
          .where('filing_id', '=', id)
          .where('removed_at', 'is', null)
          .execute()
      ).map((m) => m.kind),
    );
    const missing = terms.materials.filter((m) => !m.generated && !provided.has(m.code));
    if (missing.length > 0) {
      const articles = [...new Set(missing.flatMap((m) => m.articles))];
      throw await this.refusal(
        actor,
        'submit',
        id,
        lawRefusal(
          'PSVIS_ERR_FILING_MATERIALS',
          {
            zh: `${cite(articles)}：备案须附${missing.map((m) => m.nameZh).join('、')}；请上传（PUT /api/v1/filings/${id}/materials/:kind）`,
            en: `${cite(articles)}: the filing needs the ${missing.map((m) => MATERIAL_EN[m.code]).join(', ')}; upload them (PUT /api/v1/filings/${id}/materials/:kind)`,
          },
          articles,
          { missing: missing.map((m) => ({ code: m.code, nameZh: m.nameZh, articles: m.articles })) },
        ),
      );
    }
    if (row.kind === 'change' && row.change_summary === null) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '变更备案须写明变更内容（changeSummary）', en: 'a change filing says what changed (changeSummary)' },
        { field: 'changeSummary' },
      );
    }
    if (row.kind === 'removal' && row.removal_date === null) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '拆除备案须写明拆除日期（removalDate）', en: 'a removal filing names the day of removal (removalDate)' },
        { field: 'removalDate' },
      );
    }
    const org = await this.db
      .selectFrom('organizations')
      .select('jurisdiction_id')
      .where('id', '=', row.org_id)
      .executeTakeFirstOrThrow();
    const recipient = await this.recipient(org.jurisdiction_id, row.system_id, terms);
    if (recipient === null) {
      // The article naming the receiving organ, or (none naming one) the filing articles in force.
      const articles = terms.recipient.article === null ? terms.articles : [terms.recipient.article];
      const who = terms.recipient.nameZh === null ? '' : `（${terms.recipient.nameZh}）`;
      throw await this.refusal(
        actor,
        'submit',
        id,
        lawRefusal(
          'PSVIS_ERR_NO_RECIPIENT',
          {
            zh: `${cite(articles)}：系统中没有登记接收该备案的公安机关${who}；请管理员登记`,
            en: `${cite(articles)}: no police organization to receive it is registered${who}; an administrator registers it`,
          },
          articles,
          { levels: terms.recipient.levels, recipientZh: terms.recipient.nameZh },
          409,
        ),
      );
    }
    const content = await fillFiling(this.db, row.system_id, now);
    const submissions = (row.submissions ?? 0) + 1;
    const next: FilingTable = {
      ...row,
      status: 'submitted',
      channel,
      content: JSON.stringify(content),
      filled_at: nowIso,
      terms: JSON.stringify(terms),
      recipient_org_id: recipient.id,
      submitted_at: nowIso,
      // The removal filing is the notice 安徽 第十五条 asks for.
      notice_given_at: row.kind === 'removal' ? nowIso : row.notice_given_at,
      submissions,
      received_at: null,
      received_by: null,
      visit_planned_for: null,
      visit_scheduled_by: null,
      visited_at: null,
      visit_notes: null,
      decided_at: null,
      decided_by: null,
      decision_note: null,
      updated_at: nowIso,
    };
    await this.opts.audit.transaction(async (trx, record) => {
      const { id: _id, ...changes } = next;
      await trx.updateTable('filings').set(changes).where('id', '=', id).execute();
      await this.addEvent(trx, id, actor, 'submit', nowIso, CHANNEL_ZH[channel]);
      await record(
        actorEvent(actor, 'governance.filing.submit', 'filing', id, {
          systemId: row.system_id,
          kind: row.kind,
          channel,
          recipientOrgId: recipient.id,
          submissions,
          articles: terms.articles,
          cameras: content.cameras.total,
        }),
      );
    });
    return this.view(next);
  }

  /** The receiving office records receipt. */
  async receive(actor: Actor, id: string, note: string | undefined): Promise<FilingView> {
    const row = await this.load(actor, id, 'receive a filing');
    await this.requireHandler(actor, row, 'receive');
    await this.requireState(actor, row, ['submitted'], 'receive');
    const nowIso = this.now().toISOString();
    const next = { ...row, status: 'received', received_at: nowIso, received_by: actor.userId, updated_at: nowIso };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('filings')
        .set({ status: next.status, received_at: nowIso, received_by: actor.userId, updated_at: nowIso })
        .where('id', '=', id)
        .execute();
      await this.addEvent(trx, id, actor, 'receive', nowIso, note ?? null);
      await record(actorEvent(actor, 'governance.filing.receive', 'filing', id, { note: note ?? null }));
    });
    return this.view(next);
  }

  /** The receiving office schedules the site visit; where a text sets a period, within it. */
  async scheduleVisit(actor: Actor, id: string, plannedFor: string, note: string | undefined): Promise<FilingView> {
    const row = await this.load(actor, id, 'schedule a site visit');
    await this.requireHandler(actor, row, 'schedule the site visit of');
    await this.requireState(actor, row, ['received'], 'schedule');
    const today = chinaDate(this.now());
    if (plannedFor < today) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '实地查看须安排在今天或以后', en: 'a site visit is scheduled for today or a later day' },
        { field: 'plannedFor' },
      );
    }
    const { terms } = await this.terms(row);
    const due = this.visitDue(row, terms);
    if (due !== null && terms.siteVisit !== null && plannedFor > due) {
      throw await this.refusal(
        actor,
        'visit.schedule',
        id,
        lawRefusal(
          'PSVIS_ERR_FILING_VISIT_DEADLINE',
          {
            zh: `${terms.siteVisit.article}：公安机关须在收到备案后 ${terms.siteVisit.days} 日内实地查看，即不晚于 ${due}`,
            en: `${terms.siteVisit.article}: the police visit the site within ${terms.siteVisit.days} days of receiving the filing, by ${due}`,
          },
          [terms.siteVisit.article],
          { days: terms.siteVisit.days, dueDate: due, plannedFor },
        ),
      );
    }
    const nowIso = this.now().toISOString();
    const next = { ...row, visit_planned_for: plannedFor, visit_scheduled_by: actor.userId, updated_at: nowIso };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('filings')
        .set({ visit_planned_for: plannedFor, visit_scheduled_by: actor.userId, updated_at: nowIso })
        .where('id', '=', id)
        .execute();
      await this.addEvent(
        trx,
        id,
        actor,
        'schedule_visit',
        nowIso,
        note === undefined ? plannedFor : `${plannedFor} ${note}`,
      );
      await record(
        actorEvent(actor, 'governance.filing.visit.schedule', 'filing', id, {
          plannedFor,
          dueDate: due,
          article: terms.siteVisit?.article ?? null,
          note: note ?? null,
        }),
      );
    });
    return this.view(next);
  }

  /** The receiving office records the site visit (实地查看、指导) and what it found. */
  async recordVisit(actor: Actor, id: string, visitedAt: string, notes: string): Promise<FilingView> {
    const row = await this.load(actor, id, 'record a site visit');
    await this.requireHandler(actor, row, 'record the site visit of');
    await this.requireState(actor, row, ['received'], 'record');
    const today = chinaDate(this.now());
    const received = row.received_at === null ? today : chinaDate(new Date(row.received_at));
    if (visitedAt > today || visitedAt < received) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '实地查看日期须在签收日与今天之间', en: 'the visit day lies between receipt and today' },
        { field: 'visitedAt', receivedOn: received },
      );
    }
    const nowIso = this.now().toISOString();
    const next = { ...row, visited_at: visitedAt, visit_notes: notes, updated_at: nowIso };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('filings')
        .set({ visited_at: visitedAt, visit_notes: notes, updated_at: nowIso })
        .where('id', '=', id)
        .execute();
      await this.addEvent(trx, id, actor, 'record_visit', nowIso, `${visitedAt} ${notes}`);
      await record(actorEvent(actor, 'governance.filing.visit.record', 'filing', id, { visitedAt, notes }));
    });
    return this.view(next);
  }

  /** The receiving office accepts a received filing, optionally giving it a number (备案编号). */
  async accept(
    actor: Actor,
    id: string,
    body: { reference?: string | undefined; note?: string | undefined },
  ): Promise<FilingView> {
    const row = await this.load(actor, id, 'accept a filing');
    await this.requireHandler(actor, row, 'accept');
    await this.requireState(actor, row, ['received'], 'accept');
    const nowIso = this.now().toISOString();
    const next = {
      ...row,
      status: 'accepted',
      reference: body.reference ?? row.reference,
      decided_at: nowIso,
      decided_by: actor.userId,
      decision_note: body.note ?? null,
      updated_at: nowIso,
    };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('filings')
        .set({
          status: next.status,
          reference: next.reference,
          decided_at: nowIso,
          decided_by: actor.userId,
          decision_note: next.decision_note,
          updated_at: nowIso,
        })
        .where('id', '=', id)
        .execute();
      await this.addEvent(trx, id, actor, 'accept', nowIso, body.note ?? next.reference);
      await record(
        actorEvent(actor, 'governance.filing.accept', 'filing', id, {
          reference: next.reference,
          note: body.note ?? null,
        }),
      );
    });
    return this.view(next);
  }

  /** The receiving office returns a filing with its reasons; the unit corrects and resubmits it. */
  async returnFiling(actor: Actor, id: string, reasons: string): Promise<FilingView> {
    const row = await this.load(actor, id, 'return a filing');
    await this.requireHandler(actor, row, 'return');
    await this.requireState(actor, row, ['submitted', 'received'], 'return');
    const nowIso = this.now().toISOString();
    const next = {
      ...row,
      status: 'returned',
      decided_at: nowIso,
      decided_by: actor.userId,
      decision_note: reasons,
      updated_at: nowIso,
    };
    await this.opts.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('filings')
        .set({
          status: 'returned',
          decided_at: nowIso,
          decided_by: actor.userId,
          decision_note: reasons,
          updated_at: nowIso,
        })
        .where('id', '=', id)
        .execute();
      await this.addEvent(trx, id, actor, 'return', nowIso, reasons);
      await record(actorEvent(actor, 'governance.filing.return', 'filing', id, { reasons }));
    });
    return this.view(next);
  }

  /** One filing. */
  async get(actor: Actor, id: string): Promise<FilingView> {
    return this.view(await this.load(actor, id, 'read a filing'));
  }

  /** Filings of units in scope, newest first. */
  async list(
    actor: Actor,
    q: {
      orgId?: string | undefined;
      systemId?: string | undefined;
      status?: FilingStatus | undefined;
      kind?: string | undefined;
      awaitingMe?: boolean;
      overdue?: boolean;
      limit: number;
    },
  ): Promise<FilingView[]> {
    const orgIds = await listedOrgIds(this.db, this.opts.registry, actor, q.orgId);
    if (q.systemId !== undefined) await this.opts.registry.getSystem(actor, q.systemId);
    let sel = this.db
      .selectFrom('filings')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(q.overdue === true ? MAX_SCANNED : q.limit);
    if (orgIds !== null) sel = sel.where('org_id', 'in', orgIds);
    if (q.systemId !== undefined) sel = sel.where('system_id', '=', q.systemId);
    if (q.status !== undefined) sel = sel.where('status', '=', q.status);
    if (q.kind !== undefined) sel = sel.where('kind', '=', q.kind);
    if (q.awaitingMe === true) {
      sel = sel.where('recipient_org_id', '=', actor.orgId).where('status', 'in', ['submitted', 'received']);
    }
    const rows = await sel.execute();
    const findings = await this.opts.compliance.findings([...new Set(rows.map((r) => r.org_id))], this.now());
    const views: FilingView[] = [];
    for (const row of rows) {
      const v = await this.view(row, findings);
      if (q.overdue === true && !(v.deadline.overdue || v.siteVisit.overdue)) continue;
      views.push(v);
      if (views.length >= q.limit) break;
    }
    return views;
  }

  /** The last day of the site visit, counted from receipt, or null. */
  private visitDue(row: FilingTable, terms: FilingTermsInForce): string | null {
    if (terms.siteVisit === null || row.received_at === null) return null;
    return deadline(chinaDate(new Date(row.received_at)), terms.siteVisit.days, this.opts.compliance.calendar);
  }

  /** The API view of a filing; `findings` when the caller has them for the unit already. */
  private async view(row: FilingTable, findings?: readonly OrgFindings[]): Promise<FilingView> {
    const { rules, terms } = await this.terms(row);
    const names = await this.db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('id', 'in', [row.org_id, row.recipient_org_id ?? row.org_id])
      .execute();
    const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? '';
    const system = await this.db
      .selectFrom('systems')
      .select('name')
      .where('id', '=', row.system_id)
      .executeTakeFirst();
    const materials = await this.db
      .selectFrom('filing_materials')
      .selectAll()
      .where('filing_id', '=', row.id)
      .where('removed_at', 'is', null)
      .orderBy('id')
      .execute();
    const events = await this.db
      .selectFrom('filing_events')
      .selectAll()
      .where('filing_id', '=', row.id)
      .orderBy('seq')
      .execute();
    const orgFindings = findings ?? (await this.opts.compliance.findings([row.org_id], this.now()));
    const ruleIds = filingRuleIds(rules, row.kind as FilingKind);
    const due = (orgFindings.find((o) => o.orgId === row.org_id)?.findings ?? []).filter(
      (f) => f.subjectRef === row.system_id && ruleIds.has(f.ruleId),
    );
    const today = chinaDate(this.now());
    const visitDue = this.visitDue(row, terms);
    const provided = new Set(materials.map((m) => m.kind));
    const notice = terms.notice;
    const latest = notice !== null && row.removal_date !== null ? addDays(row.removal_date, -notice.daysBefore) : null;
    const givenAt = row.notice_given_at === null ? null : chinaDate(new Date(row.notice_given_at));
    return {
      id: row.id,
      orgId: row.org_id,
      orgName: nameOf(row.org_id),
      systemId: row.system_id,
      systemName: system?.name ?? '',
      kind: row.kind,
      status: row.status as FilingStatus,
      channel: row.channel,
      channelZh: row.channel === null ? null : channelZh(row.channel),
      reference: row.reference,
      changeSummary: row.change_summary,
      removalDate: row.removal_date,
      removalReason: row.removal_reason,
      notes: row.notes,
      content: row.content === null ? null : (JSON.parse(row.content) as FilingContent),
      filledAt: row.filled_at,
      terms: {
        articles: terms.articles,
        materials: terms.materials.map((m) => ({ ...m, provided: m.generated || provided.has(m.code) })),
        channels: terms.channels,
        recipient: terms.recipient,
      },
      materials: materials.map((m) => ({
        id: m.id,
        kind: m.kind,
        nameZh: materialZh(m.kind),
        sha256: m.sha256,
        bytes: m.bytes,
        contentType: m.content_type,
        filename: m.filename,
        uploadedBy: m.uploaded_by,
        uploadedAt: m.uploaded_at,
      })),
      recipient:
        row.recipient_org_id === null ? null : { orgId: row.recipient_org_id, name: nameOf(row.recipient_org_id) },
      submittedAt: row.submitted_at,
      submissions: row.submissions ?? (row.submitted_at === null ? 0 : 1),
      receivedAt: row.received_at,
      deadline: {
        findings: due.map((f) => ({
          ruleId: f.ruleId,
          article: f.article,
          state: f.state,
          dueDate: f.dueDate ?? null,
          noteZh: f.noteZh ?? null,
        })),
        overdue: due.some((f) => f.state === 'overdue' || f.state === 'violated'),
      },
      siteVisit: {
        article: terms.siteVisit?.article ?? null,
        days: terms.siteVisit?.days ?? null,
        dueDate: visitDue,
        plannedFor: row.visit_planned_for,
        visitedAt: row.visited_at,
        notes: row.visit_notes,
        overdue:
          visitDue !== null &&
          row.visited_at === null &&
          today > visitDue &&
          (row.status === 'received' || row.status === 'accepted'),
      },
      notice:
        notice === null || row.kind !== 'removal'
          ? null
          : {
              article: notice.article,
              daysBefore: notice.daysBefore,
              latestDate: latest,
              givenAt,
              inTime: latest === null || givenAt === null ? null : givenAt <= latest,
            },
      decision:
        row.decided_at === null || row.decided_by === null
          ? null
          : { at: row.decided_at, by: row.decided_by, note: row.decision_note },
      events: events.map((e) => ({ action: e.action, at: e.at, userName: e.user_name, orgId: e.org_id, note: e.note })),
      createdBy: row.created_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at ?? row.created_at,
    };
  }
}

/** PSVIS_ERR_NOT_FOUND for a material a filing does not have (or no longer has). */
function noMaterial(id: string, materialId: string): PsvisError {
  return bilingualError(
    'PSVIS_ERR_NOT_FOUND',
    { zh: `备案 ${id} 没有材料 ${materialId}`, en: `filing ${id} has no material ${materialId}` },
    {},
    404,
  );
}
