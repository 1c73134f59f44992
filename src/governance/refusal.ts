// The names governance's errors use: the error shape itself (bilingualError, lawRefusal) lives in
// src/errors/bilingual.ts, shared with recording, delivery and the registry, and is re-exported here
// so the governance workflows build every error from one import.
import { nameOf, type Words } from '../errors/bilingual.ts';

export { bilingualError, cite, lawRefusal, nameOf, roleName, type ErrorCode, type Words } from '../errors/bilingual.ts';

/** Alternatives in each language: "甲或乙" and "a or b". */
export function eitherOf(items: readonly Words[]): Words {
  return { zh: items.map((i) => i.zh).join('或'), en: items.map((i) => i.en).join(' or ') };
}

/** Organization kinds (src/identity/roles.ts ORG_KINDS). */
export const ORG_KIND_NAMES: Readonly<Record<string, Words>> = {
  unit: { zh: '使用单位', en: 'unit' },
  builder: { zh: '建设单位', en: 'builder' },
  maintainer: { zh: '维护单位', en: 'maintenance company' },
  police: { zh: '公安机关', en: 'police organ' },
  state_security: { zh: '国家安全机关', en: 'state security organ' },
  regulator: { zh: '行业主管部门', en: 'industry regulator' },
};

/** The levels of a jurisdiction and its organs (省, 设区的市, 县级, 派出所). */
const LEVEL_NAMES: Readonly<Record<string, Words>> = {
  province: { zh: '省级', en: 'province' },
  city: { zh: '市级', en: 'city' },
  district: { zh: '县级', en: 'county' },
  police_station: { zh: '派出所', en: 'police station' },
};

/** Levels as a route lists them: "省级/市级/县级". */
export function levelsOf(levels: readonly string[]): Words {
  const names = levels.map((l) => nameOf(LEVEL_NAMES, l));
  return { zh: names.map((n) => n.zh).join('/'), en: names.map((n) => n.en).join('/') };
}
