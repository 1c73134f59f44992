import type { Kysely } from 'kysely';

// Supervision schema: inspections (监督检查) with their generated checklists, rectification orders
// (责令限期改正) and penalty decisions, and what holds (信息保全) must now name: their end, who placed
// them and why they were released (国家 第十七条: footage past 30 days whose purpose is served is
// deleted unless a hold names its reason; 辽宁 第十四条(七): important footage one year).
// Checklist items, order items and decisions copy the article and title they cite, so a record
// reads the same after a profile is corrected.

/** Adds the hold columns and creates the supervision tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Holds placed before this migration have no end and stay until released.
  await db.schema.alterTable('holds').addColumn('until', 'text').execute();
  await db.schema.alterTable('holds').addColumn('placed_by_role', 'text').execute();
  await db.schema.alterTable('holds').addColumn('placed_by_org_id', 'text').execute();
  await db.schema.alterTable('holds').addColumn('release_reason', 'text').execute();

  await db.schema
    .createTable('inspections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('inspector_org_id', 'text', (c) => c.notNull())
    // routine | special | reinspection
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text')
    .addColumn('planned_for', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('profile_ids', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('inspectors', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    // planned | completed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_by', 'text')
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('inspections_org').on('inspections').columns(['org_id', 'planned_for']).execute();

  await db.schema
    .createTable('inspection_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspections.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('heading', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('penalty_article', 'text')
    .addColumn('prefill_state', 'text', (c) => c.notNull())
    .addColumn('prefill', 'text', (c) => c.notNull())
    // compliant | non_compliant | not_applicable
    .addColumn('result', 'text')
    .addColumn('result_note', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text')
    .execute();
  await db.schema
    .createIndex('inspection_items_inspection')
    .on('inspection_items')
    .columns(['inspection_id', 'seq'])
    .unique()
    .execute();

  await db.schema
    .createTable('rectification_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspections.id'))
    .addColumn('document_no', 'text')
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    // open | rectified | escalated
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issuer_org_id', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by_inspection_id', 'text')
    .execute();
  await db.schema.createIndex('rectification_orders_org').on('rectification_orders').column('org_id').execute();

  await db.schema
    .createTable('penalty_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('order_id', 'text')
    .addColumn('document_no', 'text')
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    // unit | individual | person_in_charge
    .addColumn('offender_kind', 'text', (c) => c.notNull())
    .addColumn('offender_name', 'text', (c) => c.notNull())
    .addColumn('tier', 'text')
    .addColumn('amount_yuan', 'integer')
    .addColumn('warning', 'integer', (c) => c.notNull())
    .addColumn('other_measures', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('serious_consequences', 'text')
    .addColumn('offence_date', 'text', (c) => c.notNull())
    .addColumn('decider_org_id', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('penalty_decisions_org').on('penalty_decisions').column('org_id').execute();
}

/** Drops the supervision tables and the hold columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['penalty_decisions', 'rectification_orders', 'inspection_items', 'inspections']) {
    await db.schema.dropTable(t).execute();
  }
  for (const c of ['release_reason', 'placed_by_org_id', 'placed_by_role', 'until']) {
    await db.schema.alterTable('holds').dropColumn(c).execute();
  }
}
