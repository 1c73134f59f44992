// The roles as a list for the role select. Written as a Record over the API's Role union, so a
// role the server adds fails to compile here until the console knows it.
import type { Role } from '../../app/access.ts';

const roles: Record<Role, true> = {
  admin: true,
  unit_manager: true,
  unit_operator: true,
  maintainer: true,
  police_officer: true,
  police_approver: true,
  regulator: true,
  auditor: true,
};
/** Every role, in the server's order. */
export const ROLES = Object.keys(roles) as Role[];

/** Tag colours: administrators and police stand out from a unit's staff. */
export const ROLE_COLOR: Record<Role, string> = {
  admin: 'red',
  unit_manager: 'blue',
  unit_operator: 'cyan',
  maintainer: 'geekblue',
  police_officer: 'purple',
  police_approver: 'magenta',
  regulator: 'orange',
  auditor: 'gold',
};
