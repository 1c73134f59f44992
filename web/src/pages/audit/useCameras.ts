import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';

/** A camera as GET /api/v1/cameras lists it. */
export type Camera = paths['/api/v1/cameras']['get']['responses'][200]['content']['application/json']['items'][number];

const PAGE_SIZE = 200;
/** A bound on the pages read, so a server that keeps answering a cursor cannot loop the page forever. */
const MAX_PAGES = 100;

async function allCameras(): Promise<Camera[]> {
  const cameras: Camera[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = cursor === undefined ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, cursor };
    const body = await unwrap(api.GET('/api/v1/cameras', { params: { query } }));
    cameras.push(...body.items);
    if (body.nextCursor === null) break;
    cursor = body.nextCursor;
  }
  return cameras;
}

/** Every camera in the user's scope (the register names them; verification walks them one by one). */
export const camerasQuery = queryOptions({ queryKey: ['audit', 'cameras'], queryFn: allCameras, staleTime: 60_000 });

/** The cameras in scope, cached for the page. */
export function useCameras() {
  return useQuery(camerasQuery);
}
