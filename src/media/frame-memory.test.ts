import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FRAME_BLOCK_BYTES,
  FRAME_FREE_BLOCKS,
  FRAME_FREE_LARGE,
  FRAME_LARGE_STEP_BYTES,
  FRAME_PEAK_DECAY_TAKES,
  FRAME_TRACKED_BLOCKS,
  FRAME_UNIT_PREFIX_BYTES,
  FrameMemory,
} from './frame-memory.ts';

// Half a 2048-byte block with its length prefix: two such units fill a block.
const HALF = 1024 - FRAME_UNIT_PREFIX_BYTES;

const units = (memory: FrameMemory, sizes: readonly number[], fill: number): Uint8Array[] =>
  sizes.map((n) => memory.alloc(n).fill(fill));

describe('FrameMemory', () => {
  it('packs units into shared blocks; a unit over half a block gets a large block of its own', () => {
    const memory = new FrameMemory();
    const [a, b] = units(memory, [100, 200], 1);
    expect(a?.buffer).toBe(b?.buffer);
    expect(a?.buffer.byteLength).toBe(FRAME_BLOCK_BYTES);
    const big = memory.alloc(FRAME_BLOCK_BYTES / 2 + 1);
    expect(big.buffer).not.toBe(a?.buffer);
    // Sized up to a step, so the next slightly larger keyframe fits it too.
    expect(big.buffer.byteLength % FRAME_LARGE_STEP_BYTES).toBe(0);
    expect(memory.lease([big])).toBeDefined();
    expect(memory.buffersAllocated).toBe(2);
  });

  it("writes each unit's length before it (the ISO/IEC 14496-15 NAL length prefix) and packs units with nothing between", () => {
    const memory = new FrameMemory();
    const [a, b] = units(memory, [100, 300], 1);
    const before = (u: Uint8Array | undefined): number[] =>
      u === undefined
        ? []
        : [...new Uint8Array(u.buffer, u.byteOffset - FRAME_UNIT_PREFIX_BYTES, FRAME_UNIT_PREFIX_BYTES)];
    expect(before(a)).toEqual([0, 0, 0, 100]);
    expect(before(b)).toEqual([0, 0, 1, 44]);
    expect(b?.byteOffset).toBe((a?.byteOffset ?? 0) + 100 + FRAME_UNIT_PREFIX_BYTES);
    expect(before(memory.alloc(200_000))).toEqual([0, 3, 0x0d, 0x40]);
  });

  it('reuses large blocks (keyframes) once released, poisoned first, keeping the FRAME_FREE_LARGE largest', () => {
    const memory = new FrameMemory({ poison: true });
    const keyframe = (bytes: number, fill: number): { unit: Uint8Array; release: () => void } => {
      const unit = memory.copy(new Uint8Array(bytes).fill(fill), 0, bytes);
      const lease = memory.lease([unit]);
      return { unit, release: () => lease?.release() };
    };
    // A GOP cache holds the last keyframe until the next one is whole: two take turns.
    const k1 = keyframe(200_000, 1);
    const k2 = keyframe(190_000, 2);
    expect(k2.unit.buffer).not.toBe(k1.unit.buffer);
    k1.release();
    expect(k1.unit.every((x) => x === 0xee)).toBe(true); // a late reader sees garbage, not footage
    expect(k2.unit.every((x) => x === 2)).toBe(true);
    const k3 = keyframe(195_000, 3);
    expect(k3.unit.buffer).toBe(k1.unit.buffer);
    expect(memory.blocksReused).toBe(1);
    // Too large for any spare: a new block; of the three released, the two largest are kept.
    const k4 = keyframe(300_000, 4);
    expect(k4.unit.buffer).not.toBe(k1.unit.buffer);
    for (const k of [k2, k3, k4]) k.release();
    const spare = (memory as unknown as { freeLarge: { bytes: Uint8Array }[] }).freeLarge;
    expect(spare.map((b) => b.bytes.buffer)).toEqual(expect.arrayContaining([k1.unit.buffer, k4.unit.buffer]));
    expect(spare.length).toBe(FRAME_FREE_LARGE);
    const allocated = memory.buffersAllocated;
    keyframe(250_000, 5);
    expect(memory.buffersAllocated).toBe(allocated);
  });

  it('reuses a block only after every unit in it was released or discarded, poisoning it first', () => {
    const memory = new FrameMemory({ blockBytes: 1024, poison: true });
    const f1 = units(memory, [400], 1);
    const f2 = units(memory, [400], 2);
    const damaged = units(memory, [100], 3);
    const lease1 = memory.lease(f1);
    const lease2 = memory.lease(f2);
    lease2?.retain(); // a second holder
    units(memory, [400], 4); // the block is full: a second one opens
    expect(memory.buffersAllocated).toBe(2);
    lease1?.release();
    memory.discard(damaged);
    lease2?.release();
    // One holder of f2 remains: its bytes are intact and the block is not reused.
    expect(f2[0]?.every((x) => x === 2)).toBe(true);
    units(memory, [500], 5);
    units(memory, [500], 5); // the second block is full too: a third opens, none reused
    expect(memory.blocksReused).toBe(0);
    lease2?.release();
    // Now the first block is free: poisoned, then handed out again.
    expect(f2[0]?.every((x) => x === 0xee)).toBe(true);
    // The next block needed is the first one again.
    const again = [memory.alloc(500), memory.alloc(500)];
    expect(again.some((u) => u.buffer === f1[0]?.buffer)).toBe(true);
    expect(memory.blocksReused).toBe(1);
    // A release too many does nothing.
    lease2?.release();
    lease1?.release();
    expect(memory.blocksReused).toBe(1);
  });

  it('never reuses the blocks of a pinned frame (a holder that does not release)', () => {
    const memory = new FrameMemory({ blockBytes: 2048 });
    const f = units(memory, [600], 7);
    const lease = memory.lease(f);
    lease?.pin();
    lease?.release();
    for (let i = 0; i < 10; i++) memory.lease(units(memory, [600], 8))?.release();
    expect(f[0]?.every((x) => x === 7)).toBe(true);
  });

  it('tracks at most FRAME_TRACKED_BLOCKS, leaving the rest to the GC (a forgotten release costs memory, never bytes)', () => {
    const memory = new FrameMemory({ blockBytes: 2048 });
    const tracked = (): number => (memory as unknown as { blocks: Map<unknown, unknown> }).blocks.size;
    // Frames nobody releases (a forgotten lease), two units a block: the oldest blocks are let go, never reused.
    const held = Array.from({ length: 2 * (FRAME_TRACKED_BLOCKS + 10) }, (_, i) => units(memory, [HALF], i & 0xff));
    held.forEach((f, i) => {
      expect(f[0]?.[0]).toBe(i & 0xff);
    });
    expect(tracked()).toBe(FRAME_TRACKED_BLOCKS);
    expect(memory.blocksReused).toBe(0);
    const leases = Array.from({ length: FRAME_FREE_BLOCKS + 4 }, () => memory.lease(units(memory, [HALF, HALF], 1)));
    units(memory, [HALF], 1);
    expect(leases.every((l) => l !== undefined)).toBe(true);
    for (const l of leases) l?.release();
    expect(tracked()).toBeLessThanOrEqual(FRAME_TRACKED_BLOCKS);
  });

  it('keeps the blocks of a recent spike for the next one, and FRAME_FREE_BLOCKS once the peak has decayed', () => {
    const memory = new FrameMemory({ blockBytes: 2048 });
    const free = (): number => (memory as unknown as { free: unknown[] }).free.length;
    // A spike: 12 blocks held at once (a writer behind), then all written and released.
    const spike = (): void => {
      const leases = Array.from({ length: 12 }, () => memory.lease(units(memory, [HALF, HALF], 1)));
      units(memory, [HALF], 1); // the next frame moves on, so the last held block is full
      for (const l of leases) l?.release();
    };
    spike();
    expect(free()).toBe(12);
    const allocated = memory.buffersAllocated;
    spike(); // the second spike takes the kept blocks: nothing new is allocated
    expect(memory.buffersAllocated).toBe(allocated);
    // Steady use, a block at a time, long enough for the peak to decay: the spare shrinks to the floor.
    for (let i = 0; i < FRAME_PEAK_DECAY_TAKES * 20; i++) memory.lease(units(memory, [HALF, HALF], 1))?.release();
    expect(free()).toBeLessThanOrEqual(FRAME_FREE_BLOCKS);
    expect(memory.buffersAllocated).toBe(allocated);
  });

  it('never hands out overlapping live bytes while frames come and go, large units too (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ size: fc.integer({ min: 1, max: 1600 }), keep: fc.integer({ min: 0, max: 6 }) }), {
          maxLength: 200,
        }),
        (plan) => {
          const memory = new FrameMemory({ blockBytes: 2048, poison: true });
          const live: { unit: Uint8Array; fill: number; until: number; release: () => void }[] = [];
          plan.forEach((step, i) => {
            const fill = (i % 250) + 1;
            const unit = memory.copy(new Uint8Array(step.size).fill(fill), 0, step.size);
            const lease = memory.lease([unit]);
            live.push({ unit, fill, until: i + step.keep, release: () => lease?.release() });
            for (const l of live.filter((x) => x.until <= i)) {
              expect(l.unit.every((x) => x === l.fill)).toBe(true);
              l.release();
            }
            for (let k = live.length - 1; k >= 0; k--) if ((live[k]?.until ?? 0) <= i) live.splice(k, 1);
          });
          for (const l of live) expect(l.unit.every((x) => x === l.fill)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
