// Where the bytes of received frames live, and when they may be reused. A depacketizer copies
// every NAL unit or audio frame it hands on out of the packets (whose receive buffer is reused at
// once) into blocks of this memory. A frame carries a lease on the blocks its units sit in; every
// holder that knows leases (the hub's GOP cache and queues, the recorder) retains it and releases
// it when done, and a block whose units are all released is reused for later frames. A unit over
// half a block (a keyframe slice) gets a large block of its own, reused the same way.
//
// Why: a fresh ArrayBuffer per unit (or per frame) is external memory to V8, and external memory
// growth starts a full mark-compact every 64 MB or so. At 100 cameras of 4 Mbit/s that was two
// full collections a second, and the GC's threads cost a third of the recorder's CPU (measured:
// 0.32 % of a core per stream with fresh buffers, 0.23 % with reused memory).
//
// Safety first, since recorded bytes are evidence: a holder that does not know leases pins the
// frame (its blocks are never reused, the GC frees them as it always did), a block is reused only
// when every unit allocated in it was released or discarded, and a source tracks at most
// FRAME_TRACKED_BLOCKS blocks, leaving older ones to the GC, so a forgotten release costs memory
// for a while, never bytes.

import type { FrameLease } from './types.ts';

/** Size of one block; a unit larger than half of it gets a buffer of its own (a large block). */
export const FRAME_BLOCK_BYTES = 256 * 1024;
/**
 * Large blocks (a unit over half a block: a real camera's keyframe slice is often 100–300 KB at
 * 4 Mbit/s) a source keeps for reuse, the largest first. A watched camera's GOP cache holds the
 * last keyframe until the next one is whole, so two take turns.
 */
export const FRAME_FREE_LARGE = 2;
/** Large blocks are sized in steps of this, so one fits the next keyframe that is a little larger. */
export const FRAME_LARGE_STEP_BYTES = 64 * 1024;
/**
 * Released blocks a source keeps for reuse; more are left to the GC. The hub's GOP cache lets a
 * whole GOP go at each keyframe and the next GOP refills blocks over its length, so about a GOP
 * of spare blocks (1 MiB: 2 s at 4 Mbit/s) keeps a camera from allocating at all.
 */
export const FRAME_FREE_BLOCKS = 4;
/**
 * A source keeps more spare blocks after it needed more (a writer that fell behind holds frames
 * for seconds): as many as bring it back to its recent peak of blocks in use. Letting them go
 * would make the next such spike allocate them afresh, and that allocation (external memory to
 * V8, so full collections, and fresh pages) is what keeps an overloaded recorder behind. The
 * peak decays by one block every this many blocks taken (about 16 s at 4 Mbit/s).
 */
export const FRAME_PEAK_DECAY_TAKES = 32;
/**
 * Bytes before each unit holding its length, big-endian: the NAL unit length prefix of ISO/IEC
 * 14496-15 (avcC/hvcC with lengthSizeMinusOne 3), written at allocation. Units follow each other
 * with nothing between, so a recorder writes a run of a frame's (and the next frames') units in a
 * block as one byte range: one writev entry and one hash update instead of two per NAL unit.
 */
export const FRAME_UNIT_PREFIX_BYTES = 4;
/** Blocks a source tracks at most (in use or free): past it the oldest in-use one is left to the GC. */
export const FRAME_TRACKED_BLOCKS = 64;

/** Options of a source's frame memory. */
export interface FrameMemoryOptions {
  /** Block size (tests use small blocks so reuse happens often). */
  readonly blockBytes?: number;
  /** Fill every block with 0xEE when it is released for reuse (tests: a late reader sees garbage). */
  readonly poison?: boolean;
}

interface Block {
  readonly bytes: Uint8Array;
  used: number;
  /** Units allocated in the block and not yet released or discarded. */
  live: number;
  /** No more units go in (it ran out of room): reusable once `live` is 0. */
  full: boolean;
  /** Still tracked: reusable. False once pinned or dropped from tracking (left to the GC). */
  tracked: boolean;
  /** A block of one unit over half the block size. */
  readonly large: boolean;
}

// Fresh bytes without the zero fill of `new Uint8Array(n)`: every byte is written before use.
function uninitialized(length: number): Uint8Array {
  const buffer = Buffer.allocUnsafeSlow(length);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

// Writes the length prefix at `at` and returns the unit's bytes after it.
function prefixed(bytes: Uint8Array, at: number, length: number): Uint8Array {
  bytes[at] = length >>> 24;
  bytes[at + 1] = (length >>> 16) & 0xff;
  bytes[at + 2] = (length >>> 8) & 0xff;
  bytes[at + 3] = length & 0xff;
  return new Uint8Array(bytes.buffer, bytes.byteOffset + at + FRAME_UNIT_PREFIX_BYTES, length);
}

class BlockLease implements FrameLease {
  private refs = 1;

  constructor(
    private readonly memory: FrameMemory,
    private readonly blocks: readonly Block[],
    private readonly units: readonly number[],
  ) {}

  retain(): void {
    if (this.refs > 0) this.refs++;
  }

  release(): void {
    if (this.refs <= 0) return;
    this.refs--;
    if (this.refs === 0) this.memory.freeUnits(this.blocks, this.units);
  }

  pin(): void {
    for (const b of this.blocks) b.tracked = false;
  }
}

/** One source's frame memory, shared by its tracks' depacketizers. */
export class FrameMemory {
  /** Blocks and untracked buffers allocated so far (tests and benchmarks read it). */
  buffersAllocated = 0;
  /** Blocks handed out again after every unit in them was released. */
  blocksReused = 0;
  private readonly blockBytes: number;
  private readonly poison: boolean;
  private current: Block | undefined;
  private readonly free: Block[] = [];
  private readonly freeLarge: Block[] = [];
  /** Large blocks among `blocks` (in use or free). */
  private largeTracked = 0;
  /** Most tracked blocks in use lately (decays, see FRAME_PEAK_DECAY_TAKES). */
  private peakInUse = 0;
  private takes = 0;
  // Tracked blocks by their ArrayBuffer (insertion order = age), to find a unit's block.
  private readonly blocks = new Map<ArrayBufferLike, Block>();

  constructor(options: FrameMemoryOptions = {}) {
    this.blockBytes = options.blockBytes ?? FRAME_BLOCK_BYTES;
    this.poison = options.poison ?? false;
  }

  /**
   * `length` bytes for the caller to fill completely (their contents are unspecified), preceded
   * in memory by their length (FRAME_UNIT_PREFIX_BYTES).
   */
  alloc(length: number): Uint8Array {
    const need = length + FRAME_UNIT_PREFIX_BYTES;
    if (need > this.blockBytes / 2) return this.allocLarge(length);
    let block = this.current;
    if (block === undefined || block.bytes.length - block.used < need) {
      if (block !== undefined) this.retire(block);
      block = this.take();
      this.current = block;
    }
    const at = block.used;
    block.used = at + need;
    block.live++;
    return prefixed(block.bytes, at, length);
  }

  private allocLarge(length: number): Uint8Array {
    let block: Block | undefined;
    const free = this.freeLarge;
    for (let i = 0; i < free.length; i++) {
      const b = free[i] as Block;
      if (b.bytes.length >= length + FRAME_UNIT_PREFIX_BYTES) {
        block = b;
        free.splice(i, 1);
        this.blocksReused++;
        break;
      }
    }
    if (block === undefined) {
      const size = Math.ceil((length + FRAME_UNIT_PREFIX_BYTES) / FRAME_LARGE_STEP_BYTES) * FRAME_LARGE_STEP_BYTES;
      block = { bytes: uninitialized(size), used: 0, live: 0, full: true, tracked: true, large: true };
      this.blocks.set(block.bytes.buffer, block);
      this.largeTracked++;
      this.buffersAllocated++;
    }
    block.used = length + FRAME_UNIT_PREFIX_BYTES;
    block.live = 1;
    return prefixed(block.bytes, 0, length);
  }

  /** A copy of `bytes[from, to)` in this memory (no intermediate view is made). */
  copy(bytes: Uint8Array, from: number, to: number): Uint8Array {
    const out = this.alloc(to - from);
    out.set(from === 0 && to === bytes.length ? bytes : bytes.subarray(from, to));
    return out;
  }

  /** The lease of a frame made of `units` (allocated here); undefined when none is reusable memory. */
  lease(units: readonly Uint8Array[]): FrameLease | undefined {
    const blocks: Block[] = [];
    const counts: number[] = [];
    for (let i = 0; i < units.length; i++) {
      const b = this.blocks.get((units[i] as Uint8Array).buffer);
      if (b === undefined) continue;
      const k = blocks.indexOf(b);
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
      else {
        blocks.push(b);
        counts.push(1);
      }
    }
    return blocks.length === 0 ? undefined : new BlockLease(this, blocks, counts);
  }

  /** Units allocated here that no frame will carry (an access unit dropped as damaged). */
  discard(units: readonly Uint8Array[]): void {
    for (let i = 0; i < units.length; i++) {
      const b = this.blocks.get((units[i] as Uint8Array).buffer);
      if (b !== undefined) this.freeUnits([b], [1]);
    }
  }

  /** Called by leases at their last release. */
  freeUnits(blocks: readonly Block[], units: readonly number[]): void {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      b.live -= units[i] ?? 0;
      if (b.live <= 0 && b.full) this.recycle(b);
    }
  }

  private retire(block: Block): void {
    block.full = true;
    if (block.live <= 0) this.recycle(block);
  }

  /** Leaves a block to the GC: it is never handed out again. */
  private untrack(block: Block): void {
    block.tracked = false;
    if (this.blocks.delete(block.bytes.buffer) && block.large) this.largeTracked--;
  }

  private recycle(block: Block): void {
    if (!block.tracked) {
      this.untrack(block);
      return;
    }
    if (block.large) {
      this.recycleLarge(block);
      return;
    }
    // In use: tracked and not spare (this block is still counted, it is being released).
    const inUse = this.blocks.size - this.largeTracked - this.free.length - 1;
    if (this.free.length >= Math.max(FRAME_FREE_BLOCKS, this.peakInUse - inUse)) {
      this.untrack(block);
      return;
    }
    block.used = 0;
    block.live = 0;
    block.full = false;
    if (this.poison) block.bytes.fill(0xee);
    this.free.push(block);
  }

  private recycleLarge(block: Block): void {
    if (this.poison) block.bytes.fill(0xee);
    block.live = 0;
    const free = this.freeLarge;
    free.push(block);
    if (free.length <= FRAME_FREE_LARGE) return;
    // Keep the largest: a smaller one fits fewer of the keyframes to come.
    let smallest = 0;
    for (let i = 1; i < free.length; i++) {
      if ((free[i] as Block).bytes.length < (free[smallest] as Block).bytes.length) smallest = i;
    }
    const [dropped] = free.splice(smallest, 1);
    if (dropped !== undefined) this.untrack(dropped);
  }

  private take(): Block {
    const block = this.takeBlock();
    const inUse = this.blocks.size - this.largeTracked - this.free.length;
    if (++this.takes >= FRAME_PEAK_DECAY_TAKES) {
      this.takes = 0;
      this.peakInUse = Math.max(inUse, this.peakInUse - 1);
    } else if (inUse > this.peakInUse) this.peakInUse = inUse;
    return block;
  }

  private takeBlock(): Block {
    const reused = this.free.pop();
    if (reused !== undefined) {
      this.blocksReused++;
      return reused;
    }
    if (this.blocks.size >= FRAME_TRACKED_BLOCKS) {
      // A holder kept frames long (or forgot a release): leave the oldest block to the GC.
      for (const b of this.blocks.values()) {
        if (b === this.current || this.free.includes(b) || this.freeLarge.includes(b)) continue;
        this.untrack(b);
        break;
      }
    }
    const block: Block = {
      bytes: uninitialized(this.blockBytes),
      used: 0,
      live: 0,
      full: false,
      tracked: true,
      large: false,
    };
    this.blocks.set(block.bytes.buffer, block);
    this.buffersAllocated++;
    return block;
  }
}
