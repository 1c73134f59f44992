import { z } from 'zod';
import { ORG_KINDS } from '../identity/roles.ts';

// Request and response bodies of the registry API, in one place: the routes validate with them,
// the OpenAPI document is generated from them, and the console's types will come from that.

const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date()).describe('ISO 8601 date or date-time');
const name = z.string().trim().min(1).max(200);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const latitude = z.number().min(-90).max(90).nullable().optional();
const longitude = z.number().min(-180).max(180).nullable().optional();

/** Jurisdiction levels, top to bottom. */
export const JURISDICTION_LEVELS = ['province', 'city', 'district', 'police_station'] as const;
/** System lifecycle steps, in order (DESIGN.md registry). */
export const LIFECYCLE = ['planned', 'built', 'accepted', 'in_use', 'removed'] as const;

/** Body of POST /jurisdictions. */
export const jurisdictionCreate = z
  .object({
    name,
    level: z.enum(JURISDICTION_LEVELS),
    parentId: z.string().nullable().optional(),
    code: optText(32),
    profileId: z.string().trim().max(64).nullable().optional().describe('regulation profile id, e.g. liaoning-2008'),
  })
  .strict();
/** Body of PATCH /jurisdictions/:id. */
export const jurisdictionUpdate = jurisdictionCreate.partial().strict();
/** A jurisdiction. */
export const jurisdictionView = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  parentId: z.string().nullable(),
  code: z.string().nullable(),
  profileId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Body of POST /organizations. */
export const organizationCreate = z
  .object({
    name,
    kind: z.enum(ORG_KINDS),
    industry: optText(64),
    jurisdictionId: z.string().nullable().optional(),
    isGovernment: z.boolean().optional(),
    creditCode: optText(32).describe('统一社会信用代码'),
    address: optText(300),
    contactName: optText(100),
    contactPhone: optText(40),
  })
  .strict();
/** Body of PATCH /organizations/:id. */
export const organizationUpdate = organizationCreate.partial().strict();
/** An organization. */
export const organizationView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  industry: z.string().nullable(),
  jurisdictionId: z.string().nullable(),
  isGovernment: z.boolean(),
  creditCode: z.string().nullable(),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Body of POST /sites. */
export const siteCreate = z
  .object({
    orgId: z.string().optional().describe("defaults to the caller's organization"),
    name,
    placeCategory: z.string().trim().min(1).max(64).describe('place category code (GET /categories)'),
    address: optText(300),
    latitude,
    longitude,
    isPublic: z.boolean().optional().describe('公共场所 (true) or non-public place (false)'),
  })
  .strict();
/** Body of PATCH /sites/:id. */
export const siteUpdate = siteCreate.omit({ orgId: true }).partial().strict();
/** A site. */
export const siteView = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  placeCategory: z.string(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  isPublic: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Body of POST /systems. */
export const systemCreate = z
  .object({
    orgId: z.string().optional().describe("defaults to the caller's organization"),
    name,
    builderOrgId: z.string().nullable().optional(),
    maintainerOrgId: z.string().nullable().optional(),
    maintenanceAgreementRef: optText(200).describe('written maintenance agreement (国家 第十五条第二款)'),
    governmentBuilt: z.boolean().optional(),
    lifecycle: z.enum(LIFECYCLE).optional(),
    plannedAt: isoDate.nullable().optional(),
    builtAt: isoDate.nullable().optional(),
    acceptedAt: isoDate.nullable().optional(),
    inUseAt: isoDate.nullable().optional(),
    removedAt: isoDate.nullable().optional(),
  })
  .strict();
/** Body of PATCH /systems/:id. */
export const systemUpdate = systemCreate.omit({ orgId: true }).partial().strict();
/** A video system. */
export const systemView = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  builderOrgId: z.string().nullable(),
  maintainerOrgId: z.string().nullable(),
  governmentBuilt: z.boolean(),
  lifecycle: z.string(),
  plannedAt: z.string().nullable(),
  builtAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  inUseAt: z.string().nullable(),
  removedAt: z.string().nullable(),
  changedAt: z.string().nullable().describe('last camera added, removed or moved'),
  maintenanceAgreementRef: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const streamUrl = z
  .string()
  .trim()
  .max(1000)
  .regex(/^(rtsp|rtsps|http|https):\/\//, 'an rtsp://, rtsps://, http:// or https:// URL')
  .nullable()
  .optional();

/** Body of POST /cameras. */
export const cameraCreate = z
  .object({
    systemId: z.string(),
    siteId: z.string(),
    name,
    deviceId: z.string().trim().describe('GB/T 28181 20-digit device ID, type code 131 or 132'),
    locationCategory: z.string().trim().min(1).max(64).describe('location category code (GET /categories)'),
    mainStreamUrl: streamUrl,
    subStreamUrl: streamUrl,
    important: z.boolean().optional().describe('重要部位'),
    signage: z.boolean().optional().describe('提示标识 put up'),
    latitude,
    longitude,
    directionDeg: z.number().min(0).max(360).nullable().optional(),
    enabled: z.boolean().optional(),
    retentionDays: z.number().int().min(1).max(3650).nullable().optional(),
  })
  .strict();
/** Body of PATCH /cameras/:id. */
export const cameraUpdate = cameraCreate.omit({ systemId: true }).partial().strict();
/** A camera. */
export const cameraView = z.object({
  id: z.string(),
  orgId: z.string(),
  systemId: z.string(),
  siteId: z.string(),
  name: z.string(),
  deviceId: z.string(),
  locationCategory: z.string(),
  mainStreamUrl: z.string().nullable(),
  subStreamUrl: z.string().nullable(),
  important: z.boolean(),
  signage: z.boolean(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  directionDeg: z.number().nullable(),
  enabled: z.boolean(),
  retentionDays: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Cursor pagination: ids are time-ordered, so the cursor is the last id seen. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
  q: z.string().trim().max(100).optional().describe('name contains'),
});

/** Filters per collection (all optional, combined with AND). */
export const filters = {
  jurisdictions: pageQuery.extend({ parentId: z.string().optional(), level: z.enum(JURISDICTION_LEVELS).optional() }),
  organizations: pageQuery.extend({
    kind: z.enum(ORG_KINDS).optional(),
    jurisdictionId: z.string().optional(),
    industry: z.string().optional(),
  }),
  sites: pageQuery.extend({ orgId: z.string().optional(), placeCategory: z.string().optional() }),
  systems: pageQuery.extend({ orgId: z.string().optional(), lifecycle: z.enum(LIFECYCLE).optional() }),
  cameras: pageQuery.extend({
    orgId: z.string().optional(),
    systemId: z.string().optional(),
    siteId: z.string().optional(),
    locationCategory: z.string().optional(),
    enabled: z.enum(['true', 'false']).optional(),
  }),
} as const;

/** A page of a collection. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export type JurisdictionCreate = z.infer<typeof jurisdictionCreate>;
export type JurisdictionUpdate = z.infer<typeof jurisdictionUpdate>;
export type JurisdictionView = z.infer<typeof jurisdictionView>;
export type OrganizationCreate = z.infer<typeof organizationCreate>;
export type OrganizationUpdate = z.infer<typeof organizationUpdate>;
export type OrganizationView = z.infer<typeof organizationView>;
export type SiteCreate = z.infer<typeof siteCreate>;
export type SiteUpdate = z.infer<typeof siteUpdate>;
export type SiteView = z.infer<typeof siteView>;
export type SystemCreate = z.infer<typeof systemCreate>;
export type SystemUpdate = z.infer<typeof systemUpdate>;
export type SystemView = z.infer<typeof systemView>;
export type CameraCreate = z.infer<typeof cameraCreate>;
export type CameraUpdate = z.infer<typeof cameraUpdate>;
export type CameraView = z.infer<typeof cameraView>;
export type PageQuery = z.infer<typeof pageQuery>;
