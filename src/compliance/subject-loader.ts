import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { allRules } from './profiles/index.ts';
import { TRAINING_KINDS, type AdvisoryMark, type Subject, type SubjectOrg, type TrainingKind } from './subject.ts';
import type { EvidenceRecord } from './types.ts';

// The adapter between the database and the pure engine: reads the registry and compliance records
// of some organizations into the plain Subject the engine evaluates.

const date = (s: string | null): Date | undefined => (s === null ? undefined : new Date(s));
const opt = <K extends string, V>(key: K, v: V | null | undefined): Partial<Record<K, V>> =>
  v === null || v === undefined ? {} : ({ [key]: v } as Record<K, V>);

/** Filing states the engine counts as filed: submitted to, received or accepted by the police (drafts and returned ones do not count). */
export const FILED_STATUSES = ['submitted', 'received', 'accepted'] as const;

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
    .where('status', 'in', FILED_STATUSES)
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  const training = await db
    .selectFrom('training_records')
    .selectAll()
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  // Every ticket, repaired ones too: a replay as of a past date sees the faults open on that day.
  const faults = await db
    .selectFrom('fault_tickets')
    .select(['id', 'camera_id', 'state', 'opened_at', 'repaired_at', 'temporary_measure', 'updated_at'])
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  const marks = await db
    .selectFrom('advisory_marks')
    .selectAll()
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .execute();
  // Outsourcing agreements in force (国家 第十五条第二款): the engine sees the system as outsourced under them.
  const agreements = await db
    .selectFrom('outsourcing_agreements')
    .select(['reference', 'system_ids', 'signed_at'])
    .where('terminated_at', 'is', null)
    .$if(!all, (q) => q.where('org_id', 'in', own))
    .orderBy('signed_at', 'desc')
    .execute();
  const agreementOf = new Map<string, string>();
  for (const a of agreements) {
    for (const id of JSON.parse(a.system_ids) as string[]) if (!agreementOf.has(id)) agreementOf.set(id, a.reference);
  }
  const evidence = await recordEvidence(db, all ? null : own);
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
      maintenanceOutsourced:
        (s.maintainer_org_id !== null && s.maintainer_org_id !== s.org_id) || agreementOf.has(s.id),
      ...opt('maintenanceAgreementRef', s.maintenance_agreement_ref ?? agreementOf.get(s.id)),
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
      kinds: trainingKinds(t.kinds),
    })),
    faultTickets: faults
      // Tickets of cameras since removed from the registry belong to no camera the engine sees.
      .filter((f) => cameraSystem.has(f.camera_id))
      .map((f) => ({
        id: f.id,
        cameraId: f.camera_id,
        openedAt: new Date(f.opened_at),
        // A ticket no longer open without a repair time closed when it was last updated.
        ...opt('repairedAt', date(f.repaired_at ?? (f.state === 'open' ? null : f.updated_at))),
        ...opt('temporaryMeasure', f.temporary_measure),
      })),
    // Every view, playback, snapshot and export psvis served (delivery's access register).
    accessRegister: register.map((r) => ({
      id: r.id,
      systemId: cameraSystem.get(r.camera_id) ?? '',
      at: new Date(r.time),
      action: r.action === 'export' ? ('copy' as const) : ('view' as const),
      // Under an access request every officer (or the citizen and the unit's handler) is named.
      accessorNames: r.accessor_names === null ? [r.actor_display_name] : (JSON.parse(r.accessor_names) as string[]),
      accessorUnit: r.requesting_unit ?? r.actor_org_name,
      ...opt('purpose', r.purpose),
      content: `camera ${r.camera_id}${r.range_from !== null ? ` ${r.range_from}–${r.range_to ?? ''}` : ' live'}`,
      ...opt('destination', r.destination),
      ...opt('recordedBy', r.recorded_by),
      byAuthority: r.access_request_id !== null,
      ...opt('approvalRef', r.access_request_id),
    })),
    advisoryMarks: [
      ...marks.map((m) => ({
        ruleId: m.rule_id,
        orgId: m.org_id,
        doneAt: new Date(m.done_at),
        evidenceRef: m.evidence_ref,
      })),
      ...evidence,
    ],
  };
}

/** The kinds a training record names (a JSON array; null on records kept before kinds were). */
function trainingKinds(json: string | null): TrainingKind[] {
  if (json === null) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed)
    ? parsed.filter((k): k is TrainingKind => (TRAINING_KINDS as readonly unknown[]).includes(k))
    : [];
}

/** How each kind of record reads as evidence. */
const EVIDENCE_ZH: Readonly<Record<EvidenceRecord, string>> = {
  duty_log: '值班记录',
  maintenance: '维护记录',
  fault_repair: '故障修复记录',
};

/**
 * Advisory duties a unit's own records evidence (the rules' `evidencedBy`): its earliest duty log,
 * maintenance record or repaired fault marks the duty done from that day, as a user's mark would.
 */
async function recordEvidence(db: Kysely<Database>, own: readonly string[] | null): Promise<AdvisoryMark[]> {
  const rules = allRules().filter((r) => (r.params.evidencedBy ?? []).length > 0);
  if (rules.length === 0) return [];
  const ids = own === null ? null : own.length > 0 ? [...own] : [''];
  const earliest = async (kind: EvidenceRecord): Promise<{ orgId: string; at: string; id: string }[]> => {
    switch (kind) {
      case 'duty_log':
        return (
          await db
            .selectFrom('duty_logs')
            .select(['org_id', 'from_at as at', 'id'])
            .$if(ids !== null, (q) => q.where('org_id', 'in', ids ?? []))
            .orderBy('from_at')
            .execute()
        ).map((r) => ({ orgId: r.org_id, at: r.at, id: r.id }));
      case 'maintenance':
        return (
          await db
            .selectFrom('maintenance_records')
            .select(['org_id', 'performed_at as at', 'id'])
            .$if(ids !== null, (q) => q.where('org_id', 'in', ids ?? []))
            .orderBy('performed_at')
            .execute()
        ).map((r) => ({ orgId: r.org_id, at: r.at, id: r.id }));
      case 'fault_repair':
        return (
          await db
            .selectFrom('fault_tickets')
            .select(['org_id', 'repaired_at', 'id'])
            .where('state', '=', 'repaired')
            .where('repaired_at', 'is not', null)
            .$if(ids !== null, (q) => q.where('org_id', 'in', ids ?? []))
            .orderBy('repaired_at')
            .execute()
        ).map((r) => ({ orgId: r.org_id, at: r.repaired_at ?? '', id: r.id }));
    }
  };
  const byKind = new Map<EvidenceRecord, { orgId: string; at: string; id: string }[]>();
  const out: AdvisoryMark[] = [];
  for (const rule of rules) {
    const first = new Map<string, { at: string; ref: string }>();
    for (const kind of rule.params.evidencedBy ?? []) {
      if (!byKind.has(kind)) byKind.set(kind, await earliest(kind));
      for (const r of byKind.get(kind) ?? []) {
        const seen = first.get(r.orgId);
        if (seen === undefined || r.at < seen.at) first.set(r.orgId, { at: r.at, ref: `${EVIDENCE_ZH[kind]} ${r.id}` });
      }
    }
    for (const [orgId, e] of first) {
      out.push({ ruleId: rule.id, orgId, doneAt: new Date(e.at), evidenceRef: e.ref });
    }
  }
  return out;
}
