import type { Kysely } from 'kysely';

// Recording schema: the segment index (one row per fMP4 file, hash-chained per camera), the gaps
// in each camera's recording, and holds that pin ranges past their retention floor.
// No foreign key to cameras: footage must stay indexed even if its camera's registry row goes
// (国家 第十五条: recorded footage may not be deleted or hidden), so deleting a camera never
// cascades into, or is blocked by, its recordings.

/** Creates recording_segments, recording_gaps and holds. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recording_segments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('camera_id', 'text', (c) => c.notNull())
    // Position in the camera's chain, from 1; unique so two writers can never fork a chain.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('node', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('frames', 'integer', (c) => c.notNull())
    .addColumn('fragments', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('prev_sha256', 'text', (c) => c.notNull())
    .addColumn('chain_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('recording_segments_camera_seq')
    .on('recording_segments')
    .columns(['camera_id', 'seq'])
    .unique()
    .execute();
  await db.schema
    .createIndex('recording_segments_camera_start')
    .on('recording_segments')
    .columns(['camera_id', 'start_time'])
    .execute();
  await db.schema.createIndex('recording_segments_end').on('recording_segments').column('end_time').execute();

  await db.schema
    .createTable('recording_gaps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('camera_id', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('recording_gaps_camera_start')
    .on('recording_gaps')
    .columns(['camera_id', 'start_time'])
    .execute();

  await db.schema
    .createTable('holds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('camera_id', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text')
    .addColumn('released_by', 'text')
    .execute();
  await db.schema.createIndex('holds_camera_start').on('holds').columns(['camera_id', 'start_time']).execute();
}

/** Drops the recording tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['holds', 'recording_gaps', 'recording_segments']) await db.schema.dropTable(t).execute();
}
