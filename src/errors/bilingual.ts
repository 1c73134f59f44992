// The one shape of the errors psvis gives a person: the message in both languages and, for a
// refusal by the law, the articles it rests on — the shape of the registry's camera refusals
// (src/compliance/guards.ts refusalError): `message` "<zh> / <en>", `details.messageZh`,
// `details.messageEn`, `details.articles`. The console shows the message in the user's language
// and lists the articles; it never rewrites a refusal itself. Governance, recording, delivery and
// the registry build their errors here.
import { PsvisError } from './psvis-error.ts';

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

/** A name from one of the tables of names, or the code itself in both languages for one it lacks. */
export function nameOf(table: Readonly<Record<string, Words>>, code: string): Words {
  return table[code] ?? { zh: code, en: code };
}

/** The roles (src/identity/roles.ts), as the console names them: a refusal says whose role may not. */
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
