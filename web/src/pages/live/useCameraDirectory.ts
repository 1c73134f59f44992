// The cameras a user may see, grouped organization → site → camera, for the live wall's tree and
// the playback camera picker (both pages read the same cached query).
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';

type ListBody<P extends '/api/v1/organizations' | '/api/v1/sites' | '/api/v1/cameras'> =
  paths[P]['get']['responses'][200]['content']['application/json'];
/** An organization as the registry lists it. */
export type Organization = ListBody<'/api/v1/organizations'>['items'][number];
/** A site as the registry lists it. */
export type Site = ListBody<'/api/v1/sites'>['items'][number];
/** A camera as the registry lists it. */
export type Camera = ListBody<'/api/v1/cameras'>['items'][number];

/** One site of the tree with its cameras (a camera whose site is not visible gets a site of its id). */
export interface DirectorySite {
  id: string;
  name: string;
  cameras: Camera[];
}

/** One organization of the tree. */
export interface DirectoryOrg {
  id: string;
  name: string;
  sites: DirectorySite[];
}

/** Everything the tree and pickers need. */
export interface CameraDirectory {
  orgs: DirectoryOrg[];
  cameras: ReadonlyMap<string, Camera>;
}

/** The registry's page size limit (src/registry/schemas.ts). */
const PAGE_LIMIT = 200;
/** A bound on pages read, so a runaway cursor cannot loop forever (10 000 records). */
const MAX_PAGES = 50;

async function allPages<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>) {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const p = await page(cursor);
    items.push(...p.items);
    if (p.nextCursor === null) break;
    cursor = p.nextCursor;
  }
  return items;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

/** Groups cameras under their sites and organizations; organizations without cameras are left out. */
export function buildDirectory(orgs: Organization[], sites: Site[], cameras: Camera[]): CameraDirectory {
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const tree = new Map<string, DirectoryOrg>();
  for (const c of [...cameras].sort(byName)) {
    let org = tree.get(c.orgId);
    if (org === undefined) {
      org = { id: c.orgId, name: orgName.get(c.orgId) ?? c.orgId, sites: [] };
      tree.set(c.orgId, org);
    }
    let site = org.sites.find((s) => s.id === c.siteId);
    if (site === undefined) {
      site = { id: c.siteId, name: siteById.get(c.siteId)?.name ?? c.siteId, cameras: [] };
      org.sites.push(site);
    }
    site.cameras.push(c);
  }
  const list = [...tree.values()].sort(byName);
  for (const o of list) o.sites.sort(byName);
  return { orgs: list, cameras: new Map(cameras.map((c) => [c.id, c])) };
}

/** Reads organizations, sites and cameras in the user's scope (every page) and builds the tree. */
export function useCameraDirectory() {
  return useQuery({
    queryKey: ['camera-directory'],
    staleTime: 60_000,
    queryFn: async () => {
      const [orgs, sites, cameras] = await Promise.all([
        allPages((cursor) =>
          unwrap(
            api.GET('/api/v1/organizations', {
              params: { query: { limit: PAGE_LIMIT, ...(cursor !== undefined ? { cursor } : {}) } },
            }),
          ),
        ),
        allPages((cursor) =>
          unwrap(
            api.GET('/api/v1/sites', {
              params: { query: { limit: PAGE_LIMIT, ...(cursor !== undefined ? { cursor } : {}) } },
            }),
          ),
        ),
        allPages((cursor) =>
          unwrap(
            api.GET('/api/v1/cameras', {
              params: { query: { limit: PAGE_LIMIT, ...(cursor !== undefined ? { cursor } : {}) } },
            }),
          ),
        ),
      ]);
      return buildDirectory(orgs, sites, cameras);
    },
  });
}
