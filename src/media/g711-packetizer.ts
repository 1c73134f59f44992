// G.711 RTP packetizer (RFC 3551 §4.5.14): PCMA / PCMU, one octet per sample at 8 kHz; a frame
// longer than the payload limit is split with timestamps advanced by the samples before it.

import { PsvisError } from '../errors/psvis-error.ts';
import { RtpHeaderStamper } from './rtp.ts';
import type { PacketizerOptions } from './rtp.ts';
import { toRtpTimestamp32 } from './seq-unwrap.ts';
import type { MediaFrame, RtpPacket } from './types.ts';

/** Turns G.711 frames into RTP packets. */
export class G711Packetizer {
  private readonly stamper: RtpHeaderStamper;
  private first = true;

  constructor(
    private readonly codec: 'pcma' | 'pcmu',
    opts: PacketizerOptions,
  ) {
    this.stamper = new RtpHeaderStamper(opts, 1);
  }

  /** Sequence number the next packet will get. */
  get nextSequenceNumber(): number {
    return this.stamper.nextSequenceNumber;
  }

  /**
   * Packets of one frame. RFC 3551 §4.1 gives audio's marker bit its own meaning, the first
   * packet of a talkspurt; psvis sends continuous audio, so only the stream's first packet has it.
   */
  packetize(frame: MediaFrame): RtpPacket[] {
    if (frame.codec !== this.codec) {
      throw new PsvisError(
        'PSVIS_ERR_MEDIA_PACKETIZE',
        `a ${frame.codec} frame given to the ${this.codec} packetizer`,
        {
          codec: frame.codec,
        },
      );
    }
    const packets: RtpPacket[] = [];
    const max = this.stamper.maxPayloadBytes;
    let sampleOffset = 0;
    for (const unit of frame.units) {
      for (let o = 0; o < unit.length; o += max) {
        const samples = unit.subarray(o, Math.min(unit.length, o + max));
        packets.push(this.stamper.packet(samples, toRtpTimestamp32(frame.pts + sampleOffset), this.first));
        this.first = false;
        sampleOffset += samples.length;
      }
    }
    return packets;
  }
}
