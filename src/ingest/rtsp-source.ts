// One camera pulled over RTSP: RtspClient → RTP → depacketizer → hub. Detects a lost session and
// asks ReconnectPolicy when to try again (policy apart from detection); tells the hub when the
// camera goes offline and comes back, which the recorder turns into gap rows.
import type { Clock } from '../clock.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import type { HubStats, StreamProducer } from '../hub/contracts.ts';
import { parseRtcpCompound } from '../media/rtcp.ts';
import { FrameMemory } from '../media/frame-memory.ts';
import { RtpPacketReader } from '../media/rtp.ts';
import { parseSdp } from '../media/sdp.ts';
import { sdpMediaToTrack } from '../media/sdp-track.ts';
import type { MediaFrame, RtpPacket, TrackInfo } from '../media/types.ts';
import { RtspClient, type PacketRetention, type RtspConnector, type RtspMediaSink } from '../rtsp/client.ts';
import { parseSdpTracks } from '../rtsp/codec/sdp-tracks.ts';
import { ReconnectPolicy, type ReconnectPolicyOptions } from '../rtsp/reconnect-policy.ts';
import { realTimers, type TimerHandle, type Timers } from '../rtsp/timers.ts';
import { TrackReceiver } from './track-receiver.ts';

/** The media kinds the client sets up; the same list maps its track indices onto receivers. */
const CLIENT_MEDIA_KINDS: readonly string[] = ['video', 'audio'];

/** The hub side a source drives: the producer calls and the counters its status reads. */
export interface CameraHub extends StreamProducer {
  stats(): HubStats;
}

/** Options of one camera's RTSP source. */
export interface RtspCameraSourceOptions {
  readonly cameraId: string;
  /** rtsp://[user:password@]host[:port]/path */
  readonly url: string;
  readonly hub: CameraHub;
  /** Wall clock for arrival times and status. */
  readonly clock: Clock;
  /** Timers for reconnect delays and the RTSP session (injected so tests drive time). */
  readonly timers?: Timers;
  /** Default TCP interleaved: it crosses NAT and loses nothing to UDP drops. */
  readonly transport?: 'tcp' | 'udp';
  readonly reconnect?: ReconnectPolicyOptions;
  readonly connectTimeoutMs?: number;
  readonly readTimeoutMs?: number;
  /** Told of every lost session and the delay before the next attempt (for the log). */
  readonly onSessionEnded?: (reason: PsvisError, nextDelayMs: number) => void;
  /** Sees exceptions thrown by listeners inside the RTSP client (they never stop the session). */
  readonly onListenerError?: (err: unknown, event: string) => void;
  /** How the RTSP client reaches the camera (default TCP); benchmarks replay captured bytes through it. */
  readonly connect?: RtspConnector;
  /** Size of the client's receive slabs (RtspClientOptions.receiveSlabBytes). */
  readonly receiveSlabBytes?: number;
  /** Where frames are copied out of the packets (tests inject small, poisoning blocks). */
  readonly frameMemory?: FrameMemory;
}

/** Why the latest session ended or failed. */
export interface IngestError {
  readonly code: string;
  readonly message: string;
  readonly at: Date;
}

/** One received track as status reports it. */
export interface IngestTrackSummary {
  readonly codec: TrackInfo['codec'];
  readonly clockRate: number;
  readonly width?: number;
  readonly height?: number;
  readonly channels?: number;
  readonly parameterSets: boolean;
  /** 'rtcp' once the camera's sender reports map its timestamps to wall time, else 'arrival'. */
  readonly wallClock: 'rtcp' | 'arrival';
}

/** A camera's ingest status (GET /api/v1/cameras/:id/status). */
export interface CameraIngestStatus {
  readonly cameraId: string;
  /** The stream URL without credentials. */
  readonly url: string;
  readonly online: boolean;
  /** When `online` last changed (or the source started). */
  readonly since: Date;
  readonly bitsPerSecond: number;
  readonly framesPerSecond: number;
  readonly lastFrameAt: Date | undefined;
  /** Connection attempts after the first. */
  readonly reconnects: number;
  /** Sessions that delivered frames. */
  readonly sessions: number;
  readonly lastError: IngestError | undefined;
  readonly framesIn: number;
  /** RTP packets missing from sequence gaps, all sessions. */
  readonly packetsLost: number;
  /** Frames the depacketizers dropped as damaged, all sessions. */
  readonly framesDropped: number;
  readonly tracks: readonly IngestTrackSummary[];
}

/** The URL with its user name and password taken out (status is read by operators, logs are kept). */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

function asPsvisError(err: unknown): PsvisError {
  return err instanceof PsvisError
    ? err
    : new PsvisError('PSVIS_ERR_RTSP_CONNECTION_LOST', 'RTSP session failed', { cause: String(err) });
}

/** Pulls one camera: start() connects, reconnects after failures, close() stops for good. */
export class RtspCameraSource {
  readonly cameraId: string;
  /** The stream URL as configured (credentials included; see status() for the redacted one). */
  readonly url: string;
  private readonly timers: Timers;
  private readonly policy: ReconnectPolicy;
  private running = false;
  private client: RtspClient | undefined;
  private receivers: (TrackReceiver | undefined)[] = [];
  /** Why the current session must end, when psvis ended it (unusable SDP). */
  private sessionError: PsvisError | undefined;
  private sessionStartMs = 0;
  private sessionOnline = false;
  private tracksDirty = true;
  private retryTimer: TimerHandle | undefined;
  private online = false;
  private sinceMs: number;
  private reconnects = 0;
  private sessions = 0;
  private lastError: IngestError | undefined;
  private framesIn = 0;
  // Counters of ended sessions' depacketizers, so status totals survive reconnects.
  private retiredPacketsLost = 0;
  private retiredFramesDropped = 0;
  private lastTracks: readonly TrackInfo[] = [];
  // One packet object for every packet of every session (the depacketizers keep payloads, never packets).
  private readonly packet = new RtpPacketReader();
  // Where the depacketizers copy the frames out of the receive buffer, for every session.
  private readonly frameMemory: FrameMemory;
  // The client's typed receive path: no event, argument array or object per packet.
  private readonly media: RtspMediaSink = {
    rtp: (trackIndex, bytes, offset, length) => this.onRtp(trackIndex, bytes, offset, length),
    rtcp: (trackIndex, bytes, offset, length) => {
      this.onRtcp(trackIndex, bytes, offset, length);
    },
  };

  constructor(private readonly options: RtspCameraSourceOptions) {
    this.cameraId = options.cameraId;
    this.url = options.url;
    this.frameMemory = options.frameMemory ?? new FrameMemory();
    this.timers = options.timers ?? realTimers();
    this.policy = new ReconnectPolicy(options.reconnect);
    this.sinceMs = options.clock.now().getTime();
  }

  /** Starts pulling; failures are retried in the background, never thrown. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.sinceMs = this.options.clock.now().getTime();
    this.connect();
  }

  /** Ends the session and any pending retry; marks the hub offline. */
  async close(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    if (this.retryTimer !== undefined) this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const client = this.client;
    this.client = undefined;
    this.retire();
    if (client !== undefined) await client.close();
    if (this.online) {
      this.online = false;
      this.sinceMs = this.options.clock.now().getTime();
      this.options.hub.markOffline('ingest stopped');
    }
  }

  /** Wall time (Unix ms) of `pts` on track `trackIndex`: RTCP sender reports, else arrival time. */
  wallTimeMs(trackIndex: number, pts: number): number {
    return this.receivers[trackIndex]?.wallClock.wallTimeMs(pts) ?? this.options.clock.now().getTime();
  }

  /** Wall time of a frame of `track` as the recorder asks for it (tracks are told apart by codec). */
  wallTimeOf(frame: MediaFrame, track: TrackInfo): number | undefined {
    const i = this.receivers.findIndex((r) => r?.info.codec === track.codec);
    return i < 0 ? undefined : this.receivers[i]?.wallClock.wallTimeMs(frame.pts);
  }

  /** Counters and state now. */
  status(): CameraIngestStatus {
    const hub = this.options.hub.stats();
    let packetsLost = this.retiredPacketsLost;
    let framesDropped = this.retiredFramesDropped;
    for (const r of this.receivers) {
      packetsLost += r?.depacketizer.packetsLost ?? 0;
      framesDropped += r?.depacketizer.framesDropped ?? 0;
    }
    const synced = new Map(this.receivers.map((r) => [r?.info, r?.wallClock.synchronized === true]));
    return {
      cameraId: this.cameraId,
      url: redactUrl(this.options.url),
      online: this.online,
      since: new Date(this.sinceMs),
      bitsPerSecond: hub.bitsPerSecond,
      framesPerSecond: hub.videoFramesPerSecond,
      lastFrameAt: hub.lastFrameAt,
      reconnects: this.reconnects,
      sessions: this.sessions,
      lastError: this.lastError,
      framesIn: this.framesIn,
      packetsLost,
      framesDropped,
      tracks: this.lastTracks.map((t) => ({
        codec: t.codec,
        clockRate: t.clockRate,
        ...(t.width === undefined ? {} : { width: t.width }),
        ...(t.height === undefined ? {} : { height: t.height }),
        ...(t.channels === undefined ? {} : { channels: t.channels }),
        parameterSets: (t.parameterSets?.length ?? 0) > 0,
        wallClock: synced.get(t) === true ? 'rtcp' : 'arrival',
      })),
    };
  }

  private connect(): void {
    this.retryTimer = undefined;
    if (!this.running) return;
    let client: RtspClient;
    try {
      client = new RtspClient({
        url: this.options.url,
        timers: this.timers,
        mediaKinds: CLIENT_MEDIA_KINDS,
        ...(this.options.transport === undefined ? {} : { transport: this.options.transport }),
        ...(this.options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: this.options.connectTimeoutMs }),
        ...(this.options.readTimeoutMs === undefined ? {} : { readTimeoutMs: this.options.readTimeoutMs }),
        ...(this.options.onListenerError === undefined ? {} : { onListenerError: this.options.onListenerError }),
        ...(this.options.connect === undefined ? {} : { connect: this.options.connect }),
        ...(this.options.receiveSlabBytes === undefined ? {} : { receiveSlabBytes: this.options.receiveSlabBytes }),
        media: this.media,
      });
    } catch (err) {
      // A URL the client refuses (PSVIS_ERR_RTSP_BAD_URL) is retried slowly until the camera is edited.
      this.sessionEnded(asPsvisError(err), false);
      return;
    }
    this.client = client;
    this.receivers = [];
    this.sessionError = undefined;
    this.sessionOnline = false;
    this.tracksDirty = true;
    this.sessionStartMs = this.timers.nowMs();
    client.on('sdp', (sdp) => {
      this.onSdp(client, sdp);
    });
    client.on('close', (reason) => {
      this.onClose(client, reason);
    });
    // A failed start also emits 'close', which carries the reason; nothing to do here.
    client.start().catch(() => undefined);
  }

  // Receivers are built from the DESCRIBE answer: RTP can arrive in the same read as the PLAY
  // answer, before start() resolves. Indices follow the client's own choice of sections (its
  // parser, its media kinds: "m=Video" is not set up), mapped by position onto the full parse.
  private onSdp(client: RtspClient, sdp: string): void {
    try {
      const media = parseSdp(sdp).media;
      const chosen = parseSdpTracks(sdp).tracks.flatMap((t, i) => (CLIENT_MEDIA_KINDS.includes(t.media) ? [i] : []));
      this.receivers = chosen.map((i) => {
        const m = media[i];
        const t = m === undefined ? undefined : sdpMediaToTrack(m);
        return t === undefined ? undefined : new TrackReceiver(t, this.frameMemory);
      });
      if (this.receivers.every((r) => r === undefined)) {
        throw new PsvisError(
          'PSVIS_ERR_INGEST_UNSUPPORTED_CODEC',
          'camera sends no codec psvis records (H.264, H.265, AAC, G.711)',
          { cameraId: this.cameraId, media: media.map((m) => m.type) },
        );
      }
    } catch (err) {
      this.sessionError = asPsvisError(err);
      void client.close();
    }
  }

  // The packet is a view into the client's receive buffer, which is reused once no track holds
  // it: the depacketizers keep views only of the fragments they are assembling (they let go at
  // every unit they finish or drop, which their counters show), and the frames they hand on own
  // their bytes (copied into frameMemory).
  private onRtp(trackIndex: number, bytes: Uint8Array, offset: number, length: number): PacketRetention {
    const rx = this.receivers[trackIndex];
    if (rx === undefined) return 'released'; // a codec psvis does not record
    let pkt: RtpPacket;
    try {
      pkt = this.packet.read(bytes, offset, length);
    } catch {
      rx.malformedPackets++; // counted; one bad packet does not end the session
      return 'held';
    }
    rx.ssrc = pkt.ssrc;
    const depacketizer = rx.depacketizer;
    const unitsEnded = depacketizer.framesOut + depacketizer.framesDropped;
    const frames = depacketizer.push(pkt);
    // Indexed, not for-of: the iterator was allocated per packet (most packets complete no frame).
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i];
      if (frame === undefined) continue;
      try {
        this.onFrame(rx, frame);
      } finally {
        // The depacketizer's hold: the hub and its readers retained what they keep.
        frame.lease?.release();
      }
    }
    // A unit finished or dropped: nothing before this packet is held any more.
    return depacketizer.framesOut + depacketizer.framesDropped === unitsEnded ? 'held' : 'released-before';
  }

  private onFrame(rx: TrackReceiver, frame: MediaFrame): void {
    // Parameter sets come with keyframes; scanning only those keeps the hot path short.
    if (rx.video && (frame.keyframe || !rx.complete) && rx.learn(frame.units)) this.tracksDirty = true;
    if (this.tracksDirty) {
      // Readers need every track's parameter sets before the first frame (an init segment).
      if (!this.receivers.every((r) => r === undefined || r.complete)) return;
      this.lastTracks = this.receivers.flatMap((r) => (r === undefined ? [] : [r.info]));
      this.options.hub.setTracks(this.lastTracks);
      this.tracksDirty = false;
    }
    const nowMs = this.options.clock.now().getTime();
    if (!this.sessionOnline) {
      this.sessionOnline = true;
      this.sessions++;
      this.online = true;
      this.sinceMs = nowMs;
      this.options.hub.markOnline();
    }
    rx.wallClock.onFrame(frame.pts, nowMs);
    this.framesIn++;
    this.options.hub.publish(frame);
  }

  private onRtcp(trackIndex: number, bytes: Uint8Array, offset: number, length: number): void {
    const rx = this.receivers[trackIndex];
    if (rx === undefined) return;
    let packets;
    try {
      // One every few seconds: a view is no cost here.
      packets = parseRtcpCompound(new Uint8Array(bytes.buffer, bytes.byteOffset + offset, length));
    } catch {
      rx.malformedPackets++; // wall time then stays on arrival time; the media still flows
      return;
    }
    for (const p of packets) {
      if (p.type === 'sr' && (rx.ssrc < 0 || p.ssrc === rx.ssrc)) rx.wallClock.onSenderReport(p);
    }
  }

  private onClose(client: RtspClient, reason: PsvisError): void {
    if (client !== this.client) return; // close() already let go of it
    this.client = undefined;
    const err = this.sessionError ?? reason;
    this.sessionError = undefined;
    const hadFrames = this.sessionOnline;
    this.retire();
    if (this.running) this.sessionEnded(err, hadFrames);
  }

  // Whatever ended the session (detection), the policy says when to try again.
  private sessionEnded(err: PsvisError, hadFrames: boolean): void {
    const nowMs = this.options.clock.now().getTime();
    this.lastError = { code: err.code, message: err.message, at: new Date(nowMs) };
    if (this.online) {
      this.online = false;
      this.sinceMs = nowMs;
      this.options.hub.markOffline(`${err.code}: ${err.message}`);
    }
    const delayMs = hadFrames
      ? this.policy.onSessionEnded(this.timers.nowMs() - this.sessionStartMs)
      : this.policy.onFailure();
    this.retryTimer = this.timers.setTimeout(() => {
      this.reconnects++;
      this.connect();
    }, delayMs);
    this.options.onSessionEnded?.(err, delayMs);
  }

  private retire(): void {
    for (const r of this.receivers) {
      this.retiredPacketsLost += r?.depacketizer.packetsLost ?? 0;
      this.retiredFramesDropped += r?.depacketizer.framesDropped ?? 0;
    }
    this.receivers = [];
    this.sessionOnline = false;
  }
}
