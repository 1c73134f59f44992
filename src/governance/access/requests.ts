// Access requests: an organ's request to view, copy or retrieve footage (查阅、复制、调取), to
// connect to a unit's system (接入、直接使用), or a citizen's request a unit records. Each is
// routed by the jurisdiction's profile to the one role and organ level that may approve it, and
// every step and every refusal is audited with the article it rests on.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { actorEvent } from '../../audit/audit-log.ts';
import { canonicalJson } from '../../audit/canonical-json.ts';
import type { Clock } from '../../clock.ts';
import type { AccessKind, CredentialKind, OrganLevel, RequesterKind } from '../../compliance/types.ts';
import { newId } from '../../db/ids.ts';
import type { Database } from '../../db/schema.ts';
import { TEXT_SHORT_NAMES } from '../../compliance/citation.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { profileChain, scopeOrgIds } from '../../registry/scoping.ts';
import {
  bilingualError,
  cite,
  eitherOf,
  lawRefusal,
  levelsOf,
  nameOf,
  ORG_KIND_NAMES,
  roleName,
  type Words,
} from '../refusal.ts';
import {
  ACCESS_KIND_NAMES,
  CITIZEN_DESK_ROLES,
  CREDENTIAL_NAMES,
  DEFAULT_GRANT_MS,
  EMERGENCY_GRANT_MS,
  MAX_GRANT_MS,
  MAX_ITEM_RANGE_MS,
  MAX_SCAN_BYTES,
  OFFICER_ROLES,
  RELATION_NAMES,
  RELATION_ZH,
  REQUESTER_NAMES,
  REQUESTER_ORG_KINDS,
  SCAN_TYPES,
} from './policy.ts';
import {
  approverLevels,
  approverRole,
  chooseRoute,
  personsRule,
  registerFields,
  scopeArticles,
  type ChosenRoute,
  type PersonsRule,
} from './routing.ts';
import type { ApproveBody, ConsentBody, CreateBody, RequestView } from './schemas.ts';
import { emergencyUnapproved, type AccessStore, type LoadedRequest, type StoredRoute } from './store.ts';

type AuthorityBody = Exclude<CreateBody, { type: 'citizen' }>;
type CitizenBody = Extract<CreateBody, { type: 'citizen' }>;

/** A scan of an approval document as stored. */
export interface ScanFile {
  path: string;
  contentType: string;
  filename: string | null;
  bytes: number;
}

/** Filters of the request list. */
export interface ListFilter {
  status?: string | undefined;
  type?: string | undefined;
  awaitingMe?: boolean | undefined;
  emergencyUnapproved?: boolean | undefined;
  limit: number;
}

/** Options of the request service. */
export interface AccessRequestsOptions {
  store: AccessStore;
  clock: Clock;
  registry: Registry;
  /** Where approval document scans are kept, named by their SHA-256. */
  documentsDir: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A request's state in both languages. */
const STATUS_NAMES: Readonly<Record<string, Words>> = {
  pending: { zh: '待审批', en: 'pending' },
  approved: { zh: '已批准', en: 'approved' },
  refused: { zh: '已拒绝', en: 'refused' },
  revoked: { zh: '已撤销', en: 'revoked' },
};

/** "it is approved", in both languages. */
const itIs = (status: string): Words => ({
  zh: `申请当前状态为${nameOf(STATUS_NAMES, status).zh}`,
  en: `it is ${status}`,
});

/** The steps a state refusal names, in Chinese (the English is the audited `attempted`). */
const ATTEMPTED_ZH: Readonly<Record<string, string>> = {
  'approve access request': '批准访问申请',
  'consent to citizen request': '同意公民的查阅申请',
  'refuse access request': '拒绝访问申请',
  'revoke access grant': '撤销访问授权',
  'upload approval document': '上传批准文件',
};

/** Creating, routing, deciding and listing access requests. */
export class AccessRequests {
  constructor(private readonly opts: AccessRequestsOptions) {}

  private get store(): AccessStore {
    return this.opts.store;
  }

  private get db(): Kysely<Database> {
    return this.opts.store.db;
  }

  private now(): Date {
    return this.opts.clock.now();
  }

  /** Records a request; it is routed at once to the approver the jurisdiction's profile names. */
  async create(actor: Actor, body: CreateBody): Promise<RequestView> {
    return body.type === 'citizen' ? this.createCitizen(actor, body) : this.createAuthority(actor, body);
  }

  private async createAuthority(actor: Actor, body: AuthorityBody): Promise<RequestView> {
    const attempted = `request ${body.type === 'footage' ? 'footage access' : 'direct connection'}`;
    const orgTarget = { type: 'organization', id: actor.orgId };
    if (!OFFICER_ROLES.has(actor.role)) {
      throw await this.store.refusal(
        actor,
        bilingualError(
          'PSVIS_ERR_FORBIDDEN',
          {
            zh: `${roleName(actor.role).zh}不能${body.type === 'footage' ? '申请查阅、复制、调取视频图像' : '申请接入系统'}；由申请机关的公安民警或行业主管部门工作人员提出`,
            en: `role ${actor.role} may not ${attempted}; the requesting organ's officers (police_officer, regulator) do`,
          },
          { role: actor.role },
          403,
        ),
        orgTarget,
        attempted,
      );
    }
    const organ = await this.db
      .selectFrom('organizations')
      .select(['id', 'name', 'kind', 'jurisdiction_id'])
      .where('id', '=', actor.orgId)
      .executeTakeFirstOrThrow();
    if (!REQUESTER_ORG_KINDS[body.requesterKind].includes(organ.kind)) {
      throw await this.store.refusal(
        actor,
        bilingualError(
          'PSVIS_ERR_VALIDATION',
          {
            zh: `${nameOf(ORG_KIND_NAMES, organ.kind).zh}不能以${nameOf(REQUESTER_NAMES, body.requesterKind).zh}的名义申请；须为${eitherOf(REQUESTER_ORG_KINDS[body.requesterKind].map((k) => nameOf(ORG_KIND_NAMES, k))).zh}`,
            en: `a ${organ.kind} organization cannot ask as ${body.requesterKind}; one of ${REQUESTER_ORG_KINDS[body.requesterKind].join(', ')} can`,
          },
          { field: 'requesterKind', orgKind: organ.kind },
          400,
        ),
        orgTarget,
        attempted,
      );
    }
    const accessKind: AccessKind = body.type === 'footage' ? body.accessKind : 'connect';
    const wanted =
      body.type === 'footage'
        ? body.items.map((i) => ({ cameraId: i.cameraId, fromMs: Date.parse(i.from), toMs: Date.parse(i.to) }))
        : [...new Set(body.cameraIds)].map((cameraId) => ({ cameraId, fromMs: null, toMs: null }));
    const { unitOrgId, items } = await this.cameras(actor, wanted, attempted);
    const now = this.now();
    const profileIds = await this.unitProfiles(unitOrgId);
    if (body.type === 'footage' && body.accessKind !== 'view' && body.destination === undefined) {
      // The texts in force that name 去向 in the register (安徽 第十七条第二款(二), 腾冲 第二十四条(四));
      // where none does, the register articles in force (国家 第十六条第二款(三)).
      const fields = registerFields(profileIds, now);
      const naming = fields.find((f) => f.field === 'destination')?.articles ?? [];
      const articles = naming.length > 0 ? naming : fields.flatMap((f) => f.articles);
      throw await this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_PURPOSE_REQUIRED',
          {
            zh: `${nameOf(ACCESS_KIND_NAMES, body.accessKind).zh}须写明去向，以便登记（${cite(articles)}）`,
            en: `${body.accessKind} needs a destination (去向) for the access register (${cite(articles)})`,
          },
          articles,
          { missing: ['destination'] },
          400,
        ),
        orgTarget,
        attempted,
      );
    }
    const route = await this.route(actor, profileIds, now, body.requesterKind, accessKind, orgTarget, attempted);
    const persons = personsRule(profileIds, now);
    const officers = await this.officers(actor, body.officers, persons, route, attempted);
    const approverOrgIds = await this.approverOrgs(actor, route, organ, unitOrgId, attempted);
    const requestedUntil = this.until(body.validUntil, now);
    const emergency = body.requesterKind === 'emergency';
    // 'none': the text gives the right (威海 第二十五条 查阅; 青岛 第二十三条第三款); an emergency on an
    // approve-after route (国家 第二十条) starts now and stays flagged until approved.
    const startsNow = route.approval.by === 'none' || (emergency && route.approveAfter);
    const validUntil = startsNow
      ? (requestedUntil ?? iso(now.getTime() + (route.approval.by === 'none' ? DEFAULT_GRANT_MS : EMERGENCY_GRANT_MS)))
      : null;
    const id = await this.insert(actor, {
      type: body.type,
      status: route.approval.by === 'none' ? 'approved' : 'pending',
      requesterKind: body.requesterKind,
      requestingOrgId: organ.id,
      requestingUnit: organ.name,
      unitOrgId,
      accessKind,
      legalBasis: body.legalBasis,
      purpose: body.purpose,
      caseNo: body.caseNo ?? null,
      destination: body.type === 'footage' ? (body.destination ?? null) : null,
      certificateRef: body.certificateRef ?? null,
      emergency,
      citizen: null,
      profileIds,
      route,
      persons,
      approverOrgIds,
      requestedUntil,
      validFrom: startsNow ? now.toISOString() : null,
      validUntil,
      items,
      officers,
    });
    return this.get(actor, id);
  }

  private async createCitizen(actor: Actor, body: CitizenBody): Promise<RequestView> {
    const attempted = 'record a citizen access request';
    if (!CITIZEN_DESK_ROLES.has(actor.role)) {
      throw await this.store.refusal(
        actor,
        bilingualError(
          'PSVIS_ERR_FORBIDDEN',
          {
            zh: `${roleName(actor.role).zh}不能登记公民的查阅申请；由本单位管理员或值班操作员登记`,
            en: `role ${actor.role} may not record a citizen's request; the unit's manager or operator does`,
          },
          { role: actor.role },
          403,
        ),
        { type: 'organization', id: actor.orgId },
        attempted,
      );
    }
    const wanted = body.items.map((i) => ({
      cameraId: i.cameraId,
      fromMs: Date.parse(i.from),
      toMs: Date.parse(i.to),
    }));
    const { unitOrgId, items } = await this.cameras(actor, wanted, attempted);
    const target = { type: 'organization', id: unitOrgId };
    const now = this.now();
    const profileIds = await this.unitProfiles(unitOrgId);
    const route = await this.route(actor, profileIds, now, 'citizen', 'view', target, attempted);
    const c = body.citizen;
    if (route.relations !== null && !route.relations.includes(c.relation)) {
      throw await this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_ACCESS_NOT_PROVIDED',
          {
            zh: `${route.article}规定由${eitherOf(route.relations.map((r) => nameOf(RELATION_NAMES, r))).zh}提出申请，${nameOf(RELATION_NAMES, c.relation).zh}不能提出`,
            en: `${route.article} lets ${eitherOf(route.relations.map((r) => nameOf(RELATION_NAMES, r))).en} ask, not ${nameOf(RELATION_NAMES, c.relation).en}`,
          },
          [route.article],
          { relation: c.relation, allowed: route.relations },
        ),
        target,
        attempted,
      );
    }
    const id = await this.insert(actor, {
      type: 'citizen',
      status: 'pending',
      requesterKind: 'citizen',
      requestingOrgId: null,
      requestingUnit: `${c.name}（${RELATION_ZH[c.relation] ?? c.relation}）`,
      unitOrgId,
      accessKind: 'view',
      legalBasis: route.article,
      purpose: body.purpose,
      caseNo: null,
      // 国家 第二十一条: what the citizen learns may not be passed on; nothing leaves the unit.
      destination: `现场查阅，不得复制（${route.article}）`,
      certificateRef: null,
      emergency: false,
      citizen: { ...c },
      profileIds,
      route,
      persons: { minPersons: 0, articles: [], credentials: null, credentialArticles: [] },
      approverOrgIds: [unitOrgId],
      requestedUntil: this.until(body.validUntil, now),
      validFrom: null,
      validUntil: null,
      items,
      officers: [],
    });
    return this.get(actor, id);
  }

  /** One request. */
  async get(actor: Actor, id: string): Promise<RequestView> {
    return this.store.view(await this.store.visibleRequest(actor, id, 'read access request'), this.now());
  }

  /** Requests the actor may see, newest first. */
  async list(actor: Actor, f: ListFilter): Promise<RequestView[]> {
    const orgIds = await scopeOrgIds(this.db, actor.scope);
    let q = this.db.selectFrom('access_requests').select('id').orderBy('id', 'desc');
    if (orgIds !== null) {
      q = q.where((eb) =>
        eb.or([
          ...(orgIds.length > 0 ? [eb('unit_org_id', 'in', orgIds)] : []),
          eb('requesting_org_id', '=', actor.orgId),
          eb('approver_org_ids', 'like', `%"${actor.orgId}"%`),
        ]),
      );
    }
    if (f.status !== undefined) q = q.where('status', '=', f.status);
    if (f.type !== undefined) q = q.where('type', '=', f.type);
    if (f.awaitingMe === true) q = q.where('status', '=', 'pending').where('approver_role', '=', actor.role);
    const now = this.now();
    const out: RequestView[] = [];
    for (const { id } of await q.execute()) {
      if (out.length >= f.limit) break;
      const r = await this.store.load(id);
      if (r === undefined || !(await this.store.visible(actor, r))) continue;
      if (f.awaitingMe === true && !r.approverOrgIds.includes(actor.orgId)) continue;
      if (f.emergencyUnapproved === true && !emergencyUnapproved(r)) continue;
      out.push(await this.store.view(r, now));
    }
    return out;
  }

  /** Approves an authority's request with the approval document; opens (or confirms) its time-boxed grant. */
  async approve(actor: Actor, id: string, body: ApproveBody): Promise<RequestView> {
    const attempted = 'approve access request';
    const r = await this.store.visibleRequest(actor, id, attempted);
    if (r.row.type === 'citizen') {
      throw await this.stateError(actor, r, attempted, {
        zh: '公民的申请以同意（POST …/consent）处理',
        en: 'a citizen’s request is agreed to with POST …/consent',
      });
    }
    await this.mustDecide(actor, r, attempted);
    if (r.row.status !== 'pending') throw await this.stateError(actor, r, attempted, itIs(r.row.status));
    const now = this.now();
    const validUntil =
      this.until(body.validUntil, now) ?? r.row.requested_until ?? iso(now.getTime() + DEFAULT_GRANT_MS);
    await this.decide(actor, r, attempted, 'governance.access.request.approve', {
      status: 'approved',
      // An emergency already running keeps its start.
      valid_from: r.row.valid_from ?? now.toISOString(),
      valid_until: validUntil,
      decision_note: body.note ?? null,
      doc_number: body.document.number,
      doc_issuer: body.document.issuer,
      doc_date: body.document.date,
    });
    return this.get(actor, id);
  }

  /** A unit's consent to a citizen's request (国家 第二十一条: 经管理单位同意). */
  async consent(actor: Actor, id: string, body: ConsentBody): Promise<RequestView> {
    const attempted = 'consent to citizen request';
    const r = await this.store.visibleRequest(actor, id, attempted);
    if (r.row.type !== 'citizen') {
      throw await this.stateError(actor, r, attempted, {
        zh: '机关的申请以批准（POST …/approve）处理',
        en: 'an organ’s request is approved with POST …/approve',
      });
    }
    await this.mustDecide(actor, r, attempted);
    if (r.row.status !== 'pending') throw await this.stateError(actor, r, attempted, itIs(r.row.status));
    const now = this.now();
    await this.decide(actor, r, attempted, 'governance.access.request.consent', {
      status: 'approved',
      valid_from: now.toISOString(),
      valid_until: this.until(body.validUntil, now) ?? r.row.requested_until ?? iso(now.getTime() + DEFAULT_GRANT_MS),
      decision_note: body.note ?? null,
    });
    return this.get(actor, id);
  }

  /** Refuses a pending request (an emergency already running ends with it), with the reasons. */
  async refuse(actor: Actor, id: string, reason: string): Promise<RequestView> {
    const attempted = 'refuse access request';
    const r = await this.store.visibleRequest(actor, id, attempted);
    await this.mustDecide(actor, r, attempted);
    if (r.row.status !== 'pending') throw await this.stateError(actor, r, attempted, itIs(r.row.status));
    await this.decide(actor, r, attempted, 'governance.access.request.refuse', {
      status: 'refused',
      decision_note: reason,
    });
    return this.get(actor, id);
  }

  /** Ends an approved grant before its time, with the reasons; open sittings close with it. */
  async revoke(actor: Actor, id: string, reason: string): Promise<RequestView> {
    const attempted = 'revoke access grant';
    const r = await this.store.visibleRequest(actor, id, attempted);
    await this.mustDecide(actor, r, attempted);
    if (r.row.status !== 'approved') throw await this.stateError(actor, r, attempted, itIs(r.row.status));
    await this.decide(actor, r, attempted, 'governance.access.request.revoke', {
      status: 'revoked',
      decision_note: reason,
    });
    return this.get(actor, id);
  }

  /** Stores the scan of the approval document (PDF, JPEG or PNG), named by its SHA-256 and audited. */
  async storeScan(
    actor: Actor,
    id: string,
    file: { bytes: Buffer; contentType: string; filename: string | null },
  ): Promise<RequestView> {
    const attempted = 'upload approval document';
    const r = await this.store.visibleRequest(actor, id, attempted);
    const target = { type: 'access_request', id };
    const named = r.officers.some((o) => o.user_id === actor.userId) || r.row.created_by === actor.userId;
    const approver = actor.role === r.row.approver_role && r.approverOrgIds.includes(actor.orgId);
    if (r.row.type === 'citizen' || !(named || approver)) {
      throw await this.store.refusal(
        actor,
        bilingualError(
          'PSVIS_ERR_FORBIDDEN',
          {
            zh: '只有审批人或申请所列的民警可以上传批准文件',
            en: 'only the approver or the officers the request names upload its approval document',
          },
          { role: actor.role },
          403,
        ),
        target,
        attempted,
      );
    }
    if (r.row.status !== 'pending' && r.row.status !== 'approved') {
      throw await this.stateError(actor, r, attempted, itIs(r.row.status));
    }
    const magic = SCAN_TYPES[file.contentType];
    if (magic === undefined || file.bytes.length > MAX_SCAN_BYTES || !magic.every((b, i) => file.bytes[i] === b)) {
      throw await this.store.refusal(
        actor,
        bilingualError(
          'PSVIS_ERR_APPROVAL_DOCUMENT',
          {
            zh: `批准文件扫描件须为不超过 ${MAX_SCAN_BYTES / 1024 / 1024} MiB 的 PDF、JPEG 或 PNG 文件，且内容与其类型相符`,
            en: `the scan must be a PDF, JPEG or PNG of at most ${MAX_SCAN_BYTES / 1024 / 1024} MiB whose bytes match its content type`,
          },
          { contentType: file.contentType, bytes: file.bytes.length },
          415,
        ),
        target,
        attempted,
      );
    }
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    await mkdir(this.opts.documentsDir, { recursive: true, mode: 0o700 });
    const path = join(this.opts.documentsDir, sha256);
    if (!existsSync(path)) {
      await writeFile(`${path}.partial`, file.bytes, { mode: 0o600 });
      await rename(`${path}.partial`, path);
    }
    await this.store.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('access_requests')
        .set({
          scan_sha256: sha256,
          scan_bytes: file.bytes.length,
          scan_content_type: file.contentType,
          scan_filename: file.filename,
          updated_at: this.now().toISOString(),
        })
        .where('id', '=', id)
        .execute();
      await record(
        actorEvent(actor, 'governance.access.request.document', 'access_request', id, {
          sha256,
          bytes: file.bytes.length,
          contentType: file.contentType,
          filename: file.filename,
        }),
      );
    });
    return this.get(actor, id);
  }

  /** The stored scan of a request's approval document. */
  async scan(actor: Actor, id: string): Promise<ScanFile> {
    const r = await this.store.visibleRequest(actor, id, 'read approval document');
    if (r.row.scan_sha256 === null) {
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `访问申请 ${id} 没有批准文件扫描件`, en: `access request ${id} has no approval document scan` },
        {},
        404,
      );
    }
    return {
      path: join(this.opts.documentsDir, r.row.scan_sha256),
      contentType: r.row.scan_content_type ?? 'application/octet-stream',
      filename: r.row.scan_filename,
      bytes: r.row.scan_bytes ?? 0,
    };
  }

  // ---- steps -----------------------------------------------------------------------------

  /** The cameras asked for, all in the actor's scope and of one unit, with their ranges checked. */
  private async cameras(
    actor: Actor,
    wanted: readonly { cameraId: string; fromMs: number | null; toMs: number | null }[],
    attempted: string,
  ): Promise<{ unitOrgId: string; items: ItemInput[] }> {
    const items: ItemInput[] = [];
    let unitOrgId: string | null = null;
    for (const w of wanted) {
      const camera = await this.opts.registry.getCamera(actor, w.cameraId, attempted);
      const target = { type: 'camera', id: camera.id };
      if (unitOrgId !== null && camera.orgId !== unitOrgId) {
        throw await this.store.refusal(
          actor,
          bilingualError(
            'PSVIS_ERR_VALIDATION',
            {
              zh: '一份申请只涉及一个单位的摄像机；请按单位分别申请',
              en: 'one request covers the cameras of one unit; make one request per unit',
            },
            { field: 'items', cameraId: camera.id },
            400,
          ),
          target,
          attempted,
        );
      }
      unitOrgId = camera.orgId;
      if (w.fromMs !== null && w.toMs !== null && !(w.fromMs < w.toMs && w.toMs - w.fromMs <= MAX_ITEM_RANGE_MS)) {
        throw await this.store.refusal(
          actor,
          bilingualError(
            'PSVIS_ERR_VALIDATION',
            {
              zh: `每段时间须开始早于结束，且不超过 ${MAX_ITEM_RANGE_MS / 86_400_000} 天`,
              en: `each range must have from before to and span at most ${MAX_ITEM_RANGE_MS / 86_400_000} days`,
            },
            { field: 'items', cameraId: camera.id },
            400,
          ),
          target,
          attempted,
        );
      }
      items.push({
        cameraId: camera.id,
        cameraName: camera.name,
        from: w.fromMs === null ? null : iso(w.fromMs),
        to: w.toMs === null ? null : iso(w.toMs),
      });
    }
    if (unitOrgId === null) {
      throw bilingualError('PSVIS_ERR_VALIDATION', { zh: '请至少选择一台摄像机', en: 'name at least one camera' });
    }
    return { unitOrgId, items };
  }

  private async unitProfiles(unitOrgId: string): Promise<string[]> {
    const unit = await this.db
      .selectFrom('organizations')
      .select('jurisdiction_id')
      .where('id', '=', unitOrgId)
      .executeTakeFirst();
    return profileChain(this.db, unit?.jurisdiction_id ?? null);
  }

  /** The route the profiles in force give, or the audited refusal when no text provides for the access. */
  private async route(
    actor: Actor,
    profileIds: readonly string[],
    now: Date,
    requester: RequesterKind,
    access: AccessKind,
    target: { type: string; id: string },
    attempted: string,
  ): Promise<StoredRoute> {
    const chosen = chooseRoute(profileIds, now, requester, access);
    if (chosen === null) {
      const texts = [...new Set([...profileIds, 'national-2025'])];
      throw await this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_ACCESS_NOT_PROVIDED',
          {
            zh: `该单位施行的法规（${texts.map((id) => (TEXT_SHORT_NAMES as Readonly<Record<string, string>>)[id] ?? id).join('、')}）没有规定${nameOf(REQUESTER_NAMES, requester).zh}可以${nameOf(ACCESS_KIND_NAMES, access).zh}`,
            en: `no regulation in force for this unit (${texts.join(', ')}) provides for ${access} by ${requester}`,
          },
          [],
          { requesterKind: requester, accessKind: access, profileIds },
        ),
        target,
        attempted,
      );
    }
    const levels = approverLevels(chosen.approval);
    return {
      ...chosen,
      levels: levels === null ? null : [...levels],
      scopeArticles: scopeArticles(profileIds, now, chosen.article),
    };
  }

  /** The named officers: users of the requesting organ with an officer role, enough of them, with the credentials the texts ask for. */
  private async officers(
    actor: Actor,
    named: readonly { username: string; credentialKind: CredentialKind; credentialNo: string }[],
    persons: PersonsRule,
    route: ChosenRoute,
    attempted: string,
  ): Promise<OfficerInput[]> {
    const problems: Words[] = [];
    const usernames = named.map((o) => o.username);
    const users =
      usernames.length === 0
        ? []
        : await this.db
            .selectFrom('users')
            .select(['id', 'username', 'display_name', 'org_id', 'role', 'disabled'])
            .where('username', 'in', usernames)
            .execute();
    const out: OfficerInput[] = [];
    for (const o of named) {
      const u = users.find((x) => x.username === o.username);
      if (u === undefined || u.disabled === 1) {
        problems.push({ zh: `${o.username}：无此有效用户`, en: `${o.username}: no such active user` });
      } else if (u.org_id !== actor.orgId) {
        problems.push({ zh: `${o.username}：不是申请机关的人员`, en: `${o.username}: not of the requesting organ` });
      } else if (!OFFICER_ROLES.has(u.role as Actor['role'])) {
        problems.push({
          zh: `${o.username}：${roleName(u.role).zh}不是执法人员`,
          en: `${o.username}: role ${u.role} is no officer`,
        });
      } else if (out.some((x) => x.userId === u.id)) {
        problems.push({ zh: `${o.username}：重复填写`, en: `${o.username}: named twice` });
      } else if (persons.credentials !== null && !persons.credentials.includes(o.credentialKind)) {
        const asked = eitherOf(persons.credentials.map((k) => nameOf(CREDENTIAL_NAMES, k)));
        problems.push({
          zh: `${o.username}：出示的是${nameOf(CREDENTIAL_NAMES, o.credentialKind).zh}，${cite(persons.credentialArticles)}要求出示${asked.zh}`,
          en: `${o.username}: shows ${o.credentialKind}; ${persons.credentialArticles.join('、')} asks for ${persons.credentials.join(' or ')}`,
        });
      } else {
        out.push({
          userId: u.id,
          username: u.username,
          name: u.display_name,
          credentialKind: o.credentialKind,
          credentialNo: o.credentialNo,
        });
      }
    }
    if (problems.length === 0 && out.length < persons.minPersons) {
      problems.push({
        zh: `仅填写了 ${out.length} 名人员；须至少 ${persons.minPersons} 人共同实施`,
        en: `${out.length} officer(s) named; at least ${persons.minPersons} act together`,
      });
    }
    if (problems.length > 0) {
      const basis = cite([...persons.articles, ...persons.credentialArticles]) || route.article;
      throw await this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_ACCESS_OFFICERS',
          {
            zh: `${basis}：${problems.map((p) => p.zh).join('；')}`,
            en: `${basis}: ${problems.map((p) => p.en).join('; ')}`,
          },
          [...persons.articles, ...persons.credentialArticles],
          { problems: problems.map((p) => p.en), minPersons: persons.minPersons },
        ),
        { type: 'organization', id: actor.orgId },
        attempted,
      );
    }
    return out;
  }

  /**
   * The organizations whose approver the request goes to: the requesting organ itself (本机关), a
   * police organ of the named levels over the requester's jurisdiction, or the unit (its consent).
   */
  private async approverOrgs(
    actor: Actor,
    route: StoredRoute,
    organ: { id: string; name: string; jurisdiction_id: string | null },
    unitOrgId: string,
    attempted: string,
  ): Promise<string[]> {
    const a = route.approval;
    if (a.by === 'none') return [];
    if (a.by === 'unit_consent') return [unitOrgId];
    const chain = await jurisdictionChain(this.db, organ.jurisdiction_id);
    let ids: string[] = [];
    if (a.by === 'own_head') {
      const level = chain[0]?.level;
      if (a.levels === undefined || (level !== undefined && a.levels.includes(level as OrganLevel))) ids = [organ.id];
    } else {
      const inLevels = chain.filter((j) => a.levels.includes(j.level as OrganLevel)).map((j) => j.id);
      if (inLevels.length > 0) {
        const rows = await this.db
          .selectFrom('organizations')
          .select('id')
          .where('kind', '=', 'police')
          .where('jurisdiction_id', 'in', inLevels)
          .orderBy('id')
          .execute();
        ids = rows.map((r) => r.id);
      }
    }
    if (ids.length === 0) {
      const who: Words =
        a.by === 'own_head'
          ? { zh: `${organ.name}负责人`, en: `the head of ${organ.name}` }
          : { zh: '上级公安机关负责人', en: 'the head of a police organ over you' };
      const levels = route.levels === null ? null : levelsOf(route.levels);
      throw await this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_ACCESS_NO_APPROVER',
          {
            zh: `${route.article}（${route.approvalZh}）：须由${who.zh}批准${levels === null ? '' : `，审批机关须为${levels.zh}机关`}，但系统中没有这样的机关；请登记该机关，或以该级别机关的名义申请`,
            en: `${route.article} (${route.approvalZh}): ${who.en}${levels === null ? '' : ` at level ${levels.en}`} must approve, and psvis has no such organization; register it, or ask in the name of an organ of that level`,
          },
          [route.article],
          { levels: route.levels, approval: a.by },
        ),
        { type: 'organization', id: actor.orgId },
        attempted,
      );
    }
    return ids;
  }

  /** Refuses anyone but the role and organs the request is routed to, citing the route's article. */
  private async mustDecide(actor: Actor, r: LoadedRequest, attempted: string): Promise<void> {
    const target = { type: 'access_request', id: r.row.id };
    const role = r.row.approver_role;
    const basis = `${r.route.article}（${r.route.approvalZh}）`;
    if (role === null) {
      throw await this.stateError(actor, r, attempted, {
        zh: `${basis}：法规规定无需审批`,
        en: `${basis}: the text gives the right without approval`,
      });
    }
    if (actor.role !== role) {
      throw await this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_APPROVER_ROLE',
          {
            zh: `${basis}：该申请由${roleName(role).zh}决定，${roleName(actor.role).zh}不能决定`,
            en: `${basis}: a ${role} decides this request, not a ${actor.role}`,
          },
          [r.route.article],
          { requiredRole: role, role: actor.role },
          403,
        ),
        target,
        attempted,
      );
    }
    if (!r.approverOrgIds.includes(actor.orgId)) {
      const chain = await jurisdictionChain(
        this.db,
        (
          await this.db
            .selectFrom('organizations')
            .select('jurisdiction_id')
            .where('id', '=', actor.orgId)
            .executeTakeFirst()
        )?.jurisdiction_id ?? null,
      );
      throw await this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_APPROVER_LEVEL',
          {
            zh: `${basis}：该申请由${r.route.levels === null ? '' : levelsOf(r.route.levels).zh}${r.route.approval.by === 'own_head' ? '申请机关本身' : '公安机关'}审批，您所在的机关不在其列`,
            en: `${basis}: the request is routed to ${r.route.approval.by === 'own_head' ? 'the requesting organ itself' : 'a police organ'}${r.route.levels === null ? '' : ` of level ${r.route.levels.join('/')}`}; your organization is not one of them`,
          },
          [r.route.article],
          {
            requiredLevels: r.route.levels,
            yourLevel: chain[0]?.level ?? null,
            organizations: r.approverOrgIds,
          },
          403,
        ),
        target,
        attempted,
      );
    }
  }

  private async decide(
    actor: Actor,
    r: LoadedRequest,
    attempted: string,
    action: string,
    set: {
      status: string;
      valid_from?: string;
      valid_until?: string;
      decision_note: string | null;
      doc_number?: string;
      doc_issuer?: string;
      doc_date?: string;
    },
  ): Promise<void> {
    const now = this.now().toISOString();
    const updated = await this.store.audit.transaction(async (trx, record) => {
      const res = await trx
        .updateTable('access_requests')
        .set({
          ...set,
          decided_by: actor.userId,
          decided_by_name: actor.displayName,
          decided_org_id: actor.orgId,
          decided_at: now,
          updated_at: now,
        })
        .where('id', '=', r.row.id)
        .where('status', '=', r.row.status)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      if (set.status !== 'approved') {
        await trx
          .updateTable('access_sittings')
          .set({ closed_at: now, close_reason: set.status })
          .where('request_id', '=', r.row.id)
          .where('closed_at', 'is', null)
          .execute();
      }
      await record(
        actorEvent(actor, action, 'access_request', r.row.id, {
          status: set.status,
          article: r.route.article,
          ...(set.valid_until !== undefined ? { validFrom: set.valid_from, validUntil: set.valid_until } : {}),
          ...(set.doc_number !== undefined
            ? { document: { number: set.doc_number, issuer: set.doc_issuer, date: set.doc_date } }
            : {}),
          ...(set.decision_note !== null ? { note: set.decision_note } : {}),
          ...(r.row.emergency === 1 ? { emergency: true, startedBeforeApproval: r.row.valid_from !== null } : {}),
        }),
      );
      return true;
    });
    if (!updated) {
      throw await this.stateError(actor, r, attempted, { zh: '该申请已被他人处理', en: 'it was decided meanwhile' });
    }
  }

  private async stateError(actor: Actor, r: LoadedRequest, attempted: string, why: Words): Promise<PsvisError> {
    return this.store.refusal(
      actor,
      lawRefusal(
        'PSVIS_ERR_ACCESS_STATE',
        {
          zh: `无法${ATTEMPTED_ZH[attempted] ?? attempted}：${why.zh}`,
          en: `cannot ${attempted}: ${why.en}`,
        },
        [r.route.article],
        { status: r.row.status },
        409,
      ),
      { type: 'access_request', id: r.row.id },
      attempted,
    );
  }

  /** A requested end of the grant: after now, at most MAX_GRANT_MS ahead (later ends are cut to it). */
  private until(value: string | undefined, now: Date): string | null {
    if (value === undefined) return null;
    const ms = Date.parse(value);
    if (!(ms > now.getTime())) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '授权截止时间须晚于当前时间', en: 'validUntil must be in the future' },
        { field: 'validUntil' },
      );
    }
    return iso(Math.min(ms, now.getTime() + MAX_GRANT_MS));
  }

  private async insert(actor: Actor, x: InsertInput): Promise<string> {
    const id = newId(this.now().getTime());
    const now = this.now().toISOString();
    await this.store.audit.transaction(async (trx, record) => {
      await trx
        .insertInto('access_requests')
        .values({
          id,
          type: x.type,
          status: x.status,
          requester_kind: x.requesterKind,
          requesting_org_id: x.requestingOrgId,
          requesting_unit: x.requestingUnit,
          unit_org_id: x.unitOrgId,
          access_kind: x.accessKind,
          legal_basis: x.legalBasis,
          purpose: x.purpose,
          case_no: x.caseNo,
          destination: x.destination,
          certificate_ref: x.certificateRef,
          emergency: x.emergency ? 1 : 0,
          citizen: x.citizen === null ? null : canonicalJson(x.citizen),
          profile_ids: JSON.stringify(x.profileIds),
          route: canonicalJson(x.route),
          approver_role: approverRole(x.route.approval),
          approver_org_ids: JSON.stringify(x.approverOrgIds),
          persons: canonicalJson(x.persons),
          requested_until: x.requestedUntil,
          valid_from: x.validFrom,
          valid_until: x.validUntil,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        })
        .execute();
      for (const [seq, i] of x.items.entries()) {
        await trx
          .insertInto('access_request_items')
          .values({
            request_id: id,
            seq,
            camera_id: i.cameraId,
            camera_name: i.cameraName,
            range_from: i.from,
            range_to: i.to,
          })
          .execute();
      }
      for (const [seq, o] of x.officers.entries()) {
        await trx
          .insertInto('access_request_officers')
          .values({
            request_id: id,
            seq,
            user_id: o.userId,
            username: o.username,
            name: o.name,
            credential_kind: o.credentialKind,
            credential_no: o.credentialNo,
          })
          .execute();
      }
      await record(
        actorEvent(actor, 'governance.access.request.create', 'access_request', id, {
          type: x.type,
          status: x.status,
          requesterKind: x.requesterKind,
          accessKind: x.accessKind,
          unitOrgId: x.unitOrgId,
          article: x.route.article,
          approval: x.route.approval.by,
          approverOrgIds: x.approverOrgIds,
          items: x.items,
          officers: x.officers.map((o) => ({
            name: o.name,
            credentialKind: o.credentialKind,
            credentialNo: o.credentialNo,
          })),
          ...(x.emergency ? { emergency: true, validUntil: x.validUntil } : {}),
        }),
      );
    });
    return id;
  }
}

interface ItemInput {
  cameraId: string;
  cameraName: string;
  from: string | null;
  to: string | null;
}

interface OfficerInput {
  userId: string;
  username: string;
  name: string;
  credentialKind: string;
  credentialNo: string;
}

interface InsertInput {
  type: string;
  status: string;
  requesterKind: string;
  requestingOrgId: string | null;
  requestingUnit: string;
  unitOrgId: string;
  accessKind: string;
  legalBasis: string;
  purpose: string;
  caseNo: string | null;
  destination: string | null;
  certificateRef: string | null;
  emergency: boolean;
  citizen: Record<string, unknown> | null;
  profileIds: string[];
  route: StoredRoute;
  persons: PersonsRule;
  approverOrgIds: string[];
  requestedUntil: string | null;
  validFrom: string | null;
  validUntil: string | null;
  items: ItemInput[];
  officers: OfficerInput[];
}

/** A jurisdiction and those above it, leaf first, with their levels. */
export async function jurisdictionChain(
  db: Kysely<Database>,
  jurisdictionId: string | null,
): Promise<{ id: string; level: string }[]> {
  const out: { id: string; level: string }[] = [];
  let id = jurisdictionId;
  while (id !== null && !out.some((j) => j.id === id)) {
    const j = await db
      .selectFrom('jurisdictions')
      .select(['id', 'level', 'parent_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (j === undefined) break;
    out.push({ id: j.id, level: j.level });
    id = j.parent_id;
  }
  return out;
}
