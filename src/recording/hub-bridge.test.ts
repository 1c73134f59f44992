import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../test/support/databases.ts';
import { Hub } from '../hub/hub.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import { recordFromHub } from './hub-bridge.ts';
import { SegmentWriter } from './segment-writer.ts';
import { encodeTestH264, h264Frames } from './test-media.ts';
import { openRecordingTestDb, segmentFilesWith, type RecordingTestDb } from './test-db.ts';

describe.each(DATABASE_ENGINES)('recording from a hub on %s', (engine) => {
  let t: RecordingTestDb;
  let media: { track: TrackInfo; frames: MediaFrame[] };

  beforeAll(() => {
    media = h264Frames(encodeTestH264({ seconds: 6, gop: 50 }));
  });
  beforeEach(async () => {
    t = await openRecordingTestDb(engine, '2026-05-01T08:00:00.000Z');
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('stops reading while the disk is behind, so a stalled disk becomes an overrun gap, not memory', async () => {
    // A disk that takes writes only when the test lets it.
    let release: () => void = () => undefined;
    let gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let maxBacklog = 0;
    const openFile = segmentFilesWith(() => gate);
    const writer = new SegmentWriter({
      cameraId: 'cam1',
      node: 'node-a',
      recordingsDir: t.recordingsDir,
      index: t.index,
      clock: t.clock,
      openFile,
      // About one fragment of the test clip: the second one waits in the hub's queue.
      backlogMaxBytes: 4_000,
    });
    const hub = new Hub({ cameraId: 'cam1', clock: t.clock });
    const errors: unknown[] = [];
    const detach = recordFromHub(hub, writer, (err) => errors.push(err), { maxQueuedFrames: 30 });
    hub.setTracks([media.track]);
    for (const frame of media.frames.slice(0, 100)) {
      hub.publish(frame);
      maxBacklog = Math.max(maxBacklog, writer.stats().backlogBytes);
      t.clock.advance(40);
    }
    // The writer stopped at its first fragment (the first second); without the bound it would
    // have queued all four seconds.
    const bytesOf = (frames: MediaFrame[]): number =>
      frames.reduce((n, f) => n + f.units.reduce((m, u) => m + u.length, 0), 0);
    expect(maxBacklog).toBeGreaterThan(4_000);
    expect(maxBacklog).toBeLessThan(bytesOf(media.frames.slice(0, 40)));
    // The disk catches up; the next keyframe ends the overrun with a gap row.
    release();
    gate = Promise.resolve();
    await writer.drain();
    for (const frame of media.frames.slice(100, 150)) {
      hub.publish(frame);
      t.clock.advance(40);
      // Real time: the disk keeps up now.
      await writer.drain();
    }
    hub.close();
    detach();
    await writer.close();
    const gaps = await t.database.db.selectFrom('recording_gaps').selectAll().execute();
    expect(gaps.map((g) => g.cause)).toEqual(['overrun']);
    const rows = await t.index.chain('cam1');
    const onDisk = rows.reduce((n, r) => n + r.frames, 0);
    const lost = (JSON.parse(gaps[0]?.details ?? '{}') as { frames?: number }).frames ?? 0;
    // Every frame is either on disk or counted in the gap.
    expect(onDisk + lost).toBe(150);
    expect(lost).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
