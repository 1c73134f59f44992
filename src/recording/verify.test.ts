import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../test/support/databases.ts';
import { segmentRelativePath } from './chain.ts';
import type { SegmentRow } from './segment-index.ts';
import { openRecordingTestDb, type RecordingTestDb } from './test-db.ts';
import { verifyRecordings, type VerifyProgress } from './verify.ts';

const T0 = Date.parse('2026-05-01T08:00:00Z');

describe.each(DATABASE_ENGINES)('psvis verify (recordings) on %s', (engine) => {
  let t: RecordingTestDb;
  let rows: SegmentRow[];

  beforeEach(async () => {
    t = await openRecordingTestDb(engine);
    for (let i = 0; i < 6; i++) {
      const start = T0 + i * 60_000;
      const path = segmentRelativePath('cam1', start);
      const bytes = Buffer.from(`segment ${i} ${'x'.repeat(100 + i)}`);
      mkdirSync(dirname(join(t.recordingsDir, path)), { recursive: true });
      writeFileSync(join(t.recordingsDir, path), bytes);
      await t.index.append({
        cameraId: 'cam1',
        node: 'n',
        path,
        startWallMs: start,
        durationMs: 60_000,
        bytes: bytes.length,
        frames: 1500,
        fragments: [[0, 0, 1]],
        sha256: createHash('sha256').update(bytes).digest('hex'),
        status: 'sealed',
      });
    }
    rows = await t.index.chain('cam1');
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const verify = (since?: Date) =>
    verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir, ...(since !== undefined ? { since } : {}) });
  const file = (seq: number) => join(t.recordingsDir, rows[seq - 1]?.path ?? '');
  const kinds = async () => (await verify()).problems.map((p) => [p.kind, p.seq]);

  it('passes an untouched camera and reports progress per file', async () => {
    const progress: VerifyProgress[] = [];
    const report = await verifyRecordings({
      db: t.database.db,
      recordingsDir: t.recordingsDir,
      onProgress: (p) => progress.push(p),
    });
    expect(report).toMatchObject({ ok: true, cameras: 1, segments: 6, filesHashed: 6, problems: [] });
    expect(progress.map((p) => p.filesDone)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('detects a flipped byte and names the file as altered', async () => {
    const b = readFileSync(file(3));
    b[5] = (b[5] ?? 0) ^ 0x01;
    writeFileSync(file(3), b);
    expect(await kinds()).toEqual([['altered', 3]]);
  });

  it('detects a deleted file as missing', async () => {
    rmSync(file(4));
    expect(await kinds()).toEqual([['missing', 4]]);
  });

  it('detects a swapped pair of files as reordered', async () => {
    renameSync(file(2), `${file(2)}.tmp`);
    renameSync(file(5), file(2));
    renameSync(`${file(2)}.tmp`, file(5));
    expect(await kinds()).toEqual([
      ['reordered', 2],
      ['reordered', 5],
    ]);
  });

  it('detects an edited index row (end time moved) and a deleted row', async () => {
    await sql`update recording_segments set end_time = ${'2026-05-01T08:02:30.000Z'} where camera_id = 'cam1' and seq = 2`.execute(
      t.database.db,
    );
    expect(await kinds()).toEqual([['edited_row', 2]]);
    await sql`delete from recording_segments where camera_id = 'cam1' and seq = 5`.execute(t.database.db);
    const problems = (await verify()).problems.map((p) => p.kind);
    expect(problems).toEqual(['edited_row', 'deleted_row', 'extra']);
  });

  it('detects a file nobody indexed and a tombstone no retention event names', async () => {
    writeFileSync(join(dirname(file(1)), '20260501T090000000Z.mp4'), 'planted');
    await sql`update recording_segments set deleted_at = ${'2026-06-01T00:00:00.000Z'} where camera_id = 'cam1' and seq = 1`.execute(
      t.database.db,
    );
    expect((await verify()).problems.map((p) => p.kind)).toEqual(['unaudited_deletion', 'extra', 'extra']);
  });

  it('does not call extra the file the recorder is writing now (not indexed until sealed)', async () => {
    const open = join(dirname(file(1)), '20260501T090000000Z.mp4');
    writeFileSync(open, 'being written');
    const rel = open.slice(t.recordingsDir.length + 1);
    const report = await verifyRecordings({
      db: t.database.db,
      recordingsDir: t.recordingsDir,
      inProgress: new Set([rel]),
    });
    expect(report.problems).toEqual([]);
    expect((await verify()).problems.map((p) => p.kind)).toEqual(['extra']);
  });

  it('limits re-hashing to files ending on or after --since', async () => {
    const b = readFileSync(file(1));
    b[0] = (b[0] ?? 0) ^ 0xff;
    writeFileSync(file(1), b);
    const report = await verify(new Date(T0 + 3 * 60_000));
    expect(report).toMatchObject({ ok: true, filesHashed: 4 });
  });

  it('detects a chain rewritten in the database against the head anchored in the audit log', async () => {
    const head = rows[rows.length - 1];
    await t.audit.append({
      action: 'recording.segments.sealed',
      details: { heads: { cam1: { seq: head?.seq, chainHash: head?.chain_hash, segments: 6 } } },
    });
    await sql`update recording_segments set chain_hash = ${'f'.repeat(64)} where camera_id = 'cam1' and seq = 6`.execute(
      t.database.db,
    );
    expect((await verify()).problems.map((p) => p.kind)).toEqual(['edited_row', 'anchor_mismatch']);
  });
});
