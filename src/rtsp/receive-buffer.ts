// Where a connection's socket reads land, and when those bytes may be overwritten. Reads go into
// the tail of a slab from a small per-connection pool; a slab is reused once every byte in it lies
// before `keepFrom` — the oldest byte a consumer still holds a view of. A steady camera then
// reads without allocating anything (no ArrayBuffer, Buffer or 'data' event per read): at
// hundreds of cameras the per-read buffers were half the memory the GC chased, and every GC
// they triggered also copied or marked all the cameras' frames. A slab the consumer holds too
// long is left to the GC instead, never overwritten, so a slow consumer costs memory, not data.

/**
 * Size of one slab: the most one read takes, and the unit in which memory is reused. A camera's
 * pool settles at its largest access unit (a keyframe, ~150 KB at 1080p 4 Mbit/s) plus a slab.
 */
export const RECEIVE_SLAB_BYTES = 32 * 1024;
/** A slab with less room left than this is replaced before the next read. */
export const MIN_READ_BYTES = 4 * 1024;
/** Most slabs a connection keeps for reuse (8 MiB: a 4K keyframe held while it is reassembled). */
export const MAX_RECEIVE_SLABS = 256;

interface Slab {
  readonly bytes: Uint8Array;
  used: number;
  /** Stream position just past the last byte read into this slab. */
  end: number;
}

/** One connection's receive slabs. Positions count every byte read on the connection. */
export class ReceiveBuffer {
  /** Stream position of the next byte to be read. */
  position = 0;
  /** Slabs allocated so far (reuse keeps this still). */
  slabsAllocated = 0;
  private readonly pool: Slab[] = [];
  private current: Slab;

  private readonly minReadBytes: number;

  /** `slabBytes`: tests use small slabs to make reuse frequent. */
  constructor(private readonly slabBytes = RECEIVE_SLAB_BYTES) {
    this.minReadBytes = Math.min(MIN_READ_BYTES, Math.ceil(slabBytes / 8));
    this.current = this.allocate();
  }

  /**
   * Where the next read goes: the current slab's free tail, or a free or new slab when that is
   * too short. `keepFrom` is the position of the oldest byte still held (`position` when none is).
   */
  next(keepFrom: number): Uint8Array {
    let slab = this.current;
    if (slab.bytes.length - slab.used < this.minReadBytes) slab = this.switchSlab(keepFrom);
    return new Uint8Array(slab.bytes.buffer, slab.bytes.byteOffset + slab.used, slab.bytes.length - slab.used);
  }

  /** The slab the last read landed in. */
  get bytes(): Uint8Array {
    return this.current.bytes;
  }

  /**
   * `bytes` were read into the region `next` gave; returns where they start in `this.bytes`
   * (stream position `position` before the call). No view is made: the caller parses in place.
   */
  commit(bytes: number): number {
    const slab = this.current;
    const start = slab.used;
    slab.used += bytes;
    this.position += bytes;
    slab.end = this.position;
    return start;
  }

  private switchSlab(keepFrom: number): Slab {
    const previous = this.current;
    // The oldest slab whose bytes all lie before keepFrom is free: nobody holds a view into it.
    let free: Slab | undefined;
    for (const s of this.pool) {
      if (s !== previous && s.end <= keepFrom && (free === undefined || s.end < free.end)) free = s;
    }
    if (free !== undefined) {
      free.used = 0;
      this.current = free;
      return free;
    }
    if (this.pool.length >= MAX_RECEIVE_SLABS) {
      // Held too long: the oldest slab is left to the GC with whatever views it still has.
      let oldest = 0;
      for (let i = 1; i < this.pool.length; i++)
        if ((this.pool[i]?.end ?? 0) < (this.pool[oldest]?.end ?? 0)) oldest = i;
      this.pool.splice(oldest, 1);
    }
    this.current = this.allocate();
    return this.current;
  }

  private allocate(): Slab {
    const slab: Slab = { bytes: Buffer.allocUnsafeSlow(this.slabBytes), used: 0, end: this.position };
    this.pool.push(slab);
    this.slabsAllocated++;
    return slab;
  }
}
