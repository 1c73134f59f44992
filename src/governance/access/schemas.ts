// Request and response bodies of the access-request API: the routes validate with them and the
// OpenAPI document (and the console's types) come from them.
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });
const line = (max: number) => z.string().trim().min(1).max(max);

/** Requesters an authority's request may name (a citizen's request is its own type). */
export const AUTHORITY_REQUESTERS = ['police', 'state_security', 'other_department', 'emergency'] as const;
/** Accesses to footage: 查阅, 复制, 调取. */
export const FOOTAGE_ACCESS_KINDS = ['view', 'copy', 'retrieve'] as const;
/** Credentials officers show: 工作证件, 执法证件. */
export const CREDENTIAL_KINDS = ['work_id', 'law_enforcement_id'] as const;
/** Who a citizen is to the person in the footage (国家 第二十一条). */
export const CITIZEN_RELATIONS = ['self', 'close_relative', 'guardian', 'carer', 'custodian'] as const;
/** Request states. */
export const REQUEST_STATUSES = ['pending', 'approved', 'refused', 'revoked'] as const;
/** Request types. */
export const REQUEST_TYPES = ['footage', 'direct_connection', 'citizen'] as const;

const officer = z
  .object({
    username: line(100).describe('a psvis user of the requesting organ (police_officer or regulator)'),
    credentialKind: z.enum(CREDENTIAL_KINDS).describe('工作证件 (work_id) or 执法证件 (law_enforcement_id)'),
    credentialNo: line(64),
  })
  .strict();

const footageItem = z.object({ cameraId: line(64), from: instant, to: instant }).strict();

/** Body of POST /access-requests for footage (查阅/复制/调取) by an authority. */
export const footageRequestBody = z
  .object({
    type: z.literal('footage'),
    requesterKind: z.enum(AUTHORITY_REQUESTERS),
    accessKind: z.enum(FOOTAGE_ACCESS_KINDS),
    legalBasis: line(500).describe('the law and article the organ acts under'),
    purpose: line(2000).describe('事由/用途'),
    caseNo: line(100).optional(),
    destination: line(500).optional().describe('去向 of copies; required for copy and retrieve'),
    certificateRef: line(200).optional().describe('number of the organ’s own letter (本机关/单位证明文件)'),
    items: z.array(footageItem).min(1).max(50),
    officers: z.array(officer).min(1).max(10),
    validUntil: instant.optional().describe('end of the grant asked for; the approver may shorten it'),
  })
  .strict();

/** Body of POST /access-requests to connect to or use a unit's system (安徽 第二十条, 辽宁 第十七条). */
export const directConnectionBody = z
  .object({
    type: z.literal('direct_connection'),
    requesterKind: z.enum(['police', 'state_security']),
    legalBasis: line(500),
    purpose: line(2000),
    caseNo: line(100).optional(),
    certificateRef: line(200).optional(),
    cameraIds: z.array(line(64)).min(1).max(200),
    officers: z.array(officer).min(1).max(10),
    validUntil: instant.optional(),
  })
  .strict();

/** Body of POST /access-requests a unit records for a citizen asking to view footage of a person (国家 第二十一条). */
export const citizenRequestBody = z
  .object({
    type: z.literal('citizen'),
    citizen: z
      .object({
        name: line(100),
        idType: z.enum(['resident_id', 'passport', 'other']),
        idNumber: line(64),
        relation: z.enum(CITIZEN_RELATIONS),
        subjectName: line(100).optional().describe('the person in the footage, when not the citizen'),
        reason: z.enum(['life_health', 'property']).describe('为保护生命健康 / 财产安全'),
        contact: line(100).optional(),
      })
      .strict(),
    purpose: line(2000),
    items: z.array(footageItem).min(1).max(20),
    validUntil: instant.optional(),
  })
  .strict();

/** Body of POST /access-requests. */
export const createBody = z.discriminatedUnion('type', [footageRequestBody, directConnectionBody, citizenRequestBody]);
/** A create body. */
export type CreateBody = z.infer<typeof createBody>;

/** Body of POST /access-requests/:id/approve. */
export const approveBody = z
  .object({
    document: z
      .object({ number: line(100), issuer: line(200), date: z.iso.date() })
      .strict()
      .describe('the approval document (批准文件)'),
    validUntil: instant.optional(),
    note: line(2000).optional(),
  })
  .strict();
/** An approve body. */
export type ApproveBody = z.infer<typeof approveBody>;

/** Body of POST /access-requests/:id/consent (a unit agreeing to a citizen's request). */
export const consentBody = z.object({ validUntil: instant.optional(), note: line(2000).optional() }).strict();
/** A consent body. */
export type ConsentBody = z.infer<typeof consentBody>;

/** Body of refuse and revoke: the reasons. */
export const reasonBody = z.object({ reason: line(2000) }).strict();

/** Body of POST /access-requests/:id/sittings. */
export const sittingBody = z
  .object({
    partner: z
      .object({ username: line(100), password: z.string().min(1).max(256) })
      .strict()
      .optional()
      .describe('the second named officer confirms with their own password'),
    unitHandler: line(100).optional().describe('the unit’s staff member handing over the footage (录制人员)'),
    identityChecked: z.boolean().optional().describe('citizen requests: the unit checked the citizen’s identity'),
  })
  .strict();
/** A sitting body. */
export type SittingBody = z.infer<typeof sittingBody>;

/** Query of GET /access-requests. */
export const listQuery = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  type: z.enum(REQUEST_TYPES).optional(),
  awaitingMe: z.enum(['true', 'false']).optional().describe('only pending requests routed to you'),
  emergencyUnapproved: z.enum(['true', 'false']).optional().describe('only emergencies still awaiting approval'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const orgRef = z.object({ id: z.string(), name: z.string() });

/** An access request as the API shows it. */
export const requestView = z.object({
  id: z.string(),
  type: z.enum(REQUEST_TYPES),
  status: z.enum(REQUEST_STATUSES),
  requesterKind: z.string(),
  accessKind: z.string(),
  requestingOrg: orgRef.nullable(),
  requestingUnit: z.string(),
  unitOrg: orgRef,
  legalBasis: z.string().nullable(),
  purpose: z.string(),
  caseNo: z.string().nullable(),
  destination: z.string().nullable(),
  certificateRef: z.string().nullable(),
  items: z.array(
    z.object({ cameraId: z.string(), cameraName: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
  ),
  officers: z.array(
    z.object({
      userId: z.string(),
      username: z.string(),
      name: z.string(),
      credentialKind: z.string(),
      credentialNo: z.string(),
    }),
  ),
  citizen: z.record(z.string(), z.unknown()).nullable(),
  route: z.object({
    article: z.string(),
    profileId: z.string(),
    approval: z.string(),
    approvalZh: z.string(),
    approveAfter: z.boolean(),
    role: z.string().nullable(),
    levels: z.array(z.string()).nullable(),
    organizations: z.array(z.object({ id: z.string(), name: z.string(), level: z.string().nullable() })),
    approvers: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  }),
  persons: z.object({
    minPersons: z.number(),
    articles: z.array(z.string()),
    credentials: z.array(z.string()).nullable(),
    credentialArticles: z.array(z.string()),
  }),
  emergency: z.boolean(),
  emergencyUnapproved: z.boolean(),
  active: z.boolean(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  decision: z
    .object({
      byUserId: z.string(),
      byName: z.string(),
      orgId: z.string().nullable(),
      at: z.string(),
      note: z.string().nullable(),
    })
    .nullable(),
  document: z
    .object({
      number: z.string().nullable(),
      issuer: z.string().nullable(),
      date: z.string().nullable(),
      scan: z
        .object({ sha256: z.string(), bytes: z.number(), contentType: z.string(), filename: z.string().nullable() })
        .nullable(),
    })
    .nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A request view. */
export type RequestView = z.infer<typeof requestView>;

/** A sitting as the API shows it. */
export const sittingView = z.object({
  id: z.string(),
  requestId: z.string(),
  openedBy: z.string(),
  partnerUserId: z.string().nullable(),
  unitHandler: z.string().nullable(),
  openedAt: z.string(),
  expiresAt: z.string(),
  closedAt: z.string().nullable(),
});
/** A sitting view. */
export type SittingView = z.infer<typeof sittingView>;

/** The register of one request: what a printed register form (登记表) is built from. */
export const registerSheet = z.object({
  request: requestView,
  fields: z.array(z.object({ field: z.string(), labelZh: z.string(), articles: z.array(z.string()) })),
  rows: z.array(
    z.object({
      id: z.string(),
      time: z.string(),
      action: z.string(),
      cameraId: z.string(),
      cameraName: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      actor: z.object({ userId: z.string(), displayName: z.string(), orgName: z.string() }),
      accessorNames: z.array(z.string()),
      requestingUnit: z.string().nullable(),
      caseNo: z.string().nullable(),
      purpose: z.string().nullable(),
      destination: z.string().nullable(),
      recordedBy: z.string().nullable(),
      exportId: z.string().nullable(),
      startedAt: z.string().nullable(),
      endedAt: z.string().nullable(),
      /** Every register field of `fields`, as one printable value. */
      values: z.record(z.string(), z.string()),
    }),
  ),
});
/** A register sheet. */
export type RegisterSheet = z.infer<typeof registerSheet>;
