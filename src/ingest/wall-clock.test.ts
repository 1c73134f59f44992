// Wall time of frames: RFC 3550 §6.4.1 sender reports when the camera sends them, arrival otherwise.
import { describe, expect, it } from 'vitest';
import { unixMsToNtp } from '../media/rtcp.ts';
import { TrackWallClock } from './wall-clock.ts';

describe('TrackWallClock', () => {
  it('maps pts through the latest sender report, 90 kHz', () => {
    const clock = new TrackWallClock(90000);
    const srWallMs = Date.UTC(2026, 4, 1, 8, 0, 0);
    clock.onSenderReport({ ...unixMsToNtp(srWallMs), rtpTimestamp: 1_000_000 });
    expect(clock.synchronized).toBe(true);
    expect(clock.wallTimeMs(1_000_000 + 90_000)).toBeCloseTo(srWallMs + 1000, 3);
    // The camera's clock wins over arrival: a late frame keeps its capture time.
    clock.onFrame(1_000_000, srWallMs + 5000);
    expect(clock.wallTimeMs(1_000_000)).toBeCloseTo(srWallMs, 3);
  });

  it('maps an unwrapped pts past 2^32 through an SR carrying the 32-bit value', () => {
    const clock = new TrackWallClock(90000);
    const srWallMs = Date.UTC(2026, 4, 1);
    clock.onSenderReport({ ...unixMsToNtp(srWallMs), rtpTimestamp: 0xffff_0000 });
    expect(clock.wallTimeMs(0x1_0000_0000 + 90_000)).toBeCloseTo(
      srWallMs + ((0x1_0000_0000 + 90_000 - 0xffff_0000) * 1000) / 90000,
      3,
    );
  });

  it('falls back to the arrival of the latest frame, extrapolated by the clock rate', () => {
    const clock = new TrackWallClock(8000);
    expect(clock.wallTimeMs(0)).toBeUndefined();
    clock.onFrame(16_000, 1_000_000);
    expect(clock.synchronized).toBe(false);
    expect(clock.wallTimeMs(24_000)).toBe(1_001_000);
  });
});
