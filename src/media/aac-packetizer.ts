// AAC RTP packetizer, mpeg4-generic AAC-hbr (RFC 3640 §3.3.6): one access unit per packet with a
// 16-bit AU header (13-bit size, 3-bit index 0); an AU larger than the payload limit is
// fragmented (§3.2.3), each fragment repeating the header and timestamp, the marker on the last.

import { PsvisError } from '../errors/psvis-error.ts';
import { RtpHeaderStamper } from './rtp.ts';
import type { PacketizerOptions } from './rtp.ts';
import { toRtpTimestamp32 } from './seq-unwrap.ts';
import type { MediaFrame, RtpPacket } from './types.ts';

/** AAC-hbr's 13-bit AU-size field caps an access unit at 8191 bytes (RFC 3640 §3.3.6). */
export const MAX_AAC_HBR_AU_BYTES = 8191;
/** AU-headers-length (2) plus one 16-bit AU header. */
const AAC_HBR_PREFIX_BYTES = 4;

/** Turns AAC access units (raw, no ADTS header) into RFC 3640 AAC-hbr packets. */
export class AacPacketizer {
  private readonly stamper: RtpHeaderStamper;

  constructor(opts: PacketizerOptions) {
    this.stamper = new RtpHeaderStamper(opts, AAC_HBR_PREFIX_BYTES + 1);
  }

  /** Sequence number the next packet will get. */
  get nextSequenceNumber(): number {
    return this.stamper.nextSequenceNumber;
  }

  /** Packets of one access unit; the marker is set on the packet that ends it (RFC 3640 §3.2). */
  packetize(frame: MediaFrame): RtpPacket[] {
    const au = frame.units[0];
    if (frame.codec !== 'aac' || au === undefined || frame.units.length !== 1) {
      throw new PsvisError('PSVIS_ERR_MEDIA_PACKETIZE', 'the AAC packetizer takes AAC frames of one unit', {
        codec: frame.codec,
        units: frame.units.length,
      });
    }
    if (au.length === 0 || au.length > MAX_AAC_HBR_AU_BYTES) {
      throw new PsvisError('PSVIS_ERR_MEDIA_PACKETIZE', 'AAC access unit size outside 1..8191 bytes', {
        bytes: au.length,
      });
    }
    const ts = toRtpTimestamp32(frame.pts);
    const chunk = this.stamper.maxPayloadBytes - AAC_HBR_PREFIX_BYTES;
    const packets: RtpPacket[] = [];
    for (let o = 0; o < au.length; o += chunk) {
      const end = Math.min(au.length, o + chunk);
      const payload = new Uint8Array(AAC_HBR_PREFIX_BYTES + end - o);
      payload[1] = 16; // AU-headers-length in bits: one 16-bit header
      payload[2] = au.length >> 5; // size (13 bits) then index 0 (3 bits)
      payload[3] = (au.length & 0x1f) << 3;
      payload.set(au.subarray(o, end), AAC_HBR_PREFIX_BYTES);
      packets.push(this.stamper.packet(payload, ts, end === au.length));
    }
    return packets;
  }
}
