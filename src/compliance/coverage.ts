import { TEXT_INDEXES } from './articles/index.ts';
import { formatCitation, parseCitation, TEXT_IDS } from './citation.ts';
import { GOVERNMENT_ZONE_ARTICLES, LOCATION_CATEGORIES, PLACE_CATEGORIES } from './categories.ts';
import { allRules } from './profiles/index.ts';

/** How psvis accounts for an article: a rule, a category, a feature, or an explicit reason it is not for software. */
export type CoverageEntry = { rule: string } | { category: string } | { feature: string } | { notForSoftware: string };

const F = {
  scope: { feature: 'psvis is such a system: collection, transmission, display, storage and processing of video' },
  privacy: {
    feature: 'privacy by design: prohibited-location guard, role-scoped viewing, access register, redacted exports',
  },
  authority: {
    feature: 'organizations of kind police, state_security and regulator supervise the units of their jurisdiction',
  },
  platform: { feature: 'GB/T 28181 cascade: units register upward to police and emergency platforms' },
  inspection: {
    feature: 'inspections and rectification orders recorded in governance, with findings from this engine',
  },
  export: { feature: 'exports only through approved access requests, each registered; every view is audited' },
  integrity: { feature: 'hash-chained recording and audit log; nothing deleted inside retention; psvis verify' },
  dates: { feature: 'profile validity windows (effectiveFrom/effectiveTo) drive effectiveRules' },
  planning: { notForSoftware: 'a government planning and budgeting duty' },
  vendors: { notForSoftware: 'binds officials (no designated vendors or brands), not the system' },
  officials: { notForSoftware: 'liability of officials, decided by their superiors or supervisory organs' },
  appeal: { notForSoftware: 'administrative review and litigation procedure' },
  otherLaw: { notForSoftware: 'liability under other law (public order, criminal, civil), decided by the authorities' },
  purpose: { notForSoftware: 'purpose and legal basis of the text' },
  implementation: { notForSoftware: 'who implements or interprets the text' },
  reward: { notForSoftware: 'rewards granted by the authorities' },
} satisfies Record<string, CoverageEntry>;

/** Articles no rule or category cites, each with what psvis does about it or why nothing. */
export const EXPLICIT_COVERAGE: Readonly<Record<string, readonly CoverageEntry[]>> = {
  '威海 第一条': [F.purpose],
  '威海 第二条': [F.scope],
  '威海 第三条': [F.scope],
  '威海 第四条': [F.authority],
  '威海 第五条': [F.privacy],
  '威海 第六条': [F.planning],
  '威海 第十一条': [F.platform],
  '威海 第十三条': [
    F.authority,
    { notForSoftware: 'qualification management of designers and installers by the police' },
  ],
  '威海 第十四条': [F.vendors],
  '威海 第十七条': [F.platform],
  '威海 第十八条': [F.platform, F.planning],
  '威海 第二十条': [{ feature: 'direct connection for police in emergencies, approved and registered' }],
  '威海 第二十四条': [F.export, F.integrity],
  '威海 第二十七条': [F.inspection],
  '威海 第二十九条': [F.appeal],
  '威海 第三十条': [F.otherLaw],
  '威海 第三十一条': [F.officials],
  '威海 第三十二条': [F.implementation],
  '威海 第三十三条': [F.dates],
  '安徽 第一条': [F.purpose],
  '安徽 第二条': [F.scope],
  '安徽 第三条': [F.planning],
  '安徽 第四条': [F.authority],
  '安徽 第五条': [F.privacy],
  '安徽 第六条': [F.planning],
  '安徽 第十条': [{ notForSoftware: 'provincial standardisation policy' }],
  '安徽 第十二条': [F.vendors],
  '安徽 第十九条': [F.export, F.integrity],
  '安徽 第二十三条': [F.inspection],
  '安徽 第二十七条': [
    F.officials,
    { feature: 'suspicious-information reports are tracked until the police act on them' },
  ],
  '安徽 第二十八条': [F.dates],
  '腾冲 第一条': [F.purpose],
  '腾冲 第二条': [F.scope],
  '腾冲 第三条': [F.privacy],
  '腾冲 第四条': [F.planning],
  '腾冲 第五条': [F.authority],
  '腾冲 第六条': [F.planning],
  '腾冲 第七条': [F.privacy],
  '腾冲 第九条': [{ category: 'main_road' }, { category: 'border_port' }, { category: 'high_crime_area' }],
  '腾冲 第十条': [{ feature: 'organizations carry an industry; regulators see the units of their industry' }],
  '腾冲 第十一条': [F.platform, { notForSoftware: 'funding by owners and encouragement of self-built systems' }],
  '腾冲 第十二条': [F.planning],
  '腾冲 第十六条': [F.platform],
  '腾冲 第二十条': [F.privacy, { notForSoftware: 'security admission for classified sectors' }],
  '腾冲 第二十一条': [F.platform, F.planning],
  '腾冲 第二十五条': [F.integrity, { feature: 'video quality diagnosis checks the picture is usable' }],
  '腾冲 第二十七条': [F.integrity, F.export, { feature: 'video diagnosis detects occlusion' }],
  '腾冲 第二十八条': [F.inspection],
  '腾冲 第二十九条': [{ notForSoftware: 'defers to the Yunnan provincial regulation, which psvis does not carry' }],
  '腾冲 第三十三条': [F.officials],
  '腾冲 第三十四条': [F.dates],
  '腾冲 第三十五条': [F.implementation],
  '辽宁 第一条': [F.purpose],
  '辽宁 第二条': [F.scope],
  '辽宁 第三条': [F.scope],
  '辽宁 第四条': [F.planning],
  '辽宁 第五条': [F.authority],
  '辽宁 第八条': [F.privacy],
  '辽宁 第十一条': [{ rule: 'ln.standards' }],
  '辽宁 第十六条': [F.inspection],
  '辽宁 第十九条': [F.reward],
  '辽宁 第二十五条': [F.otherLaw],
  '辽宁 第二十六条': [F.officials],
  '辽宁 第二十七条': [F.dates],
  '青岛 第一条': [F.purpose],
  '青岛 第二条': [F.scope],
  '青岛 第三条': [F.authority],
  '青岛 第四条': [F.planning],
  '青岛 第五条': [F.privacy],
  '青岛 第六条': [F.planning],
  '青岛 第十一条': [F.vendors],
  '青岛 第十二条': [{ rule: 'qd.inspection' }],
  '青岛 第十三条': [F.platform],
  '青岛 第二十二条': [F.export, F.integrity],
  '青岛 第二十五条': [F.inspection],
  '青岛 第三十一条': [F.officials],
  '青岛 第三十二条': [F.appeal],
  '青岛 第三十三条': [F.otherLaw],
  '青岛 第三十四条': [F.officials],
  '青岛 第三十六条': [F.dates],
  '国家 第一条': [F.purpose],
  '国家 第二条': [F.scope],
  '国家 第三条': [F.privacy],
  '国家 第四条': [{ notForSoftware: 'state policy on innovation and standards' }],
  '国家 第五条': [F.authority],
  '国家 第六条': [F.planning],
  '国家 第十八条': [{ notForSoftware: 'a duty of telecom operators carrying the video' }],
  '国家 第二十四条': [
    F.inspection,
    { feature: 'public reports (举报) of unlawful cameras are recorded for the police' },
  ],
  '国家 第二十五条': [F.officials, F.integrity],
  '国家 第三十二条': [F.officials],
  '国家 第三十三条': [{ category: 'other' }, F.export],
  '国家 第三十四条': [F.dates],
};

const articleKey = (citation: string): string => {
  const c = parseCitation(citation);
  return c ? formatCitation({ textId: c.textId, article: c.article }) : citation;
};

/** Every indexed article ('辽宁 第十四条'), with what accounts for it: rules, categories, then the explicit entries. */
export function coverage(): Map<string, CoverageEntry[]> {
  const map = new Map<string, CoverageEntry[]>();
  for (const id of TEXT_IDS) {
    for (const a of TEXT_INDEXES[id].articles) map.set(formatCitation({ textId: id, article: a.number }), []);
  }
  const add = (citation: string, entry: CoverageEntry): void => {
    map.get(articleKey(citation))?.push(entry);
  };
  for (const r of allRules()) {
    add(r.article, { rule: r.id });
    if (r.params.penalty) add(r.params.penalty.article, { rule: r.id });
  }
  for (const c of PLACE_CATEGORIES) for (const m of c.mandatory) add(m.article, { category: c.code });
  for (const c of LOCATION_CATEGORIES) for (const p of c.prohibitedBy) add(p.article, { category: c.code });
  for (const z of Object.values(GOVERNMENT_ZONE_ARTICLES)) add(z.article, { feature: 'government-only zone guard' });
  for (const [citation, entries] of Object.entries(EXPLICIT_COVERAGE)) for (const e of entries) add(citation, e);
  return map;
}

/** Indexed articles nothing accounts for (the coverage test keeps this empty). */
export function unmappedArticles(): string[] {
  return [...coverage()].filter(([, entries]) => entries.length === 0).map(([article]) => article);
}
