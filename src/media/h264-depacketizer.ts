// H.264 RTP depacketizer (RFC 6184): single NAL unit packets (§5.6), STAP-A (§5.7.1) and FU-A
// (§5.8), non-interleaved mode. In-band SPS/PPS pass through as units of the access unit.

import type { FrameMemory } from './frame-memory.ts';
import { NalDepacketizer } from './nal-depacketizer.ts';
import { H264_NAL, h264NalType, isH264KeyNal } from './nal-types.ts';

/** RFC 6184 §5.2 Table 1 packet types psvis rejects (interleaved mode only): counted, not thrown. */
const STAP_B = 25;
const MTAP16 = 26;
const MTAP24 = 27;
const FU_B = 29;

/** Turns RTP packets of one H.264 stream into access units (`push` returns [] until one is whole). */
export class H264Depacketizer extends NalDepacketizer {
  /** `memory`: where the access units' NAL units are copied (default: this depacketizer's own). */
  constructor(memory?: FrameMemory) {
    super('h264', memory);
  }

  protected isKeyNal(nal: Uint8Array): boolean {
    return isH264KeyNal(nal);
  }

  // ITU-T H.264 §7.4.1.2.3: an access unit opens with AUD, SEI, SPS, PPS (or 13..18) or its
  // first slice, whose first_mb_in_slice = 0 is coded ue(v) '1': the first bit after the header.
  protected beginsAccessUnit(payload: Uint8Array): boolean {
    const type = h264NalType(payload);
    if (type >= 1 && type <= 5) return ((payload[1] ?? 0) & 0x80) !== 0;
    if ((type >= 6 && type <= 9) || (type >= 13 && type <= 18)) return true;
    if (type === H264_NAL.STAP_A) return payload.length > 3 && this.beginsAccessUnit(payload.subarray(3));
    if (type === H264_NAL.FU_A) {
      const fuHeader = payload[1] ?? 0;
      if ((fuHeader & 0x80) === 0) return false;
      return this.beginsAccessUnit(Uint8Array.of(fuHeader & 0x1f, payload[2] ?? 0));
    }
    return false;
  }

  protected depacketize(payload: Uint8Array): void {
    const type = h264NalType(payload);
    if (type >= 1 && type <= 23) {
      this.addNal(payload, 0, payload.length); // §5.6 single NAL unit packet: the payload is the NAL.
      return;
    }
    switch (type) {
      case H264_NAL.STAP_A:
        this.stapA(payload);
        return;
      case H264_NAL.FU_A:
        this.fuA(payload);
        return;
      case STAP_B:
      case MTAP16:
      case MTAP24:
      case FU_B:
      default:
        // Interleaved-mode packets (§6.4) and reserved types 0, 30, 31: the unit is unusable.
        this.reject();
        return;
    }
  }

  // §5.7.1: after the STAP-A header, repeated 16-bit NALU size + NAL unit.
  private stapA(payload: Uint8Array): void {
    let o = 1;
    while (o < payload.length) {
      if (o + 2 > payload.length) {
        this.reject();
        return;
      }
      const size = ((payload[o] ?? 0) << 8) | (payload[o + 1] ?? 0);
      o += 2;
      if (size === 0 || o + size > payload.length) {
        this.reject();
        return;
      }
      this.addNal(payload, o, o + size);
      o += size;
    }
  }

  // §5.8: FU indicator (F, NRI, type 28) + FU header (S, E, R, NAL type), then fragment data.
  private fuA(payload: Uint8Array): void {
    if (payload.length < 3) {
      this.reject();
      return;
    }
    const indicator = payload[0] ?? 0;
    const fuHeader = payload[1] ?? 0;
    const start = (fuHeader & 0x80) !== 0;
    const end = (fuHeader & 0x40) !== 0;
    if (start) {
      if (end) {
        // §5.8: S and E both set is not allowed.
        this.reject();
        return;
      }
      this.startFragment(1, (indicator & 0xe0) | (fuHeader & 0x1f), 0, payload, 2);
    } else {
      this.continueFragment(payload, end);
    }
  }
}
