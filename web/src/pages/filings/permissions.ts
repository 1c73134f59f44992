// Who may do what with a filing, mirroring the server (src/governance/filings/service.ts FILER_ROLES,
// POLICE_HANDLER_ROLES and its state checks), so the drawer offers only what the server will
// accept. The server decides in the end.
import type { Role, SessionUser } from '../../app/access.ts';
import type { Filing, FilingStatus } from './filings.ts';

/** Roles that draft and submit a unit's filings. */
const FILER_ROLES: readonly Role[] = ['admin', 'unit_manager'];
/** Roles of the receiving police office that handle a filing. */
const POLICE_HANDLER_ROLES: readonly Role[] = ['admin', 'police_officer', 'police_approver'];
/** States in which the unit may still change a filing. */
const EDITABLE: readonly FilingStatus[] = ['draft', 'returned'];

/** Drafts filings for the unit. */
export const mayFile = (role: Role): boolean => FILER_ROLES.includes(role);

/** Has an inbox of filings addressed to their police office. */
export const hasInbox = (role: Role): boolean => role === 'police_officer' || role === 'police_approver';

/** Changes, uploads to and submits this filing: the unit's filer, while it is a draft or returned. */
export function mayEdit(f: Filing, user: SessionUser): boolean {
  return mayFile(user.role) && EDITABLE.includes(f.status);
}

/** Discards this filing: a draft never submitted. */
export function mayDiscard(f: Filing, user: SessionUser): boolean {
  return mayFile(user.role) && f.status === 'draft' && f.submissions === 0;
}

/** Handles this filing for the police: the office it is addressed to (any office for one without an addressee). */
export function handles(f: Filing, user: SessionUser): boolean {
  if (user.role === 'admin') return true;
  return POLICE_HANDLER_ROLES.includes(user.role) && (f.recipient?.orgId ?? user.orgId) === user.orgId;
}
