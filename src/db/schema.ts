// One schema for SQLite and PostgreSQL. Times are ISO 8601 UTC text (sortable, identical on both);
// booleans are 0/1 integers (SQLite has no boolean); ids are time-ordered UUIDv7 text, so id order
// is creation order and serves as the pagination cursor.

/** 0 or 1: booleans stored the same way on both databases. */
export type Flag = 0 | 1;

export interface JurisdictionTable {
  id: string;
  parent_id: string | null;
  name: string;
  /** province | city | district | police_station */
  level: string;
  /** Administrative division code (GB/T 2260) or police unit code, when known. */
  code: string | null;
  /** Regulation profile id (e.g. liaoning-2008); national-2025 applies everywhere regardless. */
  profile_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrganizationTable {
  id: string;
  name: string;
  /** unit | builder | maintainer | police | state_security | regulator */
  kind: string;
  industry: string | null;
  jurisdiction_id: string | null;
  is_government: Flag;
  credit_code: string | null;
  address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  created_at: string;
  updated_at: string;
}

export interface SiteTable {
  id: string;
  org_id: string;
  name: string;
  place_category: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  is_public: Flag;
  created_at: string;
  updated_at: string;
}

export interface SystemTable {
  id: string;
  org_id: string;
  name: string;
  builder_org_id: string | null;
  maintainer_org_id: string | null;
  government_built: Flag;
  /** planned | built | accepted | in_use | removed */
  lifecycle: string;
  planned_at: string | null;
  built_at: string | null;
  accepted_at: string | null;
  in_use_at: string | null;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CameraTable {
  id: string;
  /** Owning organization, copied from the system so scoped queries need no join. */
  org_id: string;
  system_id: string;
  site_id: string;
  name: string;
  /** GB/T 28181 20-digit device ID. */
  device_id: string;
  location_category: string;
  main_stream_url: string | null;
  sub_stream_url: string | null;
  important: Flag;
  signage: Flag;
  latitude: number | null;
  longitude: number | null;
  direction_deg: number | null;
  enabled: Flag;
  /** The unit's own retention setting in days; the effective floor is the stricter of this and the profile. */
  retention_days: number | null;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  org_id: string;
  role: string;
  password_hash: string;
  disabled: Flag;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a leaked table does not yield usable cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface AuditEventTable {
  seq: number;
  time: string;
  actor_user_id: string | null;
  actor_org_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** Canonical JSON (sorted keys) of the event's details. */
  details: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface AuditCheckpointTable {
  seq: number;
  hash: string;
  signed_at: string;
  key_id: string;
  signature: string;
}

/** The whole database as Kysely sees it. */
export interface Database {
  jurisdictions: JurisdictionTable;
  organizations: OrganizationTable;
  sites: SiteTable;
  systems: SystemTable;
  cameras: CameraTable;
  users: UserTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_head: AuditHeadTable;
  audit_checkpoints: AuditCheckpointTable;
}
