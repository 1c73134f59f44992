import type { Kysely } from 'kysely';

// The unit's side of the management regime as workflows: filings (备案) drafted from the registry,
// with their materials and their way through the receiving police office (receipt, site visit,
// acceptance or return: 安徽 第十三条第二款); suspicious-information reports to the police and, where
// the text says so, the industry regulator (安徽 第十七条第二款(一), 青岛 第十九条(五)); duty-shift logs,
// fault tickets, maintenance records and outsourcing agreements (国家 第十五条第二款); and the kinds
// of a training session (岗位技能, 保密).

/** Extends filings and training records and creates the workflow tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Filings recorded before the workflow were recorded as submitted.
  // draft | submitted | received | accepted | returned
  await db.schema
    .alterTable('filings')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('submitted'))
    .execute();
  for (const column of [
    // JSON: what psvis filled from the registry (unit, system, locations, cameras and point list, retention).
    'content',
    'filled_at',
    // JSON: the filing articles in force and what they ask (materials, channels, recipient, site visit).
    'terms',
    'recipient_org_id',
    'change_summary',
    'removal_date',
    'removal_reason',
    'notes',
    'received_at',
    'received_by',
    'visit_planned_for',
    'visit_scheduled_by',
    'visited_at',
    'visit_notes',
    'decided_at',
    'decided_by',
    'decision_note',
    'updated_at',
  ]) {
    await db.schema.alterTable('filings').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('filings').addColumn('submissions', 'integer').execute();
  await db.schema.createIndex('filings_org').on('filings').columns(['org_id', 'id']).execute();
  await db.schema.createIndex('filings_recipient').on('filings').columns(['recipient_org_id', 'status']).execute();

  await db.schema
    .createTable('filing_materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('filing_id', 'text', (c) => c.notNull().references('filings.id'))
    // design_plan | technical_test | acceptance | drawings | construction_plan | point_distribution | removal_statement
    .addColumn('kind', 'text', (c) => c.notNull())
    // The file is kept under <dataDir>/filing-materials by its SHA-256.
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('filename', 'text')
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('filing_materials_filing').on('filing_materials').column('filing_id').execute();

  // Every step of a filing with its note: a returned filing keeps its reasons after it is resubmitted.
  await db.schema
    .createTable('filing_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('filing_id', 'text', (c) => c.notNull().references('filings.id'))
    // Order within the filing (ids made in the same millisecond do not sort by time).
    .addColumn('seq', 'integer', (c) => c.notNull())
    // draft | submit | receive | schedule_visit | record_visit | accept | return
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('filing_events_filing')
    .on('filing_events')
    .columns(['filing_id', 'seq'])
    .unique()
    .execute();

  await db.schema
    .createTable('suspicious_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('camera_id', 'text', (c) => c.notNull())
    .addColumn('camera_name', 'text', (c) => c.notNull())
    // live | playback
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    // JSON arrays: the police and regulator organizations it went to.
    .addColumn('police_org_ids', 'text', (c) => c.notNull())
    .addColumn('regulator_org_ids', 'text', (c) => c.notNull())
    // JSON: the reporting articles in force and whom they name.
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('hold_id', 'text')
    // reported | acknowledged | handled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('reported_by_name', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('handled_by', 'text')
    .addColumn('handled_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('suspicious_reports_org').on('suspicious_reports').columns(['org_id', 'id']).execute();
  await db.schema
    .createIndex('suspicious_reports_status')
    .on('suspicious_reports')
    .columns(['status', 'reported_at'])
    .execute();

  await db.schema
    .createTable('suspicious_report_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('suspicious_reports.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    // The state the note moved the report to, or null for a note alone.
    .addColumn('status', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('suspicious_report_notes_report')
    .on('suspicious_report_notes')
    .columns(['report_id', 'seq'])
    .unique()
    .execute();

  // 值班记录: who watched, from when to when, and what happened.
  await db.schema
    .createTable('duty_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('site_id', 'text')
    // JSON array of the names on duty.
    .addColumn('staff', 'text', (c) => c.notNull())
    .addColumn('from_at', 'text', (c) => c.notNull())
    .addColumn('to_at', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    // JSON array of { at, text, cameraId?, reportId? }.
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('duty_logs_org').on('duty_logs').columns(['org_id', 'from_at']).execute();

  await db.schema
    .createTable('fault_tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('camera_id', 'text', (c) => c.notNull())
    .addColumn('camera_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    // open | repaired
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    // 青岛 第十九条(三): the temporary measure while repair is slow.
    .addColumn('temporary_measure', 'text')
    .addColumn('repaired_at', 'text')
    .addColumn('repaired_by', 'text')
    .addColumn('repair_note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fault_tickets_org').on('fault_tickets').columns(['org_id', 'state']).execute();

  await db.schema
    .createTable('maintenance_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('system_id', 'text', (c) => c.notNull())
    .addColumn('camera_id', 'text')
    .addColumn('fault_ticket_id', 'text')
    // periodic_check | repair | upgrade | other
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('performed_at', 'text', (c) => c.notNull())
    .addColumn('performed_by', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('agreement_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('maintenance_records_org')
    .on('maintenance_records')
    .columns(['org_id', 'performed_at'])
    .execute();

  await db.schema
    .createTable('outsourcing_agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    // maintenance | operation | maintenance_and_operation
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('contractor_name', 'text', (c) => c.notNull())
    .addColumn('contractor_org_id', 'text')
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    // JSON arrays: the systems it covers and the clauses it contains.
    .addColumn('system_ids', 'text', (c) => c.notNull())
    .addColumn('clauses', 'text', (c) => c.notNull())
    .addColumn('clause_text', 'text')
    .addColumn('terminated_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outsourcing_agreements_org').on('outsourcing_agreements').column('org_id').execute();

  // JSON array: job_skills (岗位技能), confidentiality (保密), security (安全知识), vetting (入职审查).
  await db.schema.alterTable('training_records').addColumn('kinds', 'text').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('training_records').dropColumn('kinds').execute();
  for (const t of [
    'outsourcing_agreements',
    'maintenance_records',
    'fault_tickets',
    'duty_logs',
    'suspicious_report_notes',
    'suspicious_reports',
    'filing_events',
    'filing_materials',
  ]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.dropIndex('filings_recipient').execute();
  await db.schema.dropIndex('filings_org').execute();
  for (const column of [
    'submissions',
    'updated_at',
    'decision_note',
    'decided_by',
    'decided_at',
    'visit_notes',
    'visited_at',
    'visit_scheduled_by',
    'visit_planned_for',
    'received_by',
    'received_at',
    'notes',
    'removal_reason',
    'removal_date',
    'change_summary',
    'recipient_org_id',
    'terms',
    'filled_at',
    'content',
    'status',
  ]) {
    await db.schema.alterTable('filings').dropColumn(column).execute();
  }
}
