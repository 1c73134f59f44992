// The hub's side of frame memory reuse (MediaFrame.lease, src/media/frame-memory.ts): it holds a
// lease for each frame in its GOP cache and in the queue of a reader that releases frames, lets
// go of every one it drops, and pins frames given to readers that do not release.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { CountingLease } from '../media/test-lease.ts';
import type { MediaFrame } from '../media/types.ts';
import { Hub } from './hub.ts';

let pts = 0;
function frame(keyframe: boolean): { frame: MediaFrame; lease: CountingLease } {
  pts += 3600;
  const lease = new CountingLease();
  return { frame: { codec: 'h264', pts, dts: pts, keyframe, units: [new Uint8Array(500)], lease }, lease };
}

function setup() {
  const hub = new Hub({ cameraId: 'cam-1', clock: new ManualClock('2026-05-01T08:00:00Z') });
  hub.setTracks([{ codec: 'h264', clockRate: 90_000, parameterSets: [Uint8Array.of(0x67), Uint8Array.of(0x68)] }]);
  const leases: CountingLease[] = [];
  // As ingest does: publish, then drop the producer's own hold.
  const publish = (keyframe: boolean) => {
    const f = frame(keyframe);
    leases.push(f.lease);
    hub.publish(f.frame);
    f.lease.release();
  };
  return { hub, leases, publish };
}

describe('hub and frame leases', () => {
  it('the GOP cache holds the current GOP only, and lets it go at the next keyframe', () => {
    const { leases, publish } = setup();
    for (let i = 0; i < 10; i++) publish(i % 5 === 0);
    // Frames 0..4 were the first GOP, released when frame 5 (a keyframe) came; 5..9 are cached.
    expect(leases.map((l) => l.refs)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(leases.some((l) => l.overReleased > 0 || l.pinned)).toBe(false);
  });

  it('a releasing reader holds what it queued until its consumer releases it; close lets the queue go', () => {
    const { hub, leases, publish } = setup();
    const reader = hub.addReader({
      name: 'recorder',
      policy: 'never-drop',
      start: 'next-keyframe',
      releasesFrames: true,
    });
    for (let i = 0; i < 6; i++) publish(i % 5 === 0);
    // The consumer takes two frames and releases them once written.
    for (let i = 0; i < 3; i++) {
      const item = reader.read();
      if (item?.kind === 'frame') item.frame.lease?.release();
    }
    reader.close();
    // Only the GOP cache (frame 5) still holds anything.
    expect(leases.map((l) => l.refs)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(leases.some((l) => l.overReleased > 0 || l.pinned)).toBe(false);
  });

  it('frames a never-drop reader loses to an overrun are not held; a reader joining from the cache holds the cached GOP', () => {
    const { hub, leases, publish } = setup();
    const reader = hub.addReader({
      name: 'recorder',
      policy: 'never-drop',
      start: 'next-keyframe',
      releasesFrames: true,
      maxQueuedFrames: 2,
    });
    for (let i = 0; i < 8; i++) publish(i % 4 === 0);
    // Queued: frames 0 and 1 (the rest overran). Cache: frames 4..7.
    expect(leases.map((l) => l.refs)).toEqual([1, 1, 0, 0, 1, 1, 1, 1]);
    const late = hub.addReader({ name: 'late', policy: 'never-drop', releasesFrames: true });
    expect(leases.map((l) => l.refs)).toEqual([1, 1, 0, 0, 2, 2, 2, 2]);
    reader.close();
    late.close();
    hub.close();
    expect(leases.every((l) => l.refs === 0 && l.overReleased === 0)).toBe(true);
  });

  it('a reader that does not release pins the frames it is given, so their memory is never reused', () => {
    const { hub, leases, publish } = setup();
    publish(true);
    publish(false);
    hub.addReader({ name: 'viewer', policy: 'drop-gop' });
    publish(false);
    expect(leases.map((l) => l.pinned)).toEqual([true, true, true]);
    hub.close();
  });
});
