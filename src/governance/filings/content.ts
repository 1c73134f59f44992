// What psvis fills into a filing from the registry, so the unit does not type what psvis already
// knows (国家 第十四条第三款): 国家 第十四条第一款's unit facts, where the system is built, how many
// cameras of which kinds, the retention period (国家 第十七条 and the local floors), and the point
// list (点位分布, 腾冲 第二十二条) as a table. Stored with the filing as it was submitted.
import type { Kysely } from 'kysely';
import { locationCategory, placeCategory } from '../../compliance/categories.ts';
import { effectiveRulesFor, retentionFloorDays } from '../../compliance/effective.ts';
import { cameraRetentionFloor, isArticle7Place } from '../../compliance/retention-floor.ts';
import type { Rule } from '../../compliance/types.ts';
import type { Database } from '../../db/schema.ts';
import { parseDeviceId } from '../../gb28181/device-id.ts';
import { profileChain } from '../../registry/scoping.ts';

/** GB/T 28181 type codes of cameras, as a filing names the kinds. */
const CAMERA_TYPE_ZH: Readonly<Record<number, string>> = { 131: '摄像机', 132: '网络摄像机' };

/** One camera point of the point list (点位分布). */
export interface FilingPoint {
  seq: number;
  cameraId: string;
  name: string;
  deviceId: string;
  typeZh: string;
  siteName: string;
  locationCategory: string;
  locationZh: string;
  latitude: number | null;
  longitude: number | null;
  directionDeg: number | null;
  important: boolean;
  signage: boolean;
  retentionDays: number | null;
}

/** The facts of a filing psvis fills from the registry. */
export interface FilingContent {
  unit: {
    id: string;
    name: string;
    creditCode: string | null;
    address: string | null;
    contactName: string | null;
    contactPhone: string | null;
    isGovernment: boolean;
    /** The jurisdiction chain, root first: 辽宁省 沈阳市 和平区. */
    jurisdiction: string;
  };
  system: {
    id: string;
    name: string;
    lifecycle: string;
    builderName: string | null;
    maintainerName: string | null;
    governmentBuilt: boolean;
    acceptedAt: string | null;
    inUseAt: string | null;
    removedAt: string | null;
    changedAt: string | null;
    maintenanceAgreementRef: string | null;
  };
  sites: {
    id: string;
    name: string;
    address: string | null;
    placeCategory: string;
    placeZh: string;
    isPublic: boolean;
  }[];
  cameras: {
    total: number;
    important: number;
    signage: number;
    byType: { typeZh: string; count: number }[];
    byLocation: { code: string; nameZh: string; count: number }[];
  };
  points: FilingPoint[];
  /** The retention floor in force and the articles that set it. */
  retention: { floorDays: number; articles: string[] };
}

/**
 * The rules in force on `asOf` for an organization's systems: the national ones only when one of
 * the systems is a 国家 第七条 system (government-built, or with a camera at a 第七条 place), since
 * 国家 第九条第二款 lifts them for the others.
 */
export async function rulesInForce(
  db: Kysely<Database>,
  orgId: string,
  systemIds: readonly string[],
  asOf: Date,
): Promise<Rule[]> {
  const org = await db.selectFrom('organizations').select('jurisdiction_id').where('id', '=', orgId).executeTakeFirst();
  const ids = systemIds.length > 0 ? [...systemIds] : [''];
  const governmentBuilt = await db
    .selectFrom('systems')
    .select('id')
    .where('id', 'in', ids)
    .where('government_built', '=', 1)
    .executeTakeFirst();
  const places = await db
    .selectFrom('cameras')
    .innerJoin('sites', 'sites.id', 'cameras.site_id')
    .select('sites.place_category')
    .where('cameras.system_id', 'in', ids)
    .execute();
  const article7 = governmentBuilt !== undefined || places.some((p) => isArticle7Place(p.place_category, false));
  return effectiveRulesFor(await profileChain(db, org?.jurisdiction_id ?? null), asOf, article7);
}

function typeZh(deviceId: string): string {
  try {
    const code = parseDeviceId(deviceId).typeCode;
    return CAMERA_TYPE_ZH[code] ?? String(code);
  } catch {
    return '—';
  }
}

function counted<K extends string>(keys: readonly K[]): { key: K; count: number }[] {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].map(([key, count]) => ({ key, count }));
}

/** Jurisdiction names from the root down. */
async function jurisdictionPath(db: Kysely<Database>, id: string | null): Promise<string> {
  const names: string[] = [];
  const seen = new Set<string>();
  let at = id;
  while (at !== null && !seen.has(at)) {
    seen.add(at);
    const j = await db
      .selectFrom('jurisdictions')
      .select(['name', 'parent_id'])
      .where('id', '=', at)
      .executeTakeFirst();
    if (j === undefined) break;
    names.unshift(j.name);
    at = j.parent_id;
  }
  return names.join(' ');
}

/** Fills a filing of system `systemId` from the registry as it stands at `asOf`. */
export async function fillFiling(db: Kysely<Database>, systemId: string, asOf: Date): Promise<FilingContent> {
  const system = await db.selectFrom('systems').selectAll().where('id', '=', systemId).executeTakeFirstOrThrow();
  const org = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', system.org_id)
    .executeTakeFirstOrThrow();
  const orgName = async (id: string | null) =>
    id === null
      ? null
      : ((await db.selectFrom('organizations').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null);
  const cameras = await db
    .selectFrom('cameras')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('device_id')
    .execute();
  const siteIds = [...new Set(cameras.map((c) => c.site_id))];
  const sites =
    siteIds.length > 0
      ? await db.selectFrom('sites').selectAll().where('id', 'in', siteIds).orderBy('name').execute()
      : [];
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  const floorOf = cameraRetentionFloor(db);
  let floor = { floorDays: 0, articles: [] as string[] };
  for (const c of cameras) {
    const f = await floorOf(c.id, asOf);
    if (f.days > floor.floorDays) floor = { floorDays: f.days, articles: f.article.split('、') };
  }
  if (cameras.length === 0) {
    const none = retentionFloorDays(await profileChain(db, org.jurisdiction_id), asOf, { important: false });
    floor = { floorDays: none.days, articles: none.articles };
  }
  const points = cameras.map((c, i): FilingPoint => ({
    seq: i + 1,
    cameraId: c.id,
    name: c.name,
    deviceId: c.device_id,
    typeZh: typeZh(c.device_id),
    siteName: siteName.get(c.site_id) ?? '—',
    locationCategory: c.location_category,
    locationZh: locationCategory(c.location_category)?.nameZh ?? c.location_category,
    latitude: c.latitude,
    longitude: c.longitude,
    directionDeg: c.direction_deg,
    important: c.important === 1,
    signage: c.signage === 1,
    retentionDays: c.retention_days,
  }));
  return {
    unit: {
      id: org.id,
      name: org.name,
      creditCode: org.credit_code,
      address: org.address,
      contactName: org.contact_name,
      contactPhone: org.contact_phone,
      isGovernment: org.is_government === 1,
      jurisdiction: await jurisdictionPath(db, org.jurisdiction_id),
    },
    system: {
      id: system.id,
      name: system.name,
      lifecycle: system.lifecycle,
      builderName: await orgName(system.builder_org_id),
      maintainerName: await orgName(system.maintainer_org_id),
      governmentBuilt: system.government_built === 1,
      acceptedAt: system.accepted_at,
      inUseAt: system.in_use_at,
      removedAt: system.removed_at,
      changedAt: system.changed_at,
      maintenanceAgreementRef: system.maintenance_agreement_ref,
    },
    sites: sites.map((s) => ({
      id: s.id,
      name: s.name,
      address: s.address,
      placeCategory: s.place_category,
      placeZh: placeCategory(s.place_category)?.nameZh ?? s.place_category,
      isPublic: s.is_public === 1,
    })),
    cameras: {
      total: points.length,
      important: points.filter((p) => p.important).length,
      signage: points.filter((p) => p.signage).length,
      byType: counted(points.map((p) => p.typeZh)).map((t) => ({ typeZh: t.key, count: t.count })),
      byLocation: counted(points.map((p) => p.locationCategory)).map((l) => ({
        code: l.key,
        nameZh: locationCategory(l.key)?.nameZh ?? l.key,
        count: l.count,
      })),
    },
    points,
    retention: floor,
  };
}
