import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAME_BLOCK_BYTES, FRAME_OWN_BUFFER_BYTES, FrameMemory } from './frame-memory.ts';

describe('FrameMemory', () => {
  it('packs small units into shared blocks and gives large ones a buffer of their own', () => {
    const memory = new FrameMemory();
    const a = memory.alloc(100);
    const b = memory.alloc(200);
    expect(a.buffer).toBe(b.buffer);
    expect(a.buffer.byteLength).toBe(FRAME_BLOCK_BYTES);
    expect(memory.buffersAllocated).toBe(1);
    const big = memory.alloc(FRAME_OWN_BUFFER_BYTES);
    expect(big.buffer).not.toBe(a.buffer);
    expect(big.byteLength).toBe(big.buffer.byteLength);
    expect(memory.buffersAllocated).toBe(2);
  });

  it('starts a new block when the unit does not fit the rest of the current one', () => {
    const memory = new FrameMemory();
    const units = Array.from({ length: 10 }, () => memory.alloc(FRAME_OWN_BUFFER_BYTES - 8));
    // Eight units of just under 8 KiB fill a 64 KiB block; the ninth opens a second block.
    expect(new Set(units.map((u) => u.buffer)).size).toBe(2);
    expect(memory.buffersAllocated).toBe(2);
  });

  it('never hands out overlapping bytes, and copies leave the source untouched (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 0, maxLength: 10_000 }), { maxLength: 40 }), (sources) => {
        const memory = new FrameMemory();
        const before = sources.map((s) => Uint8Array.from(s));
        const copies = sources.map((s, i) => {
          const from = Math.min(i, s.length);
          return { copy: memory.copy(s, from, s.length), from };
        });
        sources.forEach((s, i) => {
          const c = copies[i];
          expect(s).toEqual(before[i]);
          expect(c?.copy).toEqual(s.subarray(c?.from ?? 0));
        });
        // Overlap check: ranges in the same buffer are disjoint.
        const ranges = copies.map((c) => ({
          buf: c.copy.buffer,
          start: c.copy.byteOffset,
          end: c.copy.byteOffset + c.copy.length,
        }));
        for (let i = 0; i < ranges.length; i++) {
          for (let j = i + 1; j < ranges.length; j++) {
            const x = ranges[i];
            const y = ranges[j];
            if (x === undefined || y === undefined || x.buf !== y.buf || x.start === x.end || y.start === y.end)
              continue;
            expect(x.end <= y.start || y.end <= x.start).toBe(true);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
