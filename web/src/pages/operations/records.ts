// The operating records' types (from the generated API description), their code lists, and reading
// them a page at a time.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { paths } from '../../api/schema.ts';
import type { PagedRows } from '../registry/paging.ts';

type Listed<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': { items: (infer T)[] } } } } };
}
  ? T
  : never;
type Body<P extends keyof paths> = paths[P] extends {
  post: { requestBody: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/** A duty shift (值班记录). */
export type DutyLog = Listed<'/api/v1/duty-logs'>;
/** A fault ticket (故障工单). */
export type FaultTicket = Listed<'/api/v1/fault-tickets'>;
/** A maintenance record (维护记录). */
export type MaintenanceRecord = Listed<'/api/v1/maintenance-records'>;
/** An outsourced maintenance or operation agreement (运维协议). */
export type Agreement = Listed<'/api/v1/outsourcing-agreements'>;
/** A training session (培训记录). */
export type TrainingRecord = Listed<'/api/v1/training-records'>;

/** The body of POST /duty-logs. */
export type DutyLogBody = Body<'/api/v1/duty-logs'>;
/** The body of POST /maintenance-records. */
export type MaintenanceBody = Body<'/api/v1/maintenance-records'>;
/** The body of POST /outsourcing-agreements. */
export type AgreementBody = Body<'/api/v1/outsourcing-agreements'>;

/** Maintenance kinds. */
export type MaintenanceKind = MaintenanceRecord['kind'];
/** What is outsourced. */
export type AgreementKind = Agreement['kind'];
/** The clauses an agreement may contain. */
export type AgreementClause = Agreement['clauses'][number];
/** Training kinds (the filter of GET /training-records). */
export type TrainingKind = NonNullable<
  NonNullable<paths['/api/v1/training-records']['get']['parameters']['query']>['kind']
>;

// Each list is a Record over the API's union, so a value the server adds fails to compile here.
const maintenanceKinds: Record<MaintenanceKind, true> = {
  periodic_check: true,
  repair: true,
  upgrade: true,
  other: true,
};
/** Maintenance kinds: periodic check, repair, upgrade, other. */
export const MAINTENANCE_KINDS = Object.keys(maintenanceKinds) as MaintenanceKind[];

const agreementKinds: Record<AgreementKind, true> = {
  maintenance: true,
  operation: true,
  maintenance_and_operation: true,
};
/** What an agreement outsources. */
export const AGREEMENT_KINDS = Object.keys(agreementKinds) as AgreementKind[];

const clauses: Record<AgreementClause, true> = {
  safe_operation: true,
  network_security: true,
  data_security: true,
  personal_information: true,
  confidentiality: true,
};
/** The clauses an agreement may set out. */
export const AGREEMENT_CLAUSES = Object.keys(clauses) as AgreementClause[];

const trainingKinds: Record<TrainingKind, true> = {
  job_skills: true,
  confidentiality: true,
  security: true,
  vetting: true,
};
/** Training kinds: 岗位技能, 保密, 安全知识, 入职审查. */
export const TRAINING_KINDS = Object.keys(trainingKinds) as TrainingKind[];

/** Text lengths of the server's bodies (src/governance/operations/schemas.ts). */
export const MAX_LENGTH = {
  staffName: 100,
  staffCount: 20,
  notes: 4000,
  eventText: 2000,
  events: 500,
  description: 4000,
  temporaryMeasure: 2000,
  repairNote: 4000,
  performedBy: 200,
  contractorName: 200,
  reference: 200,
  clauseText: 8000,
  terminateReason: 2000,
  systems: 200,
} as const;
/** The longest duty shift one log covers (MAX_SHIFT_MS). */
export const MAX_SHIFT_HOURS = 48;

/** The query-key prefix of everything this page reads; every record written invalidates it. */
export const OPERATIONS_KEY = 'operations';

/** Rows a page adds; the server answers at most MAX_ROWS. */
const PAGE_ROWS = 100;
const MAX_ROWS = 500;

/**
 * The newest rows of a list that takes only a limit (no cursor): "load more" asks for more of
 * them, up to the server's largest answer.
 */
export function useGrowingList<T>(
  key: readonly unknown[],
  fetch: (limit: number) => Promise<{ items: T[] }>,
): PagedRows<T> {
  const [limit, setLimit] = useState(PAGE_ROWS);
  const query = useQuery({
    queryKey: [OPERATIONS_KEY, ...key, limit],
    queryFn: async () => (await fetch(limit)).items,
    placeholderData: keepPreviousData,
  });
  const rows = query.data ?? [];
  return {
    rows,
    isPending: query.isPending,
    error: query.error,
    hasNextPage: rows.length >= limit && limit < MAX_ROWS,
    isFetchingNextPage: query.isFetching && query.isPlaceholderData,
    fetchNextPage: () => {
      setLimit((l) => Math.min(l + PAGE_ROWS, MAX_ROWS));
      return Promise.resolve();
    },
  };
}
