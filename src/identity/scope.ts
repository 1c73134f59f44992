import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ROLE_SCOPE, type Role } from './roles.ts';

/** What a signed-in user may see, computed once per request. */
export type Scope =
  | { readonly kind: 'all' }
  | { readonly kind: 'own_org'; readonly orgId: string }
  | {
      readonly kind: 'jurisdiction_subtree';
      /** The user's organization's jurisdiction and everything below it. */
      readonly jurisdictionIds: ReadonlySet<string>;
      /** Regulators (行业主管部门) see only units of their own industry. */
      readonly industry: string | null;
      readonly orgId: string;
    };

/** The signed-in user behind a request. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly orgId: string;
  readonly role: Role;
  readonly scope: Scope;
}

/** Every jurisdiction at or below `rootId`. */
export async function jurisdictionSubtree(db: Kysely<Database>, rootId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('jurisdictions').select(['id', 'parent_id']).execute();
  const children = new Map<string, string[]>();
  for (const r of rows) {
    if (r.parent_id === null) continue;
    const list = children.get(r.parent_id) ?? [];
    list.push(r.id);
    children.set(r.parent_id, list);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Computes the scope of a user of `role` in organization `orgId`. */
export async function scopeFor(db: Kysely<Database>, role: Role, orgId: string): Promise<Scope> {
  const kind = ROLE_SCOPE[role];
  if (kind === 'all') return { kind };
  if (kind === 'own_org') return { kind, orgId };
  const org = await db
    .selectFrom('organizations')
    .select(['jurisdiction_id', 'industry'])
    .where('id', '=', orgId)
    .executeTakeFirst();
  const jurisdictionIds =
    org?.jurisdiction_id != null ? await jurisdictionSubtree(db, org.jurisdiction_id) : new Set<string>();
  return { kind, jurisdictionIds, industry: role === 'regulator' ? (org?.industry ?? null) : null, orgId };
}

/** True when an organization (by its jurisdiction and industry) is inside the scope. */
export function orgInScope(
  scope: Scope,
  org: { id: string; jurisdiction_id: string | null; industry: string | null },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'own_org':
      return org.id === scope.orgId;
    case 'jurisdiction_subtree':
      if (org.id === scope.orgId) return true;
      if (org.jurisdiction_id === null || !scope.jurisdictionIds.has(org.jurisdiction_id)) return false;
      return scope.industry === null || org.industry === scope.industry;
  }
}
