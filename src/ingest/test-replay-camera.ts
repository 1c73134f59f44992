// Test support: a camera psvis's tests control, served by src/rtsp/server.ts. It replays the
// first frames of a committed fixture clip (fixtures/README.md) as RTP, one session at a time,
// and tells the test when a session has sent what it was asked to, so the test can drop it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitAnnexB } from '../media/annexb.ts';
import { H264Packetizer } from '../media/h264-packetizer.ts';
import { H265Packetizer } from '../media/h265-packetizer.ts';
import { h264NalType, h265NalType, isH264KeyNal, isH265KeyNal } from '../media/nal-types.ts';
import { serializeRtpPacket } from '../media/rtp.ts';
import { serializeSdp, trackToSdpMedia } from '../media/sdp-track.ts';
import type { MediaFrame, VideoCodec } from '../media/types.ts';
import type { StreamSource } from '../rtsp/server.ts';

const FIXTURES: Record<VideoCodec, string> = { h264: 'h264-720p25.h264', h265: 'h265-720p25.h265' };
/** 90 kHz ticks per frame of the 25 fps fixtures. */
export const REPLAY_FRAME_TICKS = 3600;

/** Options of a replayed camera. */
export interface ReplayCameraOptions {
  readonly codec: VideoCodec;
  /** Frames each session sends (from the clip's first IDR), then `onSessionSent`; default: loop forever. */
  readonly framesPerSession?: number;
  readonly frameIntervalMs: number;
  /** Put sprop-parameter-sets in the SDP (default false: psvis must learn them in-band). */
  readonly sdpParameterSets?: boolean;
  /** Called once a session has sent framesPerSession frames. */
  readonly onSessionSent?: () => void;
}

/** The clip's access units, assuming single-slice pictures (what the fixtures hold). */
export function loadFixtureFrames(codec: VideoCodec): MediaFrame[] {
  const path = fileURLToPath(new URL(`../../fixtures/${FIXTURES[codec]}`, import.meta.url));
  const nals = splitAnnexB(new Uint8Array(readFileSync(path)));
  const isVcl = (n: Uint8Array): boolean => (codec === 'h264' ? h264NalType(n) <= 5 : h265NalType(n) < 32);
  const isKey = codec === 'h264' ? isH264KeyNal : isH265KeyNal;
  const frames: MediaFrame[] = [];
  let units: Uint8Array[] = [];
  for (const nal of nals) {
    units.push(nal);
    if (!isVcl(nal)) continue;
    const pts = frames.length * REPLAY_FRAME_TICKS;
    frames.push({ codec, pts, dts: pts, keyframe: units.some(isKey), units });
    units = [];
  }
  return frames;
}

/** A camera replaying a fixture clip to every session the server plays. */
export class ReplayCamera implements StreamSource {
  /** The clip's frames; frames[0] is an IDR with its parameter sets. */
  readonly frames: MediaFrame[];
  /** Sessions that started playing. */
  sessions = 0;
  private ptsBase = 0;

  constructor(private readonly options: ReplayCameraOptions) {
    this.frames = loadFixtureFrames(options.codec);
  }

  sdp(): string {
    const first = this.frames[0];
    const sets = (first?.units ?? []).filter((u) =>
      this.options.codec === 'h264' ? [7, 8].includes(h264NalType(u)) : [32, 33, 34].includes(h265NalType(u)),
    );
    const info = { codec: this.options.codec, clockRate: 90_000 };
    const media = trackToSdpMedia(this.options.sdpParameterSets === true ? { ...info, parameterSets: sets } : info, 96);
    return serializeSdp({ sessionName: 'psvis replay', media: [media] });
  }

  subscribe(_trackIndex: number, onRtp: (packet: Uint8Array) => void): () => void {
    this.sessions++;
    const opts = { payloadType: 96, ssrc: 0x5053_5600 + this.sessions, initialSequenceNumber: this.sessions * 1000 };
    const packetizer = this.options.codec === 'h264' ? new H264Packetizer(opts) : new H265Packetizer(opts);
    const limit = this.options.framesPerSession ?? Number.POSITIVE_INFINITY;
    let sent = 0;
    const tick = (): void => {
      if (sent >= limit) return;
      const frame = this.frames[sent % this.frames.length];
      if (frame === undefined) return;
      // Timestamps run on across sessions and loops, as a camera's clock does.
      const pts = this.ptsBase;
      this.ptsBase += REPLAY_FRAME_TICKS;
      for (const p of packetizer.packetize({ ...frame, pts, dts: pts })) onRtp(serializeRtpPacket(p));
      sent++;
      if (sent === limit) this.options.onSessionSent?.();
    };
    const timer = setInterval(tick, this.options.frameIntervalMs);
    return () => {
      clearInterval(timer);
    };
  }
}
