// Holds (信息保全) as the page reads them, and who may place, extend and release which, mirroring
// the server (src/governance/holds.ts HOLD_KINDS_BY_ROLE; each hold carries the roles that may
// release it). The server decides in the end.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';
import type { Role } from '../../app/access.ts';

type HoldsGet = paths['/api/v1/holds']['get'];
/** A hold as the API lists it. */
export type Hold = HoldsGet['responses'][200]['content']['application/json']['items'][number];
/** The filters of GET /holds. */
export type HoldsQuery = NonNullable<HoldsGet['parameters']['query']>;
/** The body of POST /holds. */
export type HoldBody = paths['/api/v1/holds']['post']['requestBody']['content']['application/json'];
/** Why footage is held: a case, footage of important value, an order of an authority. */
export type HoldKind = Hold['kind'];

const kinds: Record<HoldKind, string> = { case: 'volcano', important: 'blue', legal_order: 'purple' };
/** Hold kinds with their tag colours. */
export const HOLD_KIND_COLOR = kinds;
/** Hold kinds. */
export const HOLD_KINDS = Object.keys(kinds) as HoldKind[];

/** The query-key prefix of the holds; placing a hold or a report (which holds its clip) invalidates it. */
export const HOLDS_KEY = 'holds';

/** The holds in scope, open ones only unless `includeReleased`. */
export function useHolds(query: HoldsQuery) {
  return useQuery({
    queryKey: [HOLDS_KEY, query],
    queryFn: async () => (await unwrap(api.GET('/api/v1/holds', { params: { query } }))).items,
  });
}

/** Where a hold stands: in force, released by someone, or ended at its `until`. */
export type HoldState = 'active' | 'released' | 'expired';

/** The state of a hold ('expired' is the release reason the sweeper writes when its end passed). */
export function holdState(h: Hold): HoldState {
  if (h.releasedAt === null) return 'active';
  return h.releaseReason === 'expired' ? 'expired' : 'released';
}

const KINDS_BY_ROLE: Partial<Record<Role, readonly HoldKind[]>> = {
  admin: HOLD_KINDS,
  police_officer: HOLD_KINDS,
  police_approver: HOLD_KINDS,
  unit_manager: ['case', 'important'],
  unit_operator: ['important'],
};

/** The kinds of hold a role may place and extend (none: it only reads them). */
export function kindsFor(role: Role): readonly HoldKind[] {
  return KINDS_BY_ROLE[role] ?? [];
}

/** The role may release this hold (the server lists who may). */
export function mayRelease(role: Role, h: Hold): boolean {
  return h.releaseApprovers.includes(role);
}
