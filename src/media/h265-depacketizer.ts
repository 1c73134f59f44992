// H.265 RTP depacketizer (RFC 7798): single NAL unit packets (§4.4.1), aggregation packets
// (§4.4.2) and fragmentation units (§4.4.3).
//
// DONL fields are absent: RFC 7798 §4.4 puts them in packets only when sprop-max-don-diff > 0
// (or sprop-depack-buf-nalus > 0). Cameras send one stream in decoding order with
// sprop-max-don-diff = 0 (the default), and psvis's SDP never announces anything else.

import type { FrameMemory } from './frame-memory.ts';
import { NalDepacketizer } from './nal-depacketizer.ts';
import { H265_NAL, h265NalType, isH265KeyNal } from './nal-types.ts';

/** RFC 7798 §4.4.4 PACI packets carry a payload header extension psvis does not take. */
const PACI = 50;

/** Turns RTP packets of one H.265 stream into access units; keyframe = an IRAP picture (types 16..21). */
export class H265Depacketizer extends NalDepacketizer {
  /** `memory`: where the access units' NAL units are copied (default: this depacketizer's own). */
  constructor(memory?: FrameMemory) {
    super('h265', memory);
  }

  protected isKeyNal(nal: Uint8Array): boolean {
    return isH265KeyNal(nal);
  }

  // ITU-T H.265 §7.4.2.4.4: an access unit opens with VPS, SPS, PPS, AUD, prefix SEI or its first
  // slice segment, whose first_slice_segment_in_pic_flag is the first bit after the header.
  protected beginsAccessUnit(payload: Uint8Array): boolean {
    const type = h265NalType(payload);
    if (type <= 31) return ((payload[2] ?? 0) & 0x80) !== 0;
    if ((type >= H265_NAL.VPS && type <= H265_NAL.AUD) || type === H265_NAL.SEI_PREFIX) return true;
    if (type === H265_NAL.AP) return payload.length > 4 && this.beginsAccessUnit(payload.subarray(4));
    if (type === H265_NAL.FU) {
      const fuHeader = payload[2] ?? 0;
      if ((fuHeader & 0x80) === 0) return false;
      return this.beginsAccessUnit(Uint8Array.of((fuHeader & 0x3f) << 1, payload[1] ?? 0, payload[3] ?? 0));
    }
    return false;
  }

  protected depacketize(payload: Uint8Array): void {
    if (payload.length < 2) {
      this.reject(); // §4.4: every payload starts with a two-byte payload header.
      return;
    }
    const type = h265NalType(payload);
    if (type < H265_NAL.AP) {
      this.addNal(payload, 0, payload.length); // §4.4.1: the payload is the NAL unit (EOS/EOB are only a header).
      return;
    }
    if (payload.length < 3) {
      this.reject();
      return;
    }
    switch (type) {
      case H265_NAL.AP:
        this.aggregation(payload);
        return;
      case H265_NAL.FU:
        this.fragment(payload);
        return;
      case PACI:
      default:
        this.reject(); // PACI and unspecified types 51..63.
        return;
    }
  }

  // §4.4.2 without DONL: after the payload header, repeated 16-bit NALU size + NAL unit.
  private aggregation(payload: Uint8Array): void {
    let o = 2;
    while (o < payload.length) {
      if (o + 2 > payload.length) {
        this.reject();
        return;
      }
      const size = ((payload[o] ?? 0) << 8) | (payload[o + 1] ?? 0);
      o += 2;
      if (size < 2 || o + size > payload.length) {
        this.reject();
        return;
      }
      this.addNal(payload, o, o + size);
      o += size;
    }
  }

  // §4.4.3 without DONL: payload header (type 49), FU header (S, E, FuType), fragment data.
  private fragment(payload: Uint8Array): void {
    const fuHeader = payload[2] ?? 0;
    const start = (fuHeader & 0x80) !== 0;
    const end = (fuHeader & 0x40) !== 0;
    if (start) {
      if (end) {
        this.reject(); // §4.4.3: S and E must not both be set.
        return;
      }
      // The NAL header is the payload header with its type replaced by FuType (F and LayerId high bit kept).
      const header0 = ((payload[0] ?? 0) & 0x81) | ((fuHeader & 0x3f) << 1);
      this.startFragment(2, header0, payload[1] ?? 0, payload, 3);
    } else {
      this.continueFragment(payload, end);
    }
  }
}
