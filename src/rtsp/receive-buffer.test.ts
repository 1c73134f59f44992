import { describe, expect, it } from 'vitest';
import { MIN_READ_BYTES, RECEIVE_SLAB_BYTES, ReceiveBuffer } from './receive-buffer.ts';

/** Reads `n` bytes of `fill` into the buffer as a socket would; returns them as a view. */
function read(rb: ReceiveBuffer, keepFrom: number, n: number, fill: number): Uint8Array {
  const region = rb.next(keepFrom);
  const take = Math.min(n, region.length);
  region.fill(fill, 0, take);
  const start = rb.commit(take);
  return rb.bytes.subarray(start, start + take);
}

describe('ReceiveBuffer', () => {
  it('reads into one slab until it is nearly full, then reuses a slab nothing is held in', () => {
    const rb = new ReceiveBuffer();
    const reads = Math.ceil(RECEIVE_SLAB_BYTES / 1000) * 4;
    for (let i = 0; i < reads; i++) read(rb, Number.POSITIVE_INFINITY, 1000, i & 0xff);
    // Nothing held: two slabs take turns.
    expect(rb.slabsAllocated).toBe(2);
    expect(rb.position).toBe(reads * 1000);
  });

  it('never writes over a byte at or after keepFrom: the held bytes stay, new slabs come instead', () => {
    const rb = new ReceiveBuffer();
    const held = read(rb, Number.POSITIVE_INFINITY, 1000, 0xab);
    const heldFrom = 0;
    for (let i = 0; i < 100; i++) read(rb, heldFrom, 1000, i & 0x7f);
    expect([...new Set(held)]).toEqual([0xab]);
    expect(rb.slabsAllocated).toBeGreaterThan(2);
    // Released: the pool stops growing.
    const slabs = rb.slabsAllocated;
    for (let i = 0; i < 300; i++) read(rb, rb.position, 1000, 1);
    expect(rb.slabsAllocated).toBe(slabs);
  });

  it('offers at least MIN_READ_BYTES per read and at most a slab', () => {
    const rb = new ReceiveBuffer();
    for (let i = 0; i < 50; i++) {
      const region = rb.next(rb.position);
      expect(region.length).toBeGreaterThanOrEqual(MIN_READ_BYTES);
      expect(region.length).toBeLessThanOrEqual(RECEIVE_SLAB_BYTES);
      rb.commit(Math.min(region.length, 3000));
    }
  });
});
