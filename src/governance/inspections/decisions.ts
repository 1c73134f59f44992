// Penalty decisions against the texts (penalties.ts has the pure checks): the article must be a
// penalty article in force for the unit on the offence date, its trigger met (a fine that falls
// due only after a missed deadline needs the escalated rectification order that covers it), and
// the amount inside the article's range for the offender. Signed by a police approver; recorded
// and refused decisions are both audited.
import { actorEvent, type AuditLog } from '../../audit/audit-log.ts';
import { chinaDate } from '../../compliance/calendar.ts';
import { profilesInForce } from '../../compliance/effective.ts';
import { allRules } from '../../compliance/profiles/index.ts';
import type { Clock } from '../../clock.ts';
import { newId } from '../../db/ids.ts';
import type { PenaltyDecisionTable, RectificationOrderTable } from '../../db/schema.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { json, listedOrgIds, profileChainOf, refuse, requireRoleAudited } from './guard.ts';
import {
  AFTER_ORDER_TRIGGERS,
  checkAmount,
  findPenalty,
  penaltiesOf,
  sameArticle,
  type PenaltyInForce,
} from './penalties.ts';
import { bilingualError, lawRefusal } from '../refusal.ts';
import { APPROVER_ROLES, noOrder } from './service.ts';
import {
  decisionView,
  type DecisionInput,
  type DecisionView,
  type OrderItem,
  type PenaltyArticleView,
} from './views.ts';

/** Penalty decisions and the penalty articles in force. */
export class PenaltyDecisions {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly registry: Registry,
  ) {}

  private get db() {
    return this.audit.db;
  }

  private today(): string {
    return chinaDate(this.clock.now());
  }

  /** An order whose unit is in scope (404 otherwise). */
  private async loadOrder(actor: Actor, id: string, attempted: string): Promise<RectificationOrderTable> {
    const row = await this.db.selectFrom('rectification_orders').selectAll().where('id', '=', id).executeTakeFirst();
    await this.registry.getOrganization(actor, row?.org_id ?? `rectification_order:${id}`, attempted);
    if (row === undefined) throw noOrder(id);
    return row;
  }

  /** The penalty articles in force for a unit on a date, with their ranges and the rules they punish. */
  async penaltyArticles(actor: Actor, orgId: string, date: string | undefined): Promise<PenaltyArticleView[]> {
    await this.registry.getOrganization(actor, orgId);
    const onDate = date ?? this.today();
    const inForce = penaltiesOf(
      profilesInForce(await profileChainOf(this.db, orgId), new Date(`${onDate}T12:00:00+08:00`)),
    );
    return inForce.map((p) => ({ ...p.penalty, profileId: p.profileId, punishes: p.punishes }));
  }

  /**
   * Records a penalty decision (police approver). Refused, and audited, when the article is not
   * a penalty article in force for the unit on the offence date (PSVIS_ERR_PENALTY_ARTICLE), when
   * its trigger is not met (PSVIS_ERR_PENALTY_PRECONDITION), or when the amount lies outside the
   * article's range for the offender (PSVIS_ERR_PENALTY_RANGE).
   */
  async decide(actor: Actor, input: DecisionInput): Promise<DecisionView> {
    await requireRoleAudited(
      this.audit,
      actor,
      APPROVER_ROLES,
      'governance.penalty.decide',
      { zh: '作出处罚决定', en: 'decide penalties' },
      {
        type: 'organization',
        id: input.orgId,
      },
    );
    const org = await this.registry.getOrganization(actor, input.orgId, 'decide a penalty');
    const offenceDate = input.offenceDate ?? this.today();
    const refused = (err: PsvisError) =>
      refuse(this.audit, actor, 'governance.penalty.decide', { type: 'organization', id: org.id }, err);
    if (offenceDate > this.today()) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        { zh: '违法行为日期不能晚于今天', en: 'the offence date cannot be in the future' },
        { field: 'offenceDate' },
      );
    }
    const profiles = profilesInForce(await profileChainOf(this.db, org.id), new Date(`${offenceDate}T12:00:00+08:00`));
    const inForce: PenaltyInForce[] = penaltiesOf(profiles);
    const found = findPenalty(input.article, inForce);
    if (found === undefined) {
      return refused(
        // No article of the texts in force backs it: the refusal cites none, and lists those that would.
        lawRefusal(
          'PSVIS_ERR_PENALTY_ARTICLE',
          {
            zh: `${input.article}不是该单位在 ${offenceDate} 施行的罚则条款`,
            en: `${input.article} is not a penalty article in force for this unit on ${offenceDate}`,
          },
          [],
          {
            article: input.article,
            offenceDate,
            profileIds: profiles.map((p) => p.id),
            penaltyArticles: inForce.map((p) => p.penalty.article),
          },
        ),
      );
    }
    const penalty = found.penalty;
    let order: RectificationOrderTable | undefined;
    if (input.orderId !== undefined) {
      order = await this.loadOrder(actor, input.orderId, 'decide a penalty');
      if (order.org_id !== org.id) {
        throw bilingualError(
          'PSVIS_ERR_VALIDATION',
          { zh: '该整改通知属于其他单位', en: 'the order is of another unit' },
          { field: 'orderId' },
        );
      }
    }
    const fined = input.amountYuan !== undefined;
    if (fined && AFTER_ORDER_TRIGGERS.includes(penalty.trigger)) {
      const covers =
        order !== undefined &&
        (json(order.items) as OrderItem[]).some(
          (i) => i.penaltyArticle !== null && sameArticle(i.penaltyArticle, penalty.article),
        );
      if (order?.status !== 'escalated' || !covers) {
        return refused(
          lawRefusal(
            'PSVIS_ERR_PENALTY_PRECONDITION',
            {
              zh: `${penalty.article}的罚款须在${penalty.trigger === '逾期不改正' ? '责令限期改正逾期后' : `${penalty.trigger}后`}作出（${penalty.trigger}）：请关联已逾期且涵盖该条款的整改通知`,
              en: `${penalty.article} fines only ${penalty.trigger === '逾期不改正' ? 'after the deadline to correct was missed' : 'after a refusal to correct'} (${penalty.trigger}): name the escalated rectification order that covers it`,
            },
            [penalty.article],
            {
              penalties: [penalty],
              article: penalty.article,
              trigger: penalty.trigger,
              orderId: order?.id ?? null,
              orderStatus: order?.status ?? null,
              orderCoversArticle: covers,
            },
            409,
          ),
        );
      }
    }
    if (fined && penalty.trigger === '造成严重后果' && (input.seriousConsequences ?? '').trim() === '') {
      return refused(
        lawRefusal(
          'PSVIS_ERR_PENALTY_PRECONDITION',
          {
            zh: `${penalty.article}仅在造成严重后果时处以罚款：请写明严重后果（seriousConsequences）`,
            en: `${penalty.article} fines only where the consequences are serious (造成严重后果): state them (seriousConsequences)`,
          },
          [penalty.article],
          { penalties: [penalty], article: penalty.article, trigger: penalty.trigger },
          409,
        ),
      );
    }
    try {
      checkAmount(penalty, { offender: input.offenderKind, tier: input.tier, amountYuan: input.amountYuan });
    } catch (err) {
      if (err instanceof PsvisError) return refused(err);
      throw err;
    }
    const nowIso = this.clock.now().toISOString();
    const row: PenaltyDecisionTable = {
      id: newId(this.clock.now().getTime()),
      org_id: org.id,
      order_id: order?.id ?? null,
      document_no: input.documentNo ?? null,
      article: input.article,
      trigger: penalty.trigger,
      offender_kind: input.offenderKind,
      offender_name: input.offenderName,
      tier: input.tier ?? null,
      amount_yuan: input.amountYuan ?? null,
      warning: input.warning === true ? 1 : 0,
      other_measures: JSON.stringify(input.otherMeasures ?? []),
      facts: input.facts,
      serious_consequences: input.seriousConsequences ?? null,
      offence_date: offenceDate,
      decider_org_id: actor.orgId,
      decided_by: actor.userId,
      decided_at: nowIso,
    };
    await this.audit.transaction(async (trx, record) => {
      await trx.insertInto('penalty_decisions').values(row).execute();
      await record(
        actorEvent(actor, 'governance.penalty.decide', 'organization', org.id, {
          decisionId: row.id,
          article: row.article,
          trigger: row.trigger,
          offenderKind: row.offender_kind,
          offenderName: row.offender_name,
          tier: row.tier,
          amountYuan: row.amount_yuan,
          warning: row.warning === 1,
          orderId: row.order_id,
          offenceDate,
        }),
      );
    });
    return decisionView(row, penalty.rangeZh);
  }

  private rangeOf(article: string): string {
    const p = allRules()
      .map((r) => r.params.penalty)
      .find((x) => x !== undefined && (x.article === article || sameArticle(x.article, article)));
    return p?.rangeZh ?? '';
  }

  /** One decision. */
  async getDecision(actor: Actor, id: string): Promise<DecisionView> {
    const row = await this.db.selectFrom('penalty_decisions').selectAll().where('id', '=', id).executeTakeFirst();
    await this.registry.getOrganization(actor, row?.org_id ?? `penalty_decision:${id}`);
    if (row === undefined) {
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `未找到处罚决定 ${id}`, en: `penalty decision ${id} not found` },
        {},
        404,
      );
    }
    return decisionView(row, this.rangeOf(row.article));
  }

  /** Decisions of units in scope, newest first. */
  async listDecisions(actor: Actor, f: { orgId?: string | undefined; limit: number }): Promise<DecisionView[]> {
    let q = this.db.selectFrom('penalty_decisions').selectAll().orderBy('id', 'desc').limit(f.limit);
    const orgIds = await listedOrgIds(this.db, this.registry, actor, f.orgId);
    if (orgIds !== null) q = q.where('org_id', 'in', orgIds);
    return (await q.execute()).map((r) => decisionView(r, this.rangeOf(r.article)));
  }
}
