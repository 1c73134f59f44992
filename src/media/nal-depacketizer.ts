// Access-unit assembly shared by the H.264 (RFC 6184) and H.265 (RFC 7798) depacketizers:
// sequence checks, loss → drop of the damaged access unit, fragment reassembly with one copy per
// NAL, frame boundaries at the marker bit or a timestamp change, timestamp unwrapping. Every NAL
// handed on is copied once into the depacketizer's FrameMemory, so frames own their bytes and the
// packets' buffer may be reused as soon as the unit is finished.

import { FrameMemory } from './frame-memory.ts';
import { SEQ_IN_ORDER, SEQ_LATE, SequenceTracker, TimestampUnwrapper } from './seq-unwrap.ts';
import type { MediaFrame, RtpPacket, VideoCodec } from './types.ts';

/** Largest NAL unit reassembled from fragments; a 4K intra picture stays well under it. */
export const MAX_NAL_BYTES = 8 * 1024 * 1024;
/** Largest access unit held while waiting for its end; beyond it the unit is dropped as damaged. */
export const MAX_ACCESS_UNIT_BYTES = 16 * 1024 * 1024;
/** Most NAL units held in one access unit (slices, SEI, parameter sets). */
export const MAX_ACCESS_UNIT_NALS = 1024;

/** Counters every depacketizer keeps; the ingest layer reports them per camera. */
export interface DepacketizerCounters {
  /** Frames handed on whole. */
  readonly framesOut: number;
  /** Frames thrown away because packets of theirs were lost or unusable. */
  readonly framesDropped: number;
  /** Packets missing from sequence gaps (RFC 3550 A.1). */
  readonly packetsLost: number;
  /** Packets that came late (reordered past the next one) or twice, and were dropped. */
  readonly packetsLate: number;
  /** Packets whose payload could not be used: malformed, or a packetization psvis does not take. */
  readonly packetsRejected: number;
}

/** Returned when a packet completes nothing; shared so the hot path allocates nothing. */
export const NO_FRAMES: readonly MediaFrame[] = Object.freeze([]);

/**
 * Base of the NAL-unit depacketizers. Subclasses parse one payload and call `addNal`,
 * `startFragment`/`continueFragment`/`endFragment` or `damage`.
 */
export abstract class NalDepacketizer implements DepacketizerCounters {
  framesOut = 0;
  framesDropped = 0;
  packetsRejected = 0;
  private readonly seq = new SequenceTracker();
  private readonly unwrapper = new TimestampUnwrapper();
  private units: Uint8Array[] = [];
  private auBytes = 0;
  private auTimestamp32 = -1;
  private damaged = false;
  private keyframe = false;
  // Fragments of the NAL being reassembled: the payloads and where the fragment data starts,
  // copied once into the NAL at the end fragment (no per-fragment concatenation).
  private readonly fragPayloads: Uint8Array[] = [];
  private fragOffset = 0;
  private fragBytes = 0;
  private fragHeader0 = 0;
  private fragHeader1 = 0;
  private fragHeaderBytes = 1;
  private inFragment = false;
  private started = false;

  /** `memory`: where the NAL units are copied (one per source, shared by its tracks). */
  constructor(
    private readonly codec: VideoCodec,
    private readonly memory: FrameMemory = new FrameMemory(),
  ) {}

  /** Packets missing from sequence gaps. */
  get packetsLost(): number {
    return this.seq.packetsLost;
  }

  /** Packets dropped as late or duplicated. */
  get packetsLate(): number {
    return this.seq.packetsLate;
  }

  /** Feeds one RTP packet; returns the access units it completes (usually none or one). */
  push(pkt: RtpPacket): readonly MediaFrame[] {
    const seqState = this.seq.check(pkt.sequenceNumber);
    if (seqState === SEQ_LATE) return NO_FRAMES;
    let out: MediaFrame[] | undefined;
    const gap = seqState !== SEQ_IN_ORDER;
    // The lost packets may have ended the open access unit or begun this one: both are damaged.
    if (gap) this.damaged = true;
    if (this.auTimestamp32 !== pkt.timestamp) {
      // A new timestamp closes the previous access unit: some cameras never set the marker bit.
      if (this.auTimestamp32 >= 0) {
        const frame = this.finishAccessUnit();
        if (frame !== undefined) out = [frame];
      }
      this.auTimestamp32 = pkt.timestamp;
    }
    if (gap) {
      this.damaged = true;
      this.abortFragment();
    }
    if (!this.started) {
      // The first packet seen may be the middle of an access unit (joined mid-stream, or its
      // first packets lost): keep that unit only if this packet visibly begins one.
      this.started = true;
      if (!this.beginsAccessUnit(pkt.payload)) this.damaged = true;
    }
    if (pkt.payload.length === 0) this.reject();
    else this.depacketize(pkt.payload);
    if (pkt.marker) {
      const frame = this.finishAccessUnit();
      if (frame !== undefined) (out ??= []).push(frame);
      this.auTimestamp32 = -1;
    }
    return out ?? NO_FRAMES;
  }

  /** Parses one packet payload (RFC 6184 §5.2 / RFC 7798 §4.4). */
  protected abstract depacketize(payload: Uint8Array): void;

  /** True when a payload starts an access unit: parameter sets, AUD, SEI, or a picture's first slice. */
  protected abstract beginsAccessUnit(payload: Uint8Array): boolean;

  /** True when this NAL makes the access unit a keyframe (IDR / IRAP). */
  protected abstract isKeyNal(nal: Uint8Array): boolean;

  /** Adds the whole NAL unit `bytes[from, to)` of a packet to the current access unit (copied). */
  protected addNal(bytes: Uint8Array, from: number, to: number): void {
    if (this.inFragment) {
      // A whole NAL while a fragmented one is open: the end fragment was lost.
      this.damaged = true;
      this.abortFragment();
    }
    if (!this.admit(to - from)) return;
    const nal = this.memory.copy(bytes, from, to);
    this.units.push(nal);
    this.auBytes += nal.length;
    if (this.isKeyNal(nal)) this.keyframe = true;
  }

  // False when a NAL of `length` bytes is not to be kept: empty, the unit already damaged, or the
  // unit would outgrow its bounds (which damages it).
  private admit(length: number): boolean {
    if (length === 0 || this.damaged) return false;
    if (this.units.length >= MAX_ACCESS_UNIT_NALS || this.auBytes + length > MAX_ACCESS_UNIT_BYTES) {
      this.damaged = true;
      return false;
    }
    return true;
  }

  /** Opens a fragmented NAL with its rebuilt 1- or 2-byte header; fragment data is payload[offset..]. */
  protected startFragment(
    headerBytes: 1 | 2,
    header0: number,
    header1: number,
    payload: Uint8Array,
    offset: number,
  ): void {
    if (this.inFragment) {
      this.damaged = true;
      this.abortFragment();
    }
    this.inFragment = true;
    this.fragHeader0 = header0;
    this.fragHeader1 = header1;
    this.fragHeaderBytes = headerBytes;
    this.fragOffset = offset;
    this.fragBytes = headerBytes;
    this.appendFragment(payload);
  }

  /** Adds a middle or end fragment; `end` reassembles the NAL with a single copy. */
  protected continueFragment(payload: Uint8Array, end: boolean): void {
    if (!this.inFragment) {
      // A fragment without its start (RFC 6184 §5.8: the receiver must discard it).
      this.damaged = true;
      return;
    }
    if (!this.appendFragment(payload) || !end) return;
    if (!this.admit(this.fragBytes)) {
      this.abortFragment();
      return;
    }
    const nal = this.memory.alloc(this.fragBytes);
    // Copied last to first, each payload whole, `fragOffset` bytes early: its FU header bytes land
    // on the tail of the previous fragment's place, which is written next. This saves a
    // subarray per packet (per-packet views were a fifth of the ingest's heap allocation, and
    // the allocation rate paces the old-space GCs). The first payload, whose header bytes would
    // fall before the NAL, goes through one view; the rebuilt NAL header is written last.
    const frags = this.fragPayloads;
    const skip = this.fragOffset;
    let end0 = this.fragBytes;
    for (let i = frags.length - 1; i >= 1; i--) {
      const p = frags[i];
      if (p === undefined) continue;
      const at = end0 - p.length;
      if (at >= 0) nal.set(p, at);
      else nal.set(p.subarray(skip), at + skip);
      end0 = at + skip;
    }
    const first = frags[0];
    if (first !== undefined) nal.set(first.subarray(skip), this.fragHeaderBytes);
    nal[0] = this.fragHeader0;
    if (this.fragHeaderBytes === 2) nal[1] = this.fragHeader1;
    this.abortFragment();
    this.units.push(nal);
    this.auBytes += nal.length;
    if (this.isKeyNal(nal)) this.keyframe = true;
  }

  /** Marks the current access unit as damaged (a packetization psvis rejects, or a malformed payload). */
  protected reject(): void {
    this.packetsRejected++;
    this.damaged = true;
  }

  // False when the fragment was unusable (too short, or the NAL would grow past MAX_NAL_BYTES).
  private appendFragment(payload: Uint8Array): boolean {
    const dataBytes = payload.length - this.fragOffset;
    if (dataBytes < 0 || this.fragBytes + dataBytes > MAX_NAL_BYTES) {
      this.damaged = true;
      this.abortFragment();
      return false;
    }
    this.fragPayloads.push(payload);
    this.fragBytes += dataBytes;
    return true;
  }

  private abortFragment(): void {
    this.inFragment = false;
    this.fragPayloads.length = 0;
    this.fragBytes = 0;
  }

  private finishAccessUnit(): MediaFrame | undefined {
    if (this.inFragment) {
      // The unit ended with a NAL still open: its end fragment was lost.
      this.damaged = true;
      this.abortFragment();
    }
    const units = this.units;
    const damaged = this.damaged;
    const keyframe = this.keyframe;
    const ts = this.unwrapper.unwrap(this.auTimestamp32);
    this.damaged = false;
    this.keyframe = false;
    this.auBytes = 0;
    if (damaged) {
      this.framesDropped++;
      if (units.length > 0) {
        this.memory.discard(units);
        this.units = [];
      }
      return undefined;
    }
    if (units.length === 0) return undefined;
    this.units = [];
    this.framesOut++;
    return { codec: this.codec, pts: ts, dts: ts, keyframe, units, lease: this.memory.lease(units) };
  }
}
