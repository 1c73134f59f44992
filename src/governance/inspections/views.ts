// The supervision records as the API shows them, and the row-to-view mappers.
import type { FineTier, Penalty } from '../../compliance/types.ts';
import type {
  InspectionItemTable,
  InspectionTable,
  PenaltyDecisionTable,
  RectificationOrderTable,
} from '../../db/schema.ts';
import type { Prefill, PrefillState } from './checklist.ts';
import { json } from './guard.ts';
import type { OffenderKind } from './penalties.ts';

/** Inspection kinds: routine (日常), special (专项), and re-inspection (复查) of a rectification order. */
export const INSPECTION_KINDS = ['routine', 'special', 'reinspection'] as const;
/** Checklist results. */
export const ITEM_RESULTS = ['compliant', 'non_compliant', 'not_applicable'] as const;

/** A checklist line as the API shows it. */
export interface InspectionItemView {
  id: string;
  seq: number;
  heading: string;
  ruleId: string;
  article: string;
  titleZh: string;
  titleEn: string;
  penaltyArticle: string | null;
  prefillState: PrefillState;
  prefill: Prefill;
  result: (typeof ITEM_RESULTS)[number] | null;
  resultNote: string | null;
  recordedBy: string | null;
  recordedAt: string | null;
}

/** An inspection as the API shows it. */
export interface InspectionView {
  id: string;
  orgId: string;
  inspectorOrgId: string;
  kind: (typeof INSPECTION_KINDS)[number];
  orderId: string | null;
  plannedFor: string;
  asOf: string;
  profileIds: string[];
  basis: { article: string; statementZh: string }[];
  inspectors: string[];
  notes: string | null;
  status: 'planned' | 'completed';
  summary: string | null;
  createdBy: string;
  createdAt: string;
  completedBy: string | null;
  completedAt: string | null;
  items: InspectionItemView[];
}

/** One line of a rectification order. */
export interface OrderItem {
  itemId: string;
  ruleId: string;
  article: string;
  titleZh: string;
  note: string | null;
  penaltyArticle: string | null;
  penaltyTrigger: string | null;
  penaltyRangeZh: string | null;
}

/** A rectification order as the API shows it. */
export interface OrderView {
  id: string;
  orgId: string;
  inspectionId: string;
  documentNo: string | null;
  items: OrderItem[];
  deadline: string;
  note: string | null;
  status: 'open' | 'rectified' | 'escalated';
  issuerOrgId: string;
  issuedBy: string;
  issuedAt: string;
  closedAt: string | null;
  closedByInspectionId: string | null;
}

/** A penalty decision as the API shows it. */
export interface DecisionView {
  id: string;
  orgId: string;
  orderId: string | null;
  documentNo: string | null;
  article: string;
  trigger: string;
  offenderKind: OffenderKind;
  offenderName: string;
  tier: FineTier | null;
  amountYuan: number | null;
  warning: boolean;
  otherMeasures: string[];
  facts: string;
  seriousConsequences: string | null;
  offenceDate: string;
  /** The range the amount was checked against. */
  rangeZh: string;
  deciderOrgId: string;
  decidedBy: string;
  decidedAt: string;
}

/** What planning an inspection takes. */
export interface PlanInput {
  orgId: string;
  plannedFor: string;
  kind: (typeof INSPECTION_KINDS)[number];
  orderId?: string | undefined;
  inspectors: string[];
  notes?: string | undefined;
}

/** What a penalty decision takes. */
export interface DecisionInput {
  orgId: string;
  orderId?: string | undefined;
  documentNo?: string | undefined;
  article: string;
  offenderKind: OffenderKind;
  offenderName: string;
  tier?: FineTier | undefined;
  amountYuan?: number | undefined;
  warning?: boolean | undefined;
  otherMeasures?: string[] | undefined;
  facts: string;
  seriousConsequences?: string | undefined;
  offenceDate?: string | undefined;
}

/** A penalty article in force for a unit, for the console's decision form. */
export interface PenaltyArticleView extends Penalty {
  profileId: string;
  punishes: string[];
}

export function itemView(r: InspectionItemTable): InspectionItemView {
  return {
    id: r.id,
    seq: r.seq,
    heading: r.heading,
    ruleId: r.rule_id,
    article: r.article,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    penaltyArticle: r.penalty_article,
    prefillState: r.prefill_state as PrefillState,
    prefill: json(r.prefill) as Prefill,
    result: r.result as InspectionItemView['result'],
    resultNote: r.result_note,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  };
}

export function inspectionView(r: InspectionTable, items: InspectionItemTable[]): InspectionView {
  return {
    id: r.id,
    orgId: r.org_id,
    inspectorOrgId: r.inspector_org_id,
    kind: r.kind as InspectionView['kind'],
    orderId: r.order_id,
    plannedFor: r.planned_for,
    asOf: r.as_of,
    profileIds: json(r.profile_ids) as string[],
    basis: json(r.basis) as { article: string; statementZh: string }[],
    inspectors: json(r.inspectors) as string[],
    notes: r.notes,
    status: r.status as InspectionView['status'],
    summary: r.summary,
    createdBy: r.created_by,
    createdAt: r.created_at,
    completedBy: r.completed_by,
    completedAt: r.completed_at,
    items: items.sort((a, b) => a.seq - b.seq).map(itemView),
  };
}

export function orderView(r: RectificationOrderTable): OrderView {
  return {
    id: r.id,
    orgId: r.org_id,
    inspectionId: r.inspection_id,
    documentNo: r.document_no,
    items: json(r.items) as OrderItem[],
    deadline: r.deadline,
    note: r.note,
    status: r.status as OrderView['status'],
    issuerOrgId: r.issuer_org_id,
    issuedBy: r.issued_by,
    issuedAt: r.issued_at,
    closedAt: r.closed_at,
    closedByInspectionId: r.closed_by_inspection_id,
  };
}

export function decisionView(r: PenaltyDecisionTable, rangeZh: string): DecisionView {
  return {
    id: r.id,
    orgId: r.org_id,
    orderId: r.order_id,
    documentNo: r.document_no,
    article: r.article,
    trigger: r.trigger,
    offenderKind: r.offender_kind as OffenderKind,
    offenderName: r.offender_name,
    tier: r.tier as FineTier | null,
    amountYuan: r.amount_yuan,
    warning: r.warning === 1,
    otherMeasures: json(r.other_measures) as string[],
    facts: r.facts,
    seriousConsequences: r.serious_consequences,
    offenceDate: r.offence_date,
    rangeZh,
    deciderOrgId: r.decider_org_id,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  };
}
