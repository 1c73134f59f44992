// The access register: who looked at or took which footage, when, why and where it went.
// 国家 第十六条第二款(三) asks for 事由、内容、调用人员的单位、姓名; 安徽 第十七条第二款(二) and
// 腾冲 第二十四条(四) for 人员、时间、用途、去向. Each row is written with its audit event in one
// transaction, so neither exists without the other.
import type { Transaction } from 'kysely';
import type { AuditLog, Recorder } from '../audit/audit-log.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import type { Clock } from '../clock.ts';
import { newId } from '../db/ids.ts';
import type { Database } from '../db/schema.ts';
import { cite, lawRefusal } from '../errors/bilingual.ts';
import type { Actor } from '../identity/scope.ts';

/** What was done with the footage. */
export type AccessAction = 'view_live' | 'playback' | 'snapshot' | 'export';

/** Longest purpose, destination, unit or case number accepted (a sentence, not a document). */
export const MAX_REGISTER_TEXT = 2000;

/** One access as the caller describes it. */
export interface AccessEntry {
  action: AccessAction;
  cameraId: string;
  fromMs?: number | undefined;
  toMs?: number | undefined;
  /** 事由 / 用途. */
  purpose?: string | undefined;
  /** 去向, for exports. */
  destination?: string | undefined;
  requestingUnit?: string | undefined;
  caseNo?: string | undefined;
  accessRequestId?: string | undefined;
  exportId?: string | undefined;
  /** Everyone who took part when more than the actor did (two officers; a citizen and the unit's handler). */
  accessorNames?: readonly string[] | undefined;
  /** 录制人员 (腾冲 第二十四条(四), 辽宁 第十四条(四)). */
  recordedBy?: string | undefined;
  details?: Record<string, unknown>;
}

/**
 * Completes an entry in the row's transaction: governance fills in, from the access request the
 * actor works under, the officers, the requesting organ, its case and 用途/去向 (src/main.ts wires it).
 */
export type RegisterEnricher = (trx: Transaction<Database>, actor: Actor, entry: AccessEntry) => Promise<AccessEntry>;

/** A register row as the API shows it. */
export interface AccessRecord {
  id: string;
  time: string;
  action: AccessAction;
  cameraId: string;
  actor: { userId: string; displayName: string; orgId: string; orgName: string };
  from: string | null;
  to: string | null;
  purpose: string | null;
  destination: string | null;
  requestingUnit: string | null;
  caseNo: string | null;
  accessRequestId: string | null;
  startedAt: string | null;
  endedAt: string | null;
  exportId: string | null;
  /** Everyone who took part; null when the actor alone did. */
  accessorNames: string[] | null;
  recordedBy: string | null;
}

const trimmed = (s: string | undefined): string | null => {
  const t = s?.trim() ?? '';
  return t === '' ? null : t.slice(0, MAX_REGISTER_TEXT);
};

/**
 * The register articles a purpose and a destination answer, as the profiles cite them: 事由 (国家
 * 第十六条第二款(三)), 用途 and 去向 (安徽 第十七条第二款(二); 腾冲 第二十四条(四)).
 */
const REGISTER_ARTICLES = ['国家 第十六条第二款(三)', '安徽 第十七条第二款(二)', '腾冲 第二十四条(四)'] as const;

/** What an access is, as the console's access register names it. */
const ACTION_NAMES: Readonly<Record<AccessAction, string>> = {
  view_live: '实时查看',
  playback: '录像回放',
  snapshot: '截图',
  export: '导出复制',
};

/**
 * Refuses a playback or export without a purpose (and an export without a destination): the
 * register must say 事由/用途 and 去向 (REGISTER_ARTICLES), in both languages with the articles.
 */
export function requirePurpose(entry: Pick<AccessEntry, 'action' | 'purpose' | 'destination'>): void {
  const missing: string[] = [];
  if ((entry.action === 'playback' || entry.action === 'export') && trimmed(entry.purpose) === null) {
    missing.push('purpose');
  }
  if (entry.action === 'export' && trimmed(entry.destination) === null) missing.push('destination');
  if (missing.length > 0) {
    const fieldsZh = missing.map((m) => (m === 'purpose' ? '事由/用途' : '去向')).join('和');
    throw lawRefusal(
      'PSVIS_ERR_PURPOSE_REQUIRED',
      {
        zh: `${ACTION_NAMES[entry.action]}须写明${fieldsZh}，以便登记（${cite(REGISTER_ARTICLES)}）`,
        en: `${entry.action} needs ${missing.join(' and ')} (事由/用途${missing.includes('destination') ? '、去向' : ''}) for the access register (${cite(REGISTER_ARTICLES)})`,
      },
      REGISTER_ARTICLES,
      { missing },
      400,
    );
  }
}

/** Writes access-register rows with their audit events. */
export class AccessRegister {
  constructor(
    /** The audit log each row's event goes to. */
    readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly enrich?: RegisterEnricher,
  ) {}

  /** Registers an access; `within` joins the caller's transaction (an export writes its job row beside it). */
  async record(
    actor: Actor,
    entry: AccessEntry,
    within?: { trx: Transaction<Database>; record: Recorder },
  ): Promise<string> {
    requirePurpose(entry);
    const write = async (trx: Transaction<Database>, record: Recorder): Promise<string> => {
      if (this.enrich !== undefined) entry = await this.enrich(trx, actor, entry);
      const id = newId(this.clock.now().getTime());
      const now = this.clock.now().toISOString();
      const org = await trx.selectFrom('organizations').select('name').where('id', '=', actor.orgId).executeTakeFirst();
      const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
      const row = {
        id,
        time: now,
        actor_user_id: actor.userId,
        actor_display_name: actor.displayName,
        actor_org_id: actor.orgId,
        actor_org_name: org?.name ?? '',
        action: entry.action,
        camera_id: entry.cameraId,
        range_from: iso(entry.fromMs),
        range_to: iso(entry.toMs),
        purpose: trimmed(entry.purpose),
        destination: trimmed(entry.destination),
        requesting_unit: trimmed(entry.requestingUnit),
        case_no: trimmed(entry.caseNo),
        access_request_id: entry.accessRequestId ?? null,
        // A live view is open until `endView`; the other actions are instants.
        started_at: now,
        ended_at: entry.action === 'view_live' ? null : now,
        export_id: entry.exportId ?? null,
        details: canonicalJson(entry.details ?? {}),
        accessor_names: entry.accessorNames === undefined ? null : JSON.stringify(entry.accessorNames),
        recorded_by: trimmed(entry.recordedBy),
      };
      await trx.insertInto('access_register').values(row).execute();
      await record({
        actorUserId: actor.userId,
        actorOrgId: actor.orgId,
        action: entry.action === 'view_live' ? 'access.view_live.start' : `access.${entry.action}`,
        targetType: 'camera',
        targetId: entry.cameraId,
        details: {
          registerId: id,
          from: row.range_from,
          to: row.range_to,
          purpose: row.purpose,
          destination: row.destination,
          requestingUnit: row.requesting_unit,
          caseNo: row.case_no,
          exportId: row.export_id,
          ...(entry.accessRequestId !== undefined ? { accessRequestId: entry.accessRequestId } : {}),
          ...(entry.accessorNames !== undefined ? { accessorNames: entry.accessorNames } : {}),
          ...entry.details,
        },
      });
      return id;
    };
    if (within !== undefined) return write(within.trx, within.record);
    return this.audit.transaction(write);
  }

  /** Opens a live view's row (the live WebSocket and RTSP restream call this on connect). */
  startView(actor: Actor, entry: Omit<AccessEntry, 'action'>): Promise<string> {
    return this.record(actor, { ...entry, action: 'view_live' });
  }

  /** Closes a live view's row with its end time and an audit event; a second call does nothing. */
  async endView(registerId: string, details: Record<string, unknown> = {}): Promise<void> {
    await this.audit.transaction(async (trx, record) => {
      const row = await trx.selectFrom('access_register').selectAll().where('id', '=', registerId).executeTakeFirst();
      if (row === undefined || row.ended_at !== null) return;
      const now = this.clock.now().toISOString();
      await trx.updateTable('access_register').set({ ended_at: now }).where('id', '=', registerId).execute();
      await record({
        actorUserId: row.actor_user_id,
        actorOrgId: row.actor_org_id,
        action: 'access.view_live.stop',
        targetType: 'camera',
        targetId: row.camera_id,
        details: { registerId, startedAt: row.started_at, ...details },
      });
    });
  }

  /** Register rows of cameras in `cameraIds` (null: all), newest first. */
  async list(filter: { cameraIds: readonly string[] | null; limit: number; before?: string }): Promise<AccessRecord[]> {
    if (filter.cameraIds !== null && filter.cameraIds.length === 0) return [];
    let q = this.audit.db.selectFrom('access_register').selectAll().orderBy('id', 'desc').limit(filter.limit);
    if (filter.cameraIds !== null) q = q.where('camera_id', 'in', filter.cameraIds);
    if (filter.before !== undefined) q = q.where('id', '<', filter.before);
    const rows = await q.execute();
    return rows.map((r) => ({
      id: r.id,
      time: r.time,
      action: r.action as AccessAction,
      cameraId: r.camera_id,
      actor: {
        userId: r.actor_user_id,
        displayName: r.actor_display_name,
        orgId: r.actor_org_id,
        orgName: r.actor_org_name,
      },
      from: r.range_from,
      to: r.range_to,
      purpose: r.purpose,
      destination: r.destination,
      requestingUnit: r.requesting_unit,
      caseNo: r.case_no,
      accessRequestId: r.access_request_id,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      exportId: r.export_id,
      accessorNames: r.accessor_names === null ? null : (JSON.parse(r.accessor_names) as string[]),
      recordedBy: r.recorded_by,
    }));
  }
}
