// Shared media contracts: what depacketizers produce, what the hub carries, what muxers take.
// Kept small and plain so the hot path allocates one object per frame, not per packet.

/** Codecs psvis records without transcoding. */
export type VideoCodec = 'h264' | 'h265';
export type AudioCodec = 'aac' | 'pcma' | 'pcmu';
export type Codec = VideoCodec | AudioCodec;

/** A parsed RTP packet (RFC 3550 §5.1). `payload` is a view into the input, not a copy. */
export interface RtpPacket {
  readonly payloadType: number;
  readonly sequenceNumber: number;
  readonly timestamp: number;
  readonly ssrc: number;
  readonly marker: boolean;
  readonly csrcs: readonly number[];
  /** Header extension (RFC 3550 §5.3.1) when present. */
  readonly extension?: { readonly profile: number; readonly data: Uint8Array };
  readonly payload: Uint8Array;
}

/**
 * One video access unit (all NAL units of a picture) or one audio frame.
 * Timestamps are in the stream's RTP clock (90 kHz for video; the sample rate for audio),
 * unwrapped to a monotonically increasing number.
 */
export interface MediaFrame {
  readonly codec: Codec;
  /** Presentation timestamp, RTP clock units, unwrapped. */
  readonly pts: number;
  /** Decode timestamp when it differs from pts (B-frames); otherwise equal to pts. */
  readonly dts: number;
  /** True for an IDR/IRAP picture a decoder can start from. Always true for audio. */
  readonly keyframe: boolean;
  /** Video: NAL units without start codes or length prefixes. Audio: one element, the raw frame. */
  readonly units: readonly Uint8Array[];
  /**
   * The hold on the reusable memory the units sit in (src/media/frame-memory.ts), when they do.
   * Whoever keeps the frame past the call that gave it retains it and releases it when done with
   * the bytes, or pins it; after the last release the bytes may be overwritten by later frames.
   */
  readonly lease?: FrameLease | undefined;
}

/** A frame's hold on the memory its units sit in (see MediaFrame.lease). */
export interface FrameLease {
  /** One more holder (the hub's GOP cache, a reader's queue). */
  retain(): void;
  /** A holder is done with the frame's bytes; at the last release the memory may be reused. */
  release(): void;
  /** A holder that never releases keeps the frame: its memory is never reused. */
  pin(): void;
}

/** What a track needs for an fMP4 init segment and an SDP, learnt from SDP and/or parameter sets. */
export interface TrackInfo {
  readonly codec: Codec;
  /** RTP clock rate, also used as the fMP4 track timescale. */
  readonly clockRate: number;
  /** H.264: [sps, pps]; H.265: [vps, sps, pps]. Empty until known. */
  readonly parameterSets?: readonly Uint8Array[];
  readonly width?: number;
  readonly height?: number;
  /** AAC AudioSpecificConfig (ISO 14496-3 §1.6.2.1). */
  readonly audioSpecificConfig?: Uint8Array;
  readonly channels?: number;
}
