import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../test/support/databases.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import * as pendingUnlinksMigration from '../db/migrations/0008-pending-unlinks.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import { segmentRelativePath } from './chain.ts';
import { Retention, type RetentionOptions } from './retention.ts';
import type { SegmentRow } from './segment-index.ts';
import { openRecordingTestDb, type RecordingTestDb } from './test-db.ts';
import { verifyRecordings } from './verify.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const T0 = Date.parse('2026-05-01T00:00:00Z');
const FILES = 6;
/** 30 days after the end of the third file: files 0..2 are past the floor, 3..5 inside it. */
const PAST_THREE = T0 + 30 * DAY_MS + 2 * HOUR_MS + 60_000;

const errnoError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe.each(DATABASE_ENGINES)('removal of swept files on %s', (engine) => {
  let t: RecordingTestDb;
  let rows: SegmentRow[];
  let errors: unknown[];
  const instances: Retention[] = [];

  const retention = (extra: Partial<RetentionOptions> = {}) => {
    const r = new Retention({
      audit: t.audit,
      clock: t.clock,
      recordingsDir: t.recordingsDir,
      retentionFloor: () => Promise.resolve({ days: 30, article: '国家 第十七条' }),
      onError: (err) => errors.push(err),
      ...extra,
    });
    instances.push(r);
    return r;
  };
  const abs = (row: SegmentRow | undefined) => join(t.recordingsDir, row?.path ?? 'no-such-row');
  const pending = () =>
    t.database.db.selectFrom('recording_pending_unlinks').selectAll().orderBy('segment_id', 'asc').execute();
  const auditRows = () => t.database.db.selectFrom('audit_events').selectAll().orderBy('seq', 'asc').execute();
  const extraFiles = async () =>
    (await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir })).problems
      .filter((p) => p.kind === 'extra')
      .map((p) => p.path);

  /** Sweeps with an unlink that never returns: the process "dies" after the commit, before any file goes. */
  const sweepAndCrash = async () => {
    let crashed!: () => void;
    const atUnlink = new Promise<void>((resolve) => (crashed = resolve));
    const doomed = retention({
      unlink: () => {
        crashed();
        return new Promise<void>(() => undefined);
      },
    });
    void doomed.sweep();
    await atUnlink;
  };

  beforeEach(async () => {
    t = await openRecordingTestDb(engine, '2026-05-01T00:00:00.000Z');
    errors = [];
    instances.length = 0;
    // One 60 s file per hour for cam1.
    for (let h = 0; h < FILES; h++) {
      const start = T0 + h * HOUR_MS;
      const path = segmentRelativePath('cam1', start);
      const bytes = Buffer.from(`segment ${h}`);
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
        fragments: [],
        sha256: createHash('sha256').update(bytes).digest('hex'),
        status: 'sealed',
      });
    }
    rows = await t.index.chain('cam1');
  });
  afterEach(async () => {
    for (const r of instances) await r.close();
    await t.cleanup();
  });

  it('a crash between the tombstone commit and the unlink: the next instance removes the files, the audit trail unchanged', async () => {
    t.clock.set(new Date(PAST_THREE));
    await sweepAndCrash();
    const swept = rows.slice(0, 3);
    // The crash left tombstones, their audit event and three files verify names as extra.
    expect((await t.index.chain('cam1')).filter((r) => r.deleted_at !== null).map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(swept.every((r) => existsSync(abs(r)))).toBe(true);
    expect((await extraFiles()).sort()).toEqual(swept.map((r) => r.path).sort());
    expect((await pending()).map((p) => p.segment_id).sort()).toEqual(swept.map((r) => r.id).sort());
    // One of them went by hand meanwhile: ENOENT counts as removed.
    rmSync(abs(swept[1]));
    const auditBefore = await auditRows();

    const restarted = retention();
    expect(await restarted.sweep()).toEqual({ deleted: 0, bytes: 0, filesRemoved: 3, filesFailed: 0 });
    expect(swept.some((r) => existsSync(abs(r)))).toBe(false);
    expect(rows.slice(3).every((r) => existsSync(abs(r)))).toBe(true);
    expect(await pending()).toEqual([]);
    expect(errors).toEqual([]);
    expect(await auditRows()).toEqual(auditBefore);
    expect((await verifyAuditChain(t.database.db, t.publicKeyPem)).ok).toBe(true);
    const report = await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir });
    expect(report.problems).toEqual([]);
  });

  it('files swept before the removal queue existed are queued by its migration and removed at the next sweep', async () => {
    t.clock.set(new Date(PAST_THREE));
    await sweepAndCrash();
    // As an installation upgraded from before 0008 would be: tombstones whose files outlived a crash, no queue.
    const db = t.database.db as unknown as Kysely<unknown>;
    await pendingUnlinksMigration.down(db);
    await pendingUnlinksMigration.up(db);
    expect((await pending()).map((p) => p.segment_id).sort()).toEqual(
      rows
        .slice(0, 3)
        .map((r) => r.id)
        .sort(),
    );
    expect((await retention().sweep()).filesRemoved).toBe(3);
    expect(await extraFiles()).toEqual([]);
    expect(rows.slice(3).every((r) => existsSync(abs(r)))).toBe(true);
  });

  it('an unlink that fails (EBUSY) is counted, reported and retried at the next sweep; the sweep does not throw', async () => {
    const busyOnce = new Set([abs(rows[1])]);
    const calls: string[] = [];
    const r = retention({
      unlink: async (path) => {
        calls.push(path);
        if (busyOnce.delete(path)) throw errnoError('EBUSY');
        await unlink(path);
      },
    });
    t.clock.set(new Date(PAST_THREE));
    expect(await r.sweep()).toMatchObject({ deleted: 3, filesRemoved: 2, filesFailed: 1 });
    expect(existsSync(abs(rows[0]))).toBe(false);
    expect(existsSync(abs(rows[1]))).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(PsvisError);
    expect(errors[0]).toMatchObject({
      code: 'PSVIS_ERR_RETENTION_UNLINK',
      details: { failed: 1, files: [{ segmentId: rows[1]?.id, path: rows[1]?.path, code: 'EBUSY', attempts: 1 }] },
    });
    expect(await pending()).toMatchObject([{ segment_id: rows[1]?.id, attempts: 1, last_error: 'EBUSY' }]);

    t.clock.set(new Date(PAST_THREE + 10 * 60_000));
    expect(await r.sweep()).toEqual({ deleted: 0, bytes: 0, filesRemoved: 1, filesFailed: 0 });
    expect(existsSync(abs(rows[1]))).toBe(false);
    expect(await pending()).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(calls.filter((c) => c === abs(rows[1]))).toHaveLength(2);
    expect((await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir })).problems).toEqual([]);
  });

  it('a file that keeps failing is retried every sweep and does not hold the others back', async () => {
    const calls: string[] = [];
    const r = retention({
      unlink: (path) => {
        calls.push(path);
        return Promise.reject(errnoError('EACCES'));
      },
    });
    t.clock.set(new Date(PAST_THREE));
    expect(await r.sweep()).toMatchObject({ deleted: 3, filesRemoved: 0, filesFailed: 3 });
    expect(await r.sweep()).toMatchObject({ deleted: 0, filesRemoved: 0, filesFailed: 3 });
    expect(await r.sweep()).toMatchObject({ deleted: 0, filesRemoved: 0, filesFailed: 3 });
    // Each queued file once per sweep, never twice in one.
    for (const row of rows.slice(0, 3)) expect(calls.filter((c) => c === abs(row))).toHaveLength(3);
    expect((await pending()).map((p) => [p.attempts, p.last_error])).toEqual([
      [3, 'EACCES'],
      [3, 'EACCES'],
      [3, 'EACCES'],
    ]);
    expect(rows.every((row) => existsSync(abs(row)))).toBe(true);
  });

  it('retries a queue longer than a sweep allows in turns, resuming where the last sweep stopped', async () => {
    const calls: string[] = [];
    const r = retention({
      unlinkRetriesPerSweep: 2,
      unlink: (path) => {
        calls.push(path);
        return Promise.reject(errnoError('EACCES'));
      },
    });
    t.clock.set(new Date(PAST_THREE));
    // The sweep that tombstones tries each file once, whatever the retry budget.
    expect(await r.sweep()).toMatchObject({ deleted: 3, filesFailed: 3 });
    calls.length = 0;
    for (let sweep = 0; sweep < 3; sweep++) expect(await r.sweep()).toMatchObject({ deleted: 0, filesFailed: 2 });
    // Three sweeps of two: each of the three queued files twice, none left out.
    const queued = rows.slice(0, 3).map((row) => abs(row));
    expect(queued.map((q) => calls.filter((c) => c === q).length)).toEqual([2, 2, 2]);
    expect(calls).toHaveLength(6);
  });

  it('never touches the file of a live segment, even when a queued removal names it (国家 第十七条)', async () => {
    const calls: string[] = [];
    const r = retention({
      unlink: async (path) => {
        calls.push(path);
        await unlink(path);
      },
    });
    const live = rows[4];
    const alsoLive = rows[5];
    if (live === undefined || alsoLive === undefined) throw new Error('fixture');
    // A queued removal for a live segment, and a tombstoned row that names a live segment's file:
    // neither may take the file.
    await t.database.db
      .insertInto('recording_pending_unlinks')
      .values({ segment_id: live.id, queued_at: new Date(T0).toISOString(), attempts: 0 })
      .execute();
    await t.database.db
      .insertInto('recording_segments')
      .values({ ...alsoLive, id: 'tombstoned-twin', seq: 1000, deleted_at: new Date(T0).toISOString() })
      .execute();
    await t.database.db
      .insertInto('recording_pending_unlinks')
      .values({ segment_id: 'tombstoned-twin', queued_at: new Date(T0).toISOString(), attempts: 0 })
      .execute();

    t.clock.set(new Date(PAST_THREE));
    expect(await r.sweep()).toMatchObject({ deleted: 3, filesRemoved: 3, filesFailed: 0 });
    expect(calls.sort()).toEqual(
      rows
        .slice(0, 3)
        .map((row) => abs(row))
        .sort(),
    );
    expect(rows.slice(3).every((row) => existsSync(abs(row)))).toBe(true);
    // The bad queue rows are dropped and reported, so they are not looked at again.
    expect(await pending()).toEqual([]);
    expect(errors).toMatchObject([{ code: 'PSVIS_ERR_RETENTION_UNLINK', details: { failed: 0, kept: 2 } }]);
    // Every file unlinked belonged to a tombstoned row.
    const tombstoned = new Set(
      (await t.index.chain('cam1')).filter((row) => row.deleted_at !== null).map((row) => abs(row)),
    );
    expect(calls.every((c) => tombstoned.has(c))).toBe(true);
    expect((await r.sweep()).filesRemoved).toBe(0);
    expect(calls).toHaveLength(3);
  });
});
