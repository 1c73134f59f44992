import { describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../clock.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import type { HubItem, HubReader } from './contracts.ts';
import { CountingLease } from '../media/test-lease.ts';
import { Hub } from './hub.ts';
import { GOP_CACHE_MAX_BYTES } from './limits.ts';
import { thrown } from '../../test/support/thrown.ts';

const T0 = '2025-03-01T08:00:00.000Z';
const FRAME_MS = 40; // 25 fps

const TRACKS_720P: TrackInfo[] = [
  {
    codec: 'h264',
    clockRate: 90000,
    width: 1280,
    height: 720,
    parameterSets: [Uint8Array.of(0x67, 1), Uint8Array.of(0x68, 1)],
  },
  { codec: 'aac', clockRate: 16000, channels: 1 },
];
const TRACKS_1080P: TrackInfo[] = [
  {
    codec: 'h264',
    clockRate: 90000,
    width: 1920,
    height: 1080,
    parameterSets: [Uint8Array.of(0x67, 2), Uint8Array.of(0x68, 2)],
  },
  { codec: 'aac', clockRate: 16000, channels: 1 },
];

let pts = 0;
function video(keyframe: boolean, bytes = 1000, payload?: Uint8Array): MediaFrame {
  pts += 3600;
  return { codec: 'h264', pts, dts: pts, keyframe, units: [payload ?? new Uint8Array(bytes)] };
}
function audio(bytes = 200): MediaFrame {
  return { codec: 'aac', pts, dts: pts, keyframe: true, units: [new Uint8Array(bytes)] };
}

function setup() {
  const clock = new ManualClock(T0);
  const hub = new Hub({ cameraId: 'cam-1', clock });
  hub.setTracks(TRACKS_720P);
  const published: MediaFrame[] = [];
  // One GOP: a keyframe and `length - 1` P-frames, one frame period apart.
  const publishGop = (length: number, bytes = 1000) => {
    for (let i = 0; i < length; i++) {
      const f = video(i === 0, bytes);
      hub.publish(f);
      published.push(f);
      clock.advance(FRAME_MS);
    }
  };
  return { clock, hub, published, publishGop };
}

function drain(reader: HubReader): HubItem[] {
  const items: HubItem[] = [];
  for (let item = reader.read(); item !== undefined; item = reader.read()) items.push(item);
  return items;
}
const framesOf = (items: HubItem[]) => items.flatMap((i) => (i.kind === 'frame' ? [i.frame] : []));

// After any gap in what a reader got, the first frame it gets must be one a decoder can start from.
function expectGapsStartAtKeyframes(published: MediaFrame[], delivered: MediaFrame[]): void {
  let previous = -1;
  for (const frame of delivered) {
    const index = published.indexOf(frame);
    expect(index).toBeGreaterThan(previous);
    if (index !== previous + 1) expect(frame.keyframe, `frame ${index} follows a gap`).toBe(true);
    previous = index;
  }
}

describe('Hub backpressure', () => {
  it('a slow live reader loses whole GOPs, counts them, and every frame after a drop is a keyframe', () => {
    const { hub, published, publishGop } = setup();
    const slow = hub.addReader({ name: 'ws:slow', policy: 'drop-gop', maxQueuedFrames: 10 });
    for (let g = 0; g < 10; g++) publishGop(5); // 50 frames into a 10-frame queue
    const first = framesOf(drain(slow));
    expect(first).toEqual(published.slice(0, 10));
    expect(slow.stats()).toMatchObject({ droppedFrames: 40, droppedGops: 8, delivered: 10 });

    // Caught up, it gets the next GOPs from the first keyframe on.
    for (let g = 0; g < 2; g++) publishGop(5);
    const later = framesOf(drain(slow));
    expect(later).toEqual(published.slice(50));
    expectGapsStartAtKeyframes(published, [...first, ...later]);
  });

  it('drops the tail of a GOP mid-way and resumes only at a keyframe that fits', () => {
    const { hub, published, publishGop } = setup();
    const r = hub.addReader({ name: 'ws:a', policy: 'drop-gop', maxQueuedFrames: 3 });
    publishGop(5); // K P P fit, the last two P are dropped
    drain(r);
    publishGop(5);
    const got = framesOf(drain(r));
    expect(got).toEqual(published.slice(5, 8));
    expect(r.stats()).toMatchObject({ droppedFrames: 4, droppedGops: 2, delivered: 6 });
  });

  it('a fast reader is unaffected by a slow one', () => {
    const { hub, published, publishGop } = setup();
    hub.addReader({ name: 'ws:slow', policy: 'drop-gop', maxQueuedFrames: 4 });
    const got: MediaFrame[] = [];
    const fast: HubReader = hub.addReader({
      name: 'ws:fast',
      policy: 'drop-gop',
      maxQueuedFrames: 4,
      onReadable: () => got.push(...framesOf(drain(fast))),
    });
    for (let g = 0; g < 20; g++) publishGop(10);
    expect(got).toEqual(published);
    expect(fast.stats()).toMatchObject({ delivered: 200, droppedFrames: 0, droppedGops: 0 });
  });

  it('a never-drop reader gets an overrun with the wall time and frame count, then resumes at a keyframe', () => {
    const { clock, hub, published, publishGop } = setup();
    const started: [string, Date][] = [];
    hub.on('overrun-started', (name, fromWall) => started.push([name, fromWall]));
    const recorder = hub.addReader({ name: 'recorder', policy: 'never-drop', maxQueuedFrames: 4 });
    publishGop(5); // frames 0–3 queued; frame 4 at T0+160 ms is the first lost
    publishGop(5);
    publishGop(5);
    expect(started).toEqual([['recorder', new Date(Date.parse(T0) + 4 * FRAME_MS)]]);
    expect(recorder.stats()).toMatchObject({ overrunFrames: 11, overruns: 0 });

    const before = drain(recorder);
    expect(framesOf(before)).toEqual(published.slice(0, 4));
    const resumeAt = clock.now();
    publishGop(4);
    const after = drain(recorder);
    expect(after[0]).toEqual({
      kind: 'overrun',
      overrun: { fromWall: new Date(Date.parse(T0) + 160), untilWall: resumeAt, frames: 11, bytes: 11_000 },
    });
    expect(after[1]).toMatchObject({ kind: 'frame', frame: { keyframe: true } });
    expect(framesOf(after)).toEqual(published.slice(15));
    expect(recorder.stats()).toMatchObject({ overruns: 1, overrunFrames: 11, delivered: 8, droppedFrames: 0 });
  });

  it('never drops an event: a pending overrun is reported before the offline that ends it', () => {
    const { hub, publishGop } = setup();
    const recorder = hub.addReader({ name: 'recorder', policy: 'never-drop', maxQueuedFrames: 2 });
    publishGop(5);
    hub.markOffline('RTSP session timeout');
    const kinds = drain(recorder).map((i) => (i.kind === 'overrun' ? `overrun:${i.overrun.frames}` : i.kind));
    expect(kinds).toEqual(['tracks', 'online', 'frame', 'frame', 'overrun:3', 'offline']);
    expect(hub.stats()).toMatchObject({ online: false, offlineReason: 'RTSP session timeout' });
  });

  it('bounds a queue by bytes as well as frames, but never starves a reader of an oversized keyframe', () => {
    const { hub, publishGop } = setup();
    const r = hub.addReader({ name: 'ws:a', policy: 'drop-gop', maxQueuedBytes: 2500 });
    publishGop(5, 1000);
    expect(r.stats()).toMatchObject({ queuedFrames: 2, queuedBytes: 2000, droppedFrames: 3 });
    drain(r);
    publishGop(2, 10_000); // a 10 kB keyframe into an empty 2.5 kB queue
    expect(r.stats()).toMatchObject({ queuedFrames: 1, queuedBytes: 10_000 });
  });
});

describe('Hub late joiners and tracks', () => {
  it('a late joiner starts at the latest keyframe, after the current tracks', () => {
    const { hub, published, publishGop } = setup();
    publishGop(5);
    publishGop(3);
    const r = hub.addReader({ name: 'ws:late', policy: 'drop-gop' });
    const items = drain(r);
    expect(items[0]).toEqual({ kind: 'tracks', tracks: TRACKS_720P });
    expect(framesOf(items)).toEqual(published.slice(5, 8));
    expect(r.stats()).toMatchObject({ replayed: 3, delivered: 3 });
  });

  it('with gopCacheIdleMs, caches the GOP only while a live reader watches and that long after; a recorder alone holds none', () => {
    const clock = new ManualClock(T0);
    const hub = new Hub({ cameraId: 'cam-1', clock, gopCacheIdleMs: 60_000 });
    hub.setTracks(TRACKS_720P);
    const published: MediaFrame[] = [];
    const leases: CountingLease[] = [];
    // As a source does: its own hold ends once the frame is published.
    const publishGop = (length: number) => {
      for (let i = 0; i < length; i++) {
        const lease = new CountingLease();
        const f: MediaFrame = { ...video(i === 0), lease };
        hub.publish(f);
        lease.release();
        published.push(f);
        leases.push(lease);
        clock.advance(FRAME_MS);
      }
    };
    const recorder = hub.addReader({ name: 'recorder', policy: 'never-drop', releasesFrames: true });
    const recorded = () => {
      const items = drain(recorder);
      for (const f of framesOf(items)) f.lease?.release();
    };
    publishGop(5);
    recorded();
    // Nobody watches: no frame is held once the recorder has it written.
    expect(hub.stats().gopCacheFrames).toBe(0);
    expect(leases.every((l) => l.refs === 0)).toBe(true);
    // The first viewer starts at the next keyframe; from then on the GOP is cached.
    const viewer = hub.addReader({ name: 'ws:1', policy: 'drop-gop' });
    hub.publish(video(false)); // mid-GOP: the viewer cannot start here
    publishGop(3);
    recorded();
    expect(framesOf(drain(viewer))).toEqual(published.slice(5, 8));
    expect(hub.stats().gopCacheFrames).toBe(3);
    // Within the idle time after the viewer left, a new one still starts at once from the cache.
    viewer.close();
    clock.advance(30_000);
    publishGop(2);
    recorded();
    const second = hub.addReader({ name: 'ws:2', policy: 'drop-gop' });
    expect(framesOf(drain(second))).toEqual(published.slice(8, 10));
    second.close();
    // Past it, the next frame drops the cache and its holds.
    clock.advance(60_000);
    hub.publish(video(false));
    recorded();
    expect(hub.stats().gopCacheFrames).toBe(0);
    expect(leases.every((l) => l.refs === 0 && l.overReleased === 0)).toBe(true);
  });

  it("a joiner asking for 'next-keyframe' skips to it and counts what it skipped", () => {
    const { hub, published, publishGop } = setup();
    publishGop(5);
    hub.publish(video(false)); // mid-GOP, before the join: not counted for the joiner
    const r = hub.addReader({ name: 'recorder', policy: 'never-drop', start: 'next-keyframe' });
    hub.publish(video(false));
    publishGop(4);
    const frames = framesOf(drain(r));
    expect(frames[0]?.keyframe).toBe(true);
    expect(frames).toEqual(published.slice(5));
    expect(r.stats()).toMatchObject({ skippedFrames: 1, replayed: 0, delivered: 4 });
  });

  it('with a video track, an audio frame is no place to start', () => {
    const { hub } = setup();
    const r = hub.addReader({ name: 'ws:a', policy: 'drop-gop', start: 'next-keyframe' });
    hub.publish(audio());
    hub.publish(video(false));
    const key = video(true);
    hub.publish(key);
    expect(framesOf(drain(r))).toEqual([key]);
    expect(r.stats().skippedFrames).toBe(2);
  });

  it('announces a tracks change after the frames queued before it and before the first new frame', () => {
    const { hub, published, publishGop } = setup();
    const r = hub.addReader({ name: 'ws:a', policy: 'drop-gop' });
    const observed: (readonly TrackInfo[])[] = [];
    hub.on('tracks', (t) => observed.push(t));
    publishGop(3);
    // The depacketizer repeats the same SPS/PPS before each IDR: not a change.
    hub.setTracks(TRACKS_720P.map((t) => ({ ...t })));
    hub.setTracks(TRACKS_1080P);
    const key1080 = video(true, 5000);
    hub.publish(key1080);
    const kinds = drain(r).map((i) => (i.kind === 'tracks' ? `tracks:${i.tracks[0]?.width}` : i.kind));
    expect(kinds).toEqual(['tracks:1280', 'online', 'frame', 'frame', 'frame', 'tracks:1920', 'frame']);
    expect(observed).toEqual([TRACKS_1080P]);
    expect(published).toHaveLength(3);
  });

  it('does not hand a joiner the old GOP after the tracks changed', () => {
    const { hub, publishGop } = setup();
    publishGop(5);
    hub.setTracks(TRACKS_1080P);
    const r = hub.addReader({ name: 'ws:a', policy: 'drop-gop' });
    expect(drain(r)).toEqual([{ kind: 'tracks', tracks: TRACKS_1080P }]);
  });
});

describe('Hub isolation and memory', () => {
  it('a throwing listener or onReadable breaks neither publish nor other readers', () => {
    const onListenerError = vi.fn<(err: unknown, event: string) => void>();
    const clock = new ManualClock(T0);
    const hub = new Hub({ cameraId: 'cam-1', clock, onListenerError });
    const seen: string[] = [];
    hub.on('online', () => {
      throw new Error('metrics exporter down');
    });
    hub.on('online', () => seen.push('online'));
    hub.addReader({
      name: 'ws:bad',
      policy: 'drop-gop',
      onReadable: () => {
        throw new Error('socket gone');
      },
    });
    const good = hub.addReader({ name: 'ws:good', policy: 'drop-gop' });
    const key = video(true);
    hub.publish(key); // must not throw
    expect(seen).toEqual(['online']);
    expect(framesOf(drain(good))).toEqual([key]);
    expect(hub.stats().listenerErrors).toBe(2);
    expect(onListenerError).toHaveBeenCalledWith(expect.objectContaining({ message: 'socket gone' }), 'onReadable');
  });

  it('holds a 10 s GOP of large frames within the cache byte cap; joiners past the cap wait for a keyframe', () => {
    const { hub, published } = setup();
    const payload = new Uint8Array(100_000); // 100 kB frames, 25 MB per 10 s GOP; shared, not copied
    let maxCacheBytes = 0;
    let lateJoiner: HubReader | undefined;
    for (let g = 0; g < 3; g++) {
      for (let i = 0; i < 250; i++) {
        const f = video(i === 0, 0, payload);
        hub.publish(f);
        published.push(f);
        maxCacheBytes = Math.max(maxCacheBytes, hub.stats().gopCacheBytes);
        if (g === 1 && i === 200) lateJoiner = hub.addReader({ name: 'ws:late', policy: 'drop-gop' });
      }
    }
    expect(maxCacheBytes).toBeLessThanOrEqual(GOP_CACHE_MAX_BYTES);
    expect(maxCacheBytes).toBeGreaterThan(GOP_CACHE_MAX_BYTES - 100_000);
    expect(hub.stats().gopCacheOverflows).toBe(3);
    if (lateJoiner === undefined) throw new Error('joiner missing');
    const first = framesOf(drain(lateJoiner))[0];
    expect(first).toBe(published[500]); // the third GOP's keyframe
    expect(lateJoiner.stats().skippedFrames).toBe(49);
  });
});

describe('Hub counters and lifecycle', () => {
  it('counts frames and bytes in and measures bitrate and frame rate over the window', () => {
    const { clock, hub } = setup();
    for (let i = 0; i < 100; i++) {
      hub.publish(video(i % 25 === 0, 1000));
      hub.publish(audio(200));
      hub.publish(audio(200));
      clock.advance(FRAME_MS);
    }
    const s = hub.stats();
    expect(s).toMatchObject({ online: true, framesIn: 300, bytesIn: 140_000, videoFramesPerSecond: 25 });
    expect(s.bitsPerSecond).toBe((25 * 1000 + 50 * 200) * 8);
    expect(s.lastFrameAt).toEqual(new Date(Date.parse(T0) + 99 * FRAME_MS));
    clock.advance(60_000);
    expect(hub.stats()).toMatchObject({ bitsPerSecond: 0, videoFramesPerSecond: 0 });
  });

  it('after a reconnect readers wait for a keyframe and are told offline and online in order', () => {
    const { hub, publishGop } = setup();
    const r = hub.addReader({ name: 'ws:a', policy: 'drop-gop' });
    publishGop(2);
    hub.markOffline('camera unreachable');
    hub.markOnline();
    hub.publish(video(false)); // the camera resumed mid-GOP
    publishGop(2);
    const kinds = drain(r).map((i) => (i.kind === 'frame' ? (i.frame.keyframe ? 'K' : 'P') : i.kind));
    expect(kinds).toEqual(['tracks', 'online', 'K', 'P', 'offline', 'online', 'K', 'P']);
    expect(r.stats().skippedFrames).toBe(1);
  });

  it('close() ends readers after what they queued, and the closed hub refuses producers', () => {
    const { hub, publishGop } = setup();
    const r = hub.addReader({ name: 'recorder', policy: 'never-drop' });
    publishGop(2);
    hub.close();
    expect(drain(r).map((i) => i.kind)).toEqual(['tracks', 'online', 'frame', 'frame', 'end']);
    expect(hub.stats().readers).toBe(0);
    expect(
      thrown(() => {
        hub.publish(video(true));
      }),
    ).toBeInstanceOf(PsvisError);
    expect(thrown(() => hub.addReader({ name: 'x', policy: 'drop-gop' }))).toMatchObject({
      code: 'PSVIS_ERR_HUB_CLOSED',
    });
  });

  it('a closed reader leaves the hub and rejects bad queue bounds', () => {
    const { hub } = setup();
    const r = hub.addReader({ name: 'ws:a', policy: 'drop-gop' });
    r.close();
    r.close();
    expect(hub.stats().readers).toBe(0);
    expect(thrown(() => hub.addReader({ name: 'ws:b', policy: 'drop-gop', maxQueuedFrames: 0 }))).toMatchObject({
      code: 'PSVIS_ERR_HUB_READER_LIMITS',
    });
  });
});
