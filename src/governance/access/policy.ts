// The numbers and role sets of the access workflow, in one place.
import type { Role } from '../../identity/roles.ts';
import type { AccessField, RequesterKind } from '../../compliance/types.ts';

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
