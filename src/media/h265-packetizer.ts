// H.265 RTP packetizer (RFC 7798, no DONL): single NAL unit packets (§4.4.1), FUs (§4.4.3) for NALs
// larger than the payload limit, an AP (§4.4.2) for VPS+SPS+PPS when asked.

import { NalPacketizer } from './nal-packetizer.ts';
import type { NalPacketizerOptions } from './nal-packetizer.ts';
import { H265_NAL, h265NalType } from './nal-types.ts';

/** Turns H.265 access units into RTP packets for the camera simulator and the RTSP restream. */
export class H265Packetizer extends NalPacketizer {
  constructor(opts: NalPacketizerOptions) {
    super('h265', 2, opts);
  }

  protected isParameterSet(nal: Uint8Array): boolean {
    const t = h265NalType(nal);
    return t === H265_NAL.VPS || t === H265_NAL.SPS || t === H265_NAL.PPS;
  }

  // §4.4.2: F = OR of the F bits, LayerId and TID = the lowest of the aggregated NAL units, type 48.
  protected writeAggregationHeader(nals: readonly Uint8Array[], out: Uint8Array): void {
    let f = 0;
    let layerId = 63;
    let tid = 7;
    for (const nal of nals) {
      const h0 = nal[0] ?? 0;
      const h1 = nal[1] ?? 0;
      f |= h0 & 0x80;
      layerId = Math.min(layerId, ((h0 & 1) << 5) | (h1 >> 3));
      tid = Math.min(tid, h1 & 7);
    }
    out[0] = f | (H265_NAL.AP << 1) | (layerId >> 5);
    out[1] = ((layerId & 0x1f) << 3) | tid;
  }

  // §4.4.3: payload header = NAL header with type 49; FU header holds S, E and the NAL type.
  protected writeFragmentHeader(nal: Uint8Array, start: boolean, end: boolean, out: Uint8Array): void {
    const h0 = nal[0] ?? 0;
    out[0] = (h0 & 0x81) | (H265_NAL.FU << 1);
    out[1] = nal[1] ?? 0;
    out[2] = (start ? 0x80 : 0) | (end ? 0x40 : 0) | ((h0 >> 1) & 0x3f);
  }
}
