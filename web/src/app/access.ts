// Which pages a role sees: the menu shows only these, and a page outside them says so instead of
// failing request by request. Mirrors the server's role checks (src/delivery/delivery.ts,
// src/http/routes/audit.ts, auth.ts); the server decides in the end.
import type { components } from '../api/schema.ts';

type SessionBody = NonNullable<
  NonNullable<
    import('../api/schema.ts').paths['/api/v1/auth/session']['get']['responses'][200]['content']
  >['application/json']
>;
/** The signed-in user as the API describes them. */
export type SessionUser = SessionBody['user'];
/** A role. */
export type Role = SessionUser['role'];
/** A page of the console. */
export type PageId =
  | 'overview'
  | 'live'
  | 'playback'
  | 'access'
  | 'filings'
  | 'supervision'
  | 'holds'
  | 'reports'
  | 'operations'
  | 'registry'
  | 'compliance'
  | 'audit'
  | 'users';

const VIEW: readonly Role[] = ['admin', 'unit_manager', 'unit_operator', 'maintainer'];
const PAGE_ROLES: Record<PageId, readonly Role[] | 'all'> = {
  overview: 'all',
  live: VIEW,
  playback: [...VIEW, 'auditor'],
  // Requests and grants of 查阅/复制/调取: police ask and approve, units answer and record citizens'.
  access: ['admin', 'unit_manager', 'unit_operator', 'police_officer', 'police_approver', 'regulator', 'auditor'],
  filings: ['admin', 'unit_manager', 'police_officer', 'police_approver', 'regulator', 'auditor'],
  supervision: ['admin', 'unit_manager', 'police_officer', 'police_approver', 'regulator', 'auditor'],
  holds: ['admin', 'unit_manager', 'unit_operator', 'police_officer', 'police_approver', 'auditor'],
  reports: ['admin', 'unit_manager', 'unit_operator', 'police_officer', 'police_approver', 'regulator'],
  operations: ['admin', 'unit_manager', 'unit_operator', 'maintainer', 'auditor'],
  registry: 'all',
  compliance: 'all',
  audit: ['admin', 'auditor', 'unit_manager'],
  users: ['admin'],
};

/** Whether `role` may open `page`. */
export function canOpen(role: Role, page: PageId): boolean {
  const allowed = PAGE_ROLES[page];
  return allowed === 'all' || allowed.includes(role);
}

/** Roles that change sites, systems and cameras (src/identity/roles.ts REGISTRY_WRITERS). */
export const REGISTRY_WRITERS: readonly Role[] = ['admin', 'unit_manager'];
/** Roles that may play recorded and live video (VIEW_ROLES on the server). */
export const VIEW_ROLES: readonly Role[] = VIEW;
/** Roles that may export evidence (EXPORT_ROLES on the server). */
export const EXPORT_ROLES: readonly Role[] = ['admin', 'unit_manager'];
/** Roles that create jurisdictions and organizations (ORG_ADMINS on the server). */
export const ORG_ADMINS: readonly Role[] = ['admin'];
/** Roles that keep filings, training records and advisory marks (RECORD_KEEPERS in src/governance/records.ts). */
export const RECORD_KEEPERS: readonly Role[] = ['admin', 'unit_manager'];

export type { components };
