import type { TextId } from '../citation.ts';

// Supervision (监督检查) as the texts set it: which article lets whom inspect a unit, and the
// checklist shape. 腾冲 第二十八条 is the one text that lists what an inspection covers; its five
// items are the checklist's headings everywhere, and every rule of every profile is placed under
// one of them (or marked as binding the authorities rather than the unit).

/** Who inspects: the police (公安机关) or an industry regulator (行业主管部门). */
export type Inspector = 'police' | 'regulator';

/** An article that empowers an inspection. */
export interface SupervisionBasis {
  profileId: TextId;
  article: string;
  inspector: Inspector;
  statementZh: string;
  statementEn: string;
}

/** Every supervision article of the six texts. */
export const SUPERVISION_BASES: readonly SupervisionBasis[] = [
  {
    profileId: 'weihai-2014',
    article: '威海 第二十七条第一款',
    inspector: 'police',
    statementZh: '公安机关应当对公共安全图像信息系统的管理和应用情况进行监督检查。',
    statementEn: 'The police inspect how systems are managed and used.',
  },
  {
    profileId: 'weihai-2014',
    article: '威海 第二十七条第二款',
    inspector: 'regulator',
    statementZh: '对行业、系统有监管职责的部门应当对本行业、本系统设立的系统的管理和应用情况进行监督检查。',
    statementEn: 'Industry regulators inspect the systems of their own industry.',
  },
  {
    profileId: 'anhui-2017',
    article: '安徽 第二十三条',
    inspector: 'police',
    statementZh: '公安机关对系统的运行、维护和信息资料的安全管理情况进行监督检查，及时督促整改。',
    statementEn: 'The police inspect operation, maintenance and data security, and see problems corrected.',
  },
  {
    profileId: 'tengchong-2017',
    article: '腾冲 第二十八条',
    inspector: 'police',
    statementZh: '市公安局定期牵头对系统有关情况进行监督检查，有关单位和个人要予以配合。',
    statementEn: 'The city police inspect periodically; units and persons cooperate.',
  },
  {
    profileId: 'tengchong-2017',
    article: '腾冲 第十条',
    inspector: 'regulator',
    statementZh: '相关职能部门负责指导督促本行业、本系统的单位开展系统的建设、管理、升级改造和整合工作。',
    statementEn: 'Sector departments guide and urge the units of their industry.',
  },
  {
    profileId: 'liaoning-2008',
    article: '辽宁 第十六条',
    inspector: 'police',
    statementZh: '公安机关应当加强对系统的建设和使用进行日常监督检查，发现违法行为及时处理。',
    statementEn: 'The police supervise building and use day to day and deal with breaches.',
  },
  {
    profileId: 'qingdao-2010-rev2020',
    article: '青岛 第二十五条第一款',
    inspector: 'police',
    statementZh: '公安机关对系统的建设、使用进行指导、监督。',
    statementEn: 'The police guide and supervise building and use.',
  },
  {
    profileId: 'qingdao-2010-rev2020',
    article: '青岛 第二十五条第二款',
    inspector: 'regulator',
    statementZh: '行业监管部门对本行业系统的建设、使用进行检查。',
    statementEn: 'Industry regulators inspect the systems of their industry.',
  },
  {
    profileId: 'national-2025',
    article: '国家 第二十四条第一款',
    inspector: 'police',
    statementZh: '公安机关对公共安全视频系统的建设、使用情况实施监督检查，有关单位或者个人应当予以协助、配合。',
    statementEn: 'The police inspect building and use; units and persons assist and cooperate.',
  },
];

/** The checklist headings: 腾冲 第二十八条(一)–(五). */
export const INSPECTION_HEADINGS = [
  {
    key: 'construction',
    article: '腾冲 第二十八条(一)',
    titleZh: '建设单位依法建设、验收、整改情况',
    titleEn: 'Lawful building, acceptance and rectification',
  },
  { key: 'upgrade', article: '腾冲 第二十八条(二)', titleZh: '升级改造情况', titleEn: 'Upgrades and changes' },
  {
    key: 'operation',
    article: '腾冲 第二十八条(三)',
    titleZh: '日常运行维护及信息资料管理和使用情况',
    titleEn: 'Operation, maintenance, and management and use of footage',
  },
  { key: 'filing', article: '腾冲 第二十八条(四)', titleZh: '依法备案情况', titleEn: 'Filing' },
  {
    key: 'other',
    article: '腾冲 第二十八条(五)',
    titleZh: '其他依法需要监督检查的事项',
    titleEn: 'Other matters the law subjects to inspection',
  },
] as const;

/** One of the checklist headings. */
export type InspectionHeading = (typeof INSPECTION_HEADINGS)[number]['key'];

const C: InspectionHeading = 'construction';
const U: InspectionHeading = 'upgrade';
const O: InspectionHeading = 'operation';
const F: InspectionHeading = 'filing';
const X: InspectionHeading = 'other';
/** Rules that bind the authorities (how they access footage), not the inspected unit. */
const AUTHORITY = 'authority';

/**
 * Where each rule of each profile stands on an inspection checklist: under one of the five
 * headings, or `authority` for rules that bind the police and other state organs rather than the
 * unit. Penalty rules are not checklist items (they are what a breach leads to); a test keeps
 * every other rule placed.
 */
export const CHECKLIST_PLACEMENT: Readonly<Record<string, InspectionHeading | typeof AUTHORITY>> = {
  // 威海
  'wh.place.mandatory': C,
  'wh.place.government_zone': C,
  'wh.privacy.prohibited': C,
  'wh.design.sync': C,
  'wh.qualification': C,
  'wh.design.review': C,
  'wh.signage': C,
  'wh.platform.connect': U,
  'wh.procedures': O,
  'wh.training': O,
  'wh.fault.open': O,
  'wh.monitoring_room': O,
  'wh.suspicious.report': O,
  'wh.retention': O,
  'wh.integrity': O,
  'wh.maintenance.agreement': O,
  'wh.access.retrieve': AUTHORITY,
  'wh.access.procedure': AUTHORITY,
  // 安徽
  'ah.place.mandatory': C,
  'ah.privacy.prohibited': C,
  'ah.place.government_zone': C,
  'ah.design.sync': C,
  'ah.acceptance': C,
  'ah.filing.first': F,
  'ah.filing.pre_existing': F,
  'ah.signage': C,
  'ah.removal.notice': F,
  'ah.operation.continuous': O,
  'ah.fault.open': O,
  'ah.maintenance.agreement': O,
  'ah.use.unchanged': U,
  'ah.monitoring_room': O,
  'ah.training': O,
  'ah.suspicious.report': O,
  'ah.access.register': O,
  'ah.retention': O,
  'ah.integrity': O,
  'ah.access.direct': AUTHORITY,
  'ah.access.retrieve': AUTHORITY,
  'ah.access.procedure': AUTHORITY,
  // 腾冲
  'tc.place.mandatory': C,
  'tc.design.sync': C,
  'tc.privacy.prohibited': C,
  'tc.standardization': U,
  'tc.filing.first': F,
  'tc.filing.change': F,
  'tc.filing.removal': F,
  'tc.filing.pre_existing': F,
  'tc.signage': C,
  'tc.obstruction': O,
  'tc.operation.procedures': O,
  'tc.inspection.periodic': O,
  'tc.fault.open': O,
  'tc.training': O,
  'tc.access.register': O,
  'tc.integrity': O,
  'tc.retention': O,
  'tc.suspicious.report': O,
  'tc.access.direct': AUTHORITY,
  'tc.access.citizen': X,
  'tc.access.procedure': AUTHORITY,
  'tc.access.control': O,
  // 辽宁
  'ln.place.mandatory': C,
  'ln.place.government_zone': C,
  'ln.privacy.prohibited': C,
  'ln.filing.first': F,
  'ln.filing.change': F,
  'ln.filing.pre_existing': F,
  'ln.signage': C,
  'ln.training': O,
  'ln.operation.procedures': O,
  'ln.fault.open': O,
  'ln.monitoring.report': O,
  'ln.access.register': O,
  'ln.use.unchanged': U,
  'ln.no_disclosure': O,
  'ln.retention': O,
  'ln.retention.important': O,
  'ln.maintenance.agreement': O,
  'ln.integrity': O,
  'ln.access.direct': AUTHORITY,
  'ln.access.procedure': AUTHORITY,
  'ln.standards': C,
  // 青岛
  'qd.place.mandatory': C,
  'qd.military.consult': C,
  'qd.place.government_zone': C,
  'qd.privacy.prohibited': C,
  'qd.privacy.measures': C,
  'qd.design.sync': C,
  'qd.qualification': C,
  'qd.inspection': C,
  'qd.filing.first': F,
  'qd.filing.removal': F,
  'qd.signage': C,
  'qd.obstruction': O,
  'qd.procedures': O,
  'qd.access.register': O,
  'qd.training': O,
  'qd.fault.response': O,
  'qd.fault.open': O,
  'qd.monitoring_room': O,
  'qd.suspicious.report': O,
  'qd.retention': O,
  'qd.integrity': O,
  'qd.maintenance.agreement': O,
  'qd.access.retrieve': AUTHORITY,
  'qd.access.procedure': AUTHORITY,
  'qd.filing.pre_existing': F,
  // 国家
  'cn.place.mandatory': C,
  'cn.place.government_zone': C,
  'cn.privacy.prohibited': C,
  'cn.privacy.inspection': O,
  'cn.other_places': C,
  'cn.secret.consent': C,
  'cn.build.standards': C,
  'cn.products': U,
  'cn.signage': C,
  'cn.filing.first': F,
  'cn.filing.pre_existing': F,
  'cn.filing.change': F,
  'cn.security': O,
  'cn.fault.open': O,
  'cn.maintenance.agreement': O,
  'cn.training': O,
  'cn.access.control': O,
  'cn.access.register': O,
  'cn.retention': O,
  'cn.retention.delete': O,
  'cn.contractor.confidentiality': O,
  'cn.access.state': AUTHORITY,
  'cn.access.citizen': X,
  'cn.publication': X,
  'cn.tamper.equipment': U,
  'cn.integrity': O,
};

/**
 * Rules whose checklist line carries the unit's camera health (uptime, gaps, last footage): the
 * first of these in force is the duty to keep the picture clear and the system running.
 */
export const HEALTH_RULES: readonly string[] = [
  'ah.operation.continuous',
  'qd.fault.response',
  'tc.inspection.periodic',
  'ln.operation.procedures',
  'wh.procedures',
  'cn.security',
];

/** Rules whose checklist line carries the footage actually kept (oldest recording per camera) and the holds. */
export const RETENTION_RULES: readonly string[] = [
  'cn.retention.delete',
  'cn.retention',
  'ln.retention.important',
  'ln.retention',
  'ah.retention',
  'qd.retention',
  'tc.retention',
  'wh.retention',
];
