import { describe, expect, it } from 'vitest';
import { sealPhaseOf } from './recorder.ts';

describe('sealPhaseOf', () => {
  it('gives each camera a fixed phase in [0, 0.5), spread over that range', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `cam-${String(i + 1)}`);
    const phases = ids.map(sealPhaseOf);
    for (const p of phases) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(0.5);
    }
    expect(ids.map(sealPhaseOf)).toEqual(phases);
    // 500 cameras started together seal in every tenth of the half period, not all at once.
    const buckets = new Set(phases.map((p) => Math.floor(p * 20)));
    expect(buckets.size).toBe(10);
    expect(new Set(phases).size).toBeGreaterThan(250);
  });
});
