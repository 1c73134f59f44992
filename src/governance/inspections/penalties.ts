// Penalty decisions against the texts: the article must be a penalty article in force for the unit
// on the day of the offence, its trigger must be met (逾期不改正, 拒不改正 and 拒不拆除 fine only
// after a rectification order was missed; 造成严重后果 only on serious harm), and the amount must
// lie in the article's range for the offender (unit, individual, person in charge) and, where the
// text tiers it, for the tier (安徽 第二十五条: profit with or without gains, non-profit;
// 青岛 第二十七条、第三十条: business or not). Pure: the profiles come in as data.
import { parseCitation, formatCitation } from '../../compliance/citation.ts';
import type { Fine, FineTier, Penalty, PenaltyTrigger, Profile } from '../../compliance/types.ts';
import { eitherOf, lawRefusal, nameOf, type Words } from '../refusal.ts';

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

/** Who a decision fines, in both languages (as the console names them). */
const OFFENDER_NAMES: Readonly<Record<OffenderKind, Words>> = {
  unit: { zh: '单位', en: 'unit' },
  individual: { zh: '个人', en: 'individual' },
  person_in_charge: { zh: '直接负责的主管人员和其他直接责任人员', en: 'person in charge' },
};

/** The fine tiers, in both languages (as the console names them). */
const TIER_NAMES: Readonly<Record<FineTier, Words>> = {
  profit_with_gains: { zh: '经营性（有违法所得）', en: 'for profit, with illegal gains' },
  profit_without_gains: { zh: '经营性（无违法所得）', en: 'for profit, without illegal gains' },
  non_profit: { zh: '非经营性', en: 'not for profit' },
  business: { zh: '经营活动中', en: 'in business' },
  non_business: { zh: '非经营活动中', en: 'not in business' },
};

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

/** A fine's range in words: "1,000–2,000 元" / "1,000–2,000 yuan", "5,000 元以下" / "up to 5,000 yuan". */
function rangeWords(f: Fine): Words {
  if (f.minYuan === f.maxYuan) return { zh: `${yuan(f.minYuan)} 元`, en: `${yuan(f.minYuan)} yuan` };
  if (f.minYuan === 0) return { zh: `${yuan(f.maxYuan)} 元以下`, en: `up to ${yuan(f.maxYuan)} yuan` };
  return { zh: `${yuan(f.minYuan)}–${yuan(f.maxYuan)} 元`, en: `${yuan(f.minYuan)}–${yuan(f.maxYuan)} yuan` };
}

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
  const offender = nameOf(OFFENDER_NAMES, req.offender);
  const refuse = (why: Words): never => {
    throw lawRefusal(
      'PSVIS_ERR_PENALTY_RANGE',
      {
        zh: `${why.zh}（${penalty.article}：${penalty.rangeZh}）`,
        en: `${why.en} (${penalty.article}: ${penalty.rangeEn})`,
      },
      [penalty.article],
      {
        penalties: [penalty],
        article: penalty.article,
        offender: req.offender,
        tier: req.tier ?? null,
        amountYuan: req.amountYuan,
        allowed,
        rangeZh: penalty.rangeZh,
      },
    );
  };
  const tiered = finesFor(penalty, req.offender).some((f) => f.tier !== undefined);
  if (tiered && req.tier === undefined) {
    const tiers = FINE_TIERS.filter((t) => finesFor(penalty, req.offender, t).some((f) => f.tier === t));
    refuse({
      zh: `${penalty.article}按档次设定罚款，请选择罚款档次（${eitherOf(tiers.map((t) => TIER_NAMES[t])).zh}）`,
      en: `${penalty.article} sets fines by tier; name the tier (${FINE_TIERS.join(', ')})`,
    });
  }
  const fines = finesFor(penalty, req.offender, req.tier);
  if (fines.length === 0) {
    refuse({
      zh: `${penalty.article}对${offender.zh}${req.tier === undefined ? '' : `（${TIER_NAMES[req.tier].zh}）`}不设罚款`,
      en: `${penalty.article} sets no fine for a ${req.offender}${req.tier === undefined ? '' : ` (${req.tier})`}`,
    });
  }
  const fine = fines[0] as Fine;
  if (req.amountYuan <= 0 || req.amountYuan < fine.minYuan || req.amountYuan > fine.maxYuan) {
    const range = rangeWords(fine);
    refuse({
      zh: `罚款 ${yuan(req.amountYuan)} 元不在${penalty.article}对${offender.zh}规定的幅度（${range.zh}）内`,
      en: `a fine of ${yuan(req.amountYuan)} yuan is outside ${range.en} for a ${req.offender}`,
    });
  }
  return fine;
}
