import type { Kysely } from 'kysely';

// Footage access by the police and other organs (查阅、复制、调取), direct connection to a unit's
// system (安徽 第二十条, 辽宁 第十七条) and citizens' requests (国家 第二十一条): the request, its
// cameras and ranges, its named officers, and the sittings in which two officers act together.
// The access register gains the names of everyone who took part and who recorded the footage
// (腾冲 第二十四条(四), 辽宁 第十四条(四): 录制人员).

/** Creates access_requests, access_request_items, access_request_officers, access_sittings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // footage | direct_connection | citizen
    .addColumn('type', 'text', (c) => c.notNull())
    // pending | approved | refused | revoked
    .addColumn('status', 'text', (c) => c.notNull())
    // police | state_security | other_department | emergency | citizen
    .addColumn('requester_kind', 'text', (c) => c.notNull())
    .addColumn('requesting_org_id', 'text', (c) => c.references('organizations.id'))
    // The organ's name (or the citizen's), copied so the register reads right after renames.
    .addColumn('requesting_unit', 'text', (c) => c.notNull())
    .addColumn('unit_org_id', 'text', (c) => c.notNull().references('organizations.id'))
    // view | copy | retrieve | connect
    .addColumn('access_kind', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('case_no', 'text')
    .addColumn('destination', 'text')
    .addColumn('certificate_ref', 'text')
    .addColumn('emergency', 'integer', (c) => c.notNull())
    .addColumn('citizen', 'text')
    .addColumn('profile_ids', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('approver_role', 'text')
    .addColumn('approver_org_ids', 'text', (c) => c.notNull())
    .addColumn('persons', 'text', (c) => c.notNull())
    .addColumn('requested_until', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_org_id', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('doc_number', 'text')
    .addColumn('doc_issuer', 'text')
    .addColumn('doc_date', 'text')
    .addColumn('scan_sha256', 'text')
    .addColumn('scan_bytes', 'integer')
    .addColumn('scan_content_type', 'text')
    .addColumn('scan_filename', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_requests_unit').on('access_requests').columns(['unit_org_id', 'id']).execute();
  await db.schema
    .createIndex('access_requests_requester')
    .on('access_requests')
    .columns(['requesting_org_id', 'id'])
    .execute();
  await db.schema.createIndex('access_requests_status').on('access_requests').column('status').execute();

  await db.schema
    .createTable('access_request_items')
    .addColumn('request_id', 'text', (c) => c.notNull().references('access_requests.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('camera_id', 'text', (c) => c.notNull())
    .addColumn('camera_name', 'text', (c) => c.notNull())
    .addColumn('range_from', 'text')
    .addColumn('range_to', 'text')
    .addPrimaryKeyConstraint('access_request_items_pk', ['request_id', 'seq'])
    .execute();

  await db.schema
    .createTable('access_request_officers')
    .addColumn('request_id', 'text', (c) => c.notNull().references('access_requests.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // work_id (工作证件) | law_enforcement_id (执法证件)
    .addColumn('credential_kind', 'text', (c) => c.notNull())
    .addColumn('credential_no', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('access_request_officers_pk', ['request_id', 'seq'])
    .execute();

  await db.schema
    .createTable('access_sittings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('access_requests.id'))
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('partner_user_id', 'text')
    // SHA-256 of the session cookie the sitting was opened in: it works in that session only.
    .addColumn('binding', 'text', (c) => c.notNull())
    .addColumn('unit_handler', 'text')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('close_reason', 'text')
    .execute();
  await db.schema
    .createIndex('access_sittings_opener')
    .on('access_sittings')
    .columns(['opened_by', 'closed_at'])
    .execute();
  await db.schema.createIndex('access_sittings_request').on('access_sittings').column('request_id').execute();

  // JSON array of everyone who took part (both officers; the citizen and the unit's handler).
  await db.schema.alterTable('access_register').addColumn('accessor_names', 'text').execute();
  // 录制人员: who recorded or handed over the footage.
  await db.schema.alterTable('access_register').addColumn('recorded_by', 'text').execute();
  await db.schema
    .createIndex('access_register_request')
    .on('access_register')
    .columns(['access_request_id', 'id'])
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('access_register_request').execute();
  await db.schema.alterTable('access_register').dropColumn('recorded_by').execute();
  await db.schema.alterTable('access_register').dropColumn('accessor_names').execute();
  for (const t of ['access_sittings', 'access_request_officers', 'access_request_items', 'access_requests']) {
    await db.schema.dropTable(t).execute();
  }
}
