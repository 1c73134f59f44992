// Who may do what in supervision, mirroring the server (src/governance/inspections/service.ts
// INSPECTOR_ROLES and APPROVER_ROLES), so the page offers only what the server will accept. The
// server decides in the end.
import type { Role } from '../../app/access.ts';

/** Plan inspections, record results, complete them: the police and industry regulators. */
export const mayInspect = (role: Role): boolean =>
  role === 'admin' || role === 'police_officer' || role === 'police_approver' || role === 'regulator';

/** Sign rectification orders and penalty decisions (公安机关负责人). */
export const mayApprove = (role: Role): boolean => role === 'admin' || role === 'police_approver';
