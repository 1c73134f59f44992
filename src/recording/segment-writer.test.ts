import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_ENGINES } from '../../test/support/databases.ts';
import { parseFragments, parseInitSegment } from '../media/fmp4/reader.ts';
import { FrameMemory } from '../media/frame-memory.ts';
import { CountingLease } from '../media/test-lease.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import { CHAIN_GENESIS } from './chain.ts';
import type { FragmentEntry } from './segment-index.ts';
import { SegmentWriter, type RecordingAlarm, type SegmentFile } from './segment-writer.ts';
import { encodeTestH264, h264Frames } from './test-media.ts';
import { openRecordingTestDb, segmentFilesWith, type RecordingTestDb } from './test-db.ts';
import { verifyRecordings } from './verify.ts';

const WALL0 = Date.parse('2026-05-01T08:00:00.000Z');

// The writer must release each frame it is given exactly once (MediaFrame.lease).
function leased(frames: readonly MediaFrame[]): { frames: MediaFrame[]; leases: CountingLease[] } {
  const leases = frames.map(() => new CountingLease());
  return { frames: frames.map((f, i) => ({ ...f, lease: leases[i] })), leases };
}

function ffprobe(path: string): { codec: string; width: number; height: number; durationS: number; frames: number } {
  const out = execFileSync('ffprobe', [
    ...['-v', 'error', '-select_streams', 'v:0', '-count_frames'],
    ...['-show_entries', 'stream=codec_name,width,height,nb_read_frames:format=duration', '-of', 'json', path],
  ]).toString();
  const j = JSON.parse(out) as {
    streams: { codec_name: string; width: number; height: number; nb_read_frames: string }[];
    format: { duration: string };
  };
  const s = j.streams[0];
  if (s === undefined) throw new Error(`no video stream in ${path}`);
  return {
    codec: s.codec_name,
    width: s.width,
    height: s.height,
    durationS: Number(j.format.duration),
    frames: Number(s.nb_read_frames),
  };
}

describe.each(DATABASE_ENGINES)('segment writer on %s', (engine) => {
  let t: RecordingTestDb;
  let media: { track: TrackInfo; frames: MediaFrame[] };
  let media640: { track: TrackInfo; frames: MediaFrame[] };
  const alarms: RecordingAlarm[] = [];

  beforeAll(() => {
    // 6 s of 25 fps with a 2 s GOP: fragments must be cut by duration (1 s) between keyframes.
    media = h264Frames(encodeTestH264({ seconds: 6, gop: 50 }));
    media640 = h264Frames(encodeTestH264({ seconds: 2, gop: 25, width: 640, height: 480 }));
  });
  beforeEach(async () => {
    t = await openRecordingTestDb(engine);
    alarms.length = 0;
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const writer = (extra: Partial<ConstructorParameters<typeof SegmentWriter>[0]> = {}) =>
    new SegmentWriter({
      cameraId: 'cam1',
      node: 'node-a',
      recordingsDir: t.recordingsDir,
      index: t.index,
      clock: t.clock,
      segmentDurationMs: 4_000,
      // The RTCP mapping a camera would give: wall time follows the 90 kHz clock.
      wallTimeMs: (f) => WALL0 + f.pts / 90,
      onAlarm: (a) => alarms.push(a),
      ...extra,
    });

  it('writes files that start on a keyframe, with ≤1 s fragments, a hash made while writing and a chained index row', async () => {
    const w = writer();
    w.setTracks([media.track]);
    for (const f of media.frames) w.push(f);
    await w.close();
    const rows = await t.index.chain('cam1');
    // 6 s with a 4 s period and keyframes every 2 s: files of 4 s and 2 s.
    expect(rows.map((r) => [r.seq, r.duration_ms, r.frames])).toEqual([
      [1, 4000, 100],
      [2, 2000, 50],
    ]);
    expect(rows[0]?.path).toBe(join('cam1', '2026-05-01', '20260501T080000000Z.mp4'));
    expect(rows[0]?.start_time).toBe('2026-05-01T08:00:00.000Z');
    expect(rows[0]?.end_time).toBe('2026-05-01T08:00:04.000Z');
    expect(rows[0]?.prev_sha256).toBe(CHAIN_GENESIS);
    expect(rows[1]?.prev_sha256).toBe(rows[0]?.sha256);
    for (const row of rows) {
      const bytes = readFileSync(join(t.recordingsDir, row.path));
      expect(row.bytes).toBe(bytes.length);
      expect(row.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      // Fragments: a new one at every keyframe and none longer than 1 s; the index marks keyframe fragments.
      const fragments = JSON.parse(row.fragments) as FragmentEntry[];
      const parsed = parseFragments(new Uint8Array(bytes), parseInitSegment(new Uint8Array(bytes)).trex);
      expect(fragments.map((f) => f[0])).toEqual(parsed.map((p) => p.moofOffset));
      for (const p of parsed) {
        const first = p.samples[0];
        const last = p.samples[p.samples.length - 1];
        expect((last?.dts ?? 0) + (last?.duration ?? 0) - (first?.dts ?? 0)).toBeLessThanOrEqual(90_000);
        expect(p.samples.slice(1).some((s) => s.keyframe)).toBe(false);
      }
      expect(fragments.map((f) => f[2])).toEqual(parsed.map((p) => (p.samples[0]?.keyframe === true ? 1 : 0)));
      expect(fragments[0]?.[2]).toBe(1);
      const probe = ffprobe(join(t.recordingsDir, row.path));
      expect(probe).toMatchObject({ codec: 'h264', width: 320, height: 240, frames: row.frames });
      expect(Math.abs(probe.durationS * 1000 - row.duration_ms)).toBeLessThanOrEqual(40);
    }
    expect(w.stats()).toMatchObject({ framesWritten: 150, framesLost: 0, framesBeforeKeyframe: 0, segmentsSealed: 2 });
    expect((await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir })).problems).toEqual([]);
  });

  it('writes the next file while the last one waits for its fsync, and keeps the chain in seal order', async () => {
    // A disk busy with writeback makes an fsync take seconds; the next file's writes must not
    // queue behind it (they would hold every frame of the camera in memory meanwhile).
    let releaseSync: () => void = () => undefined;
    const syncGate = new Promise<void>((resolve) => {
      releaseSync = resolve;
    });
    let syncs = 0;
    const written: string[] = [];
    const w = writer({
      openFile: segmentFilesWith(
        (_chunks, path) => {
          written.push(path);
        },
        async () => {
          if (syncs++ === 0) await syncGate; // only the first file's fsync is slow
        },
      ),
    });
    w.setTracks([media.track]);
    for (const f of media.frames) w.push(f);
    // Every write of both files lands while the first file's fsync still waits.
    await vi.waitFor(() => {
      expect(new Set(written).size).toBe(2);
      expect(w.stats().backlogBytes).toBe(0);
    });
    // All but the last second, which stays pending until close() (no keyframe follows it).
    expect(w.stats()).toMatchObject({ framesWritten: 125, segmentsSealed: 0 });
    expect(await t.index.chain('cam1')).toEqual([]);
    releaseSync();
    await w.close();
    const rows = await t.index.chain('cam1');
    expect(rows.map((r) => [r.seq, r.frames])).toEqual([
      [1, 100],
      [2, 50],
    ]);
    expect(rows[1]?.prev_sha256).toBe(rows[0]?.sha256);
    expect((await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir })).problems).toEqual([]);
  });

  it('sends fragments that queued behind a write down in one writev (a writer that fell behind catches up)', async () => {
    const writes: number[] = [];
    const w = writer({
      openFile: segmentFilesWith((chunks) => {
        writes.push(chunks.length);
      }),
    });
    w.setTracks([media.track]);
    // 6 s handed over at once: nothing is written before the event loop turns, so each file's
    // init segment and fragments (4 and 2 of them) go in one writev.
    for (const f of media.frames) w.push(f);
    await w.close();
    expect(writes.length).toBe(2);
    const rows = await t.index.chain('cam1');
    expect(rows.map((r) => [r.frames, (JSON.parse(r.fragments) as FragmentEntry[]).length])).toEqual([
      [100, 4],
      [50, 2],
    ]);
    expect((await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir })).problems).toEqual([]);
  });

  it('writes units from frame memory with their in-place length prefixes as a few ranges, byte for byte as the rest', async () => {
    const record = async (cameraId: string, frames: readonly MediaFrame[]) => {
      const entries: number[] = [];
      const w = writer({
        cameraId,
        openFile: segmentFilesWith((chunks) => {
          entries.push(chunks.length);
        }),
      });
      w.setTracks([media.track]);
      // One frame at a time, as a camera sends them: each fragment is its own writev.
      for (const f of frames) {
        w.push(f);
        await w.drain();
      }
      await w.close();
      const rows = await t.index.chain(cameraId);
      return { entries, bytes: rows.map((r) => readFileSync(join(t.recordingsDir, r.path))) };
    };
    // The same frames with their units copied into frame memory, as a depacketizer does.
    const memory = new FrameMemory();
    const frames = media.frames.slice(0, 75); // 3 s, a fragment a second
    const fromMemory = frames.map((f) => ({ ...f, units: f.units.map((u) => memory.copy(u, 0, u.length)) }));
    const plain = await record('cam-plain', frames);
    const prefixed = await record('cam-memory', fromMemory);
    expect(prefixed.bytes).toEqual(plain.bytes);
    // Plain units need a prefix entry and a unit entry each; from memory, a fragment's units are a
    // range per block they span (the test clip's frames are small: one block holds them all).
    const total = (e: number[]): number => e.reduce((a, n) => a + n, 0);
    expect(total(plain.entries)).toBeGreaterThan(2 * frames.length);
    expect(Math.max(...prefixed.entries)).toBeLessThanOrEqual(3);
  });

  it('cuts the first file of a run short by the seal phase, then keeps whole periods (cameras started together seal apart)', async () => {
    // Phase 0.5 of a 4 s period: the first file ends at the first keyframe after 2 s, the next lasts 4 s.
    const w = writer({ sealPhase: 0.5 });
    w.setTracks([media.track]);
    for (const f of media.frames) w.push(f);
    await w.close();
    const rows = await t.index.chain('cam1');
    expect(rows.map((r) => [r.duration_ms, r.frames])).toEqual([
      [2000, 50],
      [4000, 100],
    ]);
    // A gap starts a new run: its first file is cut short again.
    const w2 = writer({ sealPhase: 0.5, cameraId: 'cam2' });
    w2.setTracks([media.track]);
    for (const f of media.frames.slice(0, 100)) w2.push(f);
    await w2.gap(WALL0 + 4000, WALL0 + 5000, 'offline');
    for (const f of media.frames.slice(100)) w2.push({ ...f, pts: f.pts + 90_000, dts: f.dts + 90_000 });
    for (const f of media.frames) w2.push({ ...f, pts: f.pts + 630_000, dts: f.dts + 630_000 });
    await w2.close();
    expect((await t.index.chain('cam2')).map((r) => r.duration_ms)).toEqual([2000, 2000, 2000, 4000, 2000]);
  });

  it('starts a new file with a new init segment when the resolution changes', async () => {
    const w = writer();
    w.setTracks([media.track]);
    for (const f of media.frames.slice(0, 30)) w.push(f);
    const lastPts = media.frames[29]?.pts ?? 0;
    w.setTracks([media640.track]);
    for (const f of media640.frames) w.push({ ...f, pts: f.pts + lastPts + 3600, dts: f.dts + lastPts + 3600 });
    await w.close();
    const rows = await t.index.chain('cam1');
    expect(rows.map((r) => r.frames)).toEqual([30, 50]);
    const sizes = rows.map((r) => ffprobe(join(t.recordingsDir, r.path))).map((p) => [p.width, p.height]);
    expect(sizes).toEqual([
      [320, 240],
      [640, 480],
    ]);
  });

  it('skips frames until the first keyframe and starts again at a keyframe after a gap', async () => {
    const w = writer();
    w.setTracks([media.track]);
    for (const f of media.frames.slice(10, 60)) w.push(f); // 40 frames before the keyframe at 50
    await w.gap(WALL0 + 2400, WALL0 + 9000, 'offline', { reason: 'test' });
    for (const f of media.frames.slice(60, 120)) w.push(f); // resumes at the keyframe at 100
    await w.close();
    expect(w.stats()).toMatchObject({ framesBeforeKeyframe: 80, framesWritten: 30 });
    const gaps = await t.database.db.selectFrom('recording_gaps').selectAll().execute();
    expect(gaps).toMatchObject([
      {
        camera_id: 'cam1',
        cause: 'offline',
        start_time: '2026-05-01T08:00:02.400Z',
        end_time: '2026-05-01T08:00:09.000Z',
      },
    ]);
  });

  it('pauses on a full disk, truncates to the last whole fragment, records a disk_full gap and alarms; it never deletes footage', async () => {
    let budget = 200_000; // bytes the "disk" still takes: some fragments, not the whole file
    const files: string[] = [];
    const openFile = async (path: string): Promise<SegmentFile> => {
      if (budget <= 0) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      await mkdir(dirname(path), { recursive: true });
      const fh = await open(path, 'wx');
      files.push(path);
      return {
        async writev(chunks) {
          const n = chunks.reduce((a, c) => a + c.length, 0);
          if (n > budget) {
            // A real full disk (write(2)): what fits is written and the count comes back short;
            // a write with no room at all fails.
            if (budget === 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            const { bytesWritten } = await fh.write(Buffer.concat(chunks).subarray(0, budget));
            budget = 0;
            return { bytesWritten };
          }
          budget -= n;
          return fh.writev(chunks as Uint8Array[]);
        },
        truncate: (n) => fh.truncate(n),
        sync: () => fh.sync(),
        close: () => fh.close(),
      };
    };
    const w = writer({ openFile, diskRetryMs: 5_000 });
    // Every frame given is released exactly once: written, lost to the full disk, dropped while
    // paused, before a track or a keyframe, or after close.
    const given = leased(media.frames);
    // A frame handed over twice carries a hold for each time.
    const again = (i: number): MediaFrame => {
      given.leases[i]?.retain();
      return given.frames[i] as MediaFrame;
    };
    w.push(again(0)); // no tracks yet
    w.setTracks([media.track]);
    w.push(again(1)); // not a keyframe: waits for one
    for (const f of given.frames.slice(0, 100)) w.push(f);
    await w.drain();
    expect(alarms.map((a) => a.kind)).toContain('disk_full');
    expect(w.stats().paused).toBe(true);
    // Space comes back; after the retry time the next keyframe opens a new file.
    budget = 10_000_000;
    t.clock.advance(5_000);
    for (const f of given.frames.slice(100, 150)) w.push(f);
    await w.close();
    w.push(again(149)); // after close
    expect(given.leases.filter((l) => l.refs !== 0 || l.overReleased !== 0)).toEqual([]);
    const rows = await t.index.chain('cam1');
    expect(rows.length).toBe(2);
    // The first file keeps its whole fragments and loses the rest; nothing on disk is deleted.
    expect(rows[0]?.frames).toBeGreaterThan(0);
    expect(rows[0]?.frames).toBeLessThan(100);
    for (const row of rows) {
      expect(statSync(join(t.recordingsDir, row.path)).size).toBe(row.bytes);
      expect(ffprobe(join(t.recordingsDir, row.path)).frames).toBe(row.frames);
    }
    expect(files.length).toBe(2);
    const gaps = await t.database.db.selectFrom('recording_gaps').selectAll().execute();
    expect(gaps.map((g) => g.cause)).toEqual(['disk_full']);
    expect(gaps[0]?.end_time).toBe(rows[1]?.start_time);
    const stats = w.stats();
    // The 150 frames, and the one given before any track (counted lost).
    expect(stats.framesWritten + stats.framesLost).toBe(151);
    expect((await verifyRecordings({ db: t.database.db, recordingsDir: t.recordingsDir })).ok).toBe(true);
  });

  it('names files so they sort by time under <camera>/<date>/', async () => {
    const w = writer({ segmentDurationMs: 1_000 });
    w.setTracks([media.track]);
    for (const f of media.frames) w.push(f);
    await w.close();
    const names = readdirSync(join(t.recordingsDir, 'cam1', '2026-05-01'));
    const rows = await t.index.chain('cam1');
    expect(names).toEqual([...names].sort());
    expect(rows.map((r) => r.path.split('/').pop())).toEqual(names);
  });
});
