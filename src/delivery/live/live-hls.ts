// Live HLS (RFC 8216, version 7, fMP4 segments §3.3): while someone watches a camera, a packager
// reads its hub and keeps a short sliding window of ~1 s segments in memory, cut at keyframes.
// It starts on the first playlist request and stops when nobody asked for a while. Each watching
// user has one access-register row, closed when they stop asking.
import type { Clock } from '../../clock.ts';
import { PsvisError } from '../../errors/psvis-error.ts';
import type { HubItem, HubReader } from '../../hub/contracts.ts';
import type { Actor } from '../../identity/scope.ts';
import type { LiveHubs, LiveViewRegister } from './live-delivery.ts';
import { LiveFmp4Muxer, type LiveFragment } from './live-muxer.ts';

/** Shortest segment: the next keyframe after this much media ends the segment. */
export const LIVE_HLS_SEGMENT_S = 1;
/** Segments the playlist lists (RFC 8216 §6.2.2: at least three target durations). */
export const LIVE_HLS_PLAYLIST_SEGMENTS = 6;
/** Segments kept in memory: a client that read an older playlist can still fetch them. */
export const LIVE_HLS_KEPT_SEGMENTS = 10;
/** A packager (and a user's register row) ends after this long without requests. */
export const LIVE_HLS_IDLE_MS = 30_000;
/** How long a first playlist request waits for the first segment. */
export const LIVE_HLS_FIRST_SEGMENT_WAIT_MS = 10_000;
/** A segment over this many bytes is cut early (memory bound per camera: this times the kept count). */
export const LIVE_HLS_MAX_SEGMENT_BYTES = 8 * 1024 * 1024;

/** Options of the live HLS packagers. */
export interface LiveHlsOptions {
  readonly hubs: LiveHubs;
  readonly clock: Clock;
  readonly register: LiveViewRegister;
  readonly idleMs?: number;
  readonly sweepEveryMs?: number;
  readonly onError?: (err: unknown, where: string) => void;
}

interface Segment {
  readonly sequence: number;
  readonly initVersion: number;
  readonly chunks: Uint8Array[];
  bytes: number;
  readonly startS: number;
  durationS: number;
  readonly startWallMs: number;
}

/** One camera's packager: hub reader → muxer → segments. */
class Packager {
  readonly segments: Segment[] = [];
  readonly inits = new Map<number, Uint8Array>();
  lastRequestMs: number;
  private readonly muxer = new LiveFmp4Muxer();
  private current: Segment | undefined;
  private initVersion = 0;
  private nextSequence = 0;
  private waiters: (() => void)[] = [];
  private readonly reader: HubReader;
  ended = false;
  /** Longest segment so far (EXT-X-TARGETDURATION must not shrink, §4.3.3.1). */
  maxDurationS = LIVE_HLS_SEGMENT_S;

  constructor(
    readonly cameraId: string,
    hubs: LiveHubs,
    nowMs: number,
  ) {
    this.lastRequestMs = nowMs;
    const hub = hubs.get(cameraId);
    if (hub === undefined) throw unavailable(cameraId);
    this.reader = hub.addReader({
      name: `hls:${cameraId}`,
      policy: 'drop-gop',
      start: 'latest-keyframe',
      onReadable: () => {
        this.pump();
      },
    });
    this.pump();
  }

  /** Resolves when a first segment is complete (or after the wait bound). */
  async firstSegment(timeoutMs: number): Promise<void> {
    if (this.segments.length > 0 || this.ended) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  close(): void {
    this.ended = true;
    this.reader.close();
    for (const w of this.waiters.splice(0)) w();
  }

  private pump(): void {
    for (let item = this.reader.read(); item !== undefined; item = this.reader.read()) this.handle(item);
  }

  private handle(item: HubItem): void {
    if (item.kind === 'tracks') {
      this.muxer.setTracks(item.tracks);
      return;
    }
    if (item.kind === 'end') {
      this.close();
      return;
    }
    if (item.kind !== 'frame') return;
    for (const out of this.muxer.push(item.frame, item.receivedAtMs)) {
      if (out.kind === 'init') {
        this.seal();
        this.initVersion++;
        this.inits.set(this.initVersion, out.init);
        // Only the inits that segments still in memory use are kept.
        for (const v of this.inits.keys()) if (v < this.initVersion - LIVE_HLS_KEPT_SEGMENTS) this.inits.delete(v);
      } else this.add(out);
    }
  }

  private add(f: LiveFragment): void {
    const cur = this.current;
    // RFC 8216 §6.2.1 would have each segment start decodable: cut only at keyframes.
    if (
      cur !== undefined &&
      f.keyframe &&
      (cur.durationS >= LIVE_HLS_SEGMENT_S || cur.bytes > LIVE_HLS_MAX_SEGMENT_BYTES)
    ) {
      this.seal();
    }
    if (this.current === undefined) {
      if (!f.keyframe) return;
      this.current = {
        sequence: this.nextSequence++,
        initVersion: this.initVersion,
        chunks: [],
        bytes: 0,
        startS: f.decodeTimeS,
        durationS: 0,
        startWallMs: f.receivedAtMs,
      };
    }
    const seg = this.current;
    seg.chunks.push(...f.chunks);
    seg.bytes += f.byteLength;
    seg.durationS = Math.max(seg.durationS, f.decodeTimeS + f.durationS - seg.startS);
  }

  private seal(): void {
    const seg = this.current;
    this.current = undefined;
    if (seg === undefined || seg.bytes === 0) return;
    this.segments.push(seg);
    this.maxDurationS = Math.max(this.maxDurationS, seg.durationS);
    while (this.segments.length > LIVE_HLS_KEPT_SEGMENTS) this.segments.shift();
    for (const w of this.waiters.splice(0)) w();
  }
}

function unavailable(cameraId: string): PsvisError {
  return new PsvisError(
    'PSVIS_ERR_LIVE_UNAVAILABLE',
    'the camera is not being received (disabled, no stream URL, or psvis is stopping); see GET /api/v1/cameras/:id/status',
    { cameraId },
    503,
  );
}

function segmentGone(cameraId: string, what: string): PsvisError {
  return new PsvisError(
    'PSVIS_ERR_LIVE_SEGMENT_GONE',
    `${what} is no longer in the live window; reload the playlist`,
    { cameraId },
    404,
  );
}

/** The live HLS packagers of all cameras; start() runs the idle sweep, close() ends everything. */
export class LiveHls {
  private readonly packagers = new Map<string, Packager>();
  private readonly views = new Map<string, { registerId: Promise<string>; lastRequestMs: number; cameraId: string }>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(private readonly options: LiveHlsOptions) {}

  /** Starts sweeping idle packagers and views. */
  start(): Promise<void> {
    this.sweeper = setInterval(() => {
      this.sweep();
    }, this.options.sweepEveryMs ?? 5_000);
    this.sweeper.unref();
    return Promise.resolve();
  }

  /** Stops every packager and closes every open register row. */
  async close(): Promise<void> {
    if (this.sweeper !== undefined) clearInterval(this.sweeper);
    this.sweep(Number.POSITIVE_INFINITY);
    await Promise.all([...this.pendingEnds]);
  }

  /** Cameras being packaged now. */
  get activeCameras(): string[] {
    return [...this.packagers.keys()];
  }

  /** The media playlist (RFC 8216 §4.3.3) of a camera; starts its packager on first use. */
  async playlist(actor: Actor, cameraId: string): Promise<string> {
    const packager = this.touch(actor, cameraId);
    await packager.firstSegment(LIVE_HLS_FIRST_SEGMENT_WAIT_MS);
    const segments = packager.segments.slice(-LIVE_HLS_PLAYLIST_SEGMENTS);
    const first = segments[0];
    if (first === undefined) throw unavailable(cameraId);
    const lines = [
      '#EXTM3U',
      '#EXT-X-VERSION:7',
      `#EXT-X-TARGETDURATION:${Math.ceil(packager.maxDurationS)}`,
      `#EXT-X-MEDIA-SEQUENCE:${first.sequence}`,
      `#EXT-X-DISCONTINUITY-SEQUENCE:${first.initVersion}`,
      '#EXT-X-INDEPENDENT-SEGMENTS',
    ];
    let version = -1;
    for (const s of segments) {
      if (s.initVersion !== version) {
        // A new init (tracks changed) is a discontinuity (§4.3.2.3) with its own map (§4.3.2.5).
        if (version !== -1) lines.push('#EXT-X-DISCONTINUITY');
        lines.push(`#EXT-X-MAP:URI="live/init-${s.initVersion}.mp4"`);
        version = s.initVersion;
      }
      lines.push(`#EXT-X-PROGRAM-DATE-TIME:${new Date(s.startWallMs).toISOString()}`);
      lines.push(`#EXTINF:${s.durationS.toFixed(3)},`, `live/${s.sequence}.m4s`);
    }
    return lines.join('\n') + '\n';
  }

  /** An init segment a playlist names. */
  init(actor: Actor, cameraId: string, version: number): Uint8Array {
    const init = this.touch(actor, cameraId).inits.get(version);
    if (init === undefined) throw segmentGone(cameraId, `init segment ${version}`);
    return init;
  }

  /** A media segment a playlist names: its chunks and byte length. */
  segment(actor: Actor, cameraId: string, sequence: number): { chunks: readonly Uint8Array[]; bytes: number } {
    const seg = this.touch(actor, cameraId).segments.find((s) => s.sequence === sequence);
    if (seg === undefined) throw segmentGone(cameraId, `segment ${sequence}`);
    return { chunks: seg.chunks, bytes: seg.bytes };
  }

  private readonly pendingEnds = new Set<Promise<void>>();

  private touch(actor: Actor, cameraId: string): Packager {
    const nowMs = this.options.clock.now().getTime();
    let packager = this.packagers.get(cameraId);
    if (packager?.ended === true) {
      this.packagers.delete(cameraId);
      packager = undefined;
    }
    if (packager === undefined) {
      packager = new Packager(cameraId, this.options.hubs, nowMs);
      this.packagers.set(cameraId, packager);
    }
    packager.lastRequestMs = nowMs;
    const key = `${actor.userId}\u0000${cameraId}`;
    const view = this.views.get(key);
    if (view !== undefined) view.lastRequestMs = nowMs;
    else {
      const registerId = this.options.register.startView(actor, { cameraId, details: { transport: 'hls' } });
      registerId.catch((err: unknown) => this.options.onError?.(err, 'register.startView'));
      this.views.set(key, { registerId, lastRequestMs: nowMs, cameraId });
    }
    return packager;
  }

  private sweep(idleMs = this.options.idleMs ?? LIVE_HLS_IDLE_MS): void {
    const nowMs = this.options.clock.now().getTime();
    for (const [id, p] of this.packagers) {
      if (p.ended || nowMs - p.lastRequestMs >= idleMs) {
        p.close();
        this.packagers.delete(id);
      }
    }
    for (const [key, v] of this.views) {
      if (nowMs - v.lastRequestMs < idleMs) continue;
      this.views.delete(key);
      const p = v.registerId
        .then((id) =>
          this.options.register.endView(id, {
            transport: 'hls',
            lastRequestAt: new Date(v.lastRequestMs).toISOString(),
          }),
        )
        .catch((err: unknown) => this.options.onError?.(err, 'register.endView'))
        .finally(() => this.pendingEnds.delete(p));
      this.pendingEnds.add(p);
    }
  }
}
