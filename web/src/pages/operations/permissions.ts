// Who may record what, mirroring the server's role checks (src/governance/operations/service.ts
// DUTY_ROLES, FAULT_ROLES, MAINTENANCE_ROLES, AGREEMENT_ROLES), so each tab offers only what the
// server will accept. Every role that opens the page reads every tab in its scope.
import type { Role } from '../../app/access.ts';

/** Log duty shifts: the monitoring staff and their manager. */
export const DUTY_ROLES: readonly Role[] = ['admin', 'unit_manager', 'unit_operator'];
/** Open fault tickets and note temporary measures. */
export const FAULT_ROLES: readonly Role[] = ['admin', 'unit_manager', 'unit_operator', 'maintainer'];
/** Record repairs and maintenance. */
export const MAINTENANCE_ROLES: readonly Role[] = ['admin', 'unit_manager', 'maintainer'];
/** Record and end outsourcing agreements. */
export const AGREEMENT_ROLES: readonly Role[] = ['admin', 'unit_manager'];
