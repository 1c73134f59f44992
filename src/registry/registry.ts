import type { Kysely, Selectable, SelectQueryBuilder, Transaction } from 'kysely';
import { actorEvent, type AuditLog, type Recorder } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { translateConstraintError } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { Database, Flag } from '../db/schema.ts';
import { bilingualError, type Words } from '../errors/bilingual.ts';
import type { PsvisError } from '../errors/psvis-error.ts';
import { validateCameraDeviceId } from '../gb28181/device-id.ts';
import { ORG_ADMINS, REGISTRY_WRITERS } from '../identity/roles.ts';
import { jurisdictionSubtree, orgInScope, type Actor } from '../identity/scope.ts';
import { IsolatedEmitter } from '../events/isolated-emitter.ts';
import type { CameraRules, RegistryVocabulary } from './contracts.ts';
import type * as S from './schemas.ts';
import {
  cameraWithDeviceId,
  forbidden,
  notFound,
  orgFacts,
  profileChain,
  recordName,
  scopeOrgIds,
  writeOf,
  type RecordKind,
} from './scoping.ts';
import * as V from './views.ts';

const flag = (b: boolean | undefined, dflt: Flag): Flag => (b === undefined ? dflt : b ? 1 : 0);
const nul = <T>(v: T | null | undefined): T | null => v ?? null;
/** Keeps only the keys the caller sent, so PATCH leaves the rest alone. */
function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A page of results. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What the registry announces after a camera change commits (ingest follows these). */
export interface RegistryEvents extends Record<string, unknown[]> {
  'camera-changed': [{ cameraId: string; change: 'created' | 'updated' | 'deleted' }];
}

/** Jurisdictions, organizations, sites, systems and cameras, scoped to the caller and audited. */
export class Registry {
  /** Camera changes, emitted after commit; a throwing listener cannot break a registry write. */
  readonly events = new IsolatedEmitter<RegistryEvents>();

  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly vocabulary: RegistryVocabulary,
    private readonly cameraRules: CameraRules,
  ) {}

  private get db(): Kysely<Database> {
    return this.audit.db;
  }

  /** Writes the audit event for a refused request that touched a scoped object, then returns the error. */
  private async refused(
    actor: Actor,
    err: PsvisError,
    targetType: string,
    targetId: string | null,
    action: string,
  ): Promise<PsvisError> {
    await this.audit.append({
      actorUserId: actor.userId,
      actorOrgId: actor.orgId,
      action: 'access.denied',
      targetType,
      targetId,
      details: {
        attempted: action,
        code: err.code,
        status: err.httpStatus,
        ...(err.code === 'PSVIS_ERR_NOT_FOUND' ? {} : { reason: err.message }),
      },
    });
    return err;
  }

  /** The row, or the audited 404 when it does not exist or its organization is out of scope. */
  private async requireInScope<R extends { org_id: string }>(
    actor: Actor,
    row: R | undefined,
    noun: RecordKind,
    id: string,
    attempted: string,
  ): Promise<R> {
    const org = row === undefined ? undefined : await orgFacts(this.db, row.org_id);
    if (row === undefined || org === undefined || !orgInScope(actor.scope, org)) {
      throw await this.refused(actor, notFound(noun, id), noun, id, attempted);
    }
    return row;
  }

  /** Runs an audited write; a constraint violation becomes a 409 naming `what` in both languages. */
  private async write<T>(what: Words, fn: (trx: Transaction<Database>, record: Recorder) => Promise<T>): Promise<T> {
    try {
      return await this.audit.transaction(fn);
    } catch (err) {
      throw translateConstraintError(err, what);
    }
  }

  // ---- jurisdictions -------------------------------------------------------------------------

  private async visibleJurisdictions(actor: Actor): Promise<Set<string> | null> {
    if (actor.scope.kind === 'all') return null;
    const org = await orgFacts(this.db, actor.orgId);
    if (org?.jurisdiction_id == null) return new Set();
    // Everyone sees the chain above their own jurisdiction; police and regulators also see below it.
    const visible =
      actor.scope.kind === 'jurisdiction_subtree' ? new Set(actor.scope.jurisdictionIds) : new Set<string>();
    let id: string | null = org.jurisdiction_id;
    while (id !== null && !visible.has(id)) {
      visible.add(id);
      const j = await this.db.selectFrom('jurisdictions').select('parent_id').where('id', '=', id).executeTakeFirst();
      id = j?.parent_id ?? null;
    }
    visible.add(org.jurisdiction_id);
    for (const j of await jurisdictionSubtree(this.db, org.jurisdiction_id))
      if (actor.scope.kind === 'jurisdiction_subtree') visible.add(j);
    return visible;
  }

  /** Lists jurisdictions in scope. */
  async listJurisdictions(
    actor: Actor,
    f: S.PageQuery & { parentId?: string | undefined; level?: string | undefined },
  ): Promise<Page<S.JurisdictionView>> {
    const visible = await this.visibleJurisdictions(actor);
    let q = this.db
      .selectFrom('jurisdictions')
      .selectAll()
      .orderBy('id')
      .limit(f.limit + 1);
    if (visible !== null) q = q.where('id', 'in', visible.size > 0 ? [...visible] : ['']);
    if (f.cursor !== undefined) q = q.where('id', '>', f.cursor);
    if (f.parentId !== undefined) q = q.where('parent_id', '=', f.parentId);
    if (f.level !== undefined) q = q.where('level', '=', f.level);
    if (f.q !== undefined) q = q.where('name', 'like', `%${f.q}%`);
    return page(await q.execute(), f.limit, V.jurisdiction);
  }

  /** One jurisdiction, or 404 when out of scope. */
  async getJurisdiction(actor: Actor, id: string): Promise<S.JurisdictionView> {
    const visible = await this.visibleJurisdictions(actor);
    const row = await this.db.selectFrom('jurisdictions').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined || (visible !== null && !visible.has(id))) {
      throw await this.refused(actor, notFound('jurisdiction', id), 'jurisdiction', id, 'read');
    }
    return V.jurisdiction(row);
  }

  private checkProfile(profileId: string | null | undefined): void {
    if (profileId != null && !this.vocabulary.hasProfile(profileId)) {
      throw bilingualError(
        'PSVIS_ERR_UNKNOWN_PROFILE',
        {
          zh: `未知的适用法规“${profileId}”；GET /api/v1/compliance/profiles 列出可用的法规`,
          en: `unknown regulation profile "${profileId}"; GET /api/v1/compliance/profiles lists them`,
        },
        { field: 'profileId', profileId },
        400,
      );
    }
  }

  /** Creates a jurisdiction (admin). */
  async createJurisdiction(actor: Actor, body: S.JurisdictionCreate): Promise<S.JurisdictionView> {
    if (!ORG_ADMINS.has(actor.role)) throw forbidden(actor, writeOf('create', 'jurisdiction'));
    this.checkProfile(body.profileId);
    if (body.parentId != null) await this.getJurisdiction(actor, body.parentId);
    const now = this.clock.now().toISOString();
    const row = {
      id: newId(),
      name: body.name,
      level: body.level,
      parent_id: nul(body.parentId),
      code: nul(body.code),
      profile_id: nul(body.profileId),
      created_at: now,
      updated_at: now,
    };
    await this.write(recordName('jurisdiction', body.name), async (trx, record) => {
      await trx.insertInto('jurisdictions').values(row).execute();
      await record(
        actorEvent(actor, 'registry.jurisdiction.create', 'jurisdiction', row.id, { after: V.jurisdiction(row) }),
      );
    });
    return V.jurisdiction(row);
  }

  /** Changes a jurisdiction (admin). */
  async updateJurisdiction(actor: Actor, id: string, body: S.JurisdictionUpdate): Promise<S.JurisdictionView> {
    const before = await this.getJurisdiction(actor, id);
    if (!ORG_ADMINS.has(actor.role))
      throw await this.refused(
        actor,
        forbidden(actor, writeOf('update', 'jurisdiction')),
        'jurisdiction',
        id,
        'update',
      );
    this.checkProfile(body.profileId);
    if (body.parentId != null) {
      if ((await jurisdictionSubtree(this.db, id)).has(body.parentId)) {
        throw bilingualError(
          'PSVIS_ERR_VALIDATION',
          {
            zh: '管辖区域不能移到其自身或其下级区域之下',
            en: 'a jurisdiction cannot be moved under itself or its own descendant',
          },
          { field: 'parentId' },
        );
      }
      await this.getJurisdiction(actor, body.parentId);
    }
    const set = defined({
      name: body.name,
      level: body.level,
      parent_id: body.parentId,
      code: body.code,
      profile_id: body.profileId,
      updated_at: this.clock.now().toISOString(),
    });
    await this.write(recordName('jurisdiction'), async (trx, record) => {
      await trx.updateTable('jurisdictions').set(set).where('id', '=', id).execute();
      await record(actorEvent(actor, 'registry.jurisdiction.update', 'jurisdiction', id, { before, change: body }));
    });
    return this.getJurisdiction(actor, id);
  }

  /** Deletes a jurisdiction nothing refers to (admin). */
  async deleteJurisdiction(actor: Actor, id: string): Promise<void> {
    const before = await this.getJurisdiction(actor, id);
    if (!ORG_ADMINS.has(actor.role))
      throw await this.refused(
        actor,
        forbidden(actor, writeOf('delete', 'jurisdiction')),
        'jurisdiction',
        id,
        'delete',
      );
    await this.write(recordName('jurisdiction', id), async (trx, record) => {
      await trx.deleteFrom('jurisdictions').where('id', '=', id).execute();
      await record(actorEvent(actor, 'registry.jurisdiction.delete', 'jurisdiction', id, { before }));
    });
  }

  // ---- organizations -------------------------------------------------------------------------

  /** Lists organizations in scope. */
  async listOrganizations(
    actor: Actor,
    f: S.PageQuery & { kind?: string | undefined; jurisdictionId?: string | undefined; industry?: string | undefined },
  ): Promise<Page<S.OrganizationView>> {
    const ids = await scopeOrgIds(this.db, actor.scope);
    let q = this.db
      .selectFrom('organizations')
      .selectAll()
      .orderBy('id')
      .limit(f.limit + 1);
    if (ids !== null) q = q.where('id', 'in', ids);
    if (f.cursor !== undefined) q = q.where('id', '>', f.cursor);
    if (f.kind !== undefined) q = q.where('kind', '=', f.kind);
    if (f.jurisdictionId !== undefined) q = q.where('jurisdiction_id', '=', f.jurisdictionId);
    if (f.industry !== undefined) q = q.where('industry', '=', f.industry);
    if (f.q !== undefined) q = q.where('name', 'like', `%${f.q}%`);
    return page(await q.execute(), f.limit, V.organization);
  }

  /** One organization, or 404 when out of scope. */
  async getOrganization(actor: Actor, id: string, attempted = 'read'): Promise<S.OrganizationView> {
    const row = await this.db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined || !orgInScope(actor.scope, row)) {
      throw await this.refused(actor, notFound('organization', id), 'organization', id, attempted);
    }
    return V.organization(row);
  }

  /** Creates an organization (admin). */
  async createOrganization(actor: Actor, body: S.OrganizationCreate): Promise<S.OrganizationView> {
    if (!ORG_ADMINS.has(actor.role)) throw forbidden(actor, writeOf('create', 'organization'));
    if (body.jurisdictionId != null) await this.getJurisdiction(actor, body.jurisdictionId);
    const now = this.clock.now().toISOString();
    const row = {
      id: newId(),
      name: body.name,
      kind: body.kind,
      industry: nul(body.industry),
      jurisdiction_id: nul(body.jurisdictionId),
      is_government: flag(body.isGovernment, 0),
      credit_code: nul(body.creditCode),
      address: nul(body.address),
      contact_name: nul(body.contactName),
      contact_phone: nul(body.contactPhone),
      created_at: now,
      updated_at: now,
    };
    await this.write(recordName('organization', body.name), async (trx, record) => {
      await trx.insertInto('organizations').values(row).execute();
      await record(
        actorEvent(actor, 'registry.organization.create', 'organization', row.id, { after: V.organization(row) }),
      );
    });
    return V.organization(row);
  }

  /** Changes an organization: admin, or the unit's own manager for its contact facts. */
  async updateOrganization(actor: Actor, id: string, body: S.OrganizationUpdate): Promise<S.OrganizationView> {
    const before = await this.getOrganization(actor, id, 'update');
    const ownManager = actor.role === 'unit_manager' && actor.orgId === id;
    const structural = body.kind !== undefined || body.jurisdictionId !== undefined || body.isGovernment !== undefined;
    if (!ORG_ADMINS.has(actor.role) && !(ownManager && !structural)) {
      throw await this.refused(
        actor,
        forbidden(
          actor,
          structural
            ? {
                zh: '修改单位类型、所属管辖区域或政府机关属性',
                en: "change an organization's kind, jurisdiction or government status",
              }
            : { zh: '修改该单位', en: 'change this organization' },
        ),
        'organization',
        id,
        'update',
      );
    }
    if (body.jurisdictionId != null) await this.getJurisdiction(actor, body.jurisdictionId);
    const set = defined({
      name: body.name,
      kind: body.kind,
      industry: body.industry,
      jurisdiction_id: body.jurisdictionId,
      is_government: body.isGovernment === undefined ? undefined : flag(body.isGovernment, 0),
      credit_code: body.creditCode,
      address: body.address,
      contact_name: body.contactName,
      contact_phone: body.contactPhone,
      updated_at: this.clock.now().toISOString(),
    });
    await this.write(recordName('organization'), async (trx, record) => {
      await trx.updateTable('organizations').set(set).where('id', '=', id).execute();
      await record(actorEvent(actor, 'registry.organization.update', 'organization', id, { before, change: body }));
    });
    return this.getOrganization(actor, id);
  }

  /** Deletes an organization nothing refers to (admin). */
  async deleteOrganization(actor: Actor, id: string): Promise<void> {
    const before = await this.getOrganization(actor, id, 'delete');
    if (!ORG_ADMINS.has(actor.role))
      throw await this.refused(
        actor,
        forbidden(actor, writeOf('delete', 'organization')),
        'organization',
        id,
        'delete',
      );
    await this.write(recordName('organization', id), async (trx, record) => {
      await trx.deleteFrom('organizations').where('id', '=', id).execute();
      await record(actorEvent(actor, 'registry.organization.delete', 'organization', id, { before }));
    });
  }

  /** The organization a new record belongs to: the caller's own unless named (and in scope). */
  private async owningOrg(actor: Actor, orgId: string | undefined, what: 'site' | 'system') {
    const id = orgId ?? actor.orgId;
    await this.getOrganization(actor, id, `create ${what}`);
    if (!REGISTRY_WRITERS.has(actor.role))
      throw await this.refused(actor, forbidden(actor, writeOf('create', what)), 'organization', id, `create ${what}`);
    const org = await orgFacts(this.db, id);
    if (org === undefined) throw notFound('organization', id);
    return org;
  }

  /** Refuses (audited, 403) a role that writes no registry records; `of` is what a write under `targetType` makes. */
  private async mayWrite(
    actor: Actor,
    targetType: RecordKind,
    id: string,
    write: 'create' | 'update' | 'delete',
    of: RecordKind = targetType,
  ): Promise<void> {
    const attempted = of === targetType ? write : `${write} ${of}`;
    if (!REGISTRY_WRITERS.has(actor.role))
      throw await this.refused(actor, forbidden(actor, writeOf(write, of)), targetType, id, attempted);
  }

  // ---- sites ---------------------------------------------------------------------------------

  private checkPlace(code: string | undefined): void {
    if (code !== undefined && !this.vocabulary.hasPlaceCategory(code)) {
      throw bilingualError(
        'PSVIS_ERR_UNKNOWN_CATEGORY',
        {
          zh: `未知的场所类别“${code}”；GET /api/v1/categories 列出可用的类别代码`,
          en: `unknown place category "${code}"; GET /api/v1/categories lists the codes`,
        },
        { field: 'placeCategory', code },
        400,
      );
    }
  }

  /** Lists sites in scope. */
  async listSites(
    actor: Actor,
    f: S.PageQuery & { orgId?: string | undefined; placeCategory?: string | undefined },
  ): Promise<Page<S.SiteView>> {
    let q = ownedList(this.db, 'sites', await scopeOrgIds(this.db, actor.scope), f);
    if (f.orgId !== undefined) q = q.where('org_id', '=', f.orgId);
    if (f.placeCategory !== undefined) q = q.where('place_category', '=', f.placeCategory);
    return page(await q.execute(), f.limit, V.site);
  }

  /** One site, or 404 when out of scope. */
  async getSite(actor: Actor, id: string, attempted = 'read'): Promise<S.SiteView> {
    const row = await this.db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
    return V.site(await this.requireInScope(actor, row, 'site', id, attempted));
  }

  /** Registers a site of a unit. */
  async createSite(actor: Actor, body: S.SiteCreate): Promise<S.SiteView> {
    const org = await this.owningOrg(actor, body.orgId, 'site');
    this.checkPlace(body.placeCategory);
    const now = this.clock.now().toISOString();
    const row = {
      id: newId(),
      org_id: org.id,
      name: body.name,
      place_category: body.placeCategory,
      address: nul(body.address),
      latitude: nul(body.latitude),
      longitude: nul(body.longitude),
      is_public: flag(body.isPublic, 1),
      created_at: now,
      updated_at: now,
    };
    await this.write(recordName('site', body.name), async (trx, record) => {
      await trx.insertInto('sites').values(row).execute();
      await record(actorEvent(actor, 'registry.site.create', 'site', row.id, { after: V.site(row) }));
    });
    return V.site(row);
  }

  /** Changes a site. */
  async updateSite(actor: Actor, id: string, body: S.SiteUpdate): Promise<S.SiteView> {
    const before = await this.getSite(actor, id, 'update');
    await this.mayWrite(actor, 'site', id, 'update');
    this.checkPlace(body.placeCategory);
    if (body.placeCategory !== undefined) await this.recheckCamerasAt(actor, id, body.placeCategory);
    const set = defined({
      name: body.name,
      place_category: body.placeCategory,
      address: body.address,
      latitude: body.latitude,
      longitude: body.longitude,
      is_public: body.isPublic === undefined ? undefined : flag(body.isPublic, 1),
      updated_at: this.clock.now().toISOString(),
    });
    await this.write(recordName('site'), async (trx, record) => {
      await trx.updateTable('sites').set(set).where('id', '=', id).execute();
      await record(actorEvent(actor, 'registry.site.update', 'site', id, { before, change: body }));
    });
    return this.getSite(actor, id);
  }

  /** Deletes a site with no cameras. */
  async deleteSite(actor: Actor, id: string): Promise<void> {
    const before = await this.getSite(actor, id, 'delete');
    await this.mayWrite(actor, 'site', id, 'delete');
    await this.write(recordName('site', id), async (trx, record) => {
      await trx.deleteFrom('sites').where('id', '=', id).execute();
      await record(actorEvent(actor, 'registry.site.delete', 'site', id, { before }));
    });
  }

  // ---- systems -------------------------------------------------------------------------------

  /** Lists systems in scope. */
  async listSystems(
    actor: Actor,
    f: S.PageQuery & { orgId?: string | undefined; lifecycle?: string | undefined },
  ): Promise<Page<S.SystemView>> {
    let q = ownedList(this.db, 'systems', await scopeOrgIds(this.db, actor.scope), f);
    if (f.orgId !== undefined) q = q.where('org_id', '=', f.orgId);
    if (f.lifecycle !== undefined) q = q.where('lifecycle', '=', f.lifecycle);
    return page(await q.execute(), f.limit, V.system);
  }

  /** One system, or 404 when out of scope. */
  async getSystem(actor: Actor, id: string, attempted = 'read'): Promise<S.SystemView> {
    const row = await this.db.selectFrom('systems').selectAll().where('id', '=', id).executeTakeFirst();
    return V.system(await this.requireInScope(actor, row, 'system', id, attempted));
  }

  private async checkPartnerOrg(
    id: string | null | undefined,
    field: 'builderOrgId' | 'maintainerOrgId',
  ): Promise<void> {
    if (id == null) return;
    if ((await orgFacts(this.db, id)) === undefined) {
      const role = field === 'builderOrgId' ? '建设单位' : '维护单位';
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `未找到${role} ${id}`, en: `organization ${id} (${field}) not found` },
        { field },
        404,
      );
    }
  }

  /** Registers a unit's video system. */
  async createSystem(actor: Actor, body: S.SystemCreate): Promise<S.SystemView> {
    const org = await this.owningOrg(actor, body.orgId, 'system');
    await this.checkPartnerOrg(body.builderOrgId, 'builderOrgId');
    await this.checkPartnerOrg(body.maintainerOrgId, 'maintainerOrgId');
    const now = this.clock.now().toISOString();
    const row = {
      id: newId(),
      org_id: org.id,
      name: body.name,
      builder_org_id: nul(body.builderOrgId),
      maintainer_org_id: nul(body.maintainerOrgId),
      government_built: flag(body.governmentBuilt, org.is_government),
      lifecycle: body.lifecycle ?? 'planned',
      planned_at: nul(body.plannedAt),
      built_at: nul(body.builtAt),
      accepted_at: nul(body.acceptedAt),
      in_use_at: nul(body.inUseAt),
      removed_at: nul(body.removedAt),
      changed_at: null,
      maintenance_agreement_ref: nul(body.maintenanceAgreementRef),
      created_at: now,
      updated_at: now,
    };
    await this.write(recordName('system', body.name), async (trx, record) => {
      await trx.insertInto('systems').values(row).execute();
      await record(actorEvent(actor, 'registry.system.create', 'system', row.id, { after: V.system(row) }));
    });
    return V.system(row);
  }

  /** Changes a system, including its lifecycle step and dates. */
  async updateSystem(actor: Actor, id: string, body: S.SystemUpdate): Promise<S.SystemView> {
    const before = await this.getSystem(actor, id, 'update');
    await this.mayWrite(actor, 'system', id, 'update');
    await this.checkPartnerOrg(body.builderOrgId, 'builderOrgId');
    await this.checkPartnerOrg(body.maintainerOrgId, 'maintainerOrgId');
    const set = defined({
      name: body.name,
      builder_org_id: body.builderOrgId,
      maintainer_org_id: body.maintainerOrgId,
      maintenance_agreement_ref: body.maintenanceAgreementRef,
      government_built: body.governmentBuilt === undefined ? undefined : flag(body.governmentBuilt, 0),
      lifecycle: body.lifecycle,
      planned_at: body.plannedAt,
      built_at: body.builtAt,
      accepted_at: body.acceptedAt,
      in_use_at: body.inUseAt,
      removed_at: body.removedAt,
      updated_at: this.clock.now().toISOString(),
    });
    await this.write(recordName('system'), async (trx, record) => {
      await trx.updateTable('systems').set(set).where('id', '=', id).execute();
      await record(actorEvent(actor, 'registry.system.update', 'system', id, { before, change: body }));
    });
    return this.getSystem(actor, id);
  }

  /** Deletes a system with no cameras. */
  async deleteSystem(actor: Actor, id: string): Promise<void> {
    const before = await this.getSystem(actor, id, 'delete');
    await this.mayWrite(actor, 'system', id, 'delete');
    await this.write(recordName('system', id), async (trx, record) => {
      await trx.deleteFrom('systems').where('id', '=', id).execute();
      await record(actorEvent(actor, 'registry.system.delete', 'system', id, { before }));
    });
  }

  // ---- cameras -------------------------------------------------------------------------------

  /** Lists cameras in scope. */
  async listCameras(
    actor: Actor,
    f: S.PageQuery & {
      orgId?: string | undefined;
      systemId?: string | undefined;
      siteId?: string | undefined;
      locationCategory?: string | undefined;
      enabled?: 'true' | 'false' | undefined;
    },
  ): Promise<Page<S.CameraView>> {
    let q = ownedList(this.db, 'cameras', await scopeOrgIds(this.db, actor.scope), f);
    if (f.orgId !== undefined) q = q.where('org_id', '=', f.orgId);
    if (f.systemId !== undefined) q = q.where('system_id', '=', f.systemId);
    if (f.siteId !== undefined) q = q.where('site_id', '=', f.siteId);
    if (f.locationCategory !== undefined) q = q.where('location_category', '=', f.locationCategory);
    if (f.enabled !== undefined) q = q.where('enabled', '=', f.enabled === 'true' ? 1 : 0);
    return page(await q.execute(), f.limit, V.camera);
  }

  /** One camera, or 404 when out of scope. */
  async getCamera(actor: Actor, id: string, attempted = 'read'): Promise<S.CameraView> {
    const row = await this.db.selectFrom('cameras').selectAll().where('id', '=', id).executeTakeFirst();
    return V.camera(await this.requireInScope(actor, row, 'camera', id, attempted));
  }

  /**
   * Validates a camera's codes and runs the jurisdiction's rules (prohibited places, government-only
   * zones, retention floor); a refusal is audited with its articles and thrown.
   */
  private async checkCamera(
    actor: Actor,
    c: {
      id: string | null;
      systemId: string;
      siteId: string;
      locationCategory: string;
      important: boolean;
      retentionDays: number | null;
      deviceId?: string | undefined;
      /** A site's category about to change, checked before it is written. */
      placeCategory?: string | undefined;
    },
    attempted: string,
  ): Promise<{ orgId: string }> {
    if (c.deviceId !== undefined) validateCameraDeviceId(c.deviceId);
    if (!this.vocabulary.hasLocationCategory(c.locationCategory)) {
      throw bilingualError(
        'PSVIS_ERR_UNKNOWN_CATEGORY',
        {
          zh: `未知的安装部位“${c.locationCategory}”；GET /api/v1/categories 列出可用的部位代码`,
          en: `unknown location category "${c.locationCategory}"; GET /api/v1/categories lists the codes`,
        },
        { field: 'locationCategory', code: c.locationCategory },
        400,
      );
    }
    const system = await this.getSystem(actor, c.systemId, attempted);
    const site = await this.getSite(actor, c.siteId, attempted);
    if (site.orgId !== system.orgId) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '所在场所与所属系统不属于同一单位', en: 'the site and the system belong to different organizations' },
        { field: 'siteId' },
        400,
      );
    }
    const org = await orgFacts(this.db, system.orgId);
    const refusal = this.cameraRules.checkCamera({
      profileIds: await profileChain(this.db, org?.jurisdiction_id ?? null),
      asOf: this.clock.now(),
      orgIsGovernment: org?.is_government === 1,
      systemGovernmentBuilt: system.governmentBuilt,
      placeCategory: c.placeCategory ?? site.placeCategory,
      locationCategory: c.locationCategory,
      important: c.important,
      retentionDays: c.retentionDays,
    });
    if (refusal !== null) {
      await this.audit.append({
        actorUserId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'registry.camera.refused',
        targetType: c.id === null ? 'site' : 'camera',
        targetId: c.id ?? c.siteId,
        details: { attempted, code: refusal.code, message: refusal.message, ...refusal.details },
      });
      throw refusal;
    }
    return { orgId: system.orgId };
  }

  /** A site's category change must not put its existing cameras somewhere they are prohibited. */
  private async recheckCamerasAt(actor: Actor, siteId: string, placeCategory: string): Promise<void> {
    const cams = await this.db.selectFrom('cameras').selectAll().where('site_id', '=', siteId).execute();
    for (const cam of cams) {
      await this.checkCamera(
        actor,
        {
          id: cam.id,
          systemId: cam.system_id,
          siteId,
          locationCategory: cam.location_category,
          important: cam.important === 1,
          retentionDays: cam.retention_days,
          placeCategory,
        },
        'update site',
      );
    }
  }

  /** A camera added, removed or moved is a change of the system (辽宁 第十二条: re-file within 3 working days). */
  private async touchSystem(trx: Transaction<Database>, systemId: string, at: string): Promise<void> {
    await trx.updateTable('systems').set({ changed_at: at }).where('id', '=', systemId).execute();
  }

  /** Registers a camera, refusing prohibited places with the articles that prohibit them. */
  async createCamera(actor: Actor, body: S.CameraCreate): Promise<S.CameraView> {
    const system = await this.getSystem(actor, body.systemId, 'create camera');
    await this.mayWrite(actor, 'system', system.id, 'create', 'camera');
    const { orgId } = await this.checkCamera(
      actor,
      {
        id: null,
        systemId: body.systemId,
        siteId: body.siteId,
        locationCategory: body.locationCategory,
        important: body.important ?? false,
        retentionDays: nul(body.retentionDays),
        deviceId: body.deviceId,
      },
      'create camera',
    );
    const now = this.clock.now().toISOString();
    const row = {
      id: newId(),
      org_id: orgId,
      system_id: body.systemId,
      site_id: body.siteId,
      name: body.name,
      device_id: body.deviceId,
      location_category: body.locationCategory,
      main_stream_url: nul(body.mainStreamUrl),
      sub_stream_url: nul(body.subStreamUrl),
      important: flag(body.important, 0),
      signage: flag(body.signage, 0),
      latitude: nul(body.latitude),
      longitude: nul(body.longitude),
      direction_deg: nul(body.directionDeg),
      enabled: flag(body.enabled, 1),
      retention_days: nul(body.retentionDays),
      created_at: now,
      updated_at: now,
    };
    await this.write(cameraWithDeviceId(body.deviceId), async (trx, record) => {
      await trx.insertInto('cameras').values(row).execute();
      await this.touchSystem(trx, row.system_id, now);
      await record(actorEvent(actor, 'registry.camera.create', 'camera', row.id, { after: V.camera(row) }));
    });
    this.events.emit('camera-changed', { cameraId: row.id, change: 'created' });
    return V.camera(row);
  }

  /** Changes or moves a camera; a move into a prohibited place is refused like a registration. */
  async updateCamera(actor: Actor, id: string, body: S.CameraUpdate): Promise<S.CameraView> {
    const before = await this.getCamera(actor, id, 'update');
    await this.mayWrite(actor, 'camera', id, 'update');
    await this.checkCamera(
      actor,
      {
        id,
        systemId: before.systemId,
        siteId: body.siteId ?? before.siteId,
        locationCategory: body.locationCategory ?? before.locationCategory,
        important: body.important ?? before.important,
        retentionDays: body.retentionDays === undefined ? before.retentionDays : body.retentionDays,
        deviceId: body.deviceId,
      },
      'update camera',
    );
    const set = defined({
      site_id: body.siteId,
      name: body.name,
      device_id: body.deviceId,
      location_category: body.locationCategory,
      main_stream_url: body.mainStreamUrl,
      sub_stream_url: body.subStreamUrl,
      important: body.important === undefined ? undefined : flag(body.important, 0),
      signage: body.signage === undefined ? undefined : flag(body.signage, 0),
      latitude: body.latitude,
      longitude: body.longitude,
      direction_deg: body.directionDeg,
      enabled: body.enabled === undefined ? undefined : flag(body.enabled, 1),
      retention_days: body.retentionDays,
      updated_at: this.clock.now().toISOString(),
    });
    // A new device ID is the one change that can collide with another camera: name the camera by it.
    const named = body.deviceId === undefined ? recordName('camera') : cameraWithDeviceId(body.deviceId);
    await this.write(named, async (trx, record) => {
      await trx.updateTable('cameras').set(set).where('id', '=', id).execute();
      if (body.siteId !== undefined || body.locationCategory !== undefined) {
        await this.touchSystem(trx, before.systemId, set.updated_at ?? this.clock.now().toISOString());
      }
      await record(actorEvent(actor, 'registry.camera.update', 'camera', id, { before, change: body }));
    });
    this.events.emit('camera-changed', { cameraId: id, change: 'updated' });
    return this.getCamera(actor, id);
  }

  /** Removes a camera from the registry. */
  async deleteCamera(actor: Actor, id: string): Promise<void> {
    const before = await this.getCamera(actor, id, 'delete');
    await this.mayWrite(actor, 'camera', id, 'delete');
    await this.write(recordName('camera', id), async (trx, record) => {
      await trx.deleteFrom('cameras').where('id', '=', id).execute();
      await this.touchSystem(trx, before.systemId, this.clock.now().toISOString());
      await record(actorEvent(actor, 'registry.camera.delete', 'camera', id, { before }));
    });
    this.events.emit('camera-changed', { cameraId: id, change: 'deleted' });
  }
}

/** The tables of records a unit owns, each with an org_id. */
type OwnedTable = 'sites' | 'systems' | 'cameras';

/**
 * What every list of owned records shares: the caller's scope, the cursor, the name search, the
 * order and the page size. Typed on `sites` inside (the three tables share these columns) and
 * handed back typed on the table asked for, for its own filters.
 */
function ownedList<T extends OwnedTable>(db: Kysely<Database>, table: T, orgIds: string[] | null, f: S.PageQuery) {
  let q = db
    .selectFrom(table as 'sites')
    .selectAll()
    .orderBy('id')
    .limit(f.limit + 1);
  if (orgIds !== null) q = q.where('org_id', 'in', orgIds);
  if (f.cursor !== undefined) q = q.where('id', '>', f.cursor);
  if (f.q !== undefined) q = q.where('name', 'like', `%${f.q}%`);
  return q as unknown as SelectQueryBuilder<Database, T, Selectable<Database[T]>>;
}

function page<R extends { id: string }, T>(rows: R[], limit: number, view: (r: R) => T): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { items: items.map(view), nextCursor: more ? (items[items.length - 1]?.id ?? null) : null };
}
