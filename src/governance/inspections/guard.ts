// Shared by the supervision services: refusals audited before they are thrown, role checks that
// refuse that way, the profile chain of a unit, and the organizations a list may show.
import type { Kysely } from 'kysely';
import { actorEvent, type AuditLog } from '../../audit/audit-log.ts';
import type { Database } from '../../db/schema.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { Role } from '../../identity/roles.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { profileChain, scopeOrgIds } from '../../registry/scoping.ts';
import { bilingualError, roleName, type Words } from '../refusal.ts';

/** Audits a refusal (`<action>.refused`, with its code and details) and throws it. */
export async function refuse(
  audit: AuditLog,
  actor: Actor,
  action: string,
  target: { type: string; id: string | null },
  err: PsvisError,
): Promise<never> {
  await audit.append(
    actorEvent(actor, `${action}.refused`, target.type, target.id, { code: err.code, ...err.details }),
  );
  throw err;
}

/** Refuses (PSVIS_ERR_FORBIDDEN, audited) unless the actor has one of `roles`. */
export async function requireRoleAudited(
  audit: AuditLog,
  actor: Actor,
  roles: readonly Role[],
  action: string,
  what: Words,
  target: { type: string; id: string | null },
): Promise<void> {
  if (roles.includes(actor.role)) return;
  await refuse(
    audit,
    actor,
    action,
    target,
    bilingualError(
      'PSVIS_ERR_FORBIDDEN',
      { zh: `${roleName(actor.role).zh}不能${what.zh}`, en: `role ${actor.role} may not ${what.en}` },
      { role: actor.role, action: what.en },
      403,
    ),
  );
}

/** The profile ids of an organization's jurisdiction chain (leaf first). */
export async function profileChainOf(db: Kysely<Database>, orgId: string): Promise<string[]> {
  const org = await db.selectFrom('organizations').select('jurisdiction_id').where('id', '=', orgId).executeTakeFirst();
  return profileChain(db, org?.jurisdiction_id ?? null);
}

/** The organizations a list shows: the one asked for (404 outside scope), or every one in scope (null: all). */
export async function listedOrgIds(
  db: Kysely<Database>,
  registry: Registry,
  actor: Actor,
  orgId: string | undefined,
): Promise<string[] | null> {
  if (orgId !== undefined) return [(await registry.getOrganization(actor, orgId)).id];
  const ids = await scopeOrgIds(db, actor.scope);
  return ids === null ? null : ids.length > 0 ? ids : [''];
}

/** Parses a JSON column. */
export const json = (s: string): unknown => JSON.parse(s);
