// Who may do what with a request, mirroring the server (src/governance/access/requests.ts,
// sittings.ts, policy.ts; src/governance/pdf/documents.ts), so the drawer offers only what the
// server will accept. The server decides in the end.
import type { Role, SessionUser } from '../../app/access.ts';
import type { AccessRequest } from './types.ts';

/** Officers of a requesting organ: police and state security (police_officer), other departments (regulator). */
const OFFICER_ROLES: readonly Role[] = ['police_officer', 'regulator'];
/** The unit's staff who record a citizen's request and sit with the citizen. */
const CITIZEN_DESK_ROLES: readonly Role[] = ['unit_manager', 'unit_operator'];
/** Roles that may print a register form. */
const REGISTER_FORM_ROLES: readonly Role[] = [
  'admin',
  'unit_manager',
  'auditor',
  'police_officer',
  'police_approver',
  'regulator',
];

/** Files a footage request for its organ. */
export const mayRequestFootage = (role: Role): boolean => OFFICER_ROLES.includes(role);
/** Asks to connect to a unit's system: police and state security only. */
export const mayRequestConnection = (role: Role): boolean => role === 'police_officer';
/** Records a citizen's request at the unit. */
export const mayRecordCitizen = (role: Role): boolean => CITIZEN_DESK_ROLES.includes(role);
/** Prints the register form. */
export const mayPrintRegister = (role: Role): boolean => REGISTER_FORM_ROLES.includes(role);

/** The request is routed to the user: their role and organization are the approver's. */
export function decides(r: AccessRequest, user: SessionUser): boolean {
  return r.route.role === user.role && r.route.organizations.some((o) => o.id === user.orgId);
}

/** The user is one of the officers the request names. */
export function isNamedOfficer(r: AccessRequest, user: SessionUser): boolean {
  return r.officers.some((o) => o.userId === user.id);
}

/** Uploads the approval document's scan: the officers, whoever filed it, or the approver. */
export function mayUploadScan(r: AccessRequest, user: SessionUser): boolean {
  return (
    r.type !== 'citizen' &&
    (r.status === 'pending' || r.status === 'approved') &&
    (isNamedOfficer(r, user) || r.createdBy === user.id || decides(r, user))
  );
}

/** The officers must show the approval document's scan before a sitting opens. */
export function lacksScan(r: AccessRequest): boolean {
  return r.type !== 'citizen' && r.status === 'approved' && r.route.role !== null && r.document?.scan == null;
}

/** Opens a sitting: a named officer (the second confirms), or the unit's staff with a citizen. */
export function maySit(r: AccessRequest, user: SessionUser): boolean {
  if (!r.active) return false;
  return r.type === 'citizen'
    ? CITIZEN_DESK_ROLES.includes(user.role) && user.orgId === r.unitOrg.id
    : isNamedOfficer(r, user);
}
