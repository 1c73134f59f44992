// One simulated camera: a video track (and maybe audio) looping a shared clip in real time,
// with continuous RTP timestamps and sequence numbers, RTCP sender reports, and faults.
import { randomBytes } from 'node:crypto';
import { buildSenderReport } from '../media/rtcp.ts';
import { serializeSdp, trackToSdpMedia } from '../media/sdp-track.ts';
import type { StreamSource } from '../rtsp/server.ts';
import { stampFrame } from './clips.ts';
import type { ClipTrack, PacketizedFrame } from './clips.ts';
import { FaultTimeline } from './faults.ts';
import type { Fault } from './faults.ts';
import type { Paced } from './scheduler.ts';

/** RFC 3550 §6.2: senders report at most every 5 s (the minimum interval). */
export const DEFAULT_RTCP_INTERVAL_MS = 5000;
/** A camera further behind than this skips frames instead of bursting them (a real one cannot burst). */
export const MAX_LATE_MS = 500;
/** Packets in one garbage burst: half random bytes, half RTP headers with random payloads. */
export const GARBAGE_PACKETS_PER_BURST = 4;
/** Size of each garbage packet. */
export const GARBAGE_PACKET_BYTES = 600;

/** What a camera needs from its simulator. */
export interface CameraOptions {
  /** 1-based number; the camera is served at /cam/<number>. */
  readonly number: number;
  readonly video: ClipTrack;
  /** The clip of the other picture size, used by the resolution fault. */
  readonly alternateVideo?: ClipTrack;
  readonly audio?: ClipTrack;
  readonly faults?: readonly Fault[];
  /** Monotonic time of the first frame (the simulator staggers cameras across a frame interval). */
  readonly startMs: number;
  /** Monotonic milliseconds now (for RTCP sent outside a tick). */
  readonly nowMs: () => number;
  /** Wall clock (Unix ms) that sender reports map RTP time to. */
  readonly wallClockMs: () => number;
  /** Random bytes for SSRCs, initial sequence numbers and timestamps (RFC 3550 §5.1), and garbage. */
  readonly random?: (bytes: number) => Uint8Array;
  /** Closes every client connection of this camera (the drop fault). */
  readonly onDrop: () => void;
  readonly rtcpIntervalMs?: number;
}

/** Counters of one camera. */
export interface CameraStats {
  readonly sentFrames: number;
  /** Frames not sent because the camera was stalled or the process fell behind. */
  readonly skippedFrames: number;
  readonly sentPackets: number;
  readonly garbagePackets: number;
  readonly drops: number;
  readonly stalls: number;
  readonly resolutionSwitches: number;
  readonly clients: number;
  /** Name of the video clip now being sent. */
  readonly videoClip: string;
}

type Listener = (packet: Uint8Array) => void;

interface TrackState {
  clip: ClipTrack;
  frameIndex: number;
  /** RTP clock ticks since the camera's start; timestamp = initialTimestamp + this. */
  ticksElapsed: number;
  nextSequenceNumber: number;
  /** After a stall or resolution switch the video resumes on a keyframe. */
  resumeOnKeyframe: boolean;
  packetCount: number;
  octetCount: number;
  readonly ssrc: number;
  readonly initialTimestamp: number;
  readonly rtp: Set<Listener>;
  readonly rtcp: Set<Listener>;
}

function u32(bytes: Uint8Array): number {
  return (((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)) >>> 0;
}

function emit(listeners: ReadonlySet<Listener>, packet: Uint8Array): void {
  for (const listener of listeners) listener(packet);
}

/** A simulated RTSP camera: a StreamSource for the RTSP server, paced by the shared scheduler. */
export class SimulatedCamera implements StreamSource, Paced {
  private readonly tracks: TrackState[];
  private readonly timeline: FaultTimeline;
  private readonly random: (bytes: number) => Uint8Array;
  private readonly rtcpIntervalMs: number;
  private alternateVideo: ClipTrack | undefined;
  private manualStallUntilMs = -Infinity;
  private nextRtcpAtMs: number;
  private cachedSdp: string | undefined;
  private counters = { sentFrames: 0, skippedFrames: 0, sentPackets: 0, garbagePackets: 0 };
  private faultCounters = { drops: 0, stalls: 0, resolutionSwitches: 0 };

  constructor(private readonly options: CameraOptions) {
    this.random = options.random ?? ((n) => randomBytes(n));
    this.alternateVideo = options.alternateVideo;
    this.rtcpIntervalMs = options.rtcpIntervalMs ?? DEFAULT_RTCP_INTERVAL_MS;
    this.nextRtcpAtMs = options.startMs + this.rtcpIntervalMs;
    const clips = options.audio === undefined ? [options.video] : [options.video, options.audio];
    this.tracks = clips.map((clip) => {
      const r = this.random(10);
      return {
        clip,
        frameIndex: 0,
        ticksElapsed: 0,
        nextSequenceNumber: ((r[0] ?? 0) << 8) | (r[1] ?? 0),
        resumeOnKeyframe: false,
        packetCount: 0,
        octetCount: 0,
        ssrc: u32(r.subarray(2, 6)),
        initialTimestamp: u32(r.subarray(6, 10)),
        rtp: new Set(),
        rtcp: new Set(),
      };
    });
    this.timeline = new FaultTimeline(options.faults ?? [], options.startMs);
  }

  /** The camera's number (served at /cam/<number>). */
  get number(): number {
    return this.options.number;
  }

  /** Current counters. */
  get stats(): CameraStats {
    const video = this.tracks[0];
    return {
      ...this.counters,
      ...this.faultCounters,
      clients: video?.rtp.size ?? 0,
      videoClip: video?.clip.name ?? '',
    };
  }

  /** The faults in force. */
  get faults(): readonly Fault[] {
    return this.timeline.current;
  }

  /** SDP of the current clips (after a resolution switch, the new size's parameter sets). */
  sdp(): string {
    this.cachedSdp ??= serializeSdp({
      sessionName: `psvis camsim cam ${this.options.number}`,
      media: this.tracks.map((t) => trackToSdpMedia(t.clip.info, t.clip.payloadType)),
    });
    return this.cachedSdp;
  }

  /** Receives the RTP packets of track 0 (video) or 1 (audio). */
  subscribe(trackIndex: number, onRtp: Listener): () => void {
    const track = this.tracks[trackIndex];
    if (track === undefined) return () => undefined;
    track.rtp.add(onRtp);
    return () => {
      track.rtp.delete(onRtp);
    };
  }

  /** Receives the RTCP sender reports of a track, the first one at once. */
  subscribeRtcp(trackIndex: number, onRtcp: Listener): () => void {
    const track = this.tracks[trackIndex];
    if (track === undefined) return () => undefined;
    track.rtcp.add(onRtcp);
    onRtcp(this.senderReport(track, this.options.nowMs()));
    return () => {
      track.rtcp.delete(onRtcp);
    };
  }

  /** Replaces the periodic faults; their periods count from now. */
  setFaults(faults: readonly Fault[]): void {
    this.timeline.reset(faults, this.options.nowMs());
  }

  /** Closes every client's connection now (the drop fault, once). */
  drop(): void {
    this.faultCounters.drops++;
    this.options.onDrop();
  }

  /** Sends nothing for `durationMs` from now; connections stay open. */
  stall(durationMs: number): void {
    this.faultCounters.stalls++;
    this.manualStallUntilMs = Math.max(this.manualStallUntilMs, this.options.nowMs() + durationMs);
  }

  /** Switches to the other picture size at the next frame; false when the camera has only one. */
  switchResolution(): boolean {
    const video = this.tracks[0];
    const next = this.alternateVideo;
    if (video === undefined || next === undefined) return false;
    this.alternateVideo = video.clip;
    // The encoder restarts: the next frame is the new clip's IDR, SPS/PPS in-band before it.
    video.clip = next;
    video.frameIndex = 0;
    video.resumeOnKeyframe = false;
    this.cachedSdp = undefined;
    this.faultCounters.resolutionSwitches++;
    return true;
  }

  /** Sends a burst of garbage into the video stream: random bytes and RTP packets with random payloads. */
  injectGarbage(): void {
    const video = this.tracks[0];
    if (video === undefined) return;
    for (let i = 0; i < GARBAGE_PACKETS_PER_BURST; i++) {
      const packet = Buffer.from(this.random(GARBAGE_PACKET_BYTES));
      if (i % 2 === 0) {
        // Version 0: not RTP at all, as a confused encoder or a broken middlebox might send.
        packet[0] = (packet[0] ?? 0) & 0x3f;
      } else {
        // A well-formed header in sequence, so the payload reaches the depacketizer.
        packet[0] = 0x80;
        packet[1] = video.clip.payloadType;
        packet.writeUInt16BE(video.nextSequenceNumber, 2);
        packet.writeUInt32BE((video.initialTimestamp + video.ticksElapsed) >>> 0, 4);
        packet.writeUInt32BE(video.ssrc, 8);
        video.nextSequenceNumber = (video.nextSequenceNumber + 1) & 0xffff;
      }
      this.counters.garbagePackets++;
      emit(video.rtp, packet);
    }
  }

  /** Sends every frame due by `nowMs`, fires due faults and sender reports (called by the scheduler). */
  pump(nowMs: number): void {
    for (const fault of this.timeline.due(nowMs)) this.fire(fault);
    const stalledUntilMs = Math.max(this.manualStallUntilMs, this.timeline.stalledUntilMs);
    for (const track of this.tracks) this.pumpTrack(track, nowMs, stalledUntilMs);
    if (nowMs >= this.nextRtcpAtMs) {
      this.nextRtcpAtMs = Math.max(this.nextRtcpAtMs + this.rtcpIntervalMs, nowMs);
      // A stalled camera sends nothing at all, RTCP included.
      if (nowMs >= stalledUntilMs) {
        for (const track of this.tracks) {
          if (track.rtcp.size > 0) emit(track.rtcp, this.senderReport(track, nowMs));
        }
      }
    }
  }

  private fire(fault: Fault): void {
    switch (fault.kind) {
      case 'drop':
        this.drop();
        return;
      case 'stall':
        this.faultCounters.stalls++;
        return;
      case 'resolution':
        this.switchResolution();
        return;
      case 'garbage':
        this.injectGarbage();
        return;
    }
  }

  private dueMs(track: TrackState): number {
    return this.options.startMs + (track.ticksElapsed * 1000) / track.clip.clockRate;
  }

  private pumpTrack(track: TrackState, nowMs: number, stalledUntilMs: number): void {
    let dueMs = this.dueMs(track);
    while (dueMs <= nowMs) {
      const frame = this.nextFrame(track);
      if (dueMs < stalledUntilMs || nowMs - dueMs > MAX_LATE_MS) {
        this.counters.skippedFrames++;
        if (track.clip.kind === 'video') track.resumeOnKeyframe = true;
      } else if (frame !== undefined) {
        this.send(track, frame);
      }
      track.ticksElapsed += track.clip.frameDurationTicks;
      dueMs = this.dueMs(track);
    }
  }

  /** The frame to send at the track's current position, advancing (and looping) the position. */
  private nextFrame(track: TrackState): PacketizedFrame | undefined {
    const frames = track.clip.frames;
    if (track.resumeOnKeyframe) {
      // Resume on the next keyframe so a decoder is not fed P-frames whose reference it missed.
      let i = track.frameIndex;
      for (let n = 0; n < frames.length && frames[i]?.keyframe !== true; n++) i = (i + 1) % frames.length;
      track.frameIndex = i;
    }
    const frame = frames[track.frameIndex];
    track.frameIndex = (track.frameIndex + 1) % frames.length;
    return frame;
  }

  private send(track: TrackState, frame: PacketizedFrame): void {
    track.resumeOnKeyframe = false;
    this.counters.sentFrames++;
    // Nobody listening: keep time, skip the copy. Sequence numbers only count packets sent.
    if (track.rtp.size === 0) return;
    const timestamp = (track.initialTimestamp + track.ticksElapsed) >>> 0;
    const { packets, nextSequenceNumber } = stampFrame(frame, track.nextSequenceNumber, timestamp, track.ssrc);
    track.nextSequenceNumber = nextSequenceNumber;
    for (const packet of packets) {
      track.packetCount++;
      track.octetCount += packet.length - 12;
      emit(track.rtp, packet);
    }
    this.counters.sentPackets += packets.length;
  }

  private senderReport(track: TrackState, nowMs: number): Uint8Array {
    const ticks = Math.round(((nowMs - this.options.startMs) * track.clip.clockRate) / 1000);
    return buildSenderReport({
      ssrc: track.ssrc,
      cname: `cam${this.options.number}@psvis-camsim`,
      unixMs: this.options.wallClockMs(),
      rtpTimestamp: (track.initialTimestamp + ticks) >>> 0,
      packetCount: track.packetCount,
      octetCount: track.octetCount,
    });
  }
}
