// H.264 RTP packetizer (RFC 6184, packetization-mode=1): single NAL unit packets (§5.6), FU-A
// (§5.8) for NALs larger than the payload limit, STAP-A (§5.7.1) for SPS+PPS when asked.

import { NalPacketizer } from './nal-packetizer.ts';
import type { NalPacketizerOptions } from './nal-packetizer.ts';
import { H264_NAL, h264NalType } from './nal-types.ts';

/** Turns H.264 access units into RTP packets for the camera simulator and the RTSP restream. */
export class H264Packetizer extends NalPacketizer {
  constructor(opts: NalPacketizerOptions) {
    super('h264', 1, opts);
  }

  protected isParameterSet(nal: Uint8Array): boolean {
    const t = h264NalType(nal);
    return t === H264_NAL.SPS || t === H264_NAL.PPS;
  }

  // §5.7.1: F = OR of the F bits, NRI = the highest NRI, type 24.
  protected writeAggregationHeader(nals: readonly Uint8Array[], out: Uint8Array): void {
    let f = 0;
    let nri = 0;
    for (const nal of nals) {
      const h = nal[0] ?? 0;
      f |= h & 0x80;
      nri = Math.max(nri, h & 0x60);
    }
    out[0] = f | nri | H264_NAL.STAP_A;
  }

  // §5.8: FU indicator keeps F and NRI with type 28; FU header holds S, E and the NAL type.
  protected writeFragmentHeader(nal: Uint8Array, start: boolean, end: boolean, out: Uint8Array): void {
    const h = nal[0] ?? 0;
    out[0] = (h & 0xe0) | H264_NAL.FU_A;
    out[1] = (start ? 0x80 : 0) | (end ? 0x40 : 0) | (h & 0x1f);
  }
}
