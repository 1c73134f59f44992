import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';

/** The overview body as the API describes it. */
export type Overview = paths['/api/v1/overview']['get']['responses'][200]['content']['application/json'];

/** How often the overview refreshes: a wall screen left open stays current. */
export const OVERVIEW_REFRESH_MS = 30_000;

/** GET /api/v1/overview, refreshed every 30 s. */
export function useOverview() {
  return useQuery({
    queryKey: ['overview'],
    queryFn: () => unwrap(api.GET('/api/v1/overview')),
    refetchInterval: OVERVIEW_REFRESH_MS,
  });
}
