import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import { Recorder } from './recorder.ts';
import type { RecordingAlarm } from './segment-writer.ts';
import { encodeTestH264, h264Frames } from './test-media.ts';
import { openRecordingTestDb, segmentFilesWith, type RecordingTestDb } from './test-db.ts';

// DESIGN.md "Storage": when the disk is full psvis never deletes footage inside its floor; it
// pauses the lowest-priority recording and alarms. Here the disk is full for everyone: the
// important camera (重要部位) keeps trying; the ordinary one is paused with a gap that says why.

const WALL0 = Date.parse('2026-05-01T08:00:00.000Z');

describe('recording priority on a full disk', () => {
  let t: RecordingTestDb;
  let media: { track: TrackInfo; frames: MediaFrame[] };
  const alarms: RecordingAlarm[] = [];
  beforeAll(() => {
    media = h264Frames(encodeTestH264({ seconds: 4, gop: 25 }));
  });
  beforeEach(async () => {
    t = await openRecordingTestDb('sqlite');
    alarms.length = 0;
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('pauses the lower-priority camera with a paused gap when the important one hits a full disk', async () => {
    let diskFull = false;
    const openFile = segmentFilesWith(() => {
      if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    const recorder = new Recorder({
      audit: t.audit,
      index: t.index,
      clock: t.clock,
      node: 'node-a',
      recordingsDir: t.recordingsDir,
      openFile,
      diskRetryMs: 5_000,
      wallTimeMs: (_id, f) => WALL0 + f.pts / 90,
      priorityOf: (id) => (id === 'important' ? 1 : 0),
      onAlarm: (a) => alarms.push(a),
    });
    await recorder.start();
    const important = recorder.camera('important');
    const ordinary = recorder.camera('ordinary');
    for (const w of [important, ordinary]) w.setTracks([media.track]);
    for (const f of media.frames.slice(0, 50)) {
      important.push(f);
      ordinary.push(f);
    }
    await Promise.all([important.drain(), ordinary.drain()]);
    diskFull = true;
    for (const f of media.frames.slice(50, 75)) important.push(f);
    await important.drain();
    expect(alarms.some((a) => a.kind === 'disk_full' && a.cameraId === 'important')).toBe(true);
    expect(ordinary.stats().paused).toBe(true);
    // Frames keep arriving for the ordinary camera: counted lost while shed, nothing written.
    const before = ordinary.stats().framesWritten;
    for (const f of media.frames.slice(50, 75)) ordinary.push(f);
    await ordinary.drain();
    expect(ordinary.stats().framesWritten).toBe(before);
    await recorder.close();
    const gaps = await t.database.db
      .selectFrom('recording_gaps')
      .selectAll()
      .where('camera_id', '=', 'ordinary')
      .execute();
    expect(gaps.map((g) => g.cause)).toEqual(['paused']);
    expect(JSON.parse(gaps[0]?.details ?? '{}')).toMatchObject({
      reason: 'disk_full',
      shedFor: 'important',
      priority: 0,
    });
    // The ordinary camera's footage up to the pause is sealed and chained, not deleted.
    const rows = await t.index.chain('ordinary');
    expect(rows.reduce((n, r) => n + r.frames, 0)).toBe(before);
  });
});
