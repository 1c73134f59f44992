/** The roles of DESIGN.md "Who uses it"; a user has exactly one. */
export const ROLES = [
  'admin',
  'unit_manager',
  'unit_operator',
  'maintainer',
  'police_officer',
  'police_approver',
  'regulator',
  'auditor',
] as const;

/** One of ROLES. */
export type Role = (typeof ROLES)[number];

/** Organization kinds (DESIGN.md; 使用单位, 建设单位, 维护单位, 公安机关, 国家安全机关, 行业主管部门). */
export const ORG_KINDS = ['unit', 'builder', 'maintainer', 'police', 'state_security', 'regulator'] as const;

/** One of ORG_KINDS. */
export type OrgKind = (typeof ORG_KINDS)[number];

/**
 * How far a role sees: its own organization, or the jurisdiction subtree of its organization
 * (police and regulators supervise every unit under them; a regulator only its own industry).
 */
export type ScopeKind = 'all' | 'own_org' | 'jurisdiction_subtree';

/** The scope each role has. */
export const ROLE_SCOPE: Readonly<Record<Role, ScopeKind>> = {
  admin: 'all',
  unit_manager: 'own_org',
  unit_operator: 'own_org',
  maintainer: 'own_org',
  police_officer: 'jurisdiction_subtree',
  police_approver: 'jurisdiction_subtree',
  regulator: 'jurisdiction_subtree',
  auditor: 'own_org',
};

/** Roles that may change a unit's own registry records (sites, systems, cameras) within scope. */
export const REGISTRY_WRITERS: ReadonlySet<Role> = new Set(['admin', 'unit_manager']);

/** Roles that may create or change jurisdictions and organizations. */
export const ORG_ADMINS: ReadonlySet<Role> = new Set(['admin']);
