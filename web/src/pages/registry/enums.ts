// The registry's enumerations as lists for selects. Each is written as a Record over the API's
// union type, so a value the server adds fails to compile here until the console knows it.
import type { JurisdictionLevel, Lifecycle, OrgKind } from './types.ts';

const levels: Record<JurisdictionLevel, true> = { province: true, city: true, district: true, police_station: true };
/** Jurisdiction levels, top to bottom. */
export const JURISDICTION_LEVELS = Object.keys(levels) as JurisdictionLevel[];

const kinds: Record<OrgKind, true> = {
  unit: true,
  builder: true,
  maintainer: true,
  police: true,
  state_security: true,
  regulator: true,
};
/** Organization kinds (使用单位, 建设单位, 维护单位, 公安机关, 国家安全机关, 行业主管部门). */
export const ORG_KINDS = Object.keys(kinds) as OrgKind[];

const lifecycle: Record<Lifecycle, true> = { planned: true, built: true, accepted: true, in_use: true, removed: true };
/** System lifecycle steps, in order. */
export const LIFECYCLE = Object.keys(lifecycle) as Lifecycle[];

/** Whether a string is one of `values` (for list columns, which the API types as plain strings). */
export function isOneOf<T extends string>(values: readonly T[], v: string): v is T {
  return (values as readonly string[]).includes(v);
}
