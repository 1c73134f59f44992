// Suspicious-information reports (可疑信息报告) as the page reads them, and who may do what,
// mirroring the server (src/governance/reports/service.ts REPORTER_ROLES, HANDLER_ROLES). The
// server decides in the end.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';
import type { Role, SessionUser } from '../../app/access.ts';

type ReportsGet = paths['/api/v1/reports']['get'];
/** A report as the API shows it. */
export type Report = ReportsGet['responses'][200]['content']['application/json']['items'][number];
/** The filters of GET /reports. */
export type ReportsQuery = Omit<NonNullable<ReportsGet['parameters']['query']>, 'limit'>;
/** The body of POST /reports. */
export type ReportBody = paths['/api/v1/reports']['post']['requestBody']['content']['application/json'];
/** Report states. */
export type ReportStatus = Report['status'];
/** Where the operator saw it: the live wall or playback. */
export type ReportSource = Report['source'];

const statuses: Record<ReportStatus, string> = { reported: 'gold', acknowledged: 'blue', handled: 'green' };
/** Report states with their tag colours. */
export const STATUS_COLOR = statuses;
/** Report states, in order. */
export const REPORT_STATUSES = Object.keys(statuses) as ReportStatus[];

const sources: Record<ReportSource, true> = { live: true, playback: true };
/** Report sources. */
export const REPORT_SOURCES = Object.keys(sources) as ReportSource[];

/** The query-key prefix of the reports; a report also places a hold, so its creation refreshes holds too. */
export const REPORTS_KEY = 'reports';
/** Rows a list shows (the server allows up to 500). */
const LIST_LIMIT = 200;

/** Reports in scope, newest first, with how long the police have before one is overdue. */
export function useReports(query: ReportsQuery) {
  return useQuery({
    queryKey: [REPORTS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/reports', { params: { query: { ...query, limit: LIST_LIMIT } } })),
  });
}

/** One report (null: none open). */
export function useReport(id: string | null) {
  return useQuery({
    queryKey: [REPORTS_KEY, 'one', id],
    enabled: id !== null,
    queryFn: () => unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

const REPORTER_ROLES: readonly Role[] = ['admin', 'unit_manager', 'unit_operator'];
const HANDLER_ROLES: readonly Role[] = ['admin', 'police_officer', 'police_approver'];

/** Reports for the unit: its monitoring staff and manager. */
export const mayReport = (role: Role): boolean => REPORTER_ROLES.includes(role);

/** Handles reports at all: the police (the menu's overdue banner is theirs). */
export const handlesReports = (role: Role): boolean => HANDLER_ROLES.includes(role);

/** Acknowledges and handles this report: a police office it went to. */
export function isRecipient(user: SessionUser, r: Report): boolean {
  return user.role === 'admin' || (HANDLER_ROLES.includes(user.role) && r.police.some((p) => p.orgId === user.orgId));
}

/** Adds a note: the reporting unit (more of what it saw) or a police office it went to. */
export function mayNote(user: SessionUser, r: Report): boolean {
  return (REPORTER_ROLES.includes(user.role) && user.orgId === r.orgId) || isRecipient(user, r);
}
