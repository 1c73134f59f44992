import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';

/** A user as GET /api/v1/users lists them. */
export type User = paths['/api/v1/users']['get']['responses'][200]['content']['application/json']['items'][number];

/**
 * The users the signed-in user may list (all for admin, their organization's otherwise): the trail
 * names actors by them instead of by id.
 */
export function useUsers() {
  return useQuery({
    queryKey: ['audit', 'users'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/users'))).items,
    staleTime: 60_000,
  });
}
