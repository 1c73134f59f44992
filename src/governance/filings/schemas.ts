// Request and response bodies of the filing API: the routes validate with them and the OpenAPI
// document (and the console's types) come from them.
import { z } from 'zod';
import { FILING_CHANNELS, FILING_KINDS, FILING_MATERIALS } from './terms.ts';

const day = z.iso.date().describe('YYYY-MM-DD (Beijing date)');
const text = (max: number) => z.string().trim().min(1).max(max);

/** Filing states: drafted by the unit, submitted, received by the police, accepted or returned with reasons. */
export const FILING_STATUSES = ['draft', 'submitted', 'received', 'accepted', 'returned'] as const;
/** One of FILING_STATUSES. */
export type FilingStatus = (typeof FILING_STATUSES)[number];

const kind = z.enum(FILING_KINDS as [string, ...string[]]);
const channel = z
  .enum(FILING_CHANNELS as [string, ...string[]])
  .describe('online 网上平台, letter 信函, telex 电传, fax 传真, edi 电子数据交换, email 电子邮件, in_person 当面递交');
/** A material code. */
export const materialKind = z.enum(FILING_MATERIALS as [string, ...string[]]);

const editable = {
  channel: channel.optional(),
  changeSummary: text(4000).optional().describe('change filings: what changed (cameras added or removed, moved)'),
  removalDate: day.optional().describe('removal filings: the day the system is (to be) removed'),
  removalReason: text(2000).optional(),
  notes: text(4000).optional(),
};

/** Body of POST /systems/:id/filings: a draft the registry fills. */
export const draftBody = z.object({ kind, ...editable }).strict();
/** A draft body. */
export type DraftBody = z.infer<typeof draftBody>;

/** Body of PATCH /filings/:id (drafts and returned filings). */
export const updateBody = z.object(editable).strict();
/** An update body. */
export type UpdateBody = z.infer<typeof updateBody>;

/** Body of POST /filings/:id/submit. */
export const submitBody = z.object({ channel: channel.optional() }).strict();

/** Body of POST /filings/:id/receive. */
export const noteBody = z.object({ note: text(2000).optional() }).strict();

/** Body of POST /filings/:id/site-visit. */
export const scheduleVisitBody = z.object({ plannedFor: day, note: text(2000).optional() }).strict();

/** Body of POST /filings/:id/site-visit/record. */
export const recordVisitBody = z.object({ visitedAt: day, notes: text(4000) }).strict();

/** Body of POST /filings/:id/accept. */
export const acceptBody = z
  .object({ reference: text(200).optional().describe('备案编号 the police give'), note: text(2000).optional() })
  .strict();

/** Body of POST /filings/:id/return. */
export const returnBody = z.object({ reasons: text(4000).describe('what to correct') }).strict();

/** Query of GET /filings. */
export const listQuery = z.object({
  orgId: z.string().min(1).max(64).optional(),
  systemId: z.string().min(1).max(64).optional(),
  status: z.enum(FILING_STATUSES).optional(),
  kind: kind.optional(),
  awaitingMe: z.enum(['true', 'false']).optional().describe('police: submitted or received filings addressed to you'),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .describe('only filings past their deadline (the compliance engine) or whose site visit is overdue'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const point = z.object({
  seq: z.number(),
  cameraId: z.string(),
  name: z.string(),
  deviceId: z.string(),
  typeZh: z.string(),
  siteName: z.string(),
  locationCategory: z.string(),
  locationZh: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  directionDeg: z.number().nullable(),
  important: z.boolean(),
  signage: z.boolean(),
  retentionDays: z.number().nullable(),
});

/** What psvis filled from the registry (src/governance/filings/content.ts). */
export const contentView = z.object({
  unit: z.object({
    id: z.string(),
    name: z.string(),
    creditCode: z.string().nullable(),
    address: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    isGovernment: z.boolean(),
    jurisdiction: z.string(),
  }),
  system: z.object({
    id: z.string(),
    name: z.string(),
    lifecycle: z.string(),
    builderName: z.string().nullable(),
    maintainerName: z.string().nullable(),
    governmentBuilt: z.boolean(),
    acceptedAt: z.string().nullable(),
    inUseAt: z.string().nullable(),
    removedAt: z.string().nullable(),
    changedAt: z.string().nullable(),
    maintenanceAgreementRef: z.string().nullable(),
  }),
  sites: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      address: z.string().nullable(),
      placeCategory: z.string(),
      placeZh: z.string(),
      isPublic: z.boolean(),
    }),
  ),
  cameras: z.object({
    total: z.number(),
    important: z.number(),
    signage: z.number(),
    byType: z.array(z.object({ typeZh: z.string(), count: z.number() })),
    byLocation: z.array(z.object({ code: z.string(), nameZh: z.string(), count: z.number() })),
  }),
  points: z.array(point).describe('点位分布'),
  retention: z.object({ floorDays: z.number(), articles: z.array(z.string()) }),
});

const finding = z.object({
  ruleId: z.string(),
  article: z.string(),
  state: z.string(),
  dueDate: z.string().nullable(),
  noteZh: z.string().nullable(),
});

/** A filing as the API shows it. */
export const filingView = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  systemId: z.string(),
  systemName: z.string(),
  kind,
  status: z.enum(FILING_STATUSES),
  channel: z.string().nullable(),
  channelZh: z.string().nullable(),
  reference: z.string().nullable(),
  changeSummary: z.string().nullable(),
  removalDate: z.string().nullable(),
  removalReason: z.string().nullable(),
  notes: z.string().nullable(),
  content: contentView.nullable().describe('null for filings recorded before the workflow'),
  filledAt: z.string().nullable(),
  terms: z.object({
    articles: z.array(z.string()),
    materials: z.array(
      z.object({
        code: z.string(),
        nameZh: z.string(),
        articles: z.array(z.string()),
        generated: z.boolean().describe('psvis draws it up from the registry (the point list)'),
        provided: z.boolean(),
      }),
    ),
    channels: z.object({ allowed: z.array(z.string()).nullable(), articles: z.array(z.string()) }),
    recipient: z.object({
      levels: z.array(z.string()).nullable(),
      nameZh: z.string().nullable(),
      article: z.string().nullable(),
      originalOffice: z.boolean(),
    }),
  }),
  materials: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      nameZh: z.string(),
      sha256: z.string(),
      bytes: z.number(),
      contentType: z.string(),
      filename: z.string().nullable(),
      uploadedBy: z.string(),
      uploadedAt: z.string(),
    }),
  ),
  recipient: z.object({ orgId: z.string(), name: z.string() }).nullable(),
  submittedAt: z.string().nullable(),
  submissions: z.number(),
  receivedAt: z.string().nullable(),
  deadline: z
    .object({ findings: z.array(finding), overdue: z.boolean() })
    .describe('the compliance engine’s findings on the duty this filing meets'),
  siteVisit: z
    .object({
      article: z.string().nullable(),
      days: z.number().nullable(),
      dueDate: z.string().nullable(),
      plannedFor: z.string().nullable(),
      visitedAt: z.string().nullable(),
      notes: z.string().nullable(),
      overdue: z.boolean(),
    })
    .describe('安徽 第十三条第二款: the police visit the site within 30 days of receipt'),
  notice: z
    .object({
      article: z.string(),
      daysBefore: z.number(),
      latestDate: z.string().nullable(),
      givenAt: z.string().nullable(),
      inTime: z.boolean().nullable(),
    })
    .nullable()
    .describe('removals under 安徽 第十五条: notice at least 10 days before'),
  decision: z.object({ at: z.string(), by: z.string(), note: z.string().nullable() }).nullable(),
  events: z.array(
    z.object({
      action: z.string(),
      at: z.string(),
      userName: z.string(),
      orgId: z.string(),
      note: z.string().nullable(),
    }),
  ),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A filing view. */
export type FilingView = z.infer<typeof filingView>;
