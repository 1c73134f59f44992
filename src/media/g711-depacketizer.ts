// G.711 RTP depacketizer (RFC 3551 §4.5.14): PCMU (static payload type 0) and PCMA (8), 8 kHz,
// one octet per sample; every packet is a frame on its own.

import { FrameMemory } from './frame-memory.ts';
import { NO_FRAMES } from './nal-depacketizer.ts';
import type { DepacketizerCounters } from './nal-depacketizer.ts';
import { SEQ_LATE, SequenceTracker, TimestampUnwrapper } from './seq-unwrap.ts';
import type { MediaFrame, RtpPacket } from './types.ts';

/** RFC 3551 Table 4 static payload types. */
export const G711_PAYLOAD_TYPE = { pcmu: 0, pcma: 8 } as const;

/** Turns G.711 RTP packets into frames, one per packet (the payload, copied into frame memory). */
export class G711Depacketizer implements DepacketizerCounters {
  framesOut = 0;
  /** G.711 packets stand alone: a loss never spoils another packet, so nothing is dropped. */
  readonly framesDropped = 0;
  packetsRejected = 0;
  private readonly seq = new SequenceTracker();
  private readonly unwrapper = new TimestampUnwrapper();

  /** `memory`: where the frames are copied out of the packets (default: this depacketizer's own). */
  constructor(
    private readonly codec: 'pcma' | 'pcmu',
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

  /** Feeds one RTP packet; returns its frame (or nothing for a late, duplicated or empty packet). */
  push(pkt: RtpPacket): readonly MediaFrame[] {
    if (this.seq.check(pkt.sequenceNumber) === SEQ_LATE) return NO_FRAMES;
    if (pkt.payload.length === 0) {
      this.packetsRejected++;
      return NO_FRAMES;
    }
    const pts = this.unwrapper.unwrap(pkt.timestamp);
    this.framesOut++;
    const payload = pkt.payload;
    const units = [this.memory.copy(payload, 0, payload.length)];
    return [{ codec: this.codec, pts, dts: pts, keyframe: true, units, lease: this.memory.lease(units) }];
  }
}
