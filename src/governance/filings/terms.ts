// What the filing articles in force ask of one filing (pure): the materials it carries, the
// channels it may go by, the police organ that receives it, the site visit the police owe
// (安徽 第十三条第二款) and, for removals, the advance notice (安徽 第十五条). Read from the
// `filing` and `noticeDaysBefore` params of the rules in force, most local text first.
import type { FilingChannel, FilingKind, FilingMaterial, OrganLevel, Rule } from '../../compliance/types.ts';

/** Every filing kind. */
export const FILING_KINDS: readonly FilingKind[] = ['first', 'change', 'removal', 'pre_existing'];

/** Every channel a text names. */
export const FILING_CHANNELS: readonly FilingChannel[] = [
  'online',
  'letter',
  'telex',
  'fax',
  'edi',
  'email',
  'in_person',
];

/** Every material a text names. */
export const FILING_MATERIALS: readonly FilingMaterial[] = [
  'design_plan',
  'technical_test',
  'acceptance',
  'drawings',
  'construction_plan',
  'point_distribution',
  'removal_statement',
];

/** Channels as the texts name them. */
export const CHANNEL_ZH: Readonly<Record<FilingChannel, string>> = {
  online: '网上备案平台',
  letter: '信函',
  telex: '电传',
  fax: '传真',
  edi: '电子数据交换',
  email: '电子邮件',
  in_person: '当面递交',
};

/** Channels in English, as the console names them. */
export const CHANNEL_EN: Readonly<Record<FilingChannel, string>> = {
  online: 'the online filing platform',
  letter: 'letter',
  telex: 'telex',
  fax: 'fax',
  edi: 'electronic data interchange',
  email: 'email',
  in_person: 'in person',
};

/** Materials as the texts name them. */
export const MATERIAL_ZH: Readonly<Record<FilingMaterial, string>> = {
  design_plan: '设计方案',
  technical_test: '技术检测材料',
  acceptance: '工程验收材料',
  drawings: '图纸',
  construction_plan: '系统建设方案',
  point_distribution: '采集设备点位分布',
  removal_statement: '拆除情况说明',
};

/** Materials in English, as the console names them. */
export const MATERIAL_EN: Readonly<Record<FilingMaterial, string>> = {
  design_plan: 'design plan',
  technical_test: 'technical test report',
  acceptance: 'acceptance documents',
  drawings: 'drawings',
  construction_plan: 'construction plan',
  point_distribution: 'camera point list',
  removal_statement: 'removal statement',
};

/** A material code as the texts name it (the code itself for one psvis does not know). */
export function materialZh(code: string): string {
  return (MATERIAL_ZH as Readonly<Record<string, string | undefined>>)[code] ?? code;
}

/** A channel code as the texts name it (the text itself for a channel recorded in words). */
export function channelZh(code: string): string {
  return (CHANNEL_ZH as Readonly<Record<string, string | undefined>>)[code] ?? code;
}

/** Materials psvis draws up itself from the registry: the point list is the camera table of the filing. */
export const GENERATED_MATERIALS: ReadonlySet<FilingMaterial> = new Set(['point_distribution']);

/** One material the articles in force ask for. */
export interface MaterialTerm {
  code: FilingMaterial;
  nameZh: string;
  articles: string[];
  /** True when psvis fills it from the registry (no upload needed). */
  generated: boolean;
}

/** What the filing articles in force ask of a filing of one kind. */
export interface FilingTermsInForce {
  kind: FilingKind;
  /** The filing articles in force for this kind, most local first. */
  articles: string[];
  materials: MaterialTerm[];
  /** The channels the texts name (union), or null when none names any. */
  channels: { allowed: FilingChannel[] | null; articles: string[] };
  /** The receiving organ: levels and name from the most local text that names them. */
  recipient: { levels: OrganLevel[] | null; nameZh: string | null; article: string | null; originalOffice: boolean };
  siteVisit: { days: number; article: string } | null;
  notice: { daysBefore: number; article: string } | null;
}

/** The terms of `kind` from the rules in force (effectiveRules order: most local text first, national last). */
export function filingTerms(rules: readonly Rule[], kind: FilingKind): FilingTermsInForce {
  const own = rules.filter((r) => r.params.filing?.kind === kind);
  const materials = new Map<FilingMaterial, MaterialTerm>();
  const channels = new Set<FilingChannel>();
  const channelArticles: string[] = [];
  let recipient: FilingTermsInForce['recipient'] = {
    levels: null,
    nameZh: null,
    article: null,
    originalOffice: false,
  };
  let siteVisit: FilingTermsInForce['siteVisit'] = null;
  let notice: FilingTermsInForce['notice'] = null;
  for (const r of own) {
    const f = r.params.filing;
    if (f === undefined) continue;
    for (const code of f.materials ?? []) {
      const m = materials.get(code) ?? {
        code,
        nameZh: MATERIAL_ZH[code],
        articles: [],
        generated: GENERATED_MATERIALS.has(code),
      };
      if (!m.articles.includes(r.article)) m.articles.push(r.article);
      materials.set(code, m);
    }
    if (f.channels !== undefined) {
      for (const c of f.channels) channels.add(c);
      if (!channelArticles.includes(r.article)) channelArticles.push(r.article);
    }
    if (recipient.levels === null && f.recipientLevels !== undefined) {
      recipient = {
        levels: [...f.recipientLevels],
        nameZh: f.recipientZh ?? null,
        article: r.article,
        originalOffice: recipient.originalOffice,
      };
    }
    if (f.originalOffice === true) recipient = { ...recipient, originalOffice: true };
    if (siteVisit === null && f.siteVisitDays !== undefined) siteVisit = { days: f.siteVisitDays, article: r.article };
    if (notice === null && r.params.noticeDaysBefore !== undefined) {
      notice = { daysBefore: r.params.noticeDaysBefore, article: r.article };
    }
  }
  return {
    kind,
    articles: [...new Set(own.map((r) => r.article))],
    materials: [...materials.values()],
    channels: {
      allowed: channels.size > 0 ? FILING_CHANNELS.filter((c) => channels.has(c)) : null,
      articles: channelArticles,
    },
    recipient,
    siteVisit,
    notice,
  };
}

/** The ids of the rules whose deadlines a filing of `kind` meets (the engine's findings about them). */
export function filingRuleIds(rules: readonly Rule[], kind: FilingKind): Set<string> {
  return new Set(rules.filter((r) => r.params.filing?.kind === kind).map((r) => r.id));
}
