// Which article governs an access, who must approve it, how many officers come and what the
// register must say: read from the jurisdiction profiles in force for the unit whose footage it
// is (src/compliance/profiles, `approvalRoutes`, `minPersons`, `credentials`, `registerFields`).
// Pure: profile ids and a date in, plain data out.
import type { TextId } from '../../compliance/citation.ts';
import { effectiveRules, profilesInForce } from '../../compliance/effective.ts';
import type {
  AccessField,
  AccessKind,
  Approval,
  ApprovalRoute,
  CitizenRelation,
  CredentialKind,
  OrganLevel,
  RequesterKind,
} from '../../compliance/types.ts';

/** An approval route as chosen for one request: the route and the profile and rule it came from. */
export interface ChosenRoute {
  article: string;
  approval: Approval;
  approvalZh: string;
  approveAfter: boolean;
  relations: readonly CitizenRelation[] | null;
  profileId: TextId;
  ruleId: string;
}

/**
 * The route for `requester` doing `access` under the profiles in force on `asOf`, or null when no
 * text in force provides for it. The most local profile that speaks to the case decides (leaf
 * first); the national 条例 (last in the chain) answers where no local text does.
 */
export function chooseRoute(
  profileIds: readonly string[],
  asOf: Date,
  requester: RequesterKind,
  access: AccessKind,
): ChosenRoute | null {
  for (const profile of profilesInForce(profileIds, asOf)) {
    for (const rule of profile.rules) {
      const route = (rule.params.approvalRoutes ?? []).find(
        (r: ApprovalRoute) => r.requesters.includes(requester) && r.accessKinds.includes(access),
      );
      if (route === undefined) continue;
      return {
        article: route.article,
        approval: route.approval,
        approvalZh: route.approvalZh,
        approveAfter: route.approveAfter === true,
        relations: route.relations ?? null,
        profileId: profile.id,
        ruleId: rule.id,
      };
    }
  }
  return null;
}

/** The approving role a route names: a police organ's head, or the unit's manager for its consent. */
export function approverRole(approval: Approval): 'police_approver' | 'unit_manager' | null {
  switch (approval.by) {
    case 'none':
      return null;
    case 'unit_consent':
      return 'unit_manager';
    case 'own_head':
    case 'police_head':
      return 'police_approver';
  }
}

/** The levels an approving organ must be of; null: any level. */
export function approverLevels(approval: Approval): readonly OrganLevel[] | null {
  if (approval.by === 'police_head') return approval.levels;
  if (approval.by === 'own_head') return approval.levels ?? null;
  return null;
}

/** How many officers must act together, with which credentials, and the articles that say so. */
export interface PersonsRule {
  minPersons: number;
  articles: string[];
  /** null: 工作证件 or 执法证件. */
  credentials: CredentialKind[] | null;
  credentialArticles: string[];
}

/** Fewest officers of an access when no text in force sets a number: two, as every local text does. */
export const DEFAULT_MIN_PERSONS = 2;

/**
 * The strictest head count of the access procedures in force (安徽 第二十二条, 辽宁 第十八条, 青岛
 * 第二十四条…) and the credentials they demand; two officers when no text sets a number.
 */
export function personsRule(profileIds: readonly string[], asOf: Date): PersonsRule {
  const rules = effectiveRules(profileIds, asOf).filter((r) => r.kind === 'access');
  const counted = rules.filter((r) => r.params.minPersons !== undefined);
  const minPersons = Math.max(DEFAULT_MIN_PERSONS, ...counted.map((r) => r.params.minPersons ?? 0));
  const credentialRules = rules.filter((r) => r.params.credentials !== undefined);
  let credentials: CredentialKind[] | null = null;
  for (const r of credentialRules) {
    const kinds = r.params.credentials ?? [];
    credentials = credentials === null ? [...kinds] : credentials.filter((k) => kinds.includes(k));
  }
  return {
    minPersons,
    articles: counted.filter((r) => r.params.minPersons === minPersons).map((r) => r.article),
    credentials,
    credentialArticles: credentialRules.map((r) => r.article),
  };
}

/** One register field a text in force names, with the articles naming it. */
export interface RegisterField {
  field: AccessField;
  articles: string[];
}

/** The register fields the texts in force name (安徽 第十七条第二款(二), 国家 第十六条第二款(三)…), in first-named order. */
export function registerFields(profileIds: readonly string[], asOf: Date): RegisterField[] {
  const out: RegisterField[] = [];
  for (const rule of effectiveRules(profileIds, asOf)) {
    for (const field of rule.params.registerFields ?? []) {
      const entry = out.find((f) => f.field === field);
      if (entry === undefined) out.push({ field, articles: [rule.article] });
      else if (!entry.articles.includes(rule.article)) entry.articles.push(rule.article);
    }
  }
  return out;
}

/**
 * The articles a refusal outside a grant cites: the route's own article, and 国家 第二十条 (不得超出
 * 履行法定职责所必需的范围和限度) where the national 条例 is in force.
 */
export function scopeArticles(profileIds: readonly string[], asOf: Date, routeArticle: string): string[] {
  const national = profilesInForce(profileIds, asOf).some((p) => p.id === 'national-2025');
  return [...new Set([routeArticle, ...(national ? ['国家 第二十条'] : [])])];
}
