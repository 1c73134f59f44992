// Holds (信息保全): who may pin footage past its retention floor, for how long, and who may let it
// go. 国家 第十七条: footage past 30 days whose purpose is served is deleted, so every hold names its
// reason kind and its end; 辽宁 第十四条(七): footage of important value is kept one year;
// 腾冲 第二十六条: evidence is preserved (信息保全). The footage side (pinning, expiry, the sweeper)
// is recording/retention.ts; this module is the policy in front of it.
import { actorEvent, type AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { effectiveRules } from '../compliance/effective.ts';
import type { Role } from '../identity/roles.ts';
import type { Actor } from '../identity/scope.ts';
import { DEFAULT_HOLD_DAYS, type HoldInput, type HoldRow, type Retention } from '../recording/retention.ts';
import type { Registry } from '../registry/registry.ts';
import { profileChain } from '../registry/scoping.ts';
import { bilingualError, eitherOf, lawRefusal, nameOf, roleName, type Words } from './refusal.ts';

const DAY_MS = 86_400_000;
/** Beijing time is UTC+8 all year; deadlines are read in it. */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Why footage is held: a case (案件), footage of important value, or an order of an authority. */
export const HOLD_KINDS = ['case', 'important', 'legal_order'] as const;

/** One of HOLD_KINDS. */
export type HoldKind = (typeof HOLD_KINDS)[number];

/**
 * The kinds each role may place. The police hold for cases and by order; a unit's manager holds
 * for its own cases and important footage; its monitoring staff mark footage of important value
 * as they watch it (值班监看).
 */
export const HOLD_KINDS_BY_ROLE: Readonly<Partial<Record<Role, readonly HoldKind[]>>> = {
  admin: HOLD_KINDS,
  police_officer: HOLD_KINDS,
  police_approver: HOLD_KINDS,
  unit_manager: ['case', 'important'],
  unit_operator: ['important'],
};

/** The kinds of hold, as the console names them. */
const KIND_NAMES: Readonly<Record<string, Words>> = {
  case: { zh: '案件', en: 'case' },
  important: { zh: '重要信息', en: 'important footage' },
  legal_order: { zh: '依法调取', en: 'legal order' },
};

/** An instant in Beijing time to the minute: "2027-05-01 10:00". */
const beijingMinute = (at: Date): string =>
  new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** Every role that may place some kind of hold. */
export const HOLD_PLACERS: readonly Role[] = Object.keys(HOLD_KINDS_BY_ROLE) as Role[];

const UNIT_ROLES: ReadonlySet<string> = new Set(['unit_manager', 'unit_operator']);

/**
 * The roles that approve releasing a hold: a police order or a case the police hold is released
 * by a 公安机关负责人 (police_approver); a unit's own case or important footage by the unit's
 * manager too. Holds from before placers were recorded count as police holds.
 */
export function releaseApprovers(hold: Pick<HoldRow, 'kind' | 'placed_by_role'>): Role[] {
  const unitPlaced = hold.placed_by_role !== null && UNIT_ROLES.has(hold.placed_by_role);
  if (hold.kind === 'important' || (hold.kind === 'case' && unitPlaced)) {
    return ['admin', 'police_approver', 'unit_manager'];
  }
  return ['admin', 'police_approver'];
}

/** The important-footage period in force for a camera (辽宁 第十四条(七): one year), if a profile sets one. */
export interface ImportantPeriod {
  days: number;
  article: string;
}

/** Placing, extending and releasing holds, with the law's and the roles' checks; refusals are audited. */
export class Holds {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly registry: Registry,
    private readonly retention: Retention,
  ) {}

  /** The longest important-footage period of the profiles in force for the camera's unit, or null. */
  async importantPeriod(orgId: string): Promise<ImportantPeriod | null> {
    const org = await this.audit.db
      .selectFrom('organizations')
      .select('jurisdiction_id')
      .where('id', '=', orgId)
      .executeTakeFirst();
    const chain = await profileChain(this.audit.db, org?.jurisdiction_id ?? null);
    const rules = effectiveRules(chain, this.clock.now()).filter((r) => r.floor?.topic === 'retention.important');
    const best = rules.sort((a, b) => (b.floor?.value ?? 0) - (a.floor?.value ?? 0))[0];
    return best?.floor === undefined ? null : { days: best.floor.value, article: best.article };
  }

  /** Places a hold on a camera in scope. */
  async place(actor: Actor, input: HoldInput): Promise<HoldRow> {
    const camera = await this.registry.getCamera(actor, input.cameraId, 'place a hold');
    const allowed = HOLD_KINDS_BY_ROLE[actor.role] ?? [];
    if (!allowed.includes(input.kind)) {
      await this.refuse(actor, 'recording.hold.refused', null, {
        cameraId: camera.id,
        kind: input.kind,
        code: 'PSVIS_ERR_FORBIDDEN',
      });
      throw bilingualError(
        'PSVIS_ERR_FORBIDDEN',
        {
          zh: `${roleName(actor.role).zh}不能设置“${nameOf(KIND_NAMES, input.kind).zh}”保全`,
          en: `role ${actor.role} may not place a ${input.kind} hold`,
        },
        { role: actor.role, kind: input.kind, allowedKinds: allowed },
        403,
      );
    }
    let until = input.until;
    if (input.kind === 'important') {
      const period = await this.importantPeriod(camera.orgId);
      if (period !== null) {
        const earliest = new Date(input.to.getTime() + period.days * DAY_MS);
        if (until === undefined) until = earliest;
        else if (until.getTime() < earliest.getTime()) {
          const refusal = lawRefusal(
            'PSVIS_ERR_RETENTION_FLOOR',
            {
              zh: `重要信息须至少保存 ${period.days} 天（${period.article}），保全期限不得早于北京时间 ${beijingMinute(earliest)}`,
              en: `footage of important value is kept ${period.days} days (${period.article}); the hold may end no earlier than ${earliest.toISOString()}`,
            },
            [period.article],
            { floorDays: period.days, earliestUntil: earliest.toISOString() },
          );
          await this.refuse(actor, 'recording.hold.refused', null, {
            cameraId: camera.id,
            kind: input.kind,
            code: refusal.code,
            ...refusal.details,
          });
          throw refusal;
        }
      }
    }
    return this.retention.createHold(actor, {
      ...input,
      until: until ?? new Date(input.to.getTime() + DEFAULT_HOLD_DAYS * DAY_MS),
    });
  }

  /**
   * Places the hold a duty requires of whoever performs it, whatever their role may place by hand:
   * the clip of a suspicious-information report (腾冲 第二十四条(七): the police copy and keep it)
   * is held as a case from the moment an operator reports it. The camera must be in scope; audited
   * like any hold, and released like a case hold its placer's side placed.
   */
  async placeFor(actor: Actor, input: HoldInput): Promise<HoldRow> {
    const camera = await this.registry.getCamera(actor, input.cameraId, 'place a hold');
    return this.retention.createHold(actor, { ...input, cameraId: camera.id });
  }

  /** Releases a hold: only the approving role of its kind and placer may (PSVIS_ERR_HOLD_RELEASE_ROLE otherwise). */
  async release(actor: Actor, id: string, reason: string | undefined): Promise<HoldRow> {
    const hold = await this.visible(actor, id, 'release a hold');
    const approvers = releaseApprovers(hold);
    if (!approvers.includes(actor.role)) {
      const releasers = eitherOf(approvers.filter((r) => r !== 'admin').map(roleName));
      const refusal = bilingualError(
        'PSVIS_ERR_HOLD_RELEASE_ROLE',
        {
          zh: `${roleName(actor.role).zh}无权解除该“${nameOf(KIND_NAMES, hold.kind).zh}”保全，须由${releasers.zh}解除`,
          en: `role ${actor.role} may not release a ${hold.kind} hold; its release needs ${approvers.filter((r) => r !== 'admin').join(' or ')}`,
        },
        { role: actor.role, kind: hold.kind, placedByRole: hold.placed_by_role, approvers },
        403,
      );
      await this.refuse(actor, 'recording.hold.release.refused', id, {
        cameraId: hold.camera_id,
        code: refusal.code,
        ...refusal.details,
      });
      throw refusal;
    }
    return this.retention.releaseHold(actor, id, reason);
  }

  /** Moves a hold's end; any role that may place a hold of its kind may. */
  async extend(actor: Actor, id: string, until: Date, reason: string): Promise<HoldRow> {
    const hold = await this.visible(actor, id, 'extend a hold');
    const allowed = HOLD_KINDS_BY_ROLE[actor.role] ?? [];
    if (!allowed.includes(hold.kind as HoldKind)) {
      await this.refuse(actor, 'recording.hold.extend.refused', id, { code: 'PSVIS_ERR_FORBIDDEN', kind: hold.kind });
      throw bilingualError(
        'PSVIS_ERR_FORBIDDEN',
        {
          zh: `${roleName(actor.role).zh}不能延长“${nameOf(KIND_NAMES, hold.kind).zh}”保全`,
          en: `role ${actor.role} may not extend a ${hold.kind} hold`,
        },
        { role: actor.role, kind: hold.kind },
        403,
      );
    }
    return this.retention.extendHold(actor, id, until, reason);
  }

  /** A hold whose camera the actor sees; 404 otherwise, like the camera itself. */
  private async visible(actor: Actor, id: string, attempted: string): Promise<HoldRow> {
    const hold = await this.retention.getHold(id);
    await this.registry.getCamera(actor, hold?.camera_id ?? `hold:${id}`, attempted);
    if (hold === undefined) {
      throw bilingualError('PSVIS_ERR_NOT_FOUND', { zh: `未找到保全 ${id}`, en: `no hold ${id}` }, {}, 404);
    }
    return hold;
  }

  private async refuse(
    actor: Actor,
    action: string,
    holdId: string | null,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.append(actorEvent(actor, action, 'hold', holdId, details));
  }
}
