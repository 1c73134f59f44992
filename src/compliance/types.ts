import type { Subject, SubjectSystem } from './subject.ts';
import type { Calendar } from './calendar.ts';
import type { TextId } from './citation.ts';

/** One article of a text: its number, the item (项) count of each paragraph (款), a summary in Chinese. */
export interface ArticleEntry {
  number: number;
  /** One entry per paragraph: how many items it lists (0 when none). */
  paragraphs: readonly number[];
  summaryZh: string;
}

/** The article index of one text, committed as data so psvis stands alone. */
export interface TextIndex {
  textId: TextId;
  titleZh: string;
  articles: readonly ArticleEntry[];
}

/** Builds an index entry; `paragraphs` defaults to one paragraph without items. */
export function art(number: number, summaryZh: string, paragraphs: readonly number[] = [0]): ArticleEntry {
  return { number, paragraphs, summaryZh };
}

/** What a rule is, in the words of RULES.md: forbids, requires, sets a retention floor, conditions access, fines, or binds people. */
export type RuleKind = 'prohibition' | 'duty' | 'retention' | 'access' | 'penalty' | 'advisory';

/** Who a fine is imposed on, as the texts distinguish them. */
export type Offender = 'unit' | 'individual' | 'person_in_charge' | 'unit_or_individual';

/** The profit tiers of 安徽 第二十五条 and the business/non-business tiers of 青岛 第二十七条、第三十条. */
export type FineTier = 'profit_with_gains' | 'profit_without_gains' | 'non_profit' | 'business' | 'non_business';

/** One fine range in yuan; a fixed amount has minYuan === maxYuan; "以下" has minYuan 0. */
export interface Fine {
  offender: Offender;
  minYuan: number;
  maxYuan: number;
  tier?: FineTier;
}

/**
 * When a fine falls due: 并处 at once; 逾期不改正 after the deadline to correct is missed; 拒不改正
 * after a refusal to correct; 拒不拆除 after a refusal to remove; 造成严重后果 only on serious harm;
 * 责令改正: an order to correct and no fine; 依照其他规定: the text defers to other law.
 */
export type PenaltyTrigger =
  '并处' | '逾期不改正' | '拒不改正' | '拒不拆除' | '造成严重后果' | '责令改正' | '依照其他规定';

/** A penalty range as a text sets it, with the measures that come before or with the fine. */
export interface Penalty {
  article: string;
  trigger: PenaltyTrigger;
  /** Measures other than fines, in the text's words: 责令限期改正, 警告, 没收, 强制拆除… */
  measuresZh: readonly string[];
  fines: readonly Fine[];
  rangeZh: string;
  rangeEn: string;
}

/** Numbers a rule carries; each field is present only where the text sets it. */
export interface RuleParams {
  days?: number;
  workingDays?: number;
  months?: number;
  /** What starts a deadline clock, in the registry's lifecycle terms. */
  clockFrom?: 'inUse' | 'accepted' | 'removed' | 'changed' | 'textInForce';
  /** For pre-existing systems: the date the text took effect (the clock's start). */
  fromDate?: string;
  /** Days of advance notice before an act (安徽 第十五条). */
  noticeDaysBefore?: number;
  importantDays?: number;
  /** Location category codes a prohibition covers. */
  locations?: readonly string[];
  /** Access register fields the text requires. */
  registerFields?: readonly AccessField[];
  minPersons?: number;
  /** 安徽 第十三条第二款: only systems units build (government ones are accepted, not filed). */
  unitBuiltOnly?: boolean;
  /** Which cameras need a sign: public places, government-funded systems (辽宁 第十三条), or all. */
  signageScope?: 'public' | 'government' | 'all';
  /** Approval an access needs, in the text's words. */
  approvalZh?: string;
  penalty?: Penalty;
  /** For penalty rules: the rules whose breach this article punishes. */
  punishes?: readonly string[];
}

/** Fields of an access register entry a text names (see subject.ts AccessEntry). */
export type AccessField =
  'accessorNames' | 'accessorUnit' | 'at' | 'purpose' | 'destination' | 'recordedBy' | 'content';

/** A deadline-free finding draft a rule check returns; evaluate() adds article, titles and penalty. */
export interface CheckResult {
  state: FindingState;
  subjectRef: string;
  dueDate?: string;
  noteZh?: string;
  noteEn?: string;
}

/** What a rule check sees: the subject, the date, the calendar and the profiles in force. */
export interface CheckContext {
  subject: Subject;
  asOf: Date;
  calendar: Calendar;
  /** Profile ids in force at asOf, leaf to root. */
  profileIds: readonly string[];
  /** Limits system-level checks to one class of system (国家 第九条第二款 splits them). */
  systemFilter?: (system: SubjectSystem) => boolean;
}

/** A rule check: findings over the subject (ok ones too, so a report shows what was checked). */
export type RuleCheck = (rule: Rule, ctx: CheckContext) => CheckResult[];

/**
 * One rule of one profile. `article` is the citation exactly as the text numbers it;
 * `floor` lets effectiveRules keep only the strictest of rules on the same topic.
 */
export interface Rule {
  id: string;
  profileId: TextId;
  article: string;
  kind: RuleKind;
  titleZh: string;
  titleEn: string;
  statementZh: string;
  statementEn: string;
  params: RuleParams;
  /** What psvis does about it (the docs column). */
  psvisDoes: string;
  floor?: { topic: string; value: number };
  /** National 第九条第二款: this national rule does not bind 第九条 systems. */
  article7Only?: boolean;
  check?: RuleCheck;
}

/** A jurisdiction profile: one text, its validity window and its rules. */
export interface Profile {
  id: TextId;
  jurisdictionZh: string;
  jurisdictionEn: string;
  instrumentZh: string;
  /** First day in force, China local date. */
  effectiveFrom: string;
  /** Last day in force (inclusive), China local date; absent while in force. */
  effectiveTo?: string;
  rules: readonly Rule[];
}

/** Finding states: ok; due (deadline ahead); overdue (deadline passed); violated; needs_evidence. */
export type FindingState = 'ok' | 'due' | 'overdue' | 'violated' | 'needs_evidence';

/** One finding of the engine, with its article and the penalty that would apply. */
export interface Finding {
  ruleId: string;
  article: string;
  titleZh: string;
  titleEn: string;
  state: FindingState;
  /** Last day to comply, China local date (YYYY-MM-DD). */
  dueDate?: string;
  /** The system, camera, site or organization id the finding is about. */
  subjectRef: string;
  noteZh?: string;
  noteEn?: string;
  penalty?: Penalty;
}
