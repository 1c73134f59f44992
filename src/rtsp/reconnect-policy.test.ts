// Reconnect backoff numbers: doubling from 1 s to 30 s, ±20 % jitter, reset after a healthy minute.
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { ReconnectPolicy } from './reconnect-policy.ts';

describe('ReconnectPolicy', () => {
  it('doubles from 1 s to the 30-s ceiling without jitter', () => {
    const p = new ReconnectPolicy({ jitterRatio: 0 });
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((a) => p.nextDelayMs(a))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('spreads ±20 % and stays within [min, max]', () => {
    const low = new ReconnectPolicy({ random: () => 0 });
    const high = new ReconnectPolicy({ random: () => 0.999999 });
    expect(low.nextDelayMs(3)).toBe(3200); // 4000 − 20 %
    expect(high.nextDelayMs(3)).toBe(4800); // 4000 + 20 %
    expect(low.nextDelayMs(1)).toBe(1000); // 800 clamped up to the minimum
    expect(high.nextDelayMs(10)).toBe(30000); // 36000 clamped down to the maximum
  });

  it('counts failures and resets after a session that lasted the healthy period', () => {
    const p = new ReconnectPolicy({ jitterRatio: 0, healthyAfterMs: 60_000 });
    expect([p.onFailure(), p.onFailure(), p.onFailure()]).toEqual([1000, 2000, 4000]);
    expect(p.onSessionEnded(5_000)).toBe(8000); // short-lived session: keep backing off
    expect(p.onSessionEnded(60_000)).toBe(1000); // healthy: start afresh
    expect(p.consecutiveFailures).toBe(1);
    p.reset();
    expect(p.consecutiveFailures).toBe(0);
  });

  it('refuses inconsistent settings with PSVIS_ERR_RTSP_RECONNECT_POLICY', () => {
    expect(() => new ReconnectPolicy({ minDelayMs: 5000, maxDelayMs: 1000 })).toThrow(PsvisError);
    expect(() => new ReconnectPolicy({ jitterRatio: 1 })).toThrow(PsvisError);
  });
});
