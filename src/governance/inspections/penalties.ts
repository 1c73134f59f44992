// Penalty decisions against the texts: the article must be a penalty article in force for the unit
// on the day of the offence, its trigger must be met (逾期不改正, 拒不改正 and 拒不拆除 fine only
// after a rectification order was missed; 造成严重后果 only on serious harm), and the amount must
// lie in the article's range for the offender (unit, individual, person in charge) and, where the
// text tiers it, for the tier (安徽 第二十五条: profit with or without gains, non-profit;
// 青岛 第二十七条、第三十条: business or not). Pure: the profiles come in as data.
import { parseCitation, formatCitation } from '../../compliance/citation.ts';
import type { Fine, FineTier, Penalty, PenaltyTrigger, Profile } from '../../compliance/types.ts';
import { PsvisError } from '../../errors/psvis-error.ts';

/** Who a decision fines: a unit, an individual, or a person in charge of a unit (直接负责的主管人员和其他直接责任人员). */
export const OFFENDER_KINDS = ['unit', 'individual', 'person_in_charge'] as const;

/** One of OFFENDER_KINDS. */
export type OffenderKind = (typeof OFFENDER_KINDS)[number];

/** The tiers the texts set fines by. */
export const FINE_TIERS: readonly FineTier[] = [
  'profit_with_gains',
  'profit_without_gains',
  'non_profit',
  'business',
  'non_business',
];

/** Triggers under which a fine needs a missed or refused rectification order first. */
export const AFTER_ORDER_TRIGGERS: readonly PenaltyTrigger[] = ['逾期不改正', '拒不改正', '拒不拆除'];

/** A penalty article in force and the rules whose breach it punishes. */
export interface PenaltyInForce {
  penalty: Penalty;
  profileId: string;
  punishes: string[];
}

/** Every penalty article of the given profiles (each once), with the rules that lead to it. */
export function penaltiesOf(profiles: readonly Profile[]): PenaltyInForce[] {
  const byArticle = new Map<string, PenaltyInForce>();
  for (const p of profiles) {
    for (const r of p.rules) {
      const pen = r.params.penalty;
      if (pen === undefined) continue;
      const entry = byArticle.get(pen.article) ?? { penalty: pen, profileId: p.id, punishes: [] };
      for (const id of r.kind === 'penalty' ? (r.params.punishes ?? []) : [r.id]) {
        if (!entry.punishes.includes(id)) entry.punishes.push(id);
      }
      byArticle.set(pen.article, entry);
    }
  }
  return [...byArticle.values()];
}

/** The penalty an article sets: the article itself, or for an item (腾冲 第三十一条(三)) the article it belongs to. */
export function findPenalty(article: string, inForce: readonly PenaltyInForce[]): PenaltyInForce | undefined {
  const exact = inForce.find((p) => p.penalty.article === article);
  if (exact !== undefined) return exact;
  const c = parseCitation(article);
  if (c?.item === undefined) return undefined;
  const parent = formatCitation({
    textId: c.textId,
    article: c.article,
    ...(c.paragraph === undefined ? {} : { paragraph: c.paragraph }),
  });
  return inForce.find((p) => p.penalty.article === parent);
}

/** True when two citations name the same article (ignoring 款 and 项). */
export function sameArticle(a: string, b: string): boolean {
  const ca = parseCitation(a);
  const cb = parseCitation(b);
  return ca !== null && cb !== null && ca.textId === cb.textId && ca.article === cb.article;
}

/** The fines of a penalty that apply to an offender kind (and tier, when given). */
export function finesFor(penalty: Penalty, offender: OffenderKind, tier?: FineTier): Fine[] {
  return penalty.fines.filter(
    (f) =>
      (f.offender === offender || (f.offender === 'unit_or_individual' && offender !== 'person_in_charge')) &&
      (tier === undefined || f.tier === undefined || f.tier === tier),
  );
}

const yuan = (n: number) => n.toLocaleString('en-US');
const rangeText = (f: Fine) =>
  f.minYuan === f.maxYuan
    ? `${yuan(f.minYuan)} yuan`
    : f.minYuan === 0
      ? `up to ${yuan(f.maxYuan)} yuan`
      : `${yuan(f.minYuan)}–${yuan(f.maxYuan)} yuan`;

/** What a decision asks for. */
export interface AmountRequest {
  offender: OffenderKind;
  tier?: FineTier | undefined;
  /** Whole yuan; absent for a decision without a fine (a warning, an order). */
  amountYuan?: number | undefined;
}

/**
 * Checks a fine against the article's range for the offender and tier. Throws
 * PSVIS_ERR_PENALTY_RANGE (with the article, the ranges and the range asked of) when the amount
 * lies outside it, when the article fines no such offender, or when it tiers its fines and no
 * tier was named. Returns the fine range applied, or null for a decision without a fine.
 */
export function checkAmount(penalty: Penalty, req: AmountRequest): Fine | null {
  if (req.amountYuan === undefined) return null;
  const allowed = penalty.fines.map((f) => ({ ...f }));
  const refuse = (message: string): never => {
    throw new PsvisError(
      'PSVIS_ERR_PENALTY_RANGE',
      `${message} (${penalty.article}: ${penalty.rangeEn})`,
      {
        article: penalty.article,
        offender: req.offender,
        tier: req.tier ?? null,
        amountYuan: req.amountYuan,
        allowed,
        rangeZh: penalty.rangeZh,
      },
      422,
    );
  };
  const tiered = finesFor(penalty, req.offender).some((f) => f.tier !== undefined);
  if (tiered && req.tier === undefined) {
    refuse(`${penalty.article} sets fines by tier; name the tier (${FINE_TIERS.join(', ')})`);
  }
  const fines = finesFor(penalty, req.offender, req.tier);
  if (fines.length === 0) {
    refuse(`${penalty.article} sets no fine for a ${req.offender}${req.tier === undefined ? '' : ` (${req.tier})`}`);
  }
  const fine = fines[0] as Fine;
  if (req.amountYuan <= 0 || req.amountYuan < fine.minYuan || req.amountYuan > fine.maxYuan) {
    refuse(`a fine of ${yuan(req.amountYuan)} yuan is outside ${rangeText(fine)} for a ${req.offender}`);
  }
  return fine;
}
