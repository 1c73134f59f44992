// What psvis knows of a unit beyond the compliance engine's findings, read for an inspection's
// checklist: names for the subjects findings point at, camera health from the recording index
// (footage in the last day, gaps of the last 30 days by cause), the footage actually kept, and holds.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { zhDateTime } from '../pdf/format.ts';
import type { UnitFacts } from './checklist.ts';

const DAY_MS = 86_400_000;

/** Gap causes as the checklist names them. */
const GAP_CAUSE_ZH: Readonly<Record<string, string>> = {
  offline: '离线',
  overrun: '写入积压',
  disk_full: '磁盘已满',
  paused: '暂停',
  crash: '异常退出',
  stall: '无数据',
};

const HOLD_KIND_ZH: Readonly<Record<string, string>> = { case: '案件', important: '重要价值', legal_order: '依法指令' };

/** Display names of the organization, sites, systems, cameras and access-register rows `refs` name. */
export async function subjectNames(
  db: Kysely<Database>,
  orgId: string,
  refs: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const org = await db.selectFrom('organizations').select(['id', 'name']).where('id', '=', orgId).executeTakeFirst();
  if (org !== undefined) names.set(org.id, org.name);
  for (const table of ['sites', 'systems', 'cameras'] as const) {
    const rows = await db.selectFrom(table).select(['id', 'name']).where('org_id', '=', orgId).execute();
    for (const r of rows) names.set(r.id, r.name);
  }
  const unknown = refs.filter((r) => !names.has(r));
  if (unknown.length > 0) {
    const entries = await db
      .selectFrom('access_register')
      .select(['id', 'time', 'actor_display_name'])
      .where('id', 'in', unknown)
      .execute();
    for (const e of entries) names.set(e.id, `登记 ${zhDateTime(e.time)} ${e.actor_display_name}`);
  }
  return names;
}

/** Camera health, footage kept and holds of a unit, in sentences for the checklist. */
export async function unitFacts(db: Kysely<Database>, orgId: string, now: Date): Promise<UnitFacts> {
  const cameras = await db.selectFrom('cameras').select(['id', 'enabled']).where('org_id', '=', orgId).execute();
  if (cameras.length === 0) return { healthZh: '未登记图像采集设备', retentionZh: [] };
  const ids = cameras.map((c) => c.id);
  const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const spans = await db
    .selectFrom('recording_segments')
    .select((eb) => [
      'camera_id',
      eb.fn.min<string>('start_time').as('oldest'),
      eb.fn.max<string>('end_time').as('newest'),
    ])
    .where('camera_id', 'in', ids)
    .where('deleted_at', 'is', null)
    .groupBy('camera_id')
    .execute();
  const gaps = await db
    .selectFrom('recording_gaps')
    .select(['cause', 'start_time', 'end_time'])
    .where('camera_id', 'in', ids)
    .where('end_time', '>', monthAgo)
    .execute();
  const holds = await db
    .selectFrom('holds')
    .select(['kind', 'until'])
    .where('camera_id', 'in', ids)
    .where('released_at', 'is', null)
    .execute();

  const enabled = cameras.filter((c) => c.enabled === 1).length;
  const recent = spans.filter((s) => s.newest > dayAgo).length;
  const byCause = new Map<string, { count: number; ms: number }>();
  for (const g of gaps) {
    const from = Math.max(Date.parse(g.start_time), Date.parse(monthAgo));
    const e = byCause.get(g.cause) ?? { count: 0, ms: 0 };
    e.count += 1;
    e.ms += Math.max(0, Date.parse(g.end_time) - from);
    byCause.set(g.cause, e);
  }
  const totalHours = [...byCause.values()].reduce((s, e) => s + e.ms, 0) / 3_600_000;
  const causes = [...byCause.entries()].map(([c, e]) => `${GAP_CAUSE_ZH[c] ?? c} ${e.count} 次`).join('、');
  const healthZh =
    `图像采集设备 ${cameras.length} 台（启用 ${enabled} 台），近24小时有录像 ${recent} 台；` +
    (gaps.length === 0
      ? '近30日无录像中断记录'
      : `近30日录像中断 ${gaps.length} 次，共 ${totalHours.toFixed(1)} 小时（${causes}）`);

  const retentionZh: string[] = [];
  if (spans.length > 0) {
    const ages = spans.map((s) => Math.floor((now.getTime() - Date.parse(s.oldest)) / DAY_MS));
    retentionZh.push(`现存录像 ${spans.length} 台：最早录像距今 ${Math.min(...ages)}–${Math.max(...ages)} 日`);
  } else {
    retentionZh.push('系统内无录像');
  }
  if (holds.length > 0) {
    const kinds = new Map<string, number>();
    for (const h of holds) kinds.set(h.kind, (kinds.get(h.kind) ?? 0) + 1);
    const open = holds.filter((h) => h.until === null).length;
    retentionZh.push(
      `信息保全 ${holds.length} 项（${[...kinds.entries()].map(([k, n]) => `${HOLD_KIND_ZH[k] ?? k} ${n}`).join('、')}）` +
        (open > 0 ? `，其中 ${open} 项未注明期限` : '，均注明理由和期限'),
    );
  }
  return { healthZh, retentionZh };
}
