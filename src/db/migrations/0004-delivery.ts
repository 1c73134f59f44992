import type { Kysely } from 'kysely';

// Delivery schema: the access register (国家 第十六条(三): 事由、内容、调用人员的单位、姓名;
// 安徽 第十七条(二), 腾冲 第二十四条(四): 人员、时间、用途、去向) and evidence export jobs.
// Names and organizations are copied into each row, so the register still reads correctly after a
// user or organization is renamed or removed.

/** Creates access_register and evidence_exports. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_register')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.notNull())
    .addColumn('actor_display_name', 'text', (c) => c.notNull())
    .addColumn('actor_org_id', 'text', (c) => c.notNull())
    .addColumn('actor_org_name', 'text', (c) => c.notNull())
    // view_live | playback | snapshot | export
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('camera_id', 'text', (c) => c.notNull())
    .addColumn('range_from', 'text')
    .addColumn('range_to', 'text')
    .addColumn('purpose', 'text')
    .addColumn('destination', 'text')
    .addColumn('requesting_unit', 'text')
    .addColumn('case_no', 'text')
    // Filled when the governance module's approved access requests exist.
    .addColumn('access_request_id', 'text')
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('export_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('access_register_camera_time')
    .on('access_register')
    .columns(['camera_id', 'time'])
    .execute();
  await db.schema
    .createIndex('access_register_actor_time')
    .on('access_register')
    .columns(['actor_user_id', 'time'])
    .execute();
  await db.schema.createIndex('access_register_time').on('access_register').column('time').execute();

  await db.schema
    .createTable('evidence_exports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('camera_id', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.notNull())
    .addColumn('actor_org_id', 'text', (c) => c.notNull())
    .addColumn('range_from', 'text', (c) => c.notNull())
    .addColumn('range_to', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('case_no', 'text')
    .addColumn('requesting_unit', 'text')
    .addColumn('register_id', 'text', (c) => c.notNull())
    // running | done | failed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('bytes_total', 'bigint', (c) => c.notNull())
    .addColumn('bytes_done', 'bigint', (c) => c.notNull())
    .addColumn('zip_bytes', 'bigint')
    .addColumn('zip_sha256', 'text')
    .addColumn('footage_sha256', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('evidence_exports_actor')
    .on('evidence_exports')
    .columns(['actor_user_id', 'created_at'])
    .execute();
  await db.schema.createIndex('evidence_exports_status').on('evidence_exports').column('status').execute();
}

/** Drops the delivery tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['evidence_exports', 'access_register']) await db.schema.dropTable(t).execute();
}
