import type { Subject, SubjectSystem, TrainingKind } from './subject.ts';
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
  /** Who approves which access by whom (governance routes access requests by these). */
  approvalRoutes?: readonly ApprovalRoute[];
  /** Credentials the officers must show (辽宁 第十八条(三): 执法证件); absent: either kind. */
  credentials?: readonly CredentialKind[];
  penalty?: Penalty;
  /** For penalty rules: the rules whose breach this article punishes. */
  punishes?: readonly string[];
  /** Filing articles: which filing, and what the text asks of it (the governance filing workflow reads these). */
  filing?: FilingTerms;
  /** Outsourcing articles: the clauses an agreement must contain (国家 第十五条第二款: 安全保密). */
  agreementClauses?: readonly AgreementClause[];
  /** Suspicious-information articles: whom a report goes to, and the article binding the police to act on it. */
  report?: ReportTerms;
  /** Advisory duties a unit's own records evidence (duty logs, maintenance records, repaired faults). */
  evidencedBy?: readonly EvidenceRecord[];
  /** Training articles: every kind of training the text names (国家 第十六条第二款(一): 入职审查、保密教育、岗位培训). */
  trainingKinds?: readonly TrainingKind[];
}

/** The kinds of filing (备案): first, change, removal, and systems built before the text took effect. */
export type FilingKind = 'first' | 'change' | 'removal' | 'pre_existing';

/** How a filing reaches the police: 网上平台, 信函, 电传, 传真, 电子数据交换, 电子邮件, 当面递交. */
export type FilingChannel = 'online' | 'letter' | 'telex' | 'fax' | 'edi' | 'email' | 'in_person';

/** Materials a filing carries besides the facts psvis fills from the registry. */
export type FilingMaterial =
  | 'design_plan'
  | 'technical_test'
  | 'acceptance'
  | 'drawings'
  | 'construction_plan'
  | 'point_distribution'
  | 'removal_statement';

/** What a filing article asks of the filing itself. */
export interface FilingTerms {
  kind: FilingKind;
  /** Materials to hand in (安徽 第十三条第二款: 设计方案、技术检测、工程验收材料; 青岛: 图纸; 腾冲: 建设方案、点位分布). */
  materials?: readonly FilingMaterial[];
  /** Channels the text names (腾冲 第二十二条, 青岛 第十六条第三款); absent: the text names none. */
  channels?: readonly FilingChannel[];
  /** The level of the police organ that receives it (县级: district; 市公安局: city). */
  recipientLevels?: readonly OrganLevel[];
  recipientZh?: string;
  /** 辽宁 第十二条: a change goes to the office that took the original filing. */
  originalOffice?: boolean;
  /** 安徽 第十三条第二款: the police visit the site within this many days of receiving the filing. */
  siteVisitDays?: number;
}

/** Clauses of an outsourced maintenance or operation agreement. */
export type AgreementClause =
  'safe_operation' | 'network_security' | 'data_security' | 'personal_information' | 'confidentiality';

/** Whom a suspicious-information report goes to. */
export interface ReportTerms {
  to: readonly ('police' | 'regulator')[];
  /** 安徽 第二十七条(五): officials who do not act on a report in time answer for it. */
  handlingArticle?: string;
}

/** A unit's own records that evidence an advisory duty. */
export type EvidenceRecord = 'duty_log' | 'maintenance' | 'fault_repair';

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

/** Who asks for footage, as the texts tell them apart (police, state security, other departments, bodies handling a 突发事件, citizens). */
export type RequesterKind = 'police' | 'state_security' | 'other_department' | 'emergency' | 'citizen';

/** What an access does: 查阅, 复制, 调取, or 接入/直接使用 a unit's system. */
export type AccessKind = 'view' | 'copy' | 'retrieve' | 'connect';

/** The level of the organ that approves, as the texts name it: 省, 设区的市, 县级 (区、县), 派出所. */
export type OrganLevel = 'province' | 'city' | 'district' | 'police_station';

/** 县级以上: county, city and province organs. */
export const COUNTY_AND_ABOVE: readonly OrganLevel[] = ['province', 'city', 'district'];

/** The credentials officers show: 工作证件 or 执法证件. */
export type CredentialKind = 'work_id' | 'law_enforcement_id';

/** Who may ask to see footage of a person (国家 第二十一条: 本人、近亲属、监护/看护/代管人). */
export type CitizenRelation = 'self' | 'close_relative' | 'guardian' | 'carer' | 'custodian';

/**
 * Who must agree before an access starts: nobody (the text gives the right); the head of the
 * requesting organ itself (本机关负责人), of `levels` when the text names them; the head of a police
 * organ of `levels` over the requester's jurisdiction; or the unit running the system (its consent).
 */
export type Approval =
  | { by: 'none' }
  | { by: 'own_head'; levels?: readonly OrganLevel[] }
  | { by: 'police_head'; levels: readonly OrganLevel[] }
  | { by: 'unit_consent' };

/** One approval route of an access article: which requesters, which accesses, who approves. */
export interface ApprovalRoute {
  /** The citation, down to the paragraph where the text splits requesters by paragraph. */
  article: string;
  requesters: readonly RequesterKind[];
  accessKinds: readonly AccessKind[];
  approval: Approval;
  /** The text's words for the approval. */
  approvalZh: string;
  /** The access may start at once and be approved afterwards (处置突发事件), flagged until it is. */
  approveAfter?: boolean;
  /** Citizen routes: who may ask. */
  relations?: readonly CitizenRelation[];
}
