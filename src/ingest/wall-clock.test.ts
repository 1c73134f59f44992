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

describe('TrackWallClock slewing to a sender report', () => {
  const srAt = (wallMs: number, rtp: number) => ({ ...unixMsToNtp(wallMs), rtpTimestamp: rtp });

  it('runs on through the first report 100 ms behind arrival time and converges at 5 % of media time', () => {
    const clock = new TrackWallClock(90000);
    const arrival0 = Date.UTC(2026, 4, 1, 8, 0, 0);
    // 25 fps frames arrive 100 ms after capture; the report says when they were captured.
    let pts = 0;
    for (; pts < 10 * 3600; pts += 3600) clock.onFrame(pts, arrival0 + pts / 90);
    const last = pts - 3600;
    const beforeReport = clock.wallTimeMs(last) ?? 0;
    clock.onSenderReport(srAt(arrival0 - 100 + last / 90, last));
    // No step at the report...
    expect(clock.wallTimeMs(last)).toBeCloseTo(beforeReport, 2);
    // ...then 40 ms frames last 38 ms (5 % less) until the 100 ms are worked off after 2 s.
    const times: number[] = [];
    for (let p = last; p <= last + 100 * 3600; p += 3600) times.push(clock.wallTimeMs(p) ?? 0);
    const steps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    for (const step of steps) {
      expect(step).toBeGreaterThanOrEqual(38 - 1e-2);
      expect(step).toBeLessThanOrEqual(40 + 1e-2);
    }
    expect(clock.wallTimeMs(last + 50 * 3600)).toBeCloseTo(arrival0 - 100 + (last + 50 * 3600) / 90, 2);
    expect(clock.wallTimeMs(last + 100 * 3600)).toBeCloseTo(arrival0 - 100 + (last + 100 * 3600) / 90, 2);
  });

  it('slews a later report that moves the mapping 20 ms ahead, and steps one a minute off (a reset camera clock)', () => {
    const clock = new TrackWallClock(90000);
    const wall0 = Date.UTC(2026, 4, 1, 8, 0, 0);
    clock.onSenderReport(srAt(wall0, 0));
    clock.onFrame(90_000, wall0 + 1050);
    clock.onSenderReport(srAt(wall0 + 20, 0));
    expect(clock.wallTimeMs(90_000)).toBeCloseTo(wall0 + 1000, 2);
    expect(clock.wallTimeMs(90_000 + 90_000)).toBeCloseTo(wall0 + 20 + 2000, 2);
    clock.onFrame(180_000, wall0 + 2050);
    clock.onSenderReport(srAt(wall0 + 60_000, 0));
    expect(clock.wallTimeMs(180_000)).toBeCloseTo(wall0 + 62_000, 2);
  });
});
