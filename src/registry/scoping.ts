import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import type { Actor, Scope } from '../identity/scope.ts';

/** The 404 every out-of-scope lookup gets: existence is not revealed. */
export function notFound(what: string, id: string): PsvisError {
  return new PsvisError('PSVIS_ERR_NOT_FOUND', `${what} ${id} not found`, { [what]: id }, 404);
}

/** The 403 for an object the caller can see but may not change. */
export function forbidden(actor: Actor, action: string): PsvisError {
  return new PsvisError(
    'PSVIS_ERR_FORBIDDEN',
    `role ${actor.role} may not ${action}`,
    { role: actor.role, action },
    403,
  );
}

/**
 * The organizations a scope covers, or null for all. Police and regulator scopes resolve their
 * jurisdiction subtree to organization ids once per request; queries then filter with IN.
 */
export async function scopeOrgIds(db: Kysely<Database>, scope: Scope): Promise<string[] | null> {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'own_org':
      return [scope.orgId];
    case 'jurisdiction_subtree': {
      const ids = [...scope.jurisdictionIds];
      if (ids.length === 0) return [scope.orgId];
      let q = db.selectFrom('organizations').select('id').where('jurisdiction_id', 'in', ids);
      if (scope.industry !== null) q = q.where('industry', '=', scope.industry);
      const rows = await q.execute();
      return [...new Set([scope.orgId, ...rows.map((r) => r.id)])];
    }
  }
}

/** Loads an organization's scoping facts. */
export async function orgFacts(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'jurisdiction_id', 'industry', 'is_government', 'kind'])
    .where('id', '=', orgId)
    .executeTakeFirst();
}

/** Regulation profile ids from a jurisdiction up to the root (leaf first). */
export async function profileChain(db: Kysely<Database>, jurisdictionId: string | null): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  let id = jurisdictionId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const j = await db
      .selectFrom('jurisdictions')
      .select(['parent_id', 'profile_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (j === undefined) break;
    if (j.profile_id !== null) out.push(j.profile_id);
    id = j.parent_id;
  }
  return out;
}
