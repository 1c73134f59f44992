import { beijingDate } from '../../components/format/beijing-date.ts';
// Reading inspections, rectification orders, penalty articles and decisions.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { useAll } from '../registry/lists.ts';
import type { InspectionFilters, Order, OrderFilters } from './types.ts';

/** The query-key prefix of everything this page reads; every action invalidates it. */
export const SUPERVISION_KEY = 'supervision';
/** Rows a list shows (the server allows up to 500). */
const LIST_LIMIT = 200;

/** Inspections of units in scope, newest first. */
export function useInspections(filters: InspectionFilters) {
  return useQuery({
    queryKey: [SUPERVISION_KEY, 'inspections', filters],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/inspections', { params: { query: { ...filters, limit: LIST_LIMIT } } }))).items,
  });
}

/** One inspection with its checklist (null: none open). */
export function useInspection(id: string | null) {
  return useQuery({
    queryKey: [SUPERVISION_KEY, 'inspection', id],
    enabled: id !== null,
    queryFn: () => unwrap(api.GET('/api/v1/inspections/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** Rectification orders of units in scope, newest first. */
export function useOrders(filters: OrderFilters, enabled = true) {
  return useQuery({
    queryKey: [SUPERVISION_KEY, 'orders', filters],
    enabled,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/rectification-orders', { params: { query: { ...filters, limit: LIST_LIMIT } } })))
        .items,
  });
}

/** Penalty decisions of units in scope, newest first. */
export function useDecisions(orgId: string | undefined) {
  const query = orgId === undefined ? { limit: LIST_LIMIT } : { orgId, limit: LIST_LIMIT };
  return useQuery({
    queryKey: [SUPERVISION_KEY, 'decisions', query],
    queryFn: async () => (await unwrap(api.GET('/api/v1/penalty-decisions', { params: { query } }))).items,
  });
}

/** The query key of the penalty articles of a unit on a date. */
const penaltyArticlesKey = (orgId: string | undefined, date: string | undefined) =>
  [SUPERVISION_KEY, 'penalty-articles', orgId, date] as const;

/** The penalty articles in force for a unit on the offence date (nothing until both are chosen). */
export function usePenaltyArticles(orgId: string | undefined, date: string | undefined) {
  return useQuery({
    queryKey: penaltyArticlesKey(orgId, date),
    enabled: orgId !== undefined,
    staleTime: 5 * 60_000,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/penalty-articles', {
            params: { query: date === undefined ? { orgId: orgId ?? '' } : { orgId: orgId ?? '', date } },
          }),
        )
      ).items,
  });
}

/** Today as YYYY-MM-DD in Beijing, where the server counts deadlines. */
export function today(): string {
  return beijingDate();
}

/** An open order whose last day to correct has passed. */
export function isOverdue(o: Order): boolean {
  return o.status === 'open' && o.deadline < today();
}

/** The PDFs the server prints. */
export const noticePdf = (inspectionId: string) => `/api/v1/inspections/${encodeURIComponent(inspectionId)}/notice.pdf`;
export const orderPdf = (orderId: string) => `/api/v1/rectification-orders/${encodeURIComponent(orderId)}/order.pdf`;

/** Organizations an inspection may be of: those that build, run or maintain systems (the server's INSPECTABLE_KINDS). */
export function useInspectableUnits() {
  const orgs = useAll('/api/v1/organizations');
  const units = (orgs.data ?? []).filter((o) => o.kind === 'unit' || o.kind === 'builder' || o.kind === 'maintainer');
  return { units, orgs: orgs.data, loading: orgs.isPending };
}
