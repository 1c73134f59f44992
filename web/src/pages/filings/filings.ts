// The filing workflow's types (from the generated API description), its code lists, and reading
// and sending filings.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';

type One = paths['/api/v1/filings/{id}'];

/** A filing as the API shows it. */
export type Filing = One['get']['responses'][200]['content']['application/json'];
/** The list filters of GET /filings. */
export type FilingsQuery = NonNullable<paths['/api/v1/filings']['get']['parameters']['query']>;
/** Filing states. */
export type FilingStatus = Filing['status'];
/** Filing kinds: first, change, removal, pre-existing. */
export type FilingKind = Filing['kind'];
/** The channels a filing may go by. */
export type FilingChannel = NonNullable<
  paths['/api/v1/filings/{id}/submit']['post']['requestBody']['content']['application/json']['channel']
>;
/** The materials a text may ask for. */
export type MaterialKind = paths['/api/v1/filings/{id}/materials/{kind}']['put']['parameters']['path']['kind'];
/** The body of POST /systems/:id/filings. */
export type DraftBody = paths['/api/v1/systems/{id}/filings']['post']['requestBody']['content']['application/json'];
/** The body of PATCH /filings/:id. */
export type UpdateBody = One['patch']['requestBody']['content']['application/json'];
/** One point of the point list (点位分布). */
export type FilingPoint = NonNullable<Filing['content']>['points'][number];
/** One uploaded material. */
export type FilingMaterial = Filing['materials'][number];
/** One material the articles in force ask for. */
export type MaterialTerm = Filing['terms']['materials'][number];

// Each list is a Record over the API's union, so a value the server adds fails to compile here.
const statuses: Record<FilingStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  received: 'blue',
  accepted: 'green',
  returned: 'orange',
};
/** Filing states in workflow order, with their tag colours. */
export const FILING_STATUSES = Object.keys(statuses) as FilingStatus[];
/** The tag colour of a state. */
export const STATUS_COLOR: Readonly<Record<FilingStatus, string>> = statuses;

const kinds: Record<FilingKind, true> = { first: true, change: true, removal: true, pre_existing: true };
/** Filing kinds. */
export const FILING_KINDS = Object.keys(kinds) as FilingKind[];

const channels: Record<FilingChannel, true> = {
  online: true,
  letter: true,
  telex: true,
  fax: true,
  edi: true,
  email: true,
  in_person: true,
};
/** Every channel a text names. */
export const FILING_CHANNELS = Object.keys(channels) as FilingChannel[];

const materials: Record<MaterialKind, true> = {
  design_plan: true,
  technical_test: true,
  acceptance: true,
  drawings: true,
  construction_plan: true,
  point_distribution: true,
  removal_statement: true,
};
/** Every material a text names. */
export const MATERIAL_KINDS = Object.keys(materials) as MaterialKind[];

/** File types the server accepts as a material (src/governance/filings/materials.ts MATERIAL_TYPES). */
export const MATERIAL_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
// Browsers name some types differently or not at all (a .docx on a machine without Office).
const TYPE_ALIASES: Readonly<Record<string, (typeof MATERIAL_TYPES)[number]>> = {
  'application/x-zip-compressed': 'application/zip',
  'application/x-zip': 'application/zip',
};
const TYPE_BY_EXTENSION: Readonly<Record<string, (typeof MATERIAL_TYPES)[number]>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The content type to send a file as, or null for a file the server will not take. */
export function materialContentType(file: File): (typeof MATERIAL_TYPES)[number] | null {
  const known = MATERIAL_TYPES.find((m) => m === file.type) ?? TYPE_ALIASES[file.type];
  if (known !== undefined) return known;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[ext] ?? null;
}

/** The largest material the server takes (MAX_MATERIAL_BYTES). */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** Text lengths of the server's bodies (src/governance/filings/schemas.ts). */
export const MAX_LENGTH = {
  changeSummary: 4000,
  removalReason: 2000,
  notes: 4000,
  note: 2000,
  visitNotes: 4000,
  reference: 200,
  reasons: 4000,
} as const;

export { beijingDate } from '../../components/format/beijing-date.ts';

/** The query-key prefix of everything this page reads; every action invalidates it. */
export const FILINGS_KEY = 'filings';

/** Filings matching the filters, newest first, `limit` of them. */
export function useFilings(query: Omit<FilingsQuery, 'limit'>, limit: number) {
  return useQuery({
    queryKey: [FILINGS_KEY, 'list', query, limit],
    queryFn: async () => (await unwrap(api.GET('/api/v1/filings', { params: { query: { ...query, limit } } }))).items,
    placeholderData: (previous) => previous,
  });
}

/** One filing (null: none open). */
export function useFiling(id: string | null) {
  return useQuery({
    queryKey: [FILINGS_KEY, 'one', id],
    enabled: id !== null,
    queryFn: () => unwrap(api.GET('/api/v1/filings/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** Attaches a material file as itself (the body is the file's bytes, not JSON) of `contentType`. */
export function uploadMaterial(id: string, kind: MaterialKind, file: File, contentType: string): Promise<Filing> {
  return unwrap(
    api.PUT('/api/v1/filings/{id}/materials/{kind}', {
      params: { path: { id, kind }, query: { filename: file.name.slice(0, 200) } },
      headers: { 'content-type': contentType },
      // The route declares no JSON body: the client's middleware adds the CSRF header to the
      // request, and the file goes in as its body here.
      fetch: (request) => fetch(new Request(request, { body: file })),
    }),
  );
}

/** Where a material is downloaded (the browser sends the session cookie). */
export function materialHref(filingId: string, materialId: string): string {
  return `/api/v1/filings/${encodeURIComponent(filingId)}/materials/${encodeURIComponent(materialId)}`;
}

/** The printed filing form (备案登记表). */
export function formPdfHref(filingId: string): string {
  return `/api/v1/filings/${encodeURIComponent(filingId)}/form.pdf`;
}

/**
 * The day a filing is next due: the earliest due date of the duties it meets that are not done, or,
 * once received, the last day of the police's site visit while it has not been made.
 */
export function nextDue(f: Filing): { date: string; overdue: boolean } | null {
  const open = f.deadline.findings.filter((x) => x.state !== 'ok' && x.dueDate !== null);
  const dates = open.map((x) => x.dueDate ?? '').sort();
  const visit = f.siteVisit.visitedAt === null ? f.siteVisit.dueDate : null;
  const first = [...dates, ...(visit !== null ? [visit] : [])].sort()[0];
  if (first === undefined) return null;
  return { date: first.slice(0, 10), overdue: f.deadline.overdue || f.siteVisit.overdue };
}
