import type { CameraTable, JurisdictionTable, OrganizationTable, SiteTable, SystemTable } from '../db/schema.ts';
import type { CameraView, JurisdictionView, OrganizationView, SiteView, SystemView } from './schemas.ts';

// Row (snake_case, 0/1 flags) to API view (camelCase, booleans).

/** API view of a jurisdiction row. */
export const jurisdiction = (r: JurisdictionTable): JurisdictionView => ({
  id: r.id,
  name: r.name,
  level: r.level,
  parentId: r.parent_id,
  code: r.code,
  profileId: r.profile_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** API view of an organization row. */
export const organization = (r: OrganizationTable): OrganizationView => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  industry: r.industry,
  jurisdictionId: r.jurisdiction_id,
  isGovernment: r.is_government === 1,
  creditCode: r.credit_code,
  address: r.address,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** API view of a site row. */
export const site = (r: SiteTable): SiteView => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  placeCategory: r.place_category,
  address: r.address,
  latitude: r.latitude,
  longitude: r.longitude,
  isPublic: r.is_public === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** API view of a system row. */
export const system = (r: SystemTable): SystemView => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  builderOrgId: r.builder_org_id,
  maintainerOrgId: r.maintainer_org_id,
  governmentBuilt: r.government_built === 1,
  lifecycle: r.lifecycle,
  plannedAt: r.planned_at,
  builtAt: r.built_at,
  acceptedAt: r.accepted_at,
  inUseAt: r.in_use_at,
  removedAt: r.removed_at,
  changedAt: r.changed_at,
  maintenanceAgreementRef: r.maintenance_agreement_ref,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** API view of a camera row. */
export const camera = (r: CameraTable): CameraView => ({
  id: r.id,
  orgId: r.org_id,
  systemId: r.system_id,
  siteId: r.site_id,
  name: r.name,
  deviceId: r.device_id,
  locationCategory: r.location_category,
  mainStreamUrl: r.main_stream_url,
  subStreamUrl: r.sub_stream_url,
  important: r.important === 1,
  signage: r.signage === 1,
  latitude: r.latitude,
  longitude: r.longitude,
  directionDeg: r.direction_deg,
  enabled: r.enabled === 1,
  retentionDays: r.retention_days,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
