// Where the bytes of received frames live. A depacketizer copies every NAL unit or audio frame it
// hands on out of the packets (whose receive buffer is reused) into blocks of this memory, rather
// than into an ArrayBuffer of its own: a 1080p camera sends ~30 units a second, and each
// ArrayBuffer costs an allocation, a zero fill, and a backing store the GC tracks and sweeps.
// Small units (parameter sets, SEI, audio frames, the P-frames of a still scene) are bump-allocated
// from shared blocks; larger ones get a buffer of exactly their size, never zero-filled. A block
// lives as long as any unit in it is referenced (the recorder's open fragment, a live viewer's
// queue), so blocks are small: a large block kept alive by one small unit was measured to hold
// about half a megabyte more per camera. Nothing is reused by hand, so a reader that keeps a frame
// can never see its bytes change.

/** Size of one block; small units are packed into the current block until it is full. */
export const FRAME_BLOCK_BYTES = 64 * 1024;
/**
 * Units at least this large get a buffer of their own: packing them would leave much of a
 * block's tail unused and keep whole blocks alive for one unit.
 */
export const FRAME_OWN_BUFFER_BYTES = 8 * 1024;

// Fresh bytes without the zero fill of `new Uint8Array(n)`: every byte is written before use.
function uninitialized(length: number): Uint8Array {
  const buffer = Buffer.allocUnsafeSlow(length);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

/** One source's frame memory: each call returns bytes no other call returns. */
export class FrameMemory {
  private block: Uint8Array = new Uint8Array(0);
  private used = 0;
  /** Blocks and own buffers allocated so far (tests and benchmarks read it). */
  buffersAllocated = 0;

  /** `length` bytes for the caller to fill completely (their contents are unspecified). */
  alloc(length: number): Uint8Array {
    if (length >= FRAME_OWN_BUFFER_BYTES) {
      this.buffersAllocated++;
      return uninitialized(length);
    }
    if (this.block.length - this.used < length) {
      this.block = uninitialized(FRAME_BLOCK_BYTES);
      this.used = 0;
      this.buffersAllocated++;
    }
    const at = this.used;
    // 8-byte alignment keeps each unit's start aligned for the copies that read it.
    this.used = Math.min(this.block.length, (at + length + 7) & ~7);
    return new Uint8Array(this.block.buffer, this.block.byteOffset + at, length);
  }

  /** A copy of `bytes[from, to)` in this memory (no intermediate view is made). */
  copy(bytes: Uint8Array, from: number, to: number): Uint8Array {
    const out = this.alloc(to - from);
    out.set(from === 0 && to === bytes.length ? bytes : bytes.subarray(from, to));
    return out;
  }
}
