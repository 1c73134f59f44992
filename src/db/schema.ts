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
  /** Last change to the system's cameras (added, removed, moved): starts re-filing clocks. */
  changed_at: string | null;
  /** Reference of the written maintenance agreement when maintenance is outsourced. */
  maintenance_agreement_ref: string | null;
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

export interface FilingTable {
  id: string;
  system_id: string;
  org_id: string;
  /** first | change | removal | pre_existing */
  kind: string;
  submitted_at: string | null;
  /** For removals: when the police were told in advance (安徽 第十五条). */
  notice_given_at: string | null;
  reference: string | null;
  channel: string | null;
  created_by: string;
  created_at: string;
}

export interface TrainingRecordTable {
  id: string;
  org_id: string;
  held_at: string;
  topic: string;
  attendees: number;
  evidence_ref: string | null;
  created_by: string;
  created_at: string;
}

export interface AdvisoryMarkTable {
  id: string;
  org_id: string;
  rule_id: string;
  done_at: string;
  evidence_ref: string;
  created_by: string;
  created_at: string;
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
  filings: FilingTable;
  training_records: TrainingRecordTable;
  advisory_marks: AdvisoryMarkTable;
  recording_segments: RecordingSegmentTable;
  recording_gaps: RecordingGapTable;
  holds: HoldTable;
  access_register: AccessRegisterTable;
  evidence_exports: EvidenceExportTable;
}

/** One fMP4 file of one camera: a link in that camera's hash chain. */
export interface RecordingSegmentTable {
  id: string;
  camera_id: string;
  /** Position in the camera's chain, from 1. */
  seq: number;
  /** The recorder node that wrote the file. */
  node: string;
  /** Relative to the recordings directory: <camera>/<YYYY-MM-DD>/<YYYYMMDDTHHMMSSmmmZ>.mp4 */
  path: string;
  start_time: string;
  end_time: string;
  duration_ms: number;
  bytes: number;
  frames: number;
  /** Compact JSON [[offsetBytes, startMsFromSegmentStart, keyframe 0/1], ...]: playback seeks to keyframe fragments. */
  fragments: string;
  /** SHA-256 of the file, computed while writing. */
  sha256: string;
  /** The camera's previous segment's sha256 (zeros for the first). */
  prev_sha256: string;
  /** SHA-256 over the previous chain_hash and this row's fields, so an edited row breaks the chain. */
  chain_hash: string;
  /** sealed | recovered */
  status: string;
  created_at: string;
  /** Set when the retention sweeper deleted the file; the row stays as a tombstone so the chain verifies. */
  deleted_at: string | null;
}

/** A stretch of wall time a camera has no footage for, and why. */
export interface RecordingGapTable {
  id: string;
  camera_id: string;
  start_time: string;
  end_time: string;
  /** offline | overrun | disk_full | paused | crash | stall */
  cause: string;
  /** Canonical JSON. */
  details: string;
  created_at: string;
}

/** A hold pins a camera's footage in a time range past its retention floor until released. */
export interface HoldTable {
  id: string;
  camera_id: string;
  start_time: string;
  end_time: string;
  /** case | important | legal_order */
  kind: string;
  /** Case number, order number or other reference. */
  reference: string;
  reason: string;
  created_by: string;
  created_at: string;
  released_at: string | null;
  released_by: string | null;
}

/** One view, playback, snapshot or export of footage (国家 第十六条(三); 安徽 第十七条(二); 腾冲 第二十四条(四)). */
export interface AccessRegisterTable {
  id: string;
  time: string;
  actor_user_id: string;
  actor_display_name: string;
  actor_org_id: string;
  actor_org_name: string;
  /** view_live | playback | snapshot | export */
  action: string;
  camera_id: string;
  range_from: string | null;
  range_to: string | null;
  /** 事由 / 用途 as the user gave it. */
  purpose: string | null;
  /** 去向: where an exported copy goes. */
  destination: string | null;
  requesting_unit: string | null;
  case_no: string | null;
  /** The approved access request (governance), when there is one. */
  access_request_id: string | null;
  started_at: string | null;
  ended_at: string | null;
  export_id: string | null;
  /** Canonical JSON. */
  details: string;
}

/** An evidence export job and, once done, its package's hashes. */
export interface EvidenceExportTable {
  id: string;
  camera_id: string;
  actor_user_id: string;
  actor_org_id: string;
  range_from: string;
  range_to: string;
  purpose: string;
  destination: string;
  case_no: string | null;
  requesting_unit: string | null;
  register_id: string;
  /** running | done | failed */
  status: string;
  bytes_total: number;
  bytes_done: number;
  zip_bytes: number | null;
  zip_sha256: string | null;
  footage_sha256: string | null;
  error: string | null;
  created_at: string;
  finished_at: string | null;
}
