import type { Calendar } from './calendar.ts';
import { parseCitation, TEXT_IDS } from './citation.ts';
import { isNationalArticle7System } from './checks.ts';
import { effectiveRulesFor, profilesInForce } from './effective.ts';
import type { Subject } from './subject.ts';
import type { CheckContext, Finding, FindingState, Rule } from './types.ts';

const SEVERITY: Record<FindingState, number> = { violated: 0, overdue: 1, due: 2, needs_evidence: 3, ok: 4 };

function toFinding(rule: Rule, r: ReturnType<NonNullable<Rule['check']>>[number]): Finding {
  const f: Finding = {
    ruleId: rule.id,
    article: rule.article,
    titleZh: rule.titleZh,
    titleEn: rule.titleEn,
    state: r.state,
    subjectRef: r.subjectRef,
  };
  if (r.dueDate !== undefined) f.dueDate = r.dueDate;
  if (r.noteZh !== undefined && r.noteZh !== '') f.noteZh = r.noteZh;
  if (r.noteEn !== undefined && r.noteEn !== '') f.noteEn = r.noteEn;
  // The range that would apply is shown on everything not yet in order.
  if (r.state !== 'ok' && rule.params.penalty) f.penalty = rule.params.penalty;
  return f;
}

/**
 * Evaluates the subject under the rules in force on asOf for the jurisdiction chain
 * (leaf to root; the national 条例 is always added). Systems at the places of 国家 第七条 are
 * checked under every rule; other systems without the national rules that 国家 第九条第二款
 * lifts, so they keep their local floors. Findings are sorted worst first, then by article.
 */
export function evaluate(subject: Subject, profileIds: readonly string[], asOf: Date, calendar: Calendar): Finding[] {
  const inForce = profilesInForce(profileIds, asOf).map((p) => p.id);
  const passes: [Rule[], CheckContext][] = [
    [
      effectiveRulesFor(profileIds, asOf, true),
      { subject, asOf, calendar, profileIds: inForce, systemFilter: (s) => isNationalArticle7System(subject, s) },
    ],
    [
      effectiveRulesFor(profileIds, asOf, false),
      { subject, asOf, calendar, profileIds: inForce, systemFilter: (s) => !isNationalArticle7System(subject, s) },
    ],
  ];
  const seen = new Map<string, Finding>();
  for (const [rules, ctx] of passes) {
    for (const rule of rules) {
      if (!rule.check) continue;
      for (const r of rule.check(rule, ctx)) {
        const key = `${rule.id}|${r.subjectRef}`;
        if (!seen.has(key)) seen.set(key, toFinding(rule, r));
      }
    }
  }
  return [...seen.values()].sort(byStateThenArticle);
}

// Articles sort by text, then number, 款 and 项 — not by the characters of the numerals.
function citationKey(article: string): number[] {
  const c = parseCitation(article);
  return c ? [TEXT_IDS.indexOf(c.textId), c.article, c.paragraph ?? 0, c.item ?? 0] : [99];
}

function byStateThenArticle(a: Finding, b: Finding): number {
  const ka = citationKey(a.article);
  const kb = citationKey(b.article);
  const byArticle = ka.map((x, i) => x - (kb[i] ?? 0)).find((d) => d !== 0) ?? 0;
  return SEVERITY[a.state] - SEVERITY[b.state] || byArticle || a.subjectRef.localeCompare(b.subjectRef);
}
