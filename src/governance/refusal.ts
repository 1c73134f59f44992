// The one shape of the errors governance gives a person: the message in both languages and, for a
// refusal by the law, the articles it rests on — the shape of the registry's refusals
// (src/compliance/guards.ts refusalError): `message` "<zh> / <en>", `details.messageZh`,
// `details.messageEn`, `details.articles`. The console shows the message in the user's language
// and lists the articles; it never rewrites a refusal itself.
import { PsvisError } from '../errors/psvis-error.ts';

/** A stable error code. */
export type ErrorCode = `PSVIS_ERR_${string}`;

/** A message in both languages. */
export interface Words {
  zh: string;
  en: string;
}

/** An error a person reads: `message` is "<zh> / <en>", and `details` carry both beside the facts. */
export function bilingualError(
  code: ErrorCode,
  words: Words,
  details: Readonly<Record<string, unknown>> = {},
  httpStatus = 400,
): PsvisError {
  return new PsvisError(
    code,
    `${words.zh} / ${words.en}`,
    { messageZh: words.zh, messageEn: words.en, ...details },
    httpStatus,
  );
}

/**
 * A refusal by the law: as bilingualError, with `details.articles` the citations it rests on
 * ("国家 第十八条", "辽宁 第十四条(七)"), each once, in the order given.
 */
export function lawRefusal(
  code: ErrorCode,
  words: Words,
  articles: readonly string[],
  details: Readonly<Record<string, unknown>> = {},
  httpStatus = 422,
): PsvisError {
  return bilingualError(code, words, { articles: [...new Set(articles)], ...details }, httpStatus);
}

/** Citations as a sentence names them: "安徽 第二十二条、辽宁 第十八条". */
export const cite = (articles: readonly string[]): string => [...new Set(articles)].join('、');

/** Alternatives in each language: "甲或乙" and "a or b". */
export function eitherOf(items: readonly Words[]): Words {
  return { zh: items.map((i) => i.zh).join('或'), en: items.map((i) => i.en).join(' or ') };
}

/** A name from one of the tables below, or the code itself in both languages for one it lacks. */
export function nameOf(table: Readonly<Record<string, Words>>, code: string): Words {
  return table[code] ?? { zh: code, en: code };
}

/** The roles (src/identity/roles.ts), as the console names them. */
const ROLE_NAMES: Readonly<Record<string, Words>> = {
  admin: { zh: '系统管理员', en: 'administrator' },
  unit_manager: { zh: '单位管理员', en: 'unit manager' },
  unit_operator: { zh: '值班操作员', en: 'operator on duty' },
  maintainer: { zh: '运维人员', en: 'maintainer' },
  police_officer: { zh: '公安民警', en: 'police officer' },
  police_approver: { zh: '公安审批人', en: 'police approver' },
  regulator: { zh: '行业主管部门', en: 'industry regulator' },
  auditor: { zh: '审计员', en: 'auditor' },
};

/** The role of an actor, in both languages. */
export const roleName = (role: string): Words => nameOf(ROLE_NAMES, role);

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
