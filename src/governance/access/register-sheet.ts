// The register of one request as JSON: each view and copy made under it, with every field the
// jurisdiction's texts name (人员、时间、用途、去向、录制人员、单位、内容), so a printed register form
// (查阅、复制、调取信息资料登记表) can be built from it as it stands.
import type { Clock } from '../../clock.ts';
import type { AccessField } from '../../compliance/types.ts';
import type { Actor } from '../../identity/scope.ts';
import { FIELD_LABELS_ZH } from './policy.ts';
import { registerFields } from './routing.ts';
import type { RegisterSheet } from './schemas.ts';
import type { AccessStore } from './store.ts';

const ALL_FIELDS = Object.keys(FIELD_LABELS_ZH) as AccessField[];

/** Builds the register sheet of one request. */
export async function registerSheet(
  store: AccessStore,
  clock: Clock,
  actor: Actor,
  id: string,
): Promise<RegisterSheet> {
  const r = await store.visibleRequest(actor, id, 'read access register');
  const rows = await store.db
    .selectFrom('access_register')
    .selectAll()
    .where('access_request_id', '=', id)
    .orderBy('id')
    .execute();
  const cameraNames = new Map(r.items.map((i) => [i.camera_id, i.camera_name]));
  // The texts in force when the request was made name the fields.
  const named = registerFields(JSON.parse(r.row.profile_ids) as string[], new Date(r.row.created_at));
  return {
    request: await store.view(r, clock.now()),
    fields: named.map((f) => ({ field: f.field, labelZh: FIELD_LABELS_ZH[f.field], articles: f.articles })),
    rows: rows.map((row) => {
      const names =
        row.accessor_names === null ? [row.actor_display_name] : (JSON.parse(row.accessor_names) as string[]);
      const cameraName = cameraNames.get(row.camera_id) ?? row.camera_id;
      const range = row.range_from === null ? '实时' : `${row.range_from} – ${row.range_to ?? ''}`;
      const at = row.ended_at !== null && row.ended_at !== row.started_at ? `${row.time} – ${row.ended_at}` : row.time;
      const value: Record<AccessField, string> = {
        accessorNames: names.join('、'),
        accessorUnit: row.requesting_unit ?? row.actor_org_name,
        at,
        purpose: row.purpose ?? '',
        destination: row.destination ?? '',
        recordedBy: row.recorded_by ?? '',
        content: `${cameraName}（${row.camera_id}）${range}${row.export_id !== null ? `，导出 ${row.export_id}` : ''}`,
      };
      return {
        id: row.id,
        time: row.time,
        action: row.action,
        cameraId: row.camera_id,
        cameraName,
        from: row.range_from,
        to: row.range_to,
        actor: { userId: row.actor_user_id, displayName: row.actor_display_name, orgName: row.actor_org_name },
        accessorNames: names,
        requestingUnit: row.requesting_unit,
        caseNo: row.case_no,
        purpose: row.purpose,
        destination: row.destination,
        recordedBy: row.recorded_by,
        exportId: row.export_id,
        startedAt: row.started_at,
        endedAt: row.ended_at,
        values: Object.fromEntries(ALL_FIELDS.map((f) => [f, value[f]])),
      };
    }),
  };
}
