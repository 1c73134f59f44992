import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverRecordings } from './recovery.ts';
import { SegmentWriter } from './segment-writer.ts';
import { encodeTestH264, h264Frames } from './test-media.ts';
import { openRecordingTestDb, type RecordingTestDb } from './test-db.ts';
import { verifyRecordings } from './verify.ts';

// The child writes into SQLite, so this test runs on SQLite: it is about the file, not the engine.
describe('crash recovery', () => {
  let t: RecordingTestDb;
  beforeEach(async () => {
    t = await openRecordingTestDb('sqlite', new Date().toISOString());
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('after SIGKILL mid-file loses at most the fragment in flight (≤1 s), indexes the torn file to its last whole fragment, and the chain verifies', async () => {
    const h264File = join(t.tdb.dataDir, 'src.h264');
    // GOP 50 at 25 fps (the 1080p25 GOP 50 shape, smaller): fragments are cut by duration.
    writeFileSync(h264File, encodeTestH264({ seconds: 4, gop: 50 }));
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'record-child.ts'),
        join(t.tdb.dataDir, 'psvis.db'),
        t.recordingsDir,
        'cam1',
        h264File,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let pushed = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killedAfter = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        const m = /pushed (\d+)\n$/.exec(d.toString());
        if (m !== null) pushed = Number(m[1]);
        // 3.5 s in: mid-file (the period is 60 s) and mid-fragment.
        if (pushed >= 88 && child.exitCode === null && !child.killed) {
          child.kill('SIGKILL');
          resolve(pushed);
        }
      });
      child.on('exit', (code) => {
        if (pushed < 88) reject(new Error(`child exited early (${code}): ${stderr}`));
      });
    });
    await new Promise((r) => child.once('exit', r));
    const dir = join(t.recordingsDir, 'cam1', new Date().toISOString().slice(0, 10));
    const [name] = readdirSync(dir);
    expect(name).toBeDefined();
    const tornBytes = statSync(join(dir, name ?? '')).size;

    t.clock.set(new Date());
    const report = await recoverRecordings({
      audit: t.audit,
      index: t.index,
      clock: t.clock,
      node: 'node-a',
      recordingsDir: t.recordingsDir,
    });
    expect(report.orphans).toEqual([]);
    expect(report.missing).toEqual([]);
    expect(report.recovered.length).toBe(1);
    const r = report.recovered[0];
    const lost = killedAfter - (r?.frames ?? 0);
    // At most the fragment in flight: ≤ 1 s of frames at 25 fps.
    expect(lost).toBeGreaterThanOrEqual(0);
    expect(lost).toBeLessThanOrEqual(25);
    expect((r?.bytes ?? 0) + (r?.truncatedBytes ?? 0)).toBe(tornBytes);
    const rows = await t.index.chain('cam1');
    expect(rows).toMatchObject([{ seq: 1, status: 'recovered', frames: r?.frames, bytes: r?.bytes }]);
    expect(statSync(join(t.recordingsDir, rows[0]?.path ?? '')).size).toBe(rows[0]?.bytes);
    const probe = execFileSync('ffprobe', [
      ...['-v', 'error', '-count_frames', '-select_streams', 'v:0'],
      ...['-show_entries', 'stream=codec_name,nb_read_frames', '-of', 'csv=p=0'],
      join(t.recordingsDir, rows[0]?.path ?? ''),
    ])
      .toString()
      .trim();
    expect(probe).toBe(`h264,${r?.frames}`);
    const gaps = await t.database.db.selectFrom('recording_gaps').selectAll().execute();
    expect(gaps).toMatchObject([{ cause: 'crash', start_time: rows[0]?.end_time }]);
    const verify = await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir });
    expect(verify.problems).toEqual([]);
    const audited = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'recording.recovery')
      .execute();
    expect(audited.length).toBe(1);
    console.log(
      `SIGKILL after ${killedAfter} frames: ${r?.frames} on disk, ${lost} lost, ${r?.truncatedBytes} bytes cut`,
    );
  });

  it('cuts a torn tail (half a fragment written) back to the last whole fragment', async () => {
    const { track, frames } = h264Frames(encodeTestH264({ seconds: 3, gop: 25 }));
    const w = new SegmentWriter({
      cameraId: 'cam3',
      node: 'n',
      recordingsDir: t.recordingsDir,
      index: t.index,
      clock: t.clock,
    });
    w.setTracks([track]);
    for (const f of frames.slice(0, 60)) w.push(f); // fragments of 25 + 25 written, 10 pending
    await w.drain();
    const day = join(t.recordingsDir, 'cam3', t.clock.now().toISOString().slice(0, 10));
    const path = join(day, readdirSync(day)[0] ?? '');
    const whole = readFileSync(path);
    // The crash came mid-write of the next fragment: half of a moof+mdat reached the disk.
    appendFileSync(path, whole.subarray(whole.length - 3000, whole.length - 1000));
    const report = await recoverRecordings({
      audit: t.audit,
      index: t.index,
      clock: t.clock,
      node: 'n',
      recordingsDir: t.recordingsDir,
    });
    expect(report.recovered).toMatchObject([
      { cameraId: 'cam3', frames: 50, truncatedBytes: 2000, bytes: whole.length },
    ]);
    expect(statSync(path).size).toBe(whole.length);
    expect((await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir })).ok).toBe(true);
  });

  it('reports files that are not fMP4 and rows whose file is missing, and audits them', async () => {
    const day = join(t.recordingsDir, 'cam2', '2026-05-01');
    mkdirSync(day, { recursive: true });
    writeFileSync(join(day, '20260501T000000000Z.mp4'), 'not a video');
    writeFileSync(join(day, 'notes.txt'), 'hello');
    await t.index.append({
      cameraId: 'cam2',
      node: 'n',
      path: join('cam2', '2026-05-01', '20260501T000100000Z.mp4'),
      startWallMs: Date.parse('2026-05-01T00:01:00Z'),
      durationMs: 1000,
      bytes: 10,
      frames: 25,
      fragments: [],
      sha256: 'a'.repeat(64),
      status: 'sealed',
    });
    const report = await recoverRecordings({
      audit: t.audit,
      index: t.index,
      clock: t.clock,
      node: 'n',
      recordingsDir: t.recordingsDir,
    });
    expect(report.recovered).toEqual([]);
    expect(report.orphans.map((o) => o.path).sort()).toEqual([
      join('cam2', '2026-05-01', '20260501T000000000Z.mp4'),
      join('cam2', '2026-05-01', 'notes.txt'),
    ]);
    expect(report.missing).toEqual([
      { cameraId: 'cam2', seq: 1, path: join('cam2', '2026-05-01', '20260501T000100000Z.mp4') },
    ]);
    // Nothing is removed.
    expect(existsSync(join(day, 'notes.txt'))).toBe(true);
    const events = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'recording.recovery')
      .execute();
    expect(JSON.parse(events[0]?.details ?? '{}')).toMatchObject({ missing: [{ seq: 1 }] });
  });
});
