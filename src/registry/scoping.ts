import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { bilingualError, roleName, type Words } from '../errors/bilingual.ts';
import type { PsvisError } from '../errors/psvis-error.ts';
import type { Actor, Scope } from '../identity/scope.ts';

/** The registry's records, as the console names them (系统与点位). */
const RECORD_NAMES = {
  jurisdiction: { zh: '管辖区域', en: 'jurisdiction' },
  organization: { zh: '单位', en: 'organization' },
  site: { zh: '场所', en: 'site' },
  system: { zh: '视频系统', en: 'system' },
  camera: { zh: '摄像机', en: 'camera' },
} as const satisfies Readonly<Record<string, Words>>;

/** One kind of registry record. */
export type RecordKind = keyof typeof RECORD_NAMES;

/**
 * A record as a constraint violation names it (src/db/database.ts translateConstraintError), in
 * both languages: 场所“一层” / site 一层 by its name or id, or the kind alone when neither is told.
 */
export function recordName(kind: RecordKind, label?: string): Words {
  const r = RECORD_NAMES[kind];
  return label === undefined ? { zh: r.zh, en: r.en } : { zh: `${r.zh}“${label}”`, en: `${r.en} ${label}` };
}

/** A camera by its GB/T 28181 device ID, the registry's one unique camera field, in both languages. */
export function cameraWithDeviceId(deviceId: string): Words {
  return { zh: `设备编码为 ${deviceId} 的${RECORD_NAMES.camera.zh}`, en: `camera with device ID ${deviceId}` };
}

/** The registry's writes, as the console's buttons name them. */
const WRITE_NAMES = {
  create: { zh: '新建', en: 'create' },
  update: { zh: '修改', en: 'change' },
  delete: { zh: '删除', en: 'delete' },
} as const satisfies Readonly<Record<string, Words>>;

/** A write to a kind of record, in both languages: "修改摄像机" / "change cameras". */
export function writeOf(write: keyof typeof WRITE_NAMES, what: RecordKind): Words {
  const w = WRITE_NAMES[write];
  const r = RECORD_NAMES[what];
  return { zh: `${w.zh}${r.zh}`, en: `${w.en} ${r.en}s` };
}

/** The 404 every out-of-scope lookup gets: existence is not revealed. */
export function notFound(what: RecordKind, id: string): PsvisError {
  return bilingualError(
    'PSVIS_ERR_NOT_FOUND',
    { zh: `未找到${RECORD_NAMES[what].zh} ${id}`, en: `${what} ${id} not found` },
    { [what]: id },
    404,
  );
}

/** The 403 for an object the caller can see but may not change. */
export function forbidden(actor: Actor, action: Words): PsvisError {
  return bilingualError(
    'PSVIS_ERR_FORBIDDEN',
    { zh: `${roleName(actor.role).zh}不能${action.zh}`, en: `role ${actor.role} may not ${action.en}` },
    { role: actor.role, action: action.en },
    403,
  );
}

/**
 * The organizations a scope covers, or null for all. Police and regulator scopes resolve their
 * jurisdiction subtree to organization ids once per request; queries then filter with IN.
 */
export async function scopeOrgIds(db: Kysely<Database>, scope: Scope): Promise<string[] | null> {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'own_org':
      return [scope.orgId];
    case 'jurisdiction_subtree': {
      const ids = [...scope.jurisdictionIds];
      if (ids.length === 0) return [scope.orgId];
      let q = db.selectFrom('organizations').select('id').where('jurisdiction_id', 'in', ids);
      if (scope.industry !== null) q = q.where('industry', '=', scope.industry);
      const rows = await q.execute();
      return [...new Set([scope.orgId, ...rows.map((r) => r.id)])];
    }
  }
}

/** Loads an organization's scoping facts. */
export async function orgFacts(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'jurisdiction_id', 'industry', 'is_government', 'kind'])
    .where('id', '=', orgId)
    .executeTakeFirst();
}

/** Regulation profile ids from a jurisdiction up to the root (leaf first). */
export async function profileChain(db: Kysely<Database>, jurisdictionId: string | null): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  let id = jurisdictionId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const j = await db
      .selectFrom('jurisdictions')
      .select(['parent_id', 'profile_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (j === undefined) break;
    if (j.profile_id !== null) out.push(j.profile_id);
    id = j.parent_id;
  }
  return out;
}
