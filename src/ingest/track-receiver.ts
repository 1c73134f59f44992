// One track of one RTSP session: its depacketizer, its TrackInfo as learnt so far, and its wall
// clock. Built from the DESCRIBE answer before the first packet, dropped with the session.
import { AAC_HBR, AAC_SAMPLES_PER_FRAME, AacDepacketizer } from '../media/aac-depacketizer.ts';
import type { FrameMemory } from '../media/frame-memory.ts';
import { G711Depacketizer } from '../media/g711-depacketizer.ts';
import { H264Depacketizer } from '../media/h264-depacketizer.ts';
import { H265Depacketizer } from '../media/h265-depacketizer.ts';
import type { DepacketizerCounters } from '../media/nal-depacketizer.ts';
import type { SdpTrack } from '../media/sdp-track.ts';
import type { MediaFrame, RtpPacket, TrackInfo } from '../media/types.ts';
import { completeVideoTrack, isTrackComplete } from './parameter-sets.ts';
import { TrackWallClock } from './wall-clock.ts';

/** What every src/media depacketizer offers: push a packet, get whole frames, count losses. */
export interface Depacketizer extends DepacketizerCounters {
  push(pkt: RtpPacket): readonly MediaFrame[];
}

/** The depacketizer for a track's codec, copying frames into `memory` (the source's). */
export function createDepacketizer(sdpTrack: SdpTrack, memory: FrameMemory): Depacketizer {
  const codec = sdpTrack.track.codec;
  switch (codec) {
    case 'h264':
      return new H264Depacketizer(memory);
    case 'h265':
      return new H265Depacketizer(memory);
    case 'aac':
      return new AacDepacketizer(sdpTrack.aacFormat ?? AAC_HBR, AAC_SAMPLES_PER_FRAME, memory);
    case 'pcma':
    case 'pcmu':
      return new G711Depacketizer(codec, memory);
  }
}

/** A track being received: packets go through `depacketizer`; `info` grows as parameter sets arrive. */
export class TrackReceiver {
  readonly video: boolean;
  readonly depacketizer: Depacketizer;
  readonly wallClock: TrackWallClock;
  info: TrackInfo;
  /** False for video until its parameter sets are known; audio is complete from the SDP. */
  complete: boolean;
  /** SSRC of the latest RTP packet, -1 before the first: sender reports of other sources are ignored. */
  ssrc = -1;
  /** Packets that were not RTP (or broke RFC 3550), dropped. */
  malformedPackets = 0;

  /** `memory`: where the track's frames are copied out of the packets (the source's, shared by its tracks). */
  constructor(sdpTrack: SdpTrack, memory: FrameMemory) {
    const track = sdpTrack.track;
    this.video = track.codec === 'h264' || track.codec === 'h265';
    this.depacketizer = createDepacketizer(sdpTrack, memory);
    this.wallClock = new TrackWallClock(track.clockRate);
    // sprop-parameter-sets in the SDP give the size at once, before any packet.
    this.info = completeVideoTrack(track, []) ?? track;
    this.complete = isTrackComplete(this.info);
  }

  /** Takes parameter sets from a video frame's units; true when `info` changed. */
  learn(units: readonly Uint8Array[]): boolean {
    const next = completeVideoTrack(this.info, units);
    if (next === undefined) return false;
    this.info = next;
    this.complete = isTrackComplete(next);
    return true;
  }
}
