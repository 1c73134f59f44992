// Reading the registry: one page of a collection (the tables), or all of it in the caller's scope
// (the selects and the id → name lookups), plus the code lists of GET /categories and the profiles.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { CollectionPath, Item, ListFilters, LocationCategory, Page, PlaceCategory, Profile } from './types.ts';

/** The query-key prefix of everything the registry reads; a registry write invalidates it. */
export const REGISTRY_KEY = 'registry';
/** Rows per table page. */
export const PAGE_SIZE = 50;
/** The server's largest page, used to load a whole collection for the selects. */
const ALL_PAGE_SIZE = 200;
// A bound on what a select loads (ALL_PAGE_SIZE × this); an installation beyond it narrows by search.
const MAX_ALL_PAGES = 25;

type Query<P extends CollectionPath> = ListFilters<P> & { limit: number; cursor?: string };

/** One page of each collection, with its filters. */
export const listPage: { [P in CollectionPath]: (query: Query<P>) => Promise<Page<Item<P>>> } = {
  '/api/v1/jurisdictions': (query) => unwrap(api.GET('/api/v1/jurisdictions', { params: { query } })),
  '/api/v1/organizations': (query) => unwrap(api.GET('/api/v1/organizations', { params: { query } })),
  '/api/v1/sites': (query) => unwrap(api.GET('/api/v1/sites', { params: { query } })),
  '/api/v1/systems': (query) => unwrap(api.GET('/api/v1/systems', { params: { query } })),
  '/api/v1/cameras': (query) => unwrap(api.GET('/api/v1/cameras', { params: { query } })),
};

async function fetchAll<P extends CollectionPath>(path: P): Promise<Item<P>[]> {
  const fetchPage = listPage[path] as (q: { limit: number; cursor?: string }) => Promise<Page<Item<P>>>;
  const items: Item<P>[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < MAX_ALL_PAGES; i++) {
    const page: Page<Item<P>> = await fetchPage(
      cursor === null ? { limit: ALL_PAGE_SIZE } : { limit: ALL_PAGE_SIZE, cursor },
    );
    items.push(...page.items);
    cursor = page.nextCursor;
    if (cursor === null) break;
  }
  return items;
}

/** Every record of a collection in the caller's scope (for selects and names). */
export function useAll<P extends CollectionPath>(path: P, enabled = true) {
  return useQuery({ queryKey: [REGISTRY_KEY, 'all', path], queryFn: () => fetchAll(path), enabled });
}

/** A name lookup over records: the name, or the id while loading or when out of scope. */
export function nameOf(records: readonly { id: string; name: string }[] | undefined, id: string | null): string {
  if (id === null) return '';
  return records?.find((r) => r.id === id)?.name ?? id;
}

/** Place and location categories with their Chinese and English names. */
export function useCategories() {
  return useQuery({
    queryKey: ['categories'],
    queryFn: () => unwrap(api.GET('/api/v1/categories')),
    staleTime: Infinity,
  });
}

/** The place category with this code, if known. */
export function placeCategoryOf(places: readonly PlaceCategory[] | undefined, code: string) {
  return places?.find((c) => c.code === code);
}

/** The location category with this code, if known. */
export function locationCategoryOf(locations: readonly LocationCategory[] | undefined, code: string) {
  return locations?.find((c) => c.code === code);
}

/** The regulation profiles with their rules. */
export function useProfiles() {
  return useQuery({
    queryKey: ['compliance-profiles'],
    queryFn: async (): Promise<Profile[]> => (await unwrap(api.GET('/api/v1/compliance/profiles'))).items,
    staleTime: Infinity,
  });
}
