import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import type { BackpressurePolicy, HubItem, HubReader, ReaderStart } from './contracts.ts';
import { Hub } from './hub.ts';

// Random interleavings of publishing, reading, joining, tracks changes and reconnects, checked
// against what every reader must be able to rely on whatever the timing.

type Op =
  | { op: 'publish'; keyframe: boolean; audio: boolean; bytes: number }
  | { op: 'read'; reader: number; count: number }
  | { op: 'join'; policy: BackpressurePolicy; start: ReaderStart; maxFrames: number; maxBytes: number }
  | { op: 'tracks'; width: number }
  | { op: 'reconnect' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      op: fc.constant('publish' as const),
      keyframe: fc.boolean(),
      audio: fc.boolean(),
      bytes: fc.integer({ min: 1, max: 6000 }),
    }),
  },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('read' as const), reader: fc.nat(5), count: fc.nat(12) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('join' as const),
      policy: fc.constantFrom<BackpressurePolicy>('drop-gop', 'never-drop'),
      start: fc.constantFrom<ReaderStart>('latest-keyframe', 'next-keyframe'),
      maxFrames: fc.integer({ min: 1, max: 10 }),
      maxBytes: fc.integer({ min: 1000, max: 30_000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('tracks' as const), width: fc.constantFrom(1280, 1920) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'reconnect' as const }) },
);

const tracksOfWidth = (width: number): TrackInfo[] => [
  { codec: 'h264', clockRate: 90000, width, height: (width * 9) / 16 },
  { codec: 'aac', clockRate: 16000, channels: 1 },
];

interface Joined {
  reader: HubReader;
  policy: BackpressurePolicy;
  maxFrames: number;
  maxBytes: number;
  joinIndex: number;
  items: HubItem[];
}

function run(ops: Op[]): void {
  const clock = new ManualClock('2025-03-01T08:00:00Z');
  const hub = new Hub({ cameraId: 'cam-prop', clock, gopCacheMaxBytes: 20_000, gopCacheMaxFrames: 8 });
  hub.setTracks(tracksOfWidth(1280));
  const published: MediaFrame[] = [];
  const indexOf = new Map<MediaFrame, number>();
  const tracksAtPublish: (readonly TrackInfo[])[] = [];
  const readers: Joined[] = [];

  for (const op of ops) {
    clock.advance(20);
    if (op.op === 'publish') {
      const frame: MediaFrame = {
        codec: op.audio ? 'aac' : 'h264',
        pts: published.length,
        dts: published.length,
        keyframe: op.audio || op.keyframe,
        units: [new Uint8Array(op.bytes)],
      };
      indexOf.set(frame, published.length);
      published.push(frame);
      tracksAtPublish.push(hub.currentTracks());
      hub.publish(frame);
    } else if (op.op === 'read') {
      const r = readers[op.reader % Math.max(1, readers.length)];
      for (let i = 0; r !== undefined && i < op.count; i++) {
        const item = r.reader.read();
        if (item === undefined) break;
        r.items.push(item);
      }
    } else if (op.op === 'join') {
      const reader = hub.addReader({
        name: `r${readers.length}`,
        policy: op.policy,
        start: op.start,
        maxQueuedFrames: op.maxFrames,
        maxQueuedBytes: op.maxBytes,
      });
      readers.push({
        reader,
        policy: op.policy,
        maxFrames: op.maxFrames,
        maxBytes: op.maxBytes,
        joinIndex: published.length,
        items: [],
      });
    } else if (op.op === 'tracks') {
      hub.setTracks(tracksOfWidth(op.width));
    } else {
      hub.markOffline('test reconnect');
      hub.markOnline();
    }
    for (const r of readers) {
      const { queuedFrames, queuedBytes } = r.reader.stats();
      // Bounded, except one oversized frame admitted into an empty queue.
      if (queuedFrames > 1) {
        expect(queuedFrames).toBeLessThanOrEqual(r.maxFrames);
        expect(queuedBytes).toBeLessThanOrEqual(r.maxBytes);
      }
    }
    expect(hub.stats().gopCacheBytes).toBeLessThanOrEqual(20_000);
  }

  hub.close(); // flushes pending overruns, so every loss is accounted for in-band
  for (const r of readers) {
    for (let item = r.reader.read(); item !== undefined; item = r.reader.read()) r.items.push(item);
    checkReader(r, published, indexOf, tracksAtPublish);
  }
}

function checkReader(
  r: Joined,
  published: MediaFrame[],
  indexOf: Map<MediaFrame, number>,
  tracksAtPublish: (readonly TrackInfo[])[],
): void {
  const s = r.reader.stats();
  let previous = -1;
  let afterJoin = 0;
  let currentTracks: readonly TrackInfo[] | undefined;
  let overrunSinceLastFrame = 0;
  let offlineSinceLastFrame = false;
  let overrunTotal = 0;
  for (const item of r.items) {
    if (item.kind === 'tracks') currentTracks = item.tracks;
    if (item.kind === 'offline') offlineSinceLastFrame = true;
    if (item.kind === 'overrun') {
      expect(r.policy).toBe('never-drop');
      overrunSinceLastFrame += item.overrun.frames;
      overrunTotal += item.overrun.frames;
    }
    if (item.kind !== 'frame') continue;
    const index = indexOf.get(item.frame) ?? -1;
    // A subsequence of what was published, in order.
    expect(index).toBeGreaterThan(previous);
    if (index >= r.joinIndex) afterJoin++;
    // Any gap (and the very start) is followed by a video keyframe a decoder can start from.
    if (index !== previous + 1 || previous === -1) {
      expect(item.frame.keyframe && item.frame.codec === 'h264').toBe(true);
    }
    // A never-drop reader's gap is exactly the overrun it was told of, unless the camera dropped out.
    if (r.policy === 'never-drop' && previous >= 0 && !offlineSinceLastFrame) {
      expect(overrunSinceLastFrame).toBe(index - previous - 1);
    }
    // Every frame comes after the tracks it was published under.
    expect(currentTracks).toBe(tracksAtPublish[index]);
    previous = index;
    overrunSinceLastFrame = 0;
    offlineSinceLastFrame = false;
  }
  expect(r.items.at(-1)?.kind).toBe('end');
  expect(overrunTotal).toBe(s.overrunFrames);
  if (r.policy === 'drop-gop') expect(s.overrunFrames).toBe(0);
  else expect(s.droppedFrames).toBe(0);
  expect(s.delivered - s.replayed).toBe(afterJoin);
  expect(afterJoin + s.droppedFrames + s.overrunFrames + s.skippedFrames).toBe(published.length - r.joinIndex);
}

describe('Hub under random publish/consume interleavings', () => {
  it('every reader gets an in-order subsequence, gaps start at keyframes, and every frame is accounted for', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 300 }), (ops) => {
        run(ops);
      }),
      { numRuns: 400 },
    );
  });
});
