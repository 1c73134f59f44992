// The inspection checklist, generated from the rules in force for the unit: one line per duty of
// each profile, under the five headings of 腾冲 第二十八条, pre-filled with the compliance
// engine's findings and the facts psvis keeps (camera health, footage actually kept, holds).
// Pure: the service passes in the rules, findings and facts.
import { parseCitation, TEXT_IDS } from '../../compliance/citation.ts';
import {
  CHECKLIST_PLACEMENT,
  HEALTH_RULES,
  INSPECTION_HEADINGS,
  RETENTION_RULES,
  type InspectionHeading,
} from '../../compliance/profiles/supervision.ts';
import type { Finding, FindingState, Rule } from '../../compliance/types.ts';

/** What psvis knew of a line before the inspection: a finding state, or nothing (not_known), or nothing to check (not_applicable). */
export type PrefillState = FindingState | 'not_known' | 'not_applicable';

/** One thing psvis knew, about one subject or the whole unit. */
export interface PrefillFact {
  subjectRef: string | null;
  subjectName: string | null;
  state: FindingState | null;
  noteZh: string | null;
  dueDate: string | null;
}

/** The facts of one line; long lists keep the worst and count the rest. */
export interface Prefill {
  facts: PrefillFact[];
  omitted: number;
}

/** A checklist line before it is stored. */
export interface ChecklistItem {
  seq: number;
  heading: InspectionHeading;
  ruleId: string;
  article: string;
  titleZh: string;
  titleEn: string;
  penaltyArticle: string | null;
  prefillState: PrefillState;
  prefill: Prefill;
}

/** Unit-wide facts the service reads from the recording tables. */
export interface UnitFacts {
  /** Camera health: one sentence (counts, footage in the last day, gaps by cause). */
  healthZh: string | null;
  /** Footage actually kept and holds: sentences. */
  retentionZh: readonly string[];
}

/** Most facts a line keeps. */
export const MAX_FACTS = 30;

const SEVERITY: Record<FindingState, number> = { violated: 0, overdue: 1, due: 2, needs_evidence: 3, ok: 4 };

function citationKey(article: string): number[] {
  const c = parseCitation(article);
  return c ? [TEXT_IDS.indexOf(c.textId), c.article, c.paragraph ?? 0, c.item ?? 0] : [99];
}

function byArticle(a: Rule, b: Rule): number {
  const ka = citationKey(a.article);
  const kb = citationKey(b.article);
  return ka.map((x, i) => x - (kb[i] ?? 0)).find((d) => d !== 0) ?? a.id.localeCompare(b.id);
}

/** The heading a rule goes under, or null when it is no checklist line (penalties, duties of the authorities). */
export function headingOf(rule: Rule): InspectionHeading | null {
  if (rule.kind === 'penalty') return null;
  const placed = CHECKLIST_PLACEMENT[rule.id];
  if (placed === 'authority') return null;
  return placed ?? 'other';
}

/**
 * Builds the checklist: rules in force (deduplicated, penalties and the authorities' own duties
 * left out), ordered by heading then article, each pre-filled from the findings of its rule.
 * `only` limits it to some rule ids (a re-inspection checks what its order named).
 */
export function buildChecklist(
  rules: readonly Rule[],
  findings: readonly Finding[],
  names: ReadonlyMap<string, string>,
  facts: UnitFacts,
  only?: ReadonlySet<string>,
): ChecklistItem[] {
  const seen = new Set<string>();
  const lines: { rule: Rule; heading: InspectionHeading }[] = [];
  for (const rule of rules) {
    if (seen.has(rule.id) || (only !== undefined && !only.has(rule.id))) continue;
    seen.add(rule.id);
    const heading = headingOf(rule);
    if (heading !== null) lines.push({ rule, heading });
  }
  const order = INSPECTION_HEADINGS.map((h) => h.key);
  lines.sort((a, b) => order.indexOf(a.heading) - order.indexOf(b.heading) || byArticle(a.rule, b.rule));
  const healthRule = HEALTH_RULES.find((id) => lines.some((l) => l.rule.id === id));
  const retentionRule = RETENTION_RULES.find((id) => lines.some((l) => l.rule.id === id));

  return lines.map(({ rule, heading }, i): ChecklistItem => {
    const own = findings
      .filter((f) => f.ruleId === rule.id)
      .sort((a, b) => SEVERITY[a.state] - SEVERITY[b.state] || a.subjectRef.localeCompare(b.subjectRef));
    const all: PrefillFact[] = own.map((f) => ({
      subjectRef: f.subjectRef,
      subjectName: names.get(f.subjectRef) ?? null,
      state: f.state,
      noteZh: f.noteZh ?? null,
      dueDate: f.dueDate ?? null,
    }));
    const unitFact = (noteZh: string): PrefillFact => ({
      subjectRef: null,
      subjectName: null,
      state: null,
      noteZh,
      dueDate: null,
    });
    if (rule.id === healthRule && facts.healthZh !== null) all.unshift(unitFact(facts.healthZh));
    if (rule.id === retentionRule) all.unshift(...facts.retentionZh.map(unitFact));
    let state: PrefillState;
    if (own.length > 0) state = own[0]?.state ?? 'ok';
    else state = rule.check === undefined ? 'not_known' : 'not_applicable';
    return {
      seq: i + 1,
      heading,
      ruleId: rule.id,
      article: rule.article,
      titleZh: rule.titleZh,
      titleEn: rule.titleEn,
      penaltyArticle: rule.params.penalty?.article ?? null,
      prefillState: state,
      prefill: { facts: all.slice(0, MAX_FACTS), omitted: Math.max(0, all.length - MAX_FACTS) },
    };
  });
}

const STATE_ZH: Record<PrefillState, string> = {
  ok: '符合',
  due: '期限未到',
  overdue: '已逾期',
  violated: '不符合',
  needs_evidence: '待提供证明',
  not_known: '系统无记录，需现场检查',
  not_applicable: '无适用对象',
};

/** The pre-fill in a few printed sentences: the state, then up to `max` facts. */
export function prefillSummaryZh(state: PrefillState, prefill: Prefill, max = 5): string {
  const lines = [STATE_ZH[state]];
  const shown = prefill.facts.slice(0, max);
  for (const f of shown) {
    const who = f.subjectName ?? '';
    const what = [
      f.state === null ? '' : STATE_ZH[f.state],
      f.noteZh ?? '',
      f.dueDate === null ? '' : `期限 ${f.dueDate}`,
    ]
      .filter((s) => s !== '')
      .join('，');
    lines.push(`${who}${who !== '' && what !== '' ? '：' : ''}${what}`);
  }
  const more = prefill.facts.length - shown.length + prefill.omitted;
  if (more > 0) lines.push(`另有 ${more} 项`);
  return lines.join('\n');
}
