import { sql, type Kysely } from 'kysely';

// The files the retention sweeper still has to remove. A segment's tombstone, its audit event and
// its row here commit in one transaction; the row goes once the file is gone. A crash or a failed
// unlink between the commit and the unlink therefore leaves a row to retry, not a file kept forever
// that `psvis verify` names as extra. The table holds only what is pending, so it stays small however
// many tombstones the index holds.

/** Creates recording_pending_unlinks and queues every tombstone recorded before it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recording_pending_unlinks')
    .addColumn('segment_id', 'text', (c) => c.primaryKey().references('recording_segments.id'))
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  // Files swept before this table existed may have outlived a crash; an unlink of one already gone is cheap.
  await sql`insert into recording_pending_unlinks (segment_id, queued_at, attempts)
    select id, deleted_at, 0 from recording_segments where deleted_at is not null`.execute(db);
}

/** Drops recording_pending_unlinks. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('recording_pending_unlinks').execute();
}
