// What the printed filing form (备案登记表, src/governance/pdf/filing-form.ts) takes from the
// workflow: the facts as they were filed (not the registry as it stands now), the point list, the
// materials, and the receiving office's receipt, site visit and decision.
import type { Kysely } from 'kysely';
import type { Database, FilingTable } from '../../db/schema.ts';
import type { FilingFormData } from '../pdf/filing-form.ts';
import type { FilingContent } from './content.ts';
import { channelZh, materialZh } from './terms.ts';

const STATUS_ZH: Readonly<Record<string, string>> = {
  draft: '草稿（未提交）',
  submitted: '已提交，待受理',
  received: '已受理，待审核',
  accepted: '备案通过',
  returned: '已退回，待补正',
};

/** The form's data with the workflow's: the filed facts replace the registry's where the filing has them. */
export async function withFilingWorkflow(
  db: Kysely<Database>,
  filing: FilingTable,
  base: FilingFormData,
): Promise<FilingFormData> {
  const materials = await db
    .selectFrom('filing_materials')
    .select(['kind', 'filename', 'sha256'])
    .where('filing_id', '=', filing.id)
    .where('removed_at', 'is', null)
    .orderBy('id')
    .execute();
  const name = async (id: string | null) =>
    id === null
      ? null
      : ((await db.selectFrom('organizations').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null);
  const userName = async (id: string | null) =>
    id === null
      ? null
      : ((await db.selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirst())?.display_name ??
        null);
  const workflow: NonNullable<FilingFormData['workflow']> = {
    statusZh: STATUS_ZH[filing.status] ?? filing.status,
    recipient: await name(filing.recipient_org_id),
    materials: materials.map((m) => ({
      nameZh: materialZh(m.kind),
      filename: m.filename,
      sha256: m.sha256,
    })),
    changeSummary: filing.change_summary,
    removalDate: filing.removal_date,
    removalReason: filing.removal_reason,
    notes: filing.notes,
    receivedAt: filing.received_at,
    receivedBy: await userName(filing.received_by),
    visitPlannedFor: filing.visit_planned_for,
    visitedAt: filing.visited_at,
    visitNotes: filing.visit_notes,
    decidedAt: filing.decided_at,
    decisionNote: filing.decision_note,
  };
  const channel = filing.channel === null ? null : channelZh(filing.channel);
  const out: FilingFormData = { ...base, filing: { ...base.filing, channel }, workflow };
  if (filing.content === null) return out;
  const c = JSON.parse(filing.content) as FilingContent;
  return {
    ...out,
    unit: {
      name: c.unit.name,
      creditCode: c.unit.creditCode,
      address: c.unit.address,
      contactName: c.unit.contactName,
      contactPhone: c.unit.contactPhone,
      isGovernment: c.unit.isGovernment,
    },
    jurisdiction: c.unit.jurisdiction === '' ? base.jurisdiction : c.unit.jurisdiction,
    system: {
      name: c.system.name,
      lifecycle: c.system.lifecycle,
      builderName: c.system.builderName,
      maintainerName: c.system.maintainerName,
      governmentBuilt: c.system.governmentBuilt,
      acceptedAt: c.system.acceptedAt,
      inUseAt: c.system.inUseAt,
      removedAt: c.system.removedAt,
      maintenanceAgreementRef: c.system.maintenanceAgreementRef,
    },
    sites: c.sites.map((s) => ({ name: s.name, address: s.address, placeZh: s.placeZh, isPublic: s.isPublic })),
    cameras: c.points.map((p) => ({
      name: p.name,
      deviceId: p.deviceId,
      siteName: p.siteName,
      locationZh: p.locationZh,
      important: p.important,
      signage: p.signage,
      retentionDays: p.retentionDays,
      typeZh: p.typeZh,
      position:
        p.latitude === null || p.longitude === null ? null : `${p.longitude.toFixed(5)}, ${p.latitude.toFixed(5)}`,
    })),
    cameraTypes: c.cameras.byType,
    retention: { floorDays: c.retention.floorDays, articles: c.retention.articles },
  };
}
