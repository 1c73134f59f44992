// Reading access requests back: the row with its cameras and officers, who may see it, whether
// its grant is in force, its API view, and the audited refusal every rule here ends in.
import type { Kysely, Selectable } from 'kysely';
import { actorEvent, type AuditLog } from '../../audit/audit-log.ts';
import type {
  AccessRequestItemTable,
  AccessRequestOfficerTable,
  AccessRequestTable,
  Database,
} from '../../db/schema.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import { orgInScope, type Actor } from '../../identity/scope.ts';
import { orgFacts } from '../../registry/scoping.ts';
import { bilingualError } from '../refusal.ts';
import type { ChosenRoute, PersonsRule } from './routing.ts';
import type { RequestView } from './schemas.ts';

/** The route as stored with a request: the chosen route, the approving levels and the articles a refusal cites. */
export interface StoredRoute extends ChosenRoute {
  levels: string[] | null;
  scopeArticles: string[];
}

/** A request row with its cameras, officers and parsed route. */
export interface LoadedRequest {
  row: Selectable<AccessRequestTable>;
  items: Selectable<AccessRequestItemTable>[];
  officers: Selectable<AccessRequestOfficerTable>[];
  route: StoredRoute;
  persons: PersonsRule;
  approverOrgIds: string[];
}

/** Whether a request's grant lets its officers act now, and if not, why. */
export type GrantState =
  { active: true } | { active: false; reason: 'pending' | 'refused' | 'revoked' | 'not_started' | 'expired' };

/** True for an emergency that started before its approval and is still waiting for it. */
export function emergencyUnapproved(r: LoadedRequest): boolean {
  return r.row.status === 'pending' && r.row.emergency === 1 && r.route.approveAfter;
}

/** The grant's state at `now`. */
export function grantState(r: LoadedRequest, now: Date): GrantState {
  const { row } = r;
  if (row.status === 'refused' || row.status === 'revoked') return { active: false, reason: row.status };
  if (row.status === 'pending' && !emergencyUnapproved(r)) return { active: false, reason: 'pending' };
  const t = now.toISOString();
  if (row.valid_from === null || row.valid_from > t) return { active: false, reason: 'not_started' };
  if (row.valid_until === null || row.valid_until <= t) return { active: false, reason: 'expired' };
  return { active: true };
}

/** The action of every refusal's audit event. */
export const REFUSED_ACTION = 'governance.access.refused';

/** Persistence and views shared by requests, sittings and the register sheet. */
export class AccessStore {
  constructor(readonly audit: AuditLog) {}

  get db(): Kysely<Database> {
    return this.audit.db;
  }

  /** Audits a refusal (who, what was attempted, the code and the articles) and returns the error to throw. */
  async refusal(
    actor: Actor,
    err: PsvisError,
    target: { type: string; id: string | null },
    attempted: string,
  ): Promise<PsvisError> {
    await this.audit.append(
      actorEvent(actor, REFUSED_ACTION, target.type, target.id, {
        attempted,
        code: err.code,
        status: err.httpStatus,
        message: err.message,
        ...err.details,
      }),
    );
    return err;
  }

  /** A request by id, or undefined. */
  async load(id: string, db: Kysely<Database> = this.db): Promise<LoadedRequest | undefined> {
    const row = await db.selectFrom('access_requests').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) return undefined;
    const items = await db
      .selectFrom('access_request_items')
      .selectAll()
      .where('request_id', '=', id)
      .orderBy('seq')
      .execute();
    const officers = await db
      .selectFrom('access_request_officers')
      .selectAll()
      .where('request_id', '=', id)
      .orderBy('seq')
      .execute();
    return {
      row,
      items,
      officers,
      route: JSON.parse(row.route) as StoredRoute,
      persons: JSON.parse(row.persons) as PersonsRule,
      approverOrgIds: JSON.parse(row.approver_org_ids) as string[],
    };
  }

  /**
   * True when the actor may see the request: the unit whose footage it is, the requesting organ,
   * the organs it is routed to, and police and regulators whose jurisdiction covers the unit.
   */
  async visible(actor: Actor, r: LoadedRequest): Promise<boolean> {
    if (actor.scope.kind === 'all') return true;
    const own = [r.row.unit_org_id, r.row.requesting_org_id, ...r.approverOrgIds];
    if (own.includes(actor.orgId)) return true;
    if (actor.scope.kind !== 'jurisdiction_subtree') return false;
    const unit = await orgFacts(this.db, r.row.unit_org_id);
    return unit !== undefined && orgInScope(actor.scope, unit);
  }

  /** The request if the actor may see it; the audited 404 otherwise (existence is not revealed). */
  async visibleRequest(actor: Actor, id: string, attempted: string): Promise<LoadedRequest> {
    const r = await this.load(id);
    if (r === undefined || !(await this.visible(actor, r))) {
      throw await this.refusal(
        actor,
        bilingualError(
          'PSVIS_ERR_NOT_FOUND',
          { zh: `未找到访问申请 ${id}`, en: `access request ${id} not found` },
          { accessRequest: id },
          404,
        ),
        { type: 'access_request', id },
        attempted,
      );
    }
    return r;
  }

  /** The API view of a request at `now`. */
  async view(r: LoadedRequest, now: Date): Promise<RequestView> {
    const { row } = r;
    const orgIds = [
      ...new Set([
        row.unit_org_id,
        ...(row.requesting_org_id !== null ? [row.requesting_org_id] : []),
        ...r.approverOrgIds,
      ]),
    ];
    const orgs = await this.db
      .selectFrom('organizations')
      .leftJoin('jurisdictions', 'jurisdictions.id', 'organizations.jurisdiction_id')
      .select(['organizations.id', 'organizations.name', 'jurisdictions.level'])
      .where('organizations.id', 'in', orgIds)
      .execute();
    const org = (id: string) => orgs.find((o) => o.id === id);
    const approvers =
      row.approver_role === null || r.approverOrgIds.length === 0
        ? []
        : await this.db
            .selectFrom('users')
            .select(['id', 'display_name'])
            .where('org_id', 'in', r.approverOrgIds)
            .where('role', '=', row.approver_role)
            .where('disabled', '=', 0)
            .orderBy('id')
            .execute();
    const decided =
      row.decided_by !== null && row.decided_at !== null
        ? {
            byUserId: row.decided_by,
            byName: row.decided_by_name ?? '',
            orgId: row.decided_org_id,
            at: row.decided_at,
            note: row.decision_note,
          }
        : null;
    const hasDocument = row.doc_number !== null || row.scan_sha256 !== null;
    return {
      id: row.id,
      type: row.type as RequestView['type'],
      status: row.status as RequestView['status'],
      requesterKind: row.requester_kind,
      accessKind: row.access_kind,
      requestingOrg:
        row.requesting_org_id === null
          ? null
          : { id: row.requesting_org_id, name: org(row.requesting_org_id)?.name ?? row.requesting_unit },
      requestingUnit: row.requesting_unit,
      unitOrg: { id: row.unit_org_id, name: org(row.unit_org_id)?.name ?? '' },
      legalBasis: row.legal_basis,
      purpose: row.purpose,
      caseNo: row.case_no,
      destination: row.destination,
      certificateRef: row.certificate_ref,
      items: r.items.map((i) => ({
        cameraId: i.camera_id,
        cameraName: i.camera_name,
        from: i.range_from,
        to: i.range_to,
      })),
      officers: r.officers.map((o) => ({
        userId: o.user_id,
        username: o.username,
        name: o.name,
        credentialKind: o.credential_kind,
        credentialNo: o.credential_no,
      })),
      citizen: row.citizen === null ? null : (JSON.parse(row.citizen) as Record<string, unknown>),
      route: {
        article: r.route.article,
        profileId: r.route.profileId,
        approval: r.route.approval.by,
        approvalZh: r.route.approvalZh,
        approveAfter: r.route.approveAfter,
        role: row.approver_role,
        levels: r.route.levels,
        organizations: r.approverOrgIds.map((id) => ({ id, name: org(id)?.name ?? '', level: org(id)?.level ?? null })),
        approvers: approvers.map((u) => ({ userId: u.id, displayName: u.display_name })),
      },
      persons: r.persons,
      emergency: row.emergency === 1,
      emergencyUnapproved: emergencyUnapproved(r),
      active: grantState(r, now).active,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      decision: decided,
      document: hasDocument
        ? {
            number: row.doc_number,
            issuer: row.doc_issuer,
            date: row.doc_date,
            scan:
              row.scan_sha256 === null
                ? null
                : {
                    sha256: row.scan_sha256,
                    bytes: row.scan_bytes ?? 0,
                    contentType: row.scan_content_type ?? 'application/octet-stream',
                    filename: row.scan_filename,
                  },
          }
        : null,
      createdBy: row.created_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
