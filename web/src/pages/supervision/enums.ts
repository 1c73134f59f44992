// The supervision enumerations as lists for selects and tags. Each is written as a Record over the
// API's union type, so a value the server adds fails to compile here until the console knows it.
import type {
  FineTier,
  InspectionKind,
  InspectionStatus,
  ItemResult,
  OffenderKind,
  OrderStatus,
  PrefillState,
} from './types.ts';

const kinds: Record<InspectionKind, true> = { routine: true, special: true, reinspection: true };
/** Inspection kinds: routine, special, re-inspection of an order. */
export const INSPECTION_KINDS = Object.keys(kinds) as InspectionKind[];

const statuses: Record<InspectionStatus, string> = { planned: 'blue', completed: 'green' };
/** Inspection states with their tag colours. */
export const INSPECTION_STATUS_COLOR = statuses;
/** Inspection states. */
export const INSPECTION_STATUSES = Object.keys(statuses) as InspectionStatus[];

const results: Record<ItemResult, true> = { compliant: true, non_compliant: true, not_applicable: true };
/** Checklist results. */
export const ITEM_RESULTS = Object.keys(results) as ItemResult[];

/** Tag colours of what psvis knew of a line: the findings' colours, grey where it knew nothing. */
export const PREFILL_COLOR: Record<PrefillState, string> = {
  violated: 'red',
  overdue: 'volcano',
  due: 'gold',
  needs_evidence: 'blue',
  ok: 'green',
  not_known: 'default',
  not_applicable: 'default',
};

const orderStatuses: Record<OrderStatus, string> = { open: 'gold', rectified: 'green', escalated: 'red' };
/** Order states with their tag colours. */
export const ORDER_STATUS_COLOR = orderStatuses;
/** Order states. */
export const ORDER_STATUSES = Object.keys(orderStatuses) as OrderStatus[];

const offenders: Record<OffenderKind, true> = { unit: true, individual: true, person_in_charge: true };
/** Whom a decision fines: a unit, an individual, a person in charge of a unit. */
export const OFFENDER_KINDS = Object.keys(offenders) as OffenderKind[];

const tiers: Record<FineTier, true> = {
  profit_with_gains: true,
  profit_without_gains: true,
  non_profit: true,
  business: true,
  non_business: true,
};
/** Fine tiers (安徽 第二十五条 profit tiers, 青岛 business or not). */
export const FINE_TIERS = Object.keys(tiers) as FineTier[];

/** The five headings of a checklist (腾冲 第二十八条(一)–(五)), in order. */
export const HEADINGS = ['construction', 'upgrade', 'operation', 'filing', 'other'] as const;
/** One of HEADINGS. */
export type Heading = (typeof HEADINGS)[number];
