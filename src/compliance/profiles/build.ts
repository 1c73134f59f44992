import type { TextId } from '../citation.ts';
import type { Fine, FineTier, Offender, Penalty, PenaltyTrigger, Rule } from '../types.ts';

// Small constructors that keep the profile files close to the texts they transcribe.

/** A fine range in yuan for one kind of offender (and tier, where the text tiers it). */
export function fine(offender: Offender, minYuan: number, maxYuan: number, tier?: FineTier): Fine {
  return tier === undefined ? { offender, minYuan, maxYuan } : { offender, minYuan, maxYuan, tier };
}

/** A penalty as an article sets it. */
export function penalty(
  article: string,
  trigger: PenaltyTrigger,
  measuresZh: readonly string[],
  fines: readonly Fine[],
  rangeZh: string,
  rangeEn: string,
): Penalty {
  return { article, trigger, measuresZh, fines, rangeZh, rangeEn };
}

/** A rule of the given profile. */
export function rules(profileId: TextId, list: readonly Omit<Rule, 'profileId'>[]): Rule[] {
  return list.map((r) => ({ ...r, profileId }));
}

/** The penalty rule for a penalty article: lists what it punishes so the docs and coverage can show it. */
export function penaltyRule(
  id: string,
  p: Penalty,
  punishes: readonly string[],
  titleZh: string,
  titleEn: string,
): Omit<Rule, 'profileId'> {
  return {
    id,
    article: p.article,
    kind: 'penalty',
    titleZh,
    titleEn,
    statementZh: p.rangeZh,
    statementEn: p.rangeEn,
    params: { penalty: p, punishes },
    psvisDoes: 'attaches this range to the findings of the rules it punishes',
  };
}
