// Findings as the page shows them, and which record fulfils which duty.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';

type FindingsGet = paths['/api/v1/compliance/findings']['get'];
type FindingsBody = FindingsGet['responses'][200]['content']['application/json'];
/** The filters of GET /compliance/findings. */
export type FindingsQuery = NonNullable<FindingsGet['parameters']['query']>;
/** A finding state. */
export type FindingState = NonNullable<FindingsQuery['state']>;
type OrgFindings = FindingsBody['organizations'][number];
/** One finding, with the organization it is about. */
export type FindingRow = OrgFindings['findings'][number] & { key: string; orgId: string; orgName: string };
/** A filing kind (POST /filings). */
export type FilingKind = paths['/api/v1/filings']['post']['requestBody']['content']['application/json']['kind'];

const states: Record<FindingState, true> = { violated: true, overdue: true, due: true, needs_evidence: true, ok: true };
/** Finding states, most serious first (the engine's order). */
export const FINDING_STATES = Object.keys(states) as FindingState[];

/** Tag colours per state. */
export const STATE_COLOR: Record<FindingState, string> = {
  violated: 'red',
  overdue: 'volcano',
  due: 'gold',
  needs_evidence: 'blue',
  ok: 'green',
};

const kinds: Record<FilingKind, true> = { first: true, change: true, removal: true, pre_existing: true };
/** Filing kinds. */
export const FILING_KINDS = Object.keys(kinds) as FilingKind[];

/** The query-key prefix of the compliance page; registry writes refresh it too. */
export const COMPLIANCE_KEY = 'compliance';

/** The findings for the filters, flattened to one row per finding. */
export function useFindings(query: FindingsQuery) {
  return useQuery({
    queryKey: [COMPLIANCE_KEY, 'findings', query],
    queryFn: async () => {
      const body = await unwrap(api.GET('/api/v1/compliance/findings', { params: { query } }));
      const rows: FindingRow[] = body.organizations.flatMap((o) =>
        o.findings.map((f, i) => ({
          ...f,
          key: `${o.orgId}:${f.ruleId}:${f.subjectRef}:${i}`,
          orgId: o.orgId,
          orgName: o.orgName,
        })),
      );
      return { asOf: body.asOf, rows };
    },
  });
}

/** What record fulfils a finding's duty, if a user can record one here. */
export type Remedy =
  { kind: 'advisory' } | { kind: 'training' } | { kind: 'filing'; filing: FilingKind; systemId: string };

/**
 * The record that fulfils a finding not yet satisfied. Advisory duties (kind 'advisory' in the
 * profiles) are marked done with evidence; the rule ids name the other duties a record fulfils:
 * `<text>.training` (a training record), `<text>.filing.<kind>` and `ah.removal.notice` (a filing
 * of that kind for the system the finding is about).
 */
export function remedyOf(f: FindingRow, advisoryRuleIds: ReadonlySet<string>): Remedy | null {
  if (f.state === 'ok') return null;
  if (advisoryRuleIds.has(f.ruleId)) return { kind: 'advisory' };
  if (f.ruleId.endsWith('.training')) return { kind: 'training' };
  const filing = FILING_KINDS.find((k) => f.ruleId.endsWith(`.filing.${k}`));
  if (filing !== undefined) return { kind: 'filing', filing, systemId: f.subjectRef };
  if (f.ruleId.endsWith('.removal.notice')) return { kind: 'filing', filing: 'removal', systemId: f.subjectRef };
  return null;
}
