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
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { profileChain, scopeOrgIds } from '../../registry/scoping.ts';
import {
  CITIZEN_DESK_ROLES,
  DEFAULT_GRANT_MS,
  EMERGENCY_GRANT_MS,
  MAX_GRANT_MS,
  MAX_ITEM_RANGE_MS,
  MAX_SCAN_BYTES,
  OFFICER_ROLES,
  RELATION_ZH,
  REQUESTER_ORG_KINDS,
  SCAN_TYPES,
} from './policy.ts';
import {
  approverLevels,
  approverRole,
  chooseRoute,
  personsRule,
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
        new PsvisError(
          'PSVIS_ERR_FORBIDDEN',
          `role ${actor.role} may not ${attempted}; the requesting organ's officers (police_officer, regulator) do`,
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
        new PsvisError(
          'PSVIS_ERR_VALIDATION',
          `a ${organ.kind} organization cannot ask as ${body.requesterKind}; one of ${REQUESTER_ORG_KINDS[body.requesterKind].join(', ')} can`,
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
    if (body.type === 'footage' && body.accessKind !== 'view' && body.destination === undefined) {
      throw await this.store.refusal(
        actor,
        new PsvisError(
          'PSVIS_ERR_PURPOSE_REQUIRED',
          `${body.accessKind} needs a destination (去向) for the access register`,
          {
            missing: ['destination'],
            articles: ['国家 第十六条第二款(三)', '安徽 第十七条第二款(二)', '腾冲 第二十四条(四)'],
          },
          400,
        ),
        orgTarget,
        attempted,
      );
    }
    const now = this.now();
    const profileIds = await this.unitProfiles(unitOrgId);
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
        new PsvisError(
          'PSVIS_ERR_FORBIDDEN',
          `role ${actor.role} may not record a citizen's request; the unit's manager or operator does`,
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
        new PsvisError(
          'PSVIS_ERR_ACCESS_NOT_PROVIDED',
          `${route.article} lets ${route.relations.map((r) => RELATION_ZH[r] ?? r).join('、')} ask, not a ${RELATION_ZH[c.relation] ?? c.relation}`,
          { articles: [route.article], relation: c.relation, allowed: route.relations },
          422,
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
      throw await this.stateError(actor, r, attempted, 'a citizen’s request is agreed to with POST …/consent');
    }
    await this.mustDecide(actor, r, attempted);
    if (r.row.status !== 'pending') throw await this.stateError(actor, r, attempted, `it is ${r.row.status}`);
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
      throw await this.stateError(actor, r, attempted, 'an organ’s request is approved with POST …/approve');
    }
    await this.mustDecide(actor, r, attempted);
    if (r.row.status !== 'pending') throw await this.stateError(actor, r, attempted, `it is ${r.row.status}`);
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
    if (r.row.status !== 'pending') throw await this.stateError(actor, r, attempted, `it is ${r.row.status}`);
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
    if (r.row.status !== 'approved') throw await this.stateError(actor, r, attempted, `it is ${r.row.status}`);
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
        new PsvisError(
          'PSVIS_ERR_FORBIDDEN',
          'only the approver or the officers the request names upload its approval document',
          { role: actor.role },
          403,
        ),
        target,
        attempted,
      );
    }
    if (r.row.status !== 'pending' && r.row.status !== 'approved') {
      throw await this.stateError(actor, r, attempted, `it is ${r.row.status}`);
    }
    const magic = SCAN_TYPES[file.contentType];
    if (magic === undefined || file.bytes.length > MAX_SCAN_BYTES || !magic.every((b, i) => file.bytes[i] === b)) {
      throw await this.store.refusal(
        actor,
        new PsvisError(
          'PSVIS_ERR_APPROVAL_DOCUMENT',
          `the scan must be a PDF, JPEG or PNG of at most ${MAX_SCAN_BYTES / 1024 / 1024} MiB whose bytes match its content type`,
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
      throw new PsvisError('PSVIS_ERR_NOT_FOUND', `access request ${id} has no approval document scan`, {}, 404);
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
          new PsvisError(
            'PSVIS_ERR_VALIDATION',
            'one request covers the cameras of one unit; make one request per unit',
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
          new PsvisError(
            'PSVIS_ERR_VALIDATION',
            `each range must have from before to and span at most ${MAX_ITEM_RANGE_MS / 86_400_000} days`,
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
    if (unitOrgId === null) throw new PsvisError('PSVIS_ERR_VALIDATION', 'name at least one camera', {}, 400);
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
      throw await this.store.refusal(
        actor,
        new PsvisError(
          'PSVIS_ERR_ACCESS_NOT_PROVIDED',
          `no regulation in force for this unit (${[...new Set([...profileIds, 'national-2025'])].join(', ')}) provides for ${access} by ${requester}`,
          { requesterKind: requester, accessKind: access, profileIds, articles: [] },
          422,
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
    const problems: string[] = [];
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
      if (u === undefined || u.disabled === 1) problems.push(`${o.username}: no such active user`);
      else if (u.org_id !== actor.orgId) problems.push(`${o.username}: not of the requesting organ`);
      else if (!OFFICER_ROLES.has(u.role as Actor['role']))
        problems.push(`${o.username}: role ${u.role} is no officer`);
      else if (out.some((x) => x.userId === u.id)) problems.push(`${o.username}: named twice`);
      else if (persons.credentials !== null && !persons.credentials.includes(o.credentialKind)) {
        problems.push(
          `${o.username}: shows ${o.credentialKind}; ${persons.credentialArticles.join('、')} asks for ${persons.credentials.join(' or ')}`,
        );
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
      problems.push(`${out.length} officer(s) named; at least ${persons.minPersons} act together`);
    }
    if (problems.length > 0) {
      throw await this.store.refusal(
        actor,
        new PsvisError(
          'PSVIS_ERR_ACCESS_OFFICERS',
          `${[...persons.articles, ...persons.credentialArticles].join('、') || route.article}: ${problems.join('; ')}`,
          {
            problems,
            minPersons: persons.minPersons,
            articles: [...new Set([...persons.articles, ...persons.credentialArticles])],
          },
          422,
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
      const who = a.by === 'own_head' ? `the head of ${organ.name}` : 'the head of a police organ over you';
      throw await this.store.refusal(
        actor,
        new PsvisError(
          'PSVIS_ERR_ACCESS_NO_APPROVER',
          `${route.article} (${route.approvalZh}): ${who}${route.levels === null ? '' : ` at level ${route.levels.join('/')}`} must approve, and psvis has no such organization; register it, or ask in the name of an organ of that level`,
          { articles: [route.article], levels: route.levels, approval: a.by },
          422,
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
    const cite = `${r.route.article}（${r.route.approvalZh}）`;
    if (role === null) {
      throw await this.stateError(actor, r, attempted, `${cite}: the text gives the right without approval`);
    }
    if (actor.role !== role) {
      throw await this.store.refusal(
        actor,
        new PsvisError(
          'PSVIS_ERR_APPROVER_ROLE',
          `${cite}: a ${role} decides this request, not a ${actor.role}`,
          { requiredRole: role, role: actor.role, articles: [r.route.article] },
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
        new PsvisError(
          'PSVIS_ERR_APPROVER_LEVEL',
          `${cite}: the request is routed to ${r.route.approval.by === 'own_head' ? 'the requesting organ itself' : 'a police organ'}${r.route.levels === null ? '' : ` of level ${r.route.levels.join('/')}`}; your organization is not one of them`,
          {
            requiredLevels: r.route.levels,
            yourLevel: chain[0]?.level ?? null,
            organizations: r.approverOrgIds,
            articles: [r.route.article],
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
    if (!updated) throw await this.stateError(actor, r, attempted, 'it was decided meanwhile');
  }

  private async stateError(actor: Actor, r: LoadedRequest, attempted: string, why: string): Promise<PsvisError> {
    return this.store.refusal(
      actor,
      new PsvisError(
        'PSVIS_ERR_ACCESS_STATE',
        `cannot ${attempted}: ${why}`,
        { status: r.row.status, articles: [r.route.article] },
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
      throw new PsvisError('PSVIS_ERR_VALIDATION', 'validUntil must be in the future', { field: 'validUntil' }, 400);
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
