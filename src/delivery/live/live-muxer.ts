// Live fMP4 for browsers and HLS: hub tracks become an init segment with its MSE codecs string,
// hub frames become one small fragment each (ISO/IEC 14496-12 §8.8), so a frame is on the wire
// as soon as it arrives. Pure: items in, bytes out; the socket adapters live elsewhere.
import { parseAudioSpecificConfig } from '../../media/aac.ts';
import { lengthPrefixedParts } from '../../media/annexb.ts';
import { buildFragmentHeader } from '../../media/fmp4/fragment.ts';
import { buildInitSegment } from '../../media/fmp4/init-segment.ts';
import { parseH265Sps } from '../../media/h265.ts';
import type { Codec, MediaFrame, TrackInfo } from '../../media/types.ts';

/** Frame duration assumed before a track's second frame shows the real one (25 fps video). */
export const DEFAULT_VIDEO_FRAME_RATE = 25;
/** An AAC-LC frame is 1024 samples (ISO 14496-3 §4.5.1.1). */
export const AAC_FRAME_SAMPLES = 1024;

/** A track the live stream leaves out, and why (told to the viewer in the first message). */
export interface OmittedTrack {
  readonly codec: Codec;
  readonly reason: string;
}

/** A new init segment: sent first and again whenever the tracks change. */
export interface LiveInit {
  readonly kind: 'init';
  readonly init: Uint8Array;
  /** For MediaSource.isTypeSupported / addSourceBuffer, e.g. 'video/mp4; codecs="avc1.64001f,mp4a.40.2"'. */
  readonly mimeType: string;
  readonly codecs: readonly string[];
  readonly omitted: readonly OmittedTrack[];
}

/** One moof+mdat; `chunks` concatenated are the fragment (sample bytes are the hub's, not copied). */
export interface LiveFragment {
  readonly kind: 'fragment';
  readonly chunks: readonly Uint8Array[];
  readonly byteLength: number;
  /** A video keyframe (or audio in an audio-only stream): a decoder can start here. */
  readonly keyframe: boolean;
  /** When the hub received the frame (ms since epoch): delivery latency is measured from it. */
  readonly receivedAtMs: number;
  /** Decode time in seconds on the stream's timeline (HLS segments are cut by it). */
  readonly decodeTimeS: number;
  readonly durationS: number;
}

/** What the muxer emits. */
export type LiveOutput = LiveInit | LiveFragment;

interface LiveTrack {
  info: TrackInfo;
  trackId: number;
  /** Decode time that maps to 0; NaN until the track's first frame after the video origin. */
  origin: number;
  lastDts: number | undefined;
  lastDuration: number;
}

const isVideo = (codec: Codec): boolean => codec === 'h264' || codec === 'h265';

/** The RFC 6381 codecs string of a track, or undefined when it cannot be told yet. */
export function mseCodecString(track: TrackInfo): string | undefined {
  const ps = track.parameterSets ?? [];
  switch (track.codec) {
    case 'h264': {
      // avc1.PPCCLL: profile_idc, constraint flags, level_idc from the SPS (RFC 6381 §3.3).
      const sps = ps[0];
      if (sps === undefined || sps.length < 4) return undefined;
      return `avc1.${[sps[1], sps[2], sps[3]].map((b) => (b ?? 0).toString(16).padStart(2, '0')).join('')}`;
    }
    case 'h265': {
      const sps = ps[1];
      return sps === undefined ? undefined : parseH265Sps(sps).codecString;
    }
    case 'aac': {
      const asc = track.audioSpecificConfig;
      return asc === undefined ? undefined : `mp4a.40.${parseAudioSpecificConfig(asc).objectType}`;
    }
    case 'pcma':
    case 'pcmu':
      return undefined;
  }
}

/** Parameter sets a keyframe carries in band (H.264 SPS 7 + PPS 8; H.265 VPS 32 + SPS 33 + PPS 34). */
function inBandParameterSets(frame: MediaFrame): Uint8Array[] | undefined {
  const types = frame.codec === 'h264' ? [7, 8] : [32, 33, 34];
  const typeOf = (u: Uint8Array) => (frame.codec === 'h264' ? (u[0] ?? 0) & 0x1f : ((u[0] ?? 0) >> 1) & 0x3f);
  const found = types.map((t) => frame.units.find((u) => typeOf(u) === t));
  return found.every((u) => u !== undefined) ? found.map((u) => Uint8Array.from(u)) : undefined;
}

/**
 * One viewer's (or one HLS packager's) muxer. Starts at a video keyframe; audio is placed on the
 * video timeline by arrival time. G.711 is left out: MSE in browsers does not play it.
 */
export class LiveFmp4Muxer {
  private declared: readonly TrackInfo[] = [];
  private tracks: LiveTrack[] = [];
  private primary: LiveTrack | undefined;
  private omitted: OmittedTrack[] = [];
  private initSent = false;
  private sequence = 1;
  /** Arrival time of the frame at the video origin; audio origins are placed relative to it. */
  private originReceivedMs = 0;
  /** End of the last fragment of the primary track, in seconds on the output timeline. */
  private timelineEndS = 0;

  /** Declares the tracks; the next keyframe brings a new init segment. */
  setTracks(tracks: readonly TrackInfo[]): void {
    this.declared = tracks;
    this.initSent = false;
    this.tracks = [];
    this.primary = undefined;
  }

  /** True once an init segment went out for the current tracks. */
  get started(): boolean {
    return this.initSent;
  }

  /**
   * Turns one frame into outputs: an init segment first when one is due (at a keyframe), then
   * its fragment. Frames before the first keyframe, and of omitted tracks, give nothing.
   */
  push(frame: MediaFrame, receivedAtMs: number): LiveOutput[] {
    const out: LiveOutput[] = [];
    if (!this.initSent) {
      const init = this.tryInit(frame, receivedAtMs);
      if (init === undefined) return out;
      out.push(init);
    }
    const track = this.tracks.find((t) => t.info.codec === frame.codec);
    if (track === undefined) return out;
    const fragment = this.fragment(track, frame, receivedAtMs);
    if (fragment !== undefined) out.push(fragment);
    return out;
  }

  // Builds the init segment at a start point; undefined while the frame cannot start a stream.
  private tryInit(frame: MediaFrame, receivedAtMs: number): LiveInit | undefined {
    const hasVideo = this.declared.some((t) => isVideo(t.codec));
    const starts = hasVideo ? isVideo(frame.codec) && frame.keyframe : true;
    if (!starts) return undefined;
    const playable: TrackInfo[] = [];
    const omitted: OmittedTrack[] = [];
    for (const declared of this.declared) {
      let info = declared;
      if (isVideo(info.codec) && (info.parameterSets ?? []).length === 0 && info.codec === frame.codec) {
        const ps = inBandParameterSets(frame);
        if (ps !== undefined) info = { ...info, parameterSets: ps };
      }
      if (info.codec === 'pcma' || info.codec === 'pcmu') {
        omitted.push({
          codec: info.codec,
          reason: 'G.711 is not playable through MSE; use the RTSP restream for audio',
        });
        continue;
      }
      if (mseCodecString(info) === undefined) {
        omitted.push({ codec: info.codec, reason: 'codec configuration not known yet' });
        continue;
      }
      playable.push(info);
    }
    if (playable.length === 0 || (hasVideo && !playable.some((t) => isVideo(t.codec)))) return undefined;
    this.tracks = playable.map((info, i) => ({
      info,
      trackId: i + 1,
      origin: Number.NaN,
      lastDts: undefined,
      lastDuration: isVideo(info.codec)
        ? Math.round(info.clockRate / DEFAULT_VIDEO_FRAME_RATE)
        : info.codec === 'aac'
          ? AAC_FRAME_SAMPLES
          : Math.round(info.clockRate / 50),
    }));
    this.primary = this.tracks.find((t) => isVideo(t.info.codec)) ?? this.tracks[0];
    this.omitted = omitted;
    this.initSent = true;
    // A re-init (tracks changed) continues the timeline where it ended, so MSE appends after it.
    this.originReceivedMs = receivedAtMs - this.timelineEndS * 1000;
    const codecs = playable.map((t) => mseCodecString(t) ?? '');
    const kind = hasVideo ? 'video' : 'audio';
    return {
      kind: 'init',
      init: buildInitSegment(playable),
      mimeType: `${kind}/mp4; codecs="${codecs.join(',')}"`,
      codecs,
      omitted,
    };
  }

  /** Tracks left out of the current init segment. */
  omittedTracks(): readonly OmittedTrack[] {
    return this.omitted;
  }

  private fragment(track: LiveTrack, frame: MediaFrame, receivedAtMs: number): LiveFragment | undefined {
    if (Number.isNaN(track.origin)) {
      if (track === this.primary) track.origin = frame.dts - Math.round(this.timelineEndS * track.info.clockRate);
      else {
        // Tracks have unrelated RTP clocks; arrival time puts audio beside the picture it came with.
        const offsetTicks = Math.round(((receivedAtMs - this.originReceivedMs) * track.info.clockRate) / 1000);
        track.origin = frame.dts - Math.max(0, offsetTicks);
      }
    }
    const decodeTime = frame.dts - track.origin;
    if (decodeTime < 0) return undefined;
    if (track.lastDts !== undefined && frame.dts > track.lastDts) track.lastDuration = frame.dts - track.lastDts;
    track.lastDts = frame.dts;
    const video = isVideo(frame.codec);
    const { size, parts } = video
      ? lengthPrefixedParts(frame.units)
      : { size: frame.units[0]?.length ?? 0, parts: frame.units.slice(0, 1) };
    // A live fragment's duration is the previous frame interval: the next tfdt corrects any drift.
    const duration = track.lastDuration;
    if (track === this.primary) this.timelineEndS = (decodeTime + duration) / track.info.clockRate;
    const { header } = buildFragmentHeader(this.sequence++, [
      {
        trackId: track.trackId,
        baseDecodeTime: decodeTime,
        samples: [{ duration, size, keyframe: frame.keyframe, compositionOffset: frame.pts - frame.dts }],
        data: parts,
      },
    ]);
    return {
      kind: 'fragment',
      chunks: [header, ...parts],
      byteLength: header.length + size,
      keyframe: frame.keyframe && (video || this.primary === track),
      receivedAtMs,
      decodeTimeS: decodeTime / track.info.clockRate,
      durationS: duration / track.info.clockRate,
    };
  }
}
