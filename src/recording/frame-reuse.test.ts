// The recorder on reused frame memory (src/media/frame-memory.ts): frames go through a real hub
// to the segment writer while their memory is handed out again as soon as every holder released
// it, and every released block is poisoned. A holder that let go too early would put poison, or
// a later frame's bytes, into the recorded evidence; the files must hold exactly the frames sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Hub } from '../hub/hub.ts';
import { NAL_LENGTH_PREFIX_BYTES } from '../media/annexb.ts';
import { parseFragments, parseInitSegment } from '../media/fmp4/reader.ts';
import { FrameMemory } from '../media/frame-memory.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import { recordFromHub } from './hub-bridge.ts';
import { SegmentWriter } from './segment-writer.ts';
import { encodeTestH264, h264Frames } from './test-media.ts';
import { openRecordingTestDb, segmentFilesWith, type RecordingTestDb } from './test-db.ts';

// AVCC sample bytes of a frame: each unit behind its 4-byte length (ISO 14496-15).
function avcc(frame: MediaFrame): Buffer {
  const parts: Buffer[] = [];
  for (const u of frame.units) {
    const len = Buffer.alloc(NAL_LENGTH_PREFIX_BYTES);
    len.writeUInt32BE(u.length);
    parts.push(len, Buffer.from(u));
  }
  return Buffer.concat(parts);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('recording on reused frame memory', () => {
  let t: RecordingTestDb;
  let media: { track: TrackInfo; frames: MediaFrame[] };

  beforeAll(() => {
    media = h264Frames(encodeTestH264({ seconds: 8, gop: 25 }));
  });
  beforeEach(async () => {
    t = await openRecordingTestDb('sqlite', '2026-05-01T08:00:00.000Z');
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('writes exactly the frames sent while their memory is reused and poisoned under a slow disk and a live viewer', async () => {
    // A disk that answers each write a few turns later, so fragments wait while memory churns.
    const openFile = segmentFilesWith(async () => {
      for (let i = 0; i < 3; i++) await nextTurn();
    });
    const writer = new SegmentWriter({
      cameraId: 'cam1',
      node: 'node-a',
      recordingsDir: t.recordingsDir,
      index: t.index,
      clock: t.clock,
      openFile,
      segmentDurationMs: 3_000,
      wallTimeMs: (f) => Date.parse('2026-05-01T08:00:00.000Z') + f.pts / 90,
    });
    const hub = new Hub({ cameraId: 'cam1', clock: t.clock });
    const errors: unknown[] = [];
    const detach = recordFromHub(hub, writer, (err) => errors.push(err));
    // Small blocks: each holds a few frames, so blocks are released and reused all the time.
    const memory = new FrameMemory({ blockBytes: 16 * 1024, poison: true });
    hub.setTracks([media.track]);
    let viewer: ReturnType<Hub['addReader']> | undefined;
    for (const [i, original] of media.frames.entries()) {
      // A live viewer (a reader that does not release: its frames are pinned) for a while.
      if (i === 60) viewer = hub.addReader({ name: 'viewer', policy: 'drop-gop' });
      if (i === 120) viewer?.close();
      // As ingest does: the frame's units copied into frame memory, published, the depacketizer's hold let go.
      const units = original.units.map((u) => memory.copy(u, 0, u.length));
      const frame: MediaFrame = { ...original, units, lease: memory.lease(units) };
      hub.publish(frame);
      frame.lease?.release();
      if (i % 3 === 0) await nextTurn();
      // Once a second the disk catches up, so released blocks come round while frames still arrive
      // (otherwise whether any block is reused before the last frame depends on the disk's pace).
      if (i % 25 === 24) await writer.drain();
      viewer?.read();
    }
    hub.close();
    detach();
    await writer.close();
    expect(errors).toEqual([]);
    // Blocks went round: most frames were written from memory that had held earlier ones.
    expect(memory.blocksReused).toBeGreaterThanOrEqual(5);

    // Every recorded sample, in order, is the AVCC of the frame sent.
    const rows = await t.index.chain('cam1');
    const recorded: Buffer[] = [];
    for (const row of rows) {
      const bytes = new Uint8Array(readFileSync(join(t.recordingsDir, row.path)));
      const init = parseInitSegment(bytes);
      for (const fragment of parseFragments(bytes, init.trex)) {
        for (const s of fragment.samples) recorded.push(Buffer.from(bytes.subarray(s.offset, s.offset + s.size)));
      }
    }
    expect(recorded.length).toBe(media.frames.length);
    let mismatched = 0;
    media.frames.forEach((f, i) => {
      if (!avcc(f).equals(recorded[i] ?? Buffer.alloc(0))) mismatched++;
    });
    expect(mismatched).toBe(0);
  });
});
