// Sittings and the grant gate. Two named officers act on a grant only together: the first signs
// in as usual and opens a sitting in that session, the second confirms it with their own
// password (安徽 第二十二条(一), 辽宁 第十八条(一), 青岛 第二十四条(一): 2人以上共同实施). In the
// sitting they see the granted cameras and ranges and nothing else, until the grant or the
// sitting ends; every view and copy lands in the access register with both names, the requesting
// organ, its case, 用途 and 去向. A unit's handler sits with a citizen the same way (国家 第二十一条).
import type { Kysely, Selectable, Transaction } from 'kysely';
import { actorEvent } from '../../audit/audit-log.ts';
import type { Clock } from '../../clock.ts';
import { newId } from '../../db/ids.ts';
import type { AccessSittingTable, Database } from '../../db/schema.ts';
import type { AccessEntry, RegisterEnricher } from '../../delivery/access-register.ts';
import type { FootageAccess, FootageGate, FootageGrant } from '../../delivery/footage-gate.ts';
import { sliceRange } from '../../delivery/recorded-range.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Actor } from '../../identity/scope.ts';
import { profileChain } from '../../registry/scoping.ts';
import { bilingualError, cite, lawRefusal, nameOf, type Words } from '../refusal.ts';
import { CITIZEN_DESK_ROLES, OFFICER_ROLES, SITTING_MAX_MS, USE_NAMES } from './policy.ts';
import { personsRule } from './routing.ts';
import type { SittingBody, SittingView } from './schemas.ts';
import { emergencyUnapproved, grantState, type AccessStore, type LoadedRequest } from './store.ts';

/** Checks a partner's password the way a login does (throttled, failures audited): Identity.checkPassword. */
export type PasswordCheck = (username: string, password: string, ip: string, via: string) => Promise<boolean>;

/** Options of the sittings. */
export interface AccessSittingsOptions {
  store: AccessStore;
  clock: Clock;
  checkPassword: PasswordCheck;
}

type SittingRow = Selectable<AccessSittingTable>;

const view = (s: SittingRow): SittingView => ({
  id: s.id,
  requestId: s.request_id,
  openedBy: s.opened_by,
  partnerUserId: s.partner_user_id,
  unitHandler: s.unit_handler,
  openedAt: s.opened_at,
  expiresAt: s.expires_at,
  closedAt: s.closed_at,
});

/** Opens and closes sittings, and gates footage and fills register rows by them. */
export class AccessSittings {
  /** The gate the footage routes ask (src/delivery/footage-gate.ts). */
  readonly gate: FootageGate;
  /** Completes register rows made under a grant (src/delivery/access-register.ts). */
  readonly enrichRegister: RegisterEnricher;

  constructor(private readonly opts: AccessSittingsOptions) {
    this.gate = {
      check: (actor, binding, access) => this.check(actor, binding, access),
      checkFileBytes: (actor, grant, file) => this.checkFileBytes(actor, grant, file),
    };
    this.enrichRegister = (trx, actor, entry) => this.enrich(trx, actor, entry);
  }

  private get store(): AccessStore {
    return this.opts.store;
  }

  private get db(): Kysely<Database> {
    return this.opts.store.db;
  }

  /**
   * Opens a sitting on a request in the caller's session. Officers: the caller and a second
   * named officer, who confirms with their password. Citizens: a unit handler who checked the
   * citizen's identity. An earlier open sitting of the caller closes.
   */
  async open(actor: Actor, binding: string, ip: string, id: string, body: SittingBody): Promise<SittingView> {
    const attempted = 'open access sitting';
    const r = await this.store.visibleRequest(actor, id, attempted);
    const target = { type: 'access_request', id };
    const refuse = async (err: PsvisError) => this.store.refusal(actor, err, target, attempted);
    const now = this.opts.clock.now();
    const state = grantState(r, now);
    let partnerUserId: string | null = null;
    let unitHandler: string | null = body.unitHandler ?? null;
    if (r.row.type === 'citizen') {
      if (!CITIZEN_DESK_ROLES.has(actor.role) || actor.orgId !== r.row.unit_org_id) {
        throw await refuse(
          lawRefusal(
            'PSVIS_ERR_FORBIDDEN',
            {
              zh: `${r.route.article}：公民在单位现场以本单位账号查阅；由本单位管理员或值班操作员开始调阅`,
              en: `${r.route.article}: a citizen views on site under the unit's account; a manager or operator of the unit opens the sitting`,
            },
            [r.route.article],
            { role: actor.role },
            403,
          ),
        );
      }
      if (body.identityChecked !== true) {
        throw await refuse(
          lawRefusal(
            'PSVIS_ERR_VALIDATION',
            {
              zh: `${r.route.article}：请先核验查阅人的身份及其与当事人的关系（identityChecked: true）`,
              en: `${r.route.article}: check the citizen's identity and relation first (identityChecked: true)`,
            },
            [r.route.article],
            { field: 'identityChecked' },
            400,
          ),
        );
      }
      unitHandler = actor.displayName;
    } else {
      const me = r.officers.find((o) => o.user_id === actor.userId);
      if (me === undefined) {
        const articles = r.persons.articles.length > 0 ? r.persons.articles : [r.route.article];
        throw await refuse(
          lawRefusal(
            'PSVIS_ERR_FORBIDDEN',
            {
              zh: `${cite(articles)}：只有申请中列明的办理人员可以调阅`,
              en: `${cite(articles)}: only the officers the request names act on it`,
            },
            articles,
            {},
            403,
          ),
        );
      }
    }
    if (!state.active) {
      if (state.reason === 'pending') {
        throw await refuse(
          lawRefusal(
            'PSVIS_ERR_ACCESS_STATE',
            {
              zh: `申请尚未批准（${r.route.article}：${r.route.approvalZh}）`,
              en: `the request is not approved yet (${r.route.article}: ${r.route.approvalZh})`,
            },
            [r.route.article],
            { status: r.row.status },
            409,
          ),
        );
      }
      throw await refuse(expiredError(r, state.reason));
    }
    if (r.row.type !== 'citizen') {
      // The officers show the approval document (安徽 第二十二条(三), 辽宁 第十八条(二), 青岛 第二十四条(二)).
      if (r.row.status === 'approved' && r.row.approver_role !== null && r.row.scan_sha256 === null) {
        const articles = [...r.persons.articles, r.route.article];
        throw await refuse(
          lawRefusal(
            'PSVIS_ERR_APPROVAL_DOCUMENT',
            {
              zh: `${cite(articles)}：办理人员须出示批准文件，请先上传其扫描件（PUT /api/v1/access-requests/${id}/approval-document）`,
              en: `${cite(articles)}: upload the approval document's scan first (PUT /api/v1/access-requests/${id}/approval-document)`,
            },
            articles,
            {},
            409,
          ),
        );
      }
      const partner = body.partner;
      const named = r.officers.find((o) => o.username === partner?.username && o.user_id !== actor.userId);
      const partnerProblem: Words | null =
        partner === undefined
          ? {
              zh: '第二名办理人员须以本人密码确认本次调阅',
              en: 'the second officer confirms the sitting with their own password',
            }
          : named === undefined
            ? {
                zh: `${partner.username} 不是申请中列明的另一名办理人员`,
                en: `${partner.username} is not a second officer the request names`,
              }
            : !(await this.opts.checkPassword(partner.username, partner.password, ip, 'access-sitting'))
              ? { zh: `${partner.username} 的密码不正确`, en: `${partner.username}'s password does not match` }
              : null;
      if (partnerProblem !== null || named === undefined) {
        const problem = partnerProblem ?? { zh: '没有第二名办理人员', en: 'no second officer' };
        throw await refuse(
          lawRefusal(
            'PSVIS_ERR_SITTING_PARTNER',
            {
              zh: `${cite(r.persons.articles)}：${problem.zh}；办理人员须共同实施，不得单独调阅`,
              en: `${r.persons.articles.join('、')}: ${problem.en}; the officers act together, never alone`,
            },
            r.persons.articles,
            { minPersons: r.persons.minPersons },
            403,
          ),
        );
      }
      partnerUserId = named.user_id;
    }
    const validUntil = r.row.valid_until ?? now.toISOString();
    const sitting: SittingRow = {
      id: newId(now.getTime()),
      request_id: id,
      opened_by: actor.userId,
      partner_user_id: partnerUserId,
      binding,
      unit_handler: unitHandler,
      opened_at: now.toISOString(),
      expires_at: new Date(Math.min(Date.parse(validUntil), now.getTime() + SITTING_MAX_MS)).toISOString(),
      closed_at: null,
      close_reason: null,
    };
    await this.store.audit.transaction(async (trx, record) => {
      // One sitting at a time: register rows then name the request without doubt.
      await trx
        .updateTable('access_sittings')
        .set({ closed_at: sitting.opened_at, close_reason: 'superseded' })
        .where('opened_by', '=', actor.userId)
        .where('closed_at', 'is', null)
        .execute();
      await trx.insertInto('access_sittings').values(sitting).execute();
      await record(
        actorEvent(actor, 'governance.access.sitting.open', 'access_request', id, {
          sittingId: sitting.id,
          officers: officersOf(r, sitting).map((o) => ({
            name: o.name,
            credentialKind: o.credential_kind,
            credentialNo: o.credential_no,
          })),
          unitHandler,
          expiresAt: sitting.expires_at,
          ...(emergencyUnapproved(r) ? { emergencyUnapproved: true } : {}),
        }),
      );
    });
    return view(sitting);
  }

  /** Closes a sitting (its opener or partner); closing a closed one changes nothing. */
  async close(actor: Actor, id: string, sittingId: string): Promise<SittingView> {
    const s = await this.db
      .selectFrom('access_sittings')
      .selectAll()
      .where('id', '=', sittingId)
      .where('request_id', '=', id)
      .executeTakeFirst();
    if (s === undefined || (s.opened_by !== actor.userId && s.partner_user_id !== actor.userId)) {
      throw await this.store.refusal(
        actor,
        bilingualError(
          'PSVIS_ERR_NOT_FOUND',
          { zh: `未找到调阅 ${sittingId}`, en: `sitting ${sittingId} not found` },
          { sitting: sittingId },
          404,
        ),
        { type: 'access_request', id },
        'close access sitting',
      );
    }
    if (s.closed_at !== null) return view(s);
    const closedAt = this.opts.clock.now().toISOString();
    await this.store.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('access_sittings')
        .set({ closed_at: closedAt, close_reason: 'closed' })
        .where('id', '=', sittingId)
        .execute();
      await record(actorEvent(actor, 'governance.access.sitting.close', 'access_request', id, { sittingId }));
    });
    return view({ ...s, closed_at: closedAt, close_reason: 'closed' });
  }

  // ---- the gate ----------------------------------------------------------------------------

  private async openSitting(actor: Actor, binding: string | null): Promise<SittingRow | undefined> {
    if (binding === null) return undefined;
    return this.db
      .selectFrom('access_sittings')
      .selectAll()
      .where('opened_by', '=', actor.userId)
      .where('binding', '=', binding)
      .where('closed_at', 'is', null)
      .orderBy('opened_at', 'desc')
      .executeTakeFirst();
  }

  private async check(actor: Actor, binding: string | null, access: FootageAccess): Promise<FootageGrant | null> {
    const sitting = await this.openSitting(actor, binding);
    if (sitting === undefined) {
      if (!OFFICER_ROLES.has(actor.role)) return null;
      const articles = await this.personsArticles(access.cameraId);
      throw await this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_SITTING_REQUIRED',
          {
            zh: `${cite(articles)}：办理人员须凭已批准的访问申请、由申请列明的两名办理人员共同调阅视频图像；请开始调阅（POST /api/v1/access-requests/:id/sittings）并由第二名办理人员输入密码确认`,
            en: `${articles.join('、')}: officers see footage only under an approved access request, two named officers together: open a sitting (POST /api/v1/access-requests/:id/sittings) with the second officer's password`,
          },
          articles,
          { use: access.use, cameraId: access.cameraId },
          403,
        ),
        { type: 'camera', id: access.cameraId },
        `${access.use} footage`,
      );
    }
    const r = await this.store.load(sitting.request_id);
    if (r === undefined) throw new PsvisError('PSVIS_ERR_INTERNAL', 'sitting without its request', {}, 500);
    return this.allow(actor, sitting, r, access);
  }

  private async allow(actor: Actor, s: SittingRow, r: LoadedRequest, a: FootageAccess): Promise<FootageGrant> {
    const now = this.opts.clock.now();
    const target = { type: 'access_request', id: r.row.id };
    const attempted = `${a.use} footage`;
    const state = grantState(r, now);
    if (!state.active || s.expires_at <= now.toISOString()) {
      const reason = state.active ? 'sitting_expired' : state.reason;
      throw await this.store.refusal(actor, expiredError(r, reason), target, attempted);
    }
    const scope = (reason: string, message: Words, extra: Record<string, unknown> = {}) =>
      this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_GRANT_SCOPE',
          {
            zh: `${cite(r.route.scopeArticles)}：${message.zh}`,
            en: `${r.route.scopeArticles.join('、')}: ${message.en}`,
          },
          r.route.scopeArticles,
          {
            reason,
            use: a.use,
            cameraId: a.cameraId,
            ...(a.fromMs !== undefined ? { from: new Date(a.fromMs).toISOString() } : {}),
            ...(a.toMs !== undefined ? { to: new Date(a.toMs).toISOString() } : {}),
            granted: r.items.map((i) => ({ cameraId: i.camera_id, from: i.range_from, to: i.range_to })),
            ...extra,
          },
          403,
        ),
        target,
        attempted,
      );
    const type = r.row.type;
    const useAllowed =
      a.use === 'live'
        ? type === 'direct_connection'
        : a.use === 'export'
          ? type === 'footage' && (r.row.access_kind === 'copy' || r.row.access_kind === 'retrieve')
          : type === 'footage' || type === 'citizen';
    if (!useAllowed) {
      const granted: Words =
        type === 'direct_connection'
          ? { zh: '实时查看', en: 'live viewing' }
          : r.row.access_kind === 'view'
            ? { zh: '仅查阅', en: 'viewing only' }
            : { zh: r.row.access_kind === 'copy' ? '复制' : '调取', en: r.row.access_kind };
      const use = nameOf(USE_NAMES, a.use);
      throw await scope(
        'use',
        { zh: `授权范围为${granted.zh}，不含${use.zh}`, en: `the grant allows ${granted.en}, not ${a.use}` },
        { accessKind: r.row.access_kind, type },
      );
    }
    const items = r.items.filter((i) => i.camera_id === a.cameraId);
    if (items.length === 0) {
      throw await scope('camera', { zh: '该摄像机不在授权范围内', en: 'this camera is not in the grant' });
    }
    if (type !== 'direct_connection' && a.fromMs !== undefined && a.toMs !== undefined) {
      const from = a.fromMs;
      const to = a.toMs;
      const inside = items.some(
        (i) =>
          i.range_from !== null &&
          i.range_to !== null &&
          Date.parse(i.range_from) <= from &&
          to <= Date.parse(i.range_to),
      );
      if (!inside) {
        throw await scope('range', {
          zh: '所请求的时间段超出授权的时间范围',
          en: 'the range asked for is not inside the granted range',
        });
      }
    }
    return {
      accessRequestId: r.row.id,
      purpose: r.row.purpose,
      destination: r.row.destination,
      requestingUnit: r.row.requesting_unit,
      caseNo: r.row.case_no,
    };
  }

  private async checkFileBytes(
    actor: Actor,
    grant: FootageGrant,
    file: { cameraId: string; segmentId: string; start: number; end: number },
  ): Promise<void> {
    const r = await this.store.load(grant.accessRequestId);
    const segment = await this.db
      .selectFrom('recording_segments')
      .select(['id', 'seq', 'path', 'start_time', 'end_time', 'duration_ms', 'bytes', 'fragments', 'sha256'])
      .select(['prev_sha256', 'chain_hash'])
      .where('id', '=', file.segmentId)
      .executeTakeFirst();
    const spans: [number, number][] = [];
    for (const i of r?.items ?? []) {
      if (i.camera_id !== file.cameraId || i.range_from === null || i.range_to === null || segment === undefined)
        continue;
      for (const slice of sliceRange([segment], Date.parse(i.range_from), Date.parse(i.range_to))) {
        const first = slice.fragments[0];
        const last = slice.fragments[slice.fragments.length - 1];
        spans.push([0, slice.initBytes - 1]);
        if (first !== undefined && last !== undefined)
          spans.push([first.offsetBytes, last.offsetBytes + last.lengthBytes - 1]);
      }
    }
    if (!spans.some(([a, b]) => a <= file.start && file.end <= b)) {
      const articles = r?.route.scopeArticles ?? [];
      throw await this.store.refusal(
        actor,
        lawRefusal(
          'PSVIS_ERR_GRANT_SCOPE',
          {
            zh: `${cite(articles)}：该录像文件的第 ${file.start}-${file.end} 字节超出授权的时间范围`,
            en: `${articles.join('、')}: bytes ${file.start}-${file.end} of this file lie outside the granted range`,
          },
          articles,
          { reason: 'bytes', use: 'file', cameraId: file.cameraId, segmentId: file.segmentId },
          403,
        ),
        { type: 'access_request', id: grant.accessRequestId },
        'file footage',
      );
    }
  }

  /** The two-officer articles of the camera's jurisdiction, for a refusal without a request. */
  private async personsArticles(cameraId: string): Promise<string[]> {
    const cam = await this.db
      .selectFrom('cameras')
      .innerJoin('organizations', 'organizations.id', 'cameras.org_id')
      .select('organizations.jurisdiction_id')
      .where('cameras.id', '=', cameraId)
      .executeTakeFirst();
    const rule = personsRule(await profileChain(this.db, cam?.jurisdiction_id ?? null), this.opts.clock.now());
    return rule.articles.length > 0 ? rule.articles : ['国家 第二十条'];
  }

  // ---- the register ------------------------------------------------------------------------

  /**
   * Fills a register row made under a grant: the request named by the route, or, for an
   * officer's live view, the officer's open sitting. Rows of a unit's own staff stay as they are.
   */
  private async enrich(trx: Transaction<Database>, actor: Actor, entry: AccessEntry): Promise<AccessEntry> {
    const now = this.opts.clock.now().toISOString();
    let sitting: SittingRow | undefined;
    let requestId = entry.accessRequestId;
    if (requestId === undefined) {
      if (!OFFICER_ROLES.has(actor.role)) return entry;
      sitting = await trx
        .selectFrom('access_sittings')
        .selectAll()
        .where('opened_by', '=', actor.userId)
        .where('closed_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('opened_at', 'desc')
        .executeTakeFirst();
      if (sitting === undefined) return entry;
      requestId = sitting.request_id;
    } else {
      sitting = await trx
        .selectFrom('access_sittings')
        .selectAll()
        .where('opened_by', '=', actor.userId)
        .where('request_id', '=', requestId)
        .orderBy('opened_at', 'desc')
        .executeTakeFirst();
    }
    const r = await this.store.load(requestId, trx);
    if (r === undefined || !r.items.some((i) => i.camera_id === entry.cameraId)) return entry;
    const unit = await trx
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', r.row.unit_org_id)
      .executeTakeFirst();
    const citizen = r.row.citizen === null ? null : (JSON.parse(r.row.citizen) as { name?: string });
    const officers = sitting === undefined ? [] : officersOf(r, sitting);
    const names =
      r.row.type === 'citizen'
        ? [r.row.requesting_unit, sitting?.unit_handler ?? actor.displayName]
        : officers.length > 0
          ? officers.map((o) => o.name)
          : [actor.displayName];
    const copying = entry.action === 'export';
    return {
      ...entry,
      accessRequestId: requestId,
      requestingUnit: entry.requestingUnit ?? r.row.requesting_unit,
      caseNo: entry.caseNo ?? r.row.case_no ?? undefined,
      purpose: entry.purpose ?? r.row.purpose,
      // A view takes nothing away; a copy goes where the request says (去向).
      destination:
        entry.destination ?? (copying || r.row.type === 'citizen' ? (r.row.destination ?? undefined) : '查阅，未复制'),
      accessorNames: names,
      recordedBy: entry.recordedBy ?? sitting?.unit_handler ?? `${unit?.name ?? ''} 视频图像信息系统（psvis 自动录像）`,
      details: {
        ...entry.details,
        accessRequest: {
          type: r.row.type,
          article: r.route.article,
          ...(citizen !== null ? { citizen: citizen.name ?? '' } : {}),
          officers: officers.map((o) => ({
            name: o.name,
            credentialKind: o.credential_kind,
            credentialNo: o.credential_no,
          })),
          ...(sitting !== undefined ? { sittingId: sitting.id } : {}),
          ...(emergencyUnapproved(r) ? { emergencyUnapproved: true } : {}),
        },
      },
    };
  }
}

/** The named officers sitting: the opener first, then the partner. */
function officersOf(r: LoadedRequest, s: Pick<SittingRow, 'opened_by' | 'partner_user_id'>) {
  return [s.opened_by, s.partner_user_id].flatMap((uid) => r.officers.filter((o) => o.user_id === uid));
}

/** PSVIS_ERR_GRANT_EXPIRED: the grant (or the sitting) no longer lets the officers act, and why. */
function expiredError(r: LoadedRequest, reason: string): PsvisError {
  const what: Readonly<Record<string, Words>> = {
    expired: { zh: `授权已于 ${r.row.valid_until ?? ''} 到期`, en: `the grant ended at ${r.row.valid_until ?? ''}` },
    not_started: { zh: '授权尚未开始', en: 'the grant has not started' },
    refused: { zh: '申请未获批准', en: 'the request was refused' },
    revoked: { zh: '授权已撤销', en: 'the grant was revoked' },
    sitting_expired: { zh: '本次调阅已结束，请重新开始调阅', en: 'the sitting has ended; open a new one' },
  };
  const why = what[reason] ?? { zh: reason, en: reason };
  return lawRefusal(
    'PSVIS_ERR_GRANT_EXPIRED',
    {
      zh: `${why.zh}；如工作需要，请重新申请（${cite(r.route.scopeArticles)}）`,
      en: `${why.en}; ask for a new grant if the work needs more (${cite(r.route.scopeArticles)})`,
    },
    r.route.scopeArticles,
    { reason, validUntil: r.row.valid_until },
    403,
  );
}
