import type { Kysely } from 'kysely';

// Records the compliance engine reads besides the registry: filings (备案) as submitted, training
// of monitoring staff, and advisory duties marked done with evidence. The governance issue grows
// the filing workflow on top of the filings table.

/** Creates the compliance record tables and the system change time. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // 辽宁 第十二条 counts 3 working days from a change of the system; cameras added, removed or moved set it.
  await db.schema.alterTable('systems').addColumn('changed_at', 'text').execute();
  // 国家 第十五条第二款, 安徽 第十六条(二): outsourced maintenance needs a written agreement.
  await db.schema.alterTable('systems').addColumn('maintenance_agreement_ref', 'text').execute();

  await db.schema
    .createTable('filings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('system_id', 'text', (c) => c.notNull().references('systems.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('notice_given_at', 'text')
    .addColumn('reference', 'text')
    .addColumn('channel', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('filings_system').on('filings').column('system_id').execute();

  await db.schema
    .createTable('training_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('held_at', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('attendees', 'integer', (c) => c.notNull())
    .addColumn('evidence_ref', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('training_records_org').on('training_records').column('org_id').execute();

  await db.schema
    .createTable('advisory_marks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addColumn('evidence_ref', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('advisory_marks_org').on('advisory_marks').columns(['org_id', 'rule_id']).execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('advisory_marks').execute();
  await db.schema.dropTable('training_records').execute();
  await db.schema.dropTable('filings').execute();
  await db.schema.alterTable('systems').dropColumn('maintenance_agreement_ref').execute();
  await db.schema.alterTable('systems').dropColumn('changed_at').execute();
}
