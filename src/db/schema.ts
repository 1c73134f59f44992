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
  /** draft | submitted | received | accepted | returned (0007; rows recorded before are submitted). */
  status: string;
  /** JSON FilingContent: what psvis filled from the registry (unit, locations, cameras, point list, retention). */
  content: string | null;
  filled_at: string | null;
  /** JSON: the filing articles in force and what they ask (materials, channels, recipient, site visit). */
  terms: string | null;
  /** The police organization the filing goes to. */
  recipient_org_id: string | null;
  change_summary: string | null;
  /** Removals: the day the system is (to be) removed (安徽 第十五条: notice 10 days before). */
  removal_date: string | null;
  removal_reason: string | null;
  notes: string | null;
  received_at: string | null;
  received_by: string | null;
  /** The site visit's planned day (安徽 第十三条第二款: within 30 days of receipt). */
  visit_planned_for: string | null;
  visit_scheduled_by: string | null;
  visited_at: string | null;
  visit_notes: string | null;
  decided_at: string | null;
  decided_by: string | null;
  decision_note: string | null;
  updated_at: string | null;
  /** How many times the unit submitted it (a returned filing is corrected and resubmitted). */
  submissions: number | null;
}

/** A material a filing carries (设计方案, 技术检测, 验收材料, 图纸…), kept by its SHA-256. */
export interface FilingMaterialTable {
  id: string;
  filing_id: string;
  kind: string;
  sha256: string;
  bytes: number;
  content_type: string;
  filename: string | null;
  uploaded_by: string;
  uploaded_at: string;
  removed_at: string | null;
}

/** One step of a filing's way through the police office, with its note. */
export interface FilingEventTable {
  id: string;
  filing_id: string;
  /** Order within the filing. */
  seq: number;
  action: string;
  at: string;
  user_id: string;
  user_name: string;
  org_id: string;
  note: string | null;
}

/** A suspicious-information report (可疑信息报告) from the live wall or playback. */
export interface SuspiciousReportTable {
  id: string;
  org_id: string;
  camera_id: string;
  camera_name: string;
  /** live | playback */
  source: string;
  occurred_at: string;
  description: string;
  /** JSON arrays of organization ids. */
  police_org_ids: string;
  regulator_org_ids: string;
  /** JSON: the reporting articles in force. */
  basis: string;
  hold_id: string | null;
  /** reported | acknowledged | handled */
  status: string;
  reported_by: string;
  reported_by_name: string;
  reported_at: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  handled_by: string | null;
  handled_at: string | null;
  updated_at: string;
}

/** A note on a report, and the state it moved the report to. */
export interface SuspiciousReportNoteTable {
  id: string;
  report_id: string;
  /** Order within the report. */
  seq: number;
  at: string;
  user_id: string;
  user_name: string;
  org_id: string;
  status: string | null;
  note: string;
}

/** A duty shift of monitoring staff (值班记录). */
export interface DutyLogTable {
  id: string;
  org_id: string;
  site_id: string | null;
  /** JSON array of names. */
  staff: string;
  from_at: string;
  to_at: string;
  notes: string | null;
  /** JSON array of { at, text, cameraId?, reportId? }. */
  events: string;
  created_by: string;
  created_at: string;
}

/** A camera fault and its repair. */
export interface FaultTicketTable {
  id: string;
  org_id: string;
  camera_id: string;
  camera_name: string;
  description: string;
  /** open | repaired */
  state: string;
  opened_at: string;
  opened_by: string;
  temporary_measure: string | null;
  repaired_at: string | null;
  repaired_by: string | null;
  repair_note: string | null;
  updated_at: string;
}

/** A maintenance record of a system (periodic check, repair, upgrade). */
export interface MaintenanceRecordTable {
  id: string;
  org_id: string;
  system_id: string;
  camera_id: string | null;
  fault_ticket_id: string | null;
  /** periodic_check | repair | upgrade | other */
  kind: string;
  performed_at: string;
  performed_by: string;
  description: string;
  agreement_id: string | null;
  created_by: string;
  created_at: string;
}

/** An outsourced maintenance or operation agreement with its clauses (国家 第十五条第二款). */
export interface OutsourcingAgreementTable {
  id: string;
  org_id: string;
  /** maintenance | operation | maintenance_and_operation */
  kind: string;
  contractor_name: string;
  contractor_org_id: string | null;
  reference: string;
  signed_at: string;
  valid_from: string;
  valid_until: string | null;
  /** JSON arrays. */
  system_ids: string;
  clauses: string;
  clause_text: string | null;
  terminated_at: string | null;
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
  /** JSON array of kinds (job_skills, confidentiality, security, vetting); null before 0007. */
  kinds: string | null;
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
  recording_pending_unlinks: RecordingPendingUnlinkTable;
  holds: HoldTable;
  access_register: AccessRegisterTable;
  access_requests: AccessRequestTable;
  access_request_items: AccessRequestItemTable;
  access_request_officers: AccessRequestOfficerTable;
  access_sittings: AccessSittingTable;
  evidence_exports: EvidenceExportTable;
  inspections: InspectionTable;
  inspection_items: InspectionItemTable;
  rectification_orders: RectificationOrderTable;
  penalty_decisions: PenaltyDecisionTable;
  filing_materials: FilingMaterialTable;
  filing_events: FilingEventTable;
  suspicious_reports: SuspiciousReportTable;
  suspicious_report_notes: SuspiciousReportNoteTable;
  duty_logs: DutyLogTable;
  fault_tickets: FaultTicketTable;
  maintenance_records: MaintenanceRecordTable;
  outsourcing_agreements: OutsourcingAgreementTable;
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

/** A swept segment whose file is still to be removed (0008); the row goes once the file is gone. */
export interface RecordingPendingUnlinkTable {
  /** The tombstoned recording_segments row. */
  segment_id: string;
  /** When the segment was tombstoned (its deleted_at). */
  queued_at: string;
  /** Failed unlinks so far. */
  attempts: number;
  last_attempt_at: string | null;
  /** The last failure's errno code (EBUSY, EACCES, ...). */
  last_error: string | null;
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
  /** When the hold ends (国家 第十七条: every hold names its end); null only for holds placed before 0006. */
  until: string | null;
  /** Role and organization of who placed it: release needs the approving role of that side. */
  placed_by_role: string | null;
  placed_by_org_id: string | null;
  /** Why it was released (purpose served), or that it expired. */
  release_reason: string | null;
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
  /** JSON array of everyone who took part (both officers; a citizen and the unit's handler); null: the actor alone. */
  accessor_names: string | null;
  /** 录制人员 (腾冲 第二十四条(四), 辽宁 第十四条(四)): who recorded or handed over the footage. */
  recorded_by: string | null;
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

/** An inspection (监督检查) of a unit by the police or a regulator. */
export interface InspectionTable {
  id: string;
  /** The inspected unit. */
  org_id: string;
  inspector_org_id: string;
  /** routine | special | reinspection */
  kind: string;
  /** The rectification order a re-inspection follows up. */
  order_id: string | null;
  /** YYYY-MM-DD (Beijing date). */
  planned_for: string;
  /** The instant whose rules the checklist follows. */
  as_of: string;
  /** JSON array: the profiles in force on as_of. */
  profile_ids: string;
  /** JSON array: the supervision articles the inspection rests on. */
  basis: string;
  /** JSON array of the inspectors' names. */
  inspectors: string;
  notes: string | null;
  /** planned | completed */
  status: string;
  summary: string | null;
  created_by: string;
  created_at: string;
  completed_by: string | null;
  completed_at: string | null;
}

/** One checklist line: a rule in force, what psvis knew of it, and the inspector's result. */
export interface InspectionItemTable {
  id: string;
  inspection_id: string;
  seq: number;
  /** construction | upgrade | operation | filing | other (腾冲 第二十八条(一)–(五)). */
  heading: string;
  rule_id: string;
  article: string;
  title_zh: string;
  title_en: string;
  penalty_article: string | null;
  /** A finding state, or not_known / not_applicable. */
  prefill_state: string;
  /** Canonical JSON: the facts psvis had. */
  prefill: string;
  /** compliant | non_compliant | not_applicable */
  result: string | null;
  result_note: string | null;
  recorded_by: string | null;
  recorded_at: string | null;
}

/** An order to correct by a deadline (责令限期改正). */
export interface RectificationOrderTable {
  id: string;
  org_id: string;
  inspection_id: string;
  document_no: string | null;
  /** JSON array of the items to correct: rule, article, title, note, penalty article. */
  items: string;
  /** Last day to correct, YYYY-MM-DD. */
  deadline: string;
  note: string | null;
  /** open | rectified | escalated */
  status: string;
  issuer_org_id: string;
  issued_by: string;
  issued_at: string;
  closed_at: string | null;
  closed_by_inspection_id: string | null;
}

/** A penalty decision: the article, the offender and an amount inside the article's range. */
export interface PenaltyDecisionTable {
  id: string;
  org_id: string;
  order_id: string | null;
  document_no: string | null;
  article: string;
  /** The article's trigger (并处, 逾期不改正, 拒不改正…). */
  trigger: string;
  /** unit | individual | person_in_charge */
  offender_kind: string;
  offender_name: string;
  tier: string | null;
  amount_yuan: number | null;
  warning: Flag;
  /** JSON array of other measures in the text's words. */
  other_measures: string;
  facts: string;
  serious_consequences: string | null;
  /** YYYY-MM-DD: the rules in force that day apply. */
  offence_date: string;
  decider_org_id: string;
  decided_by: string;
  decided_at: string;
}

/** A request to view, copy or retrieve footage, to connect to a unit's system, or a citizen's request to view. */
export interface AccessRequestTable {
  id: string;
  /** footage | direct_connection | citizen */
  type: string;
  /** pending | approved | refused | revoked */
  status: string;
  /** police | state_security | other_department | emergency | citizen */
  requester_kind: string;
  /** The requesting organ; null for a citizen. */
  requesting_org_id: string | null;
  /** The organ's name, or the citizen's, as registered. */
  requesting_unit: string;
  /** The unit whose footage or system it is. */
  unit_org_id: string;
  /** view | copy | retrieve | connect */
  access_kind: string;
  legal_basis: string | null;
  purpose: string;
  case_no: string | null;
  /** 去向 of copies. */
  destination: string | null;
  /** The requesting organ's own letter (本机关证明文件, 单位证明文件). */
  certificate_ref: string | null;
  /** A 突发事件: may start before approval where the route allows it. */
  emergency: Flag;
  /** Canonical JSON of a citizen's particulars; null otherwise. */
  citizen: string | null;
  /** JSON array: the profiles in force for the unit when the request was made. */
  profile_ids: string;
  /** Canonical JSON of the approval route (article, approval, levels, profile). */
  route: string;
  /** police_approver | unit_manager; null when nobody approves. */
  approver_role: string | null;
  /** JSON array of the organizations whose approver the request is routed to. */
  approver_org_ids: string;
  /** Canonical JSON: minimum officers, credentials and the articles setting them. */
  persons: string;
  requested_until: string | null;
  valid_from: string | null;
  valid_until: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_org_id: string | null;
  decided_at: string | null;
  /** The approval note, or the reasons for a refusal or revocation. */
  decision_note: string | null;
  /** The approval document (批准文件): number, issuer, date, and the scan's hash. */
  doc_number: string | null;
  doc_issuer: string | null;
  doc_date: string | null;
  scan_sha256: string | null;
  scan_bytes: number | null;
  scan_content_type: string | null;
  scan_filename: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A camera (and, for footage, a range) an access request covers. */
export interface AccessRequestItemTable {
  request_id: string;
  seq: number;
  camera_id: string;
  camera_name: string;
  range_from: string | null;
  range_to: string | null;
}

/** An officer an access request names, with the credential shown (工作证件 / 执法证件). */
export interface AccessRequestOfficerTable {
  request_id: string;
  seq: number;
  user_id: string;
  username: string;
  name: string;
  /** work_id | law_enforcement_id */
  credential_kind: string;
  credential_no: string;
}

/** A sitting: two named officers (or a unit's handler with a citizen) acting under a grant in one session. */
export interface AccessSittingTable {
  id: string;
  request_id: string;
  opened_by: string;
  partner_user_id: string | null;
  /** SHA-256 of the session cookie the sitting was opened in. */
  binding: string;
  unit_handler: string | null;
  opened_at: string;
  expires_at: string;
  closed_at: string | null;
  close_reason: string | null;
}
