// AAC RTP depacketizer for mpeg4-generic (RFC 3640): AU-header section (§3.2.1), several access
// units per packet (§3.2.2), and one access unit fragmented over several packets (§3.2.3).

import { PsvisError } from '../errors/psvis-error.ts';
import { FrameMemory } from './frame-memory.ts';
import { NO_FRAMES } from './nal-depacketizer.ts';
import type { DepacketizerCounters } from './nal-depacketizer.ts';
import { SEQ_IN_ORDER, SEQ_LATE, SequenceTracker, TimestampUnwrapper } from './seq-unwrap.ts';
import type { MediaFrame, RtpPacket } from './types.ts';

/** The AU-header field widths an SDP fmtp announces (RFC 3640 §4.1, bits; absent = 0). */
export interface AacPayloadFormat {
  readonly sizeLength: number;
  readonly indexLength: number;
  readonly indexDeltaLength: number;
  readonly ctsDeltaLength?: number;
  readonly dtsDeltaLength?: number;
  readonly randomAccessIndication?: boolean;
  readonly streamStateIndication?: number;
}

/** RFC 3640 §3.3.6 AAC-hbr: 13-bit size, 3-bit index and index delta. */
export const AAC_HBR: AacPayloadFormat = { sizeLength: 13, indexLength: 3, indexDeltaLength: 3 };
/** RFC 3640 §3.3.5 AAC-lbr: 6-bit size, 2-bit index and index delta. */
export const AAC_LBR: AacPayloadFormat = { sizeLength: 6, indexLength: 2, indexDeltaLength: 2 };
/** ISO 14496-3: samples per AAC-LC frame, the step between access units' timestamps. */
export const AAC_SAMPLES_PER_FRAME = 1024;
/** Widest AU-header field psvis reads; RFC 3640 sizes never need more than 16 bits. */
export const MAX_AU_HEADER_FIELD_BITS = 24;
/** Most access units psvis takes from one packet (a 1400-byte packet holds far fewer real ones). */
export const MAX_AAC_AUS_PER_PACKET = 64;

/** Turns RTP packets of one mpeg4-generic AAC stream into one MediaFrame per access unit. */
export class AacDepacketizer implements DepacketizerCounters {
  framesOut = 0;
  framesDropped = 0;
  packetsRejected = 0;
  private readonly seq = new SequenceTracker();
  private readonly unwrapper = new TimestampUnwrapper();
  private readonly sizes: number[] = [];
  private readonly indexes: number[] = [];
  // A fragmented access unit (§3.2.3): its packets' data, copied once when the last arrives.
  private readonly fragParts: Uint8Array[] = [];
  private fragBytes = 0;
  private fragSize = -1;
  private fragTimestamp32 = -1;
  private skipTimestamp32 = -1;

  constructor(
    private readonly format: AacPayloadFormat = AAC_HBR,
    private readonly samplesPerFrame: number = AAC_SAMPLES_PER_FRAME,
    /** Where the access units are copied out of the packets (default: this depacketizer's own). */
    private readonly memory: FrameMemory = new FrameMemory(),
  ) {
    const widths = [format.sizeLength, format.indexLength, format.indexDeltaLength];
    widths.push(format.ctsDeltaLength ?? 0, format.dtsDeltaLength ?? 0, format.streamStateIndication ?? 0);
    if (format.sizeLength < 1 || widths.some((w) => !Number.isInteger(w) || w < 0 || w > MAX_AU_HEADER_FIELD_BITS)) {
      throw new PsvisError('PSVIS_ERR_MEDIA_SDP', 'unusable mpeg4-generic AU-header field widths', { ...format });
    }
  }

  /** Packets missing from sequence gaps. */
  get packetsLost(): number {
    return this.seq.packetsLost;
  }

  /** Packets dropped as late or duplicated. */
  get packetsLate(): number {
    return this.seq.packetsLate;
  }

  /** Feeds one RTP packet; returns the access units it completes, each with its own pts. */
  push(pkt: RtpPacket): readonly MediaFrame[] {
    const seqState = this.seq.check(pkt.sequenceNumber);
    if (seqState === SEQ_LATE) return NO_FRAMES;
    const gap = seqState !== SEQ_IN_ORDER;
    if (gap && this.fragSize >= 0) this.dropFragment();
    const payload = pkt.payload;
    const dataStart = this.parseHeaders(payload);
    if (dataStart < 0) {
      this.packetsRejected++;
      return NO_FRAMES;
    }
    const count = this.sizes.length;
    const dataBytes = payload.length - dataStart;
    const firstSize = this.sizes[0] ?? 0;
    if (count === 1 && firstSize > dataBytes) return this.pushFragment(pkt, payload.subarray(dataStart), gap);
    if (this.fragSize >= 0) this.dropFragment(); // a whole-AU packet while a fragment was open
    let total = 0;
    for (const s of this.sizes) total += s;
    if (total > dataBytes) {
      this.packetsRejected++;
      this.framesDropped += count;
      return NO_FRAMES;
    }
    const base = this.unwrapper.unwrap(pkt.timestamp);
    const out: MediaFrame[] = [];
    let o = dataStart;
    for (let i = 0; i < count; i++) {
      const size = this.sizes[i] ?? 0;
      const pts = base + (this.indexes[i] ?? 0) * this.samplesPerFrame;
      if (size > 0) {
        const units = [this.memory.copy(payload, o, o + size)];
        out.push({ codec: 'aac', pts, dts: pts, keyframe: true, units, lease: this.memory.lease(units) });
      }
      o += size;
    }
    this.framesOut += out.length;
    return out;
  }

  // §3.2.3: each fragment repeats the AU header (with the whole AU's size) and the timestamp.
  private pushFragment(pkt: RtpPacket, data: Uint8Array, gap: boolean): readonly MediaFrame[] {
    const size = this.sizes[0] ?? 0;
    if (pkt.timestamp === this.skipTimestamp32) return NO_FRAMES;
    if (this.fragSize >= 0 && (pkt.timestamp !== this.fragTimestamp32 || size !== this.fragSize)) this.dropFragment();
    if (this.fragSize < 0) {
      if (gap) {
        // The lost packets may have held this AU's first fragment: skip the rest of it.
        this.skipTimestamp32 = pkt.timestamp;
        this.framesDropped++;
        return NO_FRAMES;
      }
      this.fragSize = size;
      this.fragTimestamp32 = pkt.timestamp;
    }
    this.fragParts.push(data);
    this.fragBytes += data.length;
    if (this.fragBytes < size) return NO_FRAMES;
    if (this.fragBytes > size) {
      this.packetsRejected++;
      this.dropFragment();
      return NO_FRAMES;
    }
    const au = this.memory.alloc(size);
    let o = 0;
    for (const part of this.fragParts) {
      au.set(part, o);
      o += part.length;
    }
    this.fragParts.length = 0;
    this.fragBytes = 0;
    this.fragSize = -1;
    const pts = this.unwrapper.unwrap(pkt.timestamp);
    this.framesOut++;
    return [{ codec: 'aac', pts, dts: pts, keyframe: true, units: [au], lease: this.memory.lease([au]) }];
  }

  private dropFragment(): void {
    this.framesDropped++;
    this.fragParts.length = 0;
    this.fragBytes = 0;
    this.fragSize = -1;
  }

  // §3.2.1: 16-bit AU-headers-length in bits, then AU headers padded to a whole octet.
  // Fills this.sizes / this.indexes; returns where the access units start, or -1 if malformed.
  private parseHeaders(payload: Uint8Array): number {
    this.sizes.length = 0;
    this.indexes.length = 0;
    if (payload.length < 2) return -1;
    const headerBits = ((payload[0] ?? 0) << 8) | (payload[1] ?? 0);
    const dataStart = 2 + Math.ceil(headerBits / 8);
    if (headerBits === 0 || dataStart > payload.length) return -1;
    const f = this.format;
    let bit = 16;
    const endBit = 16 + headerBits;
    let index = 0;
    while (bit < endBit) {
      const first = this.sizes.length === 0;
      const idxLen = first ? f.indexLength : f.indexDeltaLength;
      const needed = f.sizeLength + idxLen;
      if (needed === 0 || bit + needed > endBit || this.sizes.length >= MAX_AAC_AUS_PER_PACKET) return -1;
      const size = readBits(payload, bit, f.sizeLength);
      bit += f.sizeLength;
      const idx = readBits(payload, bit, idxLen);
      bit += idxLen;
      // §3.2.1.1: CTS-flag/CTS-delta (not for the first), DTS-flag/DTS-delta, RAP-flag, stream-state.
      const cts = f.ctsDeltaLength ?? 0;
      if (cts > 0 && !first) bit += readBits(payload, bit, 1) === 1 ? 1 + cts : 1;
      const dts = f.dtsDeltaLength ?? 0;
      if (dts > 0) bit += readBits(payload, bit, 1) === 1 ? 1 + dts : 1;
      if (f.randomAccessIndication === true) bit += 1;
      bit += f.streamStateIndication ?? 0;
      if (bit > endBit) return -1;
      index = first ? idx : index + idx + 1;
      this.sizes.push(size);
      this.indexes.push(index);
    }
    return dataStart;
  }
}

/** Reads `count` (≤ 24) bits MSB-first starting at bit offset `bit`; bits past the end read as 0. */
function readBits(b: Uint8Array, bit: number, count: number): number {
  let v = 0;
  for (let i = 0; i < count; i++) {
    const p = bit + i;
    v = (v << 1) | (((b[p >> 3] ?? 0) >> (7 - (p & 7))) & 1);
  }
  return v;
}
