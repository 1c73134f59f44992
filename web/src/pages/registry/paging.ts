// A registry table's state: its filters and the pages loaded so far (cursor pagination: the
// server hands back the cursor of the next page, so the table grows with "load more").
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { listPage, PAGE_SIZE, REGISTRY_KEY } from './lists.ts';
import type { CollectionPath, Item, ListFilters } from './types.ts';

/** Filters as a table holds them: a cleared filter is absent, not undefined or ''. */
export function useFilters<F extends object>(initial: F) {
  const [filters, setFilters] = useState<F>(initial);
  const setFilter = useCallback(<K extends keyof F>(key: K, value: F[K] | undefined) => {
    setFilters((prev) => {
      const next = { ...prev };
      if (value === undefined || value === '') Reflect.deleteProperty(next, key);
      else next[key] = value;
      return next;
    });
  }, []);
  return [filters, setFilter] as const;
}

/** What a table needs of a paged list (usePagedList's result). */
export interface PagedRows<T> {
  rows: T[];
  isPending: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The rows of a collection matching `filters`, a page at a time. */
export function usePagedList<P extends CollectionPath>(path: P, filters: ListFilters<P>) {
  const fetchPage = listPage[path] as (
    q: ListFilters<P> & { limit: number; cursor?: string },
  ) => ReturnType<(typeof listPage)[P]>;
  const query = useInfiniteQuery({
    queryKey: [REGISTRY_KEY, 'list', path, filters],
    queryFn: ({ pageParam }) =>
      fetchPage(
        pageParam === null ? { ...filters, limit: PAGE_SIZE } : { ...filters, limit: PAGE_SIZE, cursor: pageParam },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows: Item<P>[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, rows };
}
