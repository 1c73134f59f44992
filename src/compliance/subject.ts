// The engine's input: plain data mirroring the registry and governance tables, so the engine
// stays free of the database. Dates are instants (Date); the engine reads them as Beijing dates.

/** An organization as the registry holds it. */
export interface SubjectOrg {
  id: string;
  kind: 'unit' | 'builder' | 'maintainer' | 'police' | 'state_security' | 'regulator';
  name: string;
  industry?: string;
  jurisdictionId: string;
  /** A government department (builds the government zones of 国家 第七条第一款 and the like). */
  isGovernment: boolean;
}

/** A site: one place of an organization, with its place category. */
export interface SubjectSite {
  id: string;
  orgId: string;
  name: string;
  /** A PLACE_CATEGORIES code. */
  placeCategory: string;
  /** A public place (公共场所): signage duties of 威海 第十六条, 青岛 第十七条, 国家 第十三条 apply. */
  isPublic: boolean;
}

/** A video system and its lifecycle. */
export interface SubjectSystem {
  id: string;
  orgId: string;
  name: string;
  builderOrgId?: string;
  governmentBuilt: boolean;
  plannedAt?: Date;
  builtAt?: Date;
  /** 竣工验收(合格): starts the filing clock of 腾冲 第二十二条 and 青岛 第十六条. */
  acceptedAt?: Date;
  /** 投入使用 / 交付使用: starts the filing clock of 辽宁 第十二条, 安徽 第十三条, 国家 第十四条. */
  inUseAt?: Date;
  removedAt?: Date;
  /** The last change to the system (cameras added or removed, relocation). */
  changedAt?: Date;
  maintenanceOutsourced: boolean;
  /** The written agreement with the maintainer (安徽 第十六条(二), 国家 第十五条第二款). */
  maintenanceAgreementRef?: string;
}

/** A camera and what the retention and placement rules look at. */
export interface SubjectCamera {
  id: string;
  systemId: string;
  siteId: string;
  /** A LOCATION_CATEGORIES code. */
  locationCategory: string;
  /** Footage of important value (辽宁 第十四条(七): kept one year). */
  important: boolean;
  /** A visible sign is posted at the camera. */
  signage: boolean;
  /** Configured retention in days; null when the unit has set none. */
  retentionDays: number | null;
}

/** A filing (备案) or removal notice of a system. */
export interface SubjectFiling {
  systemId: string;
  kind: 'first' | 'change' | 'removal' | 'pre_existing';
  submittedAt?: Date;
  /** For removals: when the police were notified in advance (安徽 第十五条). */
  noticeGivenAt?: Date;
}

/**
 * Kinds of staff training the texts name: 岗位技能 (辽宁: 专业技能), 保密, 安全知识 (安徽 第十七条第一款),
 * 入职审查 (国家 第十六条第二款(一)). The same list as governance's training records.
 */
export const TRAINING_KINDS = ['job_skills', 'confidentiality', 'security', 'vetting'] as const;

/** One kind of staff training. */
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** Training of monitoring and management staff (post skills and confidentiality). */
export interface SubjectTraining {
  orgId: string;
  heldAt: Date;
  topic: string;
  attendees: number;
  /** What the session covered; empty when the record names no kind (records kept before kinds were). */
  kinds: readonly TrainingKind[];
}

/** A camera fault ticket: open from openedAt until repaired. */
export interface SubjectFault {
  id: string;
  cameraId: string;
  openedAt: Date;
  /** Absent while the fault is open. */
  repairedAt?: Date;
  /** What covers the camera's function meanwhile (青岛 第十九条(三): 临时应急措施). */
  temporaryMeasure?: string;
}

/** One access register line: who viewed, copied or retrieved footage, when, why and where it went. */
export interface AccessEntry {
  id: string;
  systemId: string;
  at: Date;
  action: 'view' | 'copy' | 'retrieve';
  accessorNames: readonly string[];
  accessorUnit?: string;
  purpose?: string;
  /** What footage was accessed (国家 第十六条第二款(三) 内容). */
  content?: string;
  /** Where copies went (去向, 安徽 第十七条第二款(二)). */
  destination?: string;
  /** Who recorded the footage (录制人员, 辽宁 第十四条(四), 腾冲 第二十四条(四)). */
  recordedBy?: string;
  /** Access by a state organ (police, state security, other departments). */
  byAuthority: boolean;
  approvalRef?: string;
}

/** A user's mark that an advisory duty is done, with its evidence. */
export interface AdvisoryMark {
  ruleId: string;
  orgId: string;
  doneAt: Date;
  evidenceRef: string;
}

/** Everything the engine evaluates: one organization or several, with their systems and records. */
export interface Subject {
  organizations: readonly SubjectOrg[];
  sites: readonly SubjectSite[];
  systems: readonly SubjectSystem[];
  cameras: readonly SubjectCamera[];
  filings: readonly SubjectFiling[];
  trainingRecords: readonly SubjectTraining[];
  faultTickets: readonly SubjectFault[];
  accessRegister: readonly AccessEntry[];
  advisoryMarks: readonly AdvisoryMark[];
}
