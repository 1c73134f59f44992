// The fine an article allows, computed as the server checks it (src/governance/inspections/
// penalties.ts finesFor and checkAmount), so the decision form shows the range and refuses an
// amount outside it before it is sent. The server decides in the end.
import type { I18n } from '../../i18n/i18n.tsx';
import { FINE_TIERS } from './enums.ts';
import type { Fine, FineTier, OffenderKind, PenaltyArticle } from './types.ts';

/** The most a decision may fine (the route's schema). */
export const MAX_AMOUNT_YUAN = 10_000_000;

/** The fines of an article that apply to an offender kind (and tier, when given). */
function finesFor(article: PenaltyArticle, offender: OffenderKind, tier: FineTier | undefined): Fine[] {
  return article.fines.filter(
    (f) =>
      (f.offender === offender || (f.offender === 'unit_or_individual' && offender !== 'person_in_charge')) &&
      (tier === undefined || f.tier === undefined || f.tier === tier),
  );
}

/** What an article allows an offender: a range, nothing (no fine for them), or first a tier. */
export type Allowed = { kind: 'range'; minYuan: number; maxYuan: number } | { kind: 'none' } | { kind: 'needsTier' };

/** The fine range the article sets for the offender and tier. */
export function allowedFine(article: PenaltyArticle, offender: OffenderKind, tier: FineTier | undefined): Allowed {
  const tiered = finesFor(article, offender, undefined).some((f) => f.tier !== undefined);
  if (tiered && tier === undefined) return { kind: 'needsTier' };
  const fine = finesFor(article, offender, tier)[0];
  return fine === undefined ? { kind: 'none' } : { kind: 'range', minYuan: fine.minYuan, maxYuan: fine.maxYuan };
}

/** The tiers an article sets fines by for an offender (empty where it does not tier them). */
export function tiersFor(article: PenaltyArticle, offender: OffenderKind): FineTier[] {
  const tiers = finesFor(article, offender, undefined).map((f) => f.tier);
  return FINE_TIERS.filter((tier) => tiers.includes(tier));
}

/** Whether an amount lies in the range (a fine is a positive whole number of yuan). */
export function inRange(amountYuan: number, range: { minYuan: number; maxYuan: number }): boolean {
  return Number.isInteger(amountYuan) && amountYuan > 0 && amountYuan >= range.minYuan && amountYuan <= range.maxYuan;
}

/** A whole number of yuan as the forms write it. */
export const yuan = (n: number): string => n.toLocaleString('en-US');

/** What an article allows an offender, in words ("1,000–2,000 元", "5,000 元以下", "先选择罚款档次"). */
export function allowedText(t: I18n['t'], allowed: Allowed): string {
  if (allowed.kind === 'needsTier') return t('supervision.range.needsTier');
  if (allowed.kind === 'none') return t('supervision.range.none');
  const vars = { min: yuan(allowed.minYuan), max: yuan(allowed.maxYuan) };
  if (allowed.minYuan === allowed.maxYuan) return t('supervision.range.fixed', vars);
  if (allowed.minYuan === 0) return t('supervision.range.upTo', vars);
  return t('supervision.range.between', vars);
}
