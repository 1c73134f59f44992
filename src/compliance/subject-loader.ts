import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Subject, SubjectOrg } from './subject.ts';

// The adapter between the database and the pure engine: reads the registry and compliance records
// of some organizations into the plain Subject the engine evaluates.

const date = (s: string | null): Date | undefined => (s === null ? undefined : new Date(s));
const opt = <K extends string, V>(key: K, v: V | null | undefined): Partial<Record<K, V>> =>
  v === null || v === undefined ? {} : ({ [key]: v } as Record<K, V>);

/** Loads everything the engine needs about `orgIds` (all organizations when null). */
export async function loadSubject(db: Kysely<Database>, orgIds: readonly string[] | null): Promise<Subject> {
  const ids = orgIds === null ? null : orgIds.length > 0 ? [...orgIds] : [''];
  const orgs = await (
    ids === null
      ? db.selectFrom('organizations').selectAll()
      : db.selectFrom('organizations').selectAll().where('id', 'in', ids)
  ).execute();
  // Filtered in SQL: a police-wide check must not read every unit's rows to keep a few.
  const own = ids ?? [];
  const all = ids === null;
  const sites = await db
    .selectFrom('sites')
    .selectAll()
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  const systems = await db
    .selectFrom('systems')
    .selectAll()
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  const cameras = await db
    .selectFrom('cameras')
    .selectAll()
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  const filings = await db
    .selectFrom('filings')
    .selectAll()
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  const training = await db
    .selectFrom('training_records')
    .selectAll()
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  const marks = await db
    .selectFrom('advisory_marks')
    .selectAll()
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  const cameraSystem = new Map(cameras.map((c) => [c.id, c.system_id]));
  const register = await db
    .selectFrom('access_register')
    .selectAll()
    .$if(!all, (q) => q.where('camera_id', 'in', db.selectFrom('cameras').select('id').where('org_id', 'in', own)))
    .execute()
    // Entries of cameras since removed from the registry belong to no system the engine sees.
    .then((rows) => rows.filter((r) => cameraSystem.has(r.camera_id)));
  return {
    organizations: orgs.map((o): SubjectOrg => ({
      id: o.id,
      kind: o.kind as SubjectOrg['kind'],
      name: o.name,
      ...opt('industry', o.industry),
      jurisdictionId: o.jurisdiction_id ?? '',
      isGovernment: o.is_government === 1,
    })),
    sites: sites.map((s) => ({
      id: s.id,
      orgId: s.org_id,
      name: s.name,
      placeCategory: s.place_category,
      isPublic: s.is_public === 1,
    })),
    systems: systems.map((s) => ({
      id: s.id,
      orgId: s.org_id,
      name: s.name,
      ...opt('builderOrgId', s.builder_org_id),
      governmentBuilt: s.government_built === 1,
      ...opt('plannedAt', date(s.planned_at)),
      ...opt('builtAt', date(s.built_at)),
      ...opt('acceptedAt', date(s.accepted_at)),
      ...opt('inUseAt', date(s.in_use_at)),
      ...opt('removedAt', date(s.removed_at)),
      ...opt('changedAt', date(s.changed_at)),
      // A maintainer other than the unit itself means maintenance is outsourced (国家 第十五条第二款).
      maintenanceOutsourced: s.maintainer_org_id !== null && s.maintainer_org_id !== s.org_id,
      ...opt('maintenanceAgreementRef', s.maintenance_agreement_ref),
    })),
    cameras: cameras.map((c) => ({
      id: c.id,
      systemId: c.system_id,
      siteId: c.site_id,
      locationCategory: c.location_category,
      important: c.important === 1,
      signage: c.signage === 1,
      retentionDays: c.retention_days,
    })),
    filings: filings.map((f) => ({
      systemId: f.system_id,
      kind: f.kind as 'first' | 'change' | 'removal' | 'pre_existing',
      ...opt('submittedAt', date(f.submitted_at)),
      ...opt('noticeGivenAt', date(f.notice_given_at)),
    })),
    trainingRecords: training.map((t) => ({
      orgId: t.org_id,
      heldAt: new Date(t.held_at),
      topic: t.topic,
      attendees: t.attendees,
    })),
    // Every view, playback, snapshot and export psvis served (delivery's access register).
    accessRegister: register.map((r) => ({
      id: r.id,
      systemId: cameraSystem.get(r.camera_id) ?? '',
      at: new Date(r.time),
      action: r.action === 'export' ? ('copy' as const) : ('view' as const),
      accessorNames: [r.actor_display_name],
      accessorUnit: r.requesting_unit ?? r.actor_org_name,
      ...opt('purpose', r.purpose),
      content: `camera ${r.camera_id}${r.range_from !== null ? ` ${r.range_from}–${r.range_to ?? ''}` : ' live'}`,
      ...opt('destination', r.destination),
      byAuthority: r.access_request_id !== null,
      ...opt('approvalRef', r.access_request_id),
    })),
    advisoryMarks: marks.map((m) => ({
      ruleId: m.rule_id,
      orgId: m.org_id,
      doneAt: new Date(m.done_at),
      evidenceRef: m.evidence_ref,
    })),
  };
}
