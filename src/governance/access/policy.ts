// The numbers, role sets and words of the access workflow, in one place.
import type { Role } from '../../identity/roles.ts';
import type { AccessField, RequesterKind } from '../../compliance/types.ts';
import type { Words } from '../refusal.ts';

/** Roles of the officers who request and act on grants (police and state security: police_officer; other departments: regulator). */
export const OFFICER_ROLES: ReadonlySet<Role> = new Set<Role>(['police_officer', 'regulator']);

/** Unit roles that record a citizen's request and sit with the citizen while they view. */
export const CITIZEN_DESK_ROLES: ReadonlySet<Role> = new Set<Role>(['unit_manager', 'unit_operator']);

/** The organization kinds each requester kind must belong to. */
export const REQUESTER_ORG_KINDS: Readonly<Record<Exclude<RequesterKind, 'citizen'>, readonly string[]>> = {
  police: ['police'],
  state_security: ['state_security'],
  other_department: ['regulator'],
  emergency: ['police', 'state_security', 'regulator'],
};

const HOUR_MS = 3600 * 1000;

/** A grant's time box when neither the request nor the approval names an end. */
export const DEFAULT_GRANT_MS = 72 * HOUR_MS;
/** The longest grant psvis issues; ask again for longer. */
export const MAX_GRANT_MS = 30 * 24 * HOUR_MS;
/** An emergency that starts before its approval runs this long unless the request says less. */
export const EMERGENCY_GRANT_MS = 24 * HOUR_MS;
/** A sitting ends after this, or with the grant if sooner. */
export const SITTING_MAX_MS = 8 * HOUR_MS;
/** The longest range one camera item may cover (as a timeline). */
export const MAX_ITEM_RANGE_MS = 62 * 24 * HOUR_MS;
/** Largest approval document scan accepted. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
/** Scan formats accepted, with the bytes each file starts with. */
export const SCAN_TYPES: Readonly<Record<string, readonly number[]>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
};

/** The register fields' names on a printed register form. */
export const FIELD_LABELS_ZH: Readonly<Record<AccessField, string>> = {
  accessorNames: '人员',
  accessorUnit: '单位',
  at: '时间',
  purpose: '用途/事由',
  destination: '去向',
  recordedBy: '录制人员',
  content: '内容',
};

/** How a citizen's relation reads in the register. */
export const RELATION_ZH: Readonly<Record<string, string>> = {
  self: '本人',
  close_relative: '近亲属',
  guardian: '监护人',
  carer: '看护人',
  custodian: '代管人',
};

/** A citizen's relation in both languages. */
export const RELATION_NAMES: Readonly<Record<string, Words>> = {
  self: { zh: '本人', en: 'the person themselves' },
  close_relative: { zh: '近亲属', en: 'a close relative' },
  guardian: { zh: '监护人', en: 'a guardian' },
  carer: { zh: '看护人', en: 'a carer' },
  custodian: { zh: '代管人', en: 'a custodian' },
};

/** What an access does, in both languages (查阅、复制、调取、接入). */
export const ACCESS_KIND_NAMES: Readonly<Record<string, Words>> = {
  view: { zh: '查阅', en: 'viewing' },
  copy: { zh: '复制', en: 'copying' },
  retrieve: { zh: '调取', en: 'retrieval' },
  connect: { zh: '接入、直接使用', en: 'direct connection' },
};

/** Who asks, in both languages. */
export const REQUESTER_NAMES: Readonly<Record<string, Words>> = {
  police: { zh: '公安机关', en: 'the police' },
  state_security: { zh: '国家安全机关', en: 'state security' },
  other_department: { zh: '其他国家机关', en: 'another state department' },
  emergency: { zh: '紧急情况下的国家机关', en: 'an organ in an emergency' },
  citizen: { zh: '公民', en: 'a citizen' },
};

/** The credentials an officer shows, in both languages. */
export const CREDENTIAL_NAMES: Readonly<Record<string, Words>> = {
  work_id: { zh: '工作证件', en: 'work ID' },
  law_enforcement_id: { zh: '执法证件', en: 'law enforcement ID' },
};

/** A use of footage under a grant (src/delivery/footage-gate.ts), in both languages. */
export const USE_NAMES: Readonly<Record<string, Words>> = {
  live: { zh: '实时视频', en: 'live video' },
  timeline: { zh: '录像时间轴', en: 'the timeline' },
  playback: { zh: '录像回放', en: 'playback' },
  snapshot: { zh: '截图', en: 'a snapshot' },
  export: { zh: '复制导出', en: 'a copy (export)' },
  file: { zh: '录像文件', en: 'recorded files' },
};
