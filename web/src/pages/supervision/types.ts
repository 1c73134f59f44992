// The supervision records and bodies, read from the generated API description (schema.ts).
import type { paths } from '../../api/schema.ts';

type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;
type Body<T> = T extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

/** An inspection with its checklist. */
export type Inspection = Ok<paths['/api/v1/inspections/{id}']['get']>;
/** An inspection as the list shows it (without its checklist). */
export type InspectionSummary = Ok<paths['/api/v1/inspections']['get']>['items'][number];
/** The list filters of GET /inspections. */
export type InspectionFilters = Omit<NonNullable<paths['/api/v1/inspections']['get']['parameters']['query']>, 'limit'>;
/** One checklist line. */
export type ChecklistLine = Inspection['items'][number];
/** A checklist result. */
export type ItemResult = NonNullable<ChecklistLine['result']>;
/** What psvis knew of a line before the inspection. */
export type PrefillState = ChecklistLine['prefillState'];
/** Inspection kinds. */
export type InspectionKind = Inspection['kind'];
/** Inspection states. */
export type InspectionStatus = Inspection['status'];
/** The body of POST /inspections. */
export type PlanBody = Body<paths['/api/v1/inspections']['post']>;

/** A rectification order (责令限期改正). */
export type Order = Ok<paths['/api/v1/rectification-orders']['get']>['items'][number];
/** The list filters of GET /rectification-orders. */
export type OrderFilters = Omit<
  NonNullable<paths['/api/v1/rectification-orders']['get']['parameters']['query']>,
  'limit'
>;
/** Order states. */
export type OrderStatus = Order['status'];
/** The body of POST /rectification-orders. */
export type OrderBody = Body<paths['/api/v1/rectification-orders']['post']>;

/** A penalty article in force for a unit, with its fine ranges. */
export type PenaltyArticle = Ok<paths['/api/v1/penalty-articles']['get']>['items'][number];
/** One fine range of a penalty article. */
export type Fine = PenaltyArticle['fines'][number];
/** A penalty decision. */
export type Decision = Ok<paths['/api/v1/penalty-decisions']['get']>['items'][number];
/** The body of POST /penalty-decisions. */
export type DecisionBody = Body<paths['/api/v1/penalty-decisions']['post']>;
/** Whom a decision fines. */
export type OffenderKind = DecisionBody['offenderKind'];
/** The tiers the texts set fines by. */
export type FineTier = NonNullable<DecisionBody['tier']>;
/** What completing answers: the inspection, and for a re-inspection the order it closed, escalated or left open. */
export type CompletedInspection = Ok<paths['/api/v1/inspections/{id}/complete']['post']>;
