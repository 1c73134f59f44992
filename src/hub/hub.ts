import type { Clock } from '../clock.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import type {
  HubFrameItem,
  HubItem,
  HubOverrun,
  HubReader,
  HubStats,
  ReaderOptions,
  StreamProducer,
} from './contracts.ts';
import { IsolatedEmitter } from '../events/isolated-emitter.ts';
import {
  GOP_CACHE_MAX_BYTES,
  GOP_CACHE_MAX_FRAMES,
  LIVE_QUEUE_MAX_BYTES,
  LIVE_QUEUE_MAX_FRAMES,
  RECORDER_QUEUE_MAX_BYTES,
  RECORDER_QUEUE_MAX_FRAMES,
  STATS_BUCKET_MS,
  STATS_WINDOW_MS,
} from './limits.ts';
import { RateWindow } from './rate-window.ts';
import { QueuedReader, type ReaderHost } from './reader.ts';

/** Options of one camera's hub. */
export interface HubOptions {
  readonly cameraId: string;
  readonly clock: Clock;
  readonly gopCacheMaxBytes?: number;
  readonly gopCacheMaxFrames?: number;
  /**
   * Keep the GOP cache only while a live reader (any policy but 'never-drop') is attached and for
   * this long after the last one left; undefined keeps it always. The cache is what lets a viewer
   * see a picture at once instead of at the next keyframe, and it costs about a GOP of frame
   * memory per camera (1 MB at 4 Mbit/s, GOP 2 s): most of a recording-only camera's memory.
   */
  readonly gopCacheIdleMs?: number;
  /** Sees every exception a listener or onReadable threw (they never reach publish). */
  readonly onListenerError?: (err: unknown, event: string) => void;
}

/** Events for monitoring observers (metrics, alarms, audit); readers get theirs in-band. */
export interface HubEvents extends Record<string, unknown[]> {
  online: [at: Date];
  offline: [reason: string, at: Date];
  tracks: [tracks: readonly TrackInfo[]];
  /** A never-drop reader started losing frames: raise the alarm now, not when it catches up. */
  'overrun-started': [reader: string, fromWall: Date];
  /** A never-drop reader's run of lost frames ended (the same facts its in-band item carries). */
  overrun: [reader: string, overrun: HubOverrun];
  closed: [];
}

/**
 * One camera's fan-out: one producer, many readers, each with a bounded queue and a declared
 * backpressure policy. Owns no sockets or timers, so it needs no start(); close() ends readers.
 */
export class Hub implements StreamProducer {
  readonly cameraId: string;
  private readonly clock: Clock;
  private readonly emitter: IsolatedEmitter<HubEvents>;
  private readonly gopCacheMaxBytes: number;
  private readonly gopCacheMaxFrames: number;
  // Copy-on-write: publish iterates the array it started with even if a callback adds or closes a reader.
  private readers: readonly QueuedReader[] = [];
  private readonly host: ReaderHost;
  private closed = false;
  private online = false;
  private offlineReason: string | undefined = 'not started';
  private tracks: readonly TrackInfo[] = [];
  private tracksItem: HubItem | undefined;
  // With video, only a video keyframe is a place to start: audio frames are all "keyframes".
  private hasVideo = false;
  // The current GOP from its keyframe, while it stays under the cap; `gopValid` false past the cap.
  private readonly gop: HubFrameItem[] = [];
  private gopBytes = 0;
  private gopValid = false;
  private gopCacheOverflows = 0;
  private readonly gopCacheIdleMs: number | undefined;
  private liveReaders = 0;
  private lastLiveReaderLeftMs = Number.NEGATIVE_INFINITY;
  private framesIn = 0;
  private bytesIn = 0;
  private lastFrameMs: number | undefined;
  private readonly rate = new RateWindow(STATS_WINDOW_MS, STATS_BUCKET_MS);

  constructor(options: HubOptions) {
    this.cameraId = options.cameraId;
    this.clock = options.clock;
    this.emitter = new IsolatedEmitter<HubEvents>(options.onListenerError);
    this.gopCacheMaxBytes = options.gopCacheMaxBytes ?? GOP_CACHE_MAX_BYTES;
    this.gopCacheMaxFrames = options.gopCacheMaxFrames ?? GOP_CACHE_MAX_FRAMES;
    this.gopCacheIdleMs = options.gopCacheIdleMs;
    this.host = {
      detach: (reader) => {
        const before = this.readers.length;
        this.readers = this.readers.filter((r) => r !== reader);
        if (this.readers.length < before && reader.policy !== 'never-drop' && --this.liveReaders === 0) {
          this.lastLiveReaderLeftMs = this.clock.now().getTime();
        }
      },
      overrunStarted: (reader, fromWall) => {
        this.emitter.emit('overrun-started', reader.name, fromWall);
      },
      overrunEnded: (reader, overrun) => {
        this.emitter.emit('overrun', reader.name, overrun);
      },
      reportError: (err, where) => {
        this.emitter.report(err, where);
      },
    };
  }

  /** Adds a monitoring listener; returns its remover. A throwing listener is counted, not rethrown. */
  on<K extends keyof HubEvents & string>(event: K, listener: (...args: HubEvents[K]) => void): () => void {
    return this.emitter.on(event, listener);
  }

  publish(frame: MediaFrame): void {
    this.assertOpen('publish');
    const nowMs = this.clock.now().getTime();
    // A producer that forgot markOnline() is evidently online; readers still start at a keyframe.
    if (!this.online) this.setOnline(nowMs);
    let bytes = 0;
    for (const unit of frame.units) bytes += unit.byteLength;
    const video = frame.codec === 'h264' || frame.codec === 'h265';
    if (video) this.hasVideo = true;
    const resumePoint = frame.keyframe && (video || !this.hasVideo);
    const item: HubFrameItem = { kind: 'frame', frame, bytes, receivedAtMs: nowMs };

    this.framesIn++;
    this.bytesIn += bytes;
    this.lastFrameMs = nowMs;
    this.rate.add(nowMs, bytes, video);
    this.cache(item, resumePoint, nowMs);
    for (const reader of this.readers) reader.offer(item, resumePoint);
  }

  setTracks(tracks: readonly TrackInfo[]): void {
    this.assertOpen('setTracks');
    // Depacketizers repeat parameter sets before every IDR; only a change is news.
    if (sameTracks(this.tracks, tracks)) return;
    this.tracks = [...tracks];
    this.hasVideo = this.tracks.some((t) => t.codec === 'h264' || t.codec === 'h265');
    // The cached GOP was coded with the old parameter sets: useless to a joiner with the new ones.
    this.dropGop();
    const item: HubItem = { kind: 'tracks', tracks: this.tracks };
    this.tracksItem = item;
    const nowMs = this.clock.now().getTime();
    for (const reader of this.readers) reader.announce(item, nowMs);
    this.emitter.emit('tracks', this.tracks);
  }

  markOffline(reason: string): void {
    this.assertOpen('markOffline');
    if (!this.online) return;
    const at = this.clock.now();
    this.online = false;
    this.offlineReason = reason;
    // The next session starts with a fresh GOP; the old one must not be spliced onto it.
    this.dropGop();
    const item: HubItem = { kind: 'offline', reason, at };
    for (const reader of this.readers) reader.offline(item, at.getTime());
    this.emitter.emit('offline', reason, at);
  }

  markOnline(): void {
    this.assertOpen('markOnline');
    if (!this.online) this.setOnline(this.clock.now().getTime());
  }

  /**
   * Adds a reader. Its queue starts with the current tracks and, with start 'latest-keyframe',
   * the cached GOP when the whole of it fits the reader's bounds; otherwise it starts at the next
   * keyframe. Read what is queued right away or wait for onReadable.
   */
  addReader(options: ReaderOptions): HubReader {
    this.assertOpen('addReader');
    const recorder = options.policy === 'never-drop';
    const maxQueuedFrames = options.maxQueuedFrames ?? (recorder ? RECORDER_QUEUE_MAX_FRAMES : LIVE_QUEUE_MAX_FRAMES);
    const maxQueuedBytes = options.maxQueuedBytes ?? (recorder ? RECORDER_QUEUE_MAX_BYTES : LIVE_QUEUE_MAX_BYTES);
    if (!isPositiveInteger(maxQueuedFrames) || !isPositiveInteger(maxQueuedBytes)) {
      throw new PsvisError(
        'PSVIS_ERR_HUB_READER_LIMITS',
        `reader ${options.name}: queue bounds must be positive integers`,
        { cameraId: this.cameraId, reader: options.name, maxQueuedFrames, maxQueuedBytes },
        500,
      );
    }
    const reader = new QueuedReader(
      {
        name: options.name,
        policy: options.policy,
        maxQueuedFrames,
        maxQueuedBytes,
        onReadable: options.onReadable,
        releasesFrames: options.releasesFrames ?? false,
      },
      this.host,
    );
    const fromCache = (options.start ?? 'latest-keyframe') === 'latest-keyframe' && this.gopValid;
    reader.join(this.tracksItem, fromCache ? this.gop : [], fromCache ? this.gopBytes : 0);
    this.readers = [...this.readers, reader];
    if (options.policy !== 'never-drop') this.liveReaders++;
    return reader;
  }

  /** Counters and rates now. */
  stats(): HubStats {
    const nowMs = this.clock.now().getTime();
    const { bitsPerSecond, videoFramesPerSecond } = this.rate.rates(nowMs);
    return {
      online: this.online,
      offlineReason: this.online ? undefined : this.offlineReason,
      framesIn: this.framesIn,
      bytesIn: this.bytesIn,
      lastFrameAt: this.lastFrameMs === undefined ? undefined : new Date(this.lastFrameMs),
      bitsPerSecond,
      videoFramesPerSecond,
      readers: this.readers.length,
      gopCacheFrames: this.gopValid ? this.gop.length : 0,
      gopCacheBytes: this.gopValid ? this.gopBytes : 0,
      gopCacheOverflows: this.gopCacheOverflows,
      listenerErrors: this.emitter.errors,
    };
  }

  /** The current tracks (empty until setTracks). */
  currentTracks(): readonly TrackInfo[] {
    return this.tracks;
  }

  /** Ends every reader (each gets pending overruns, then 'end', and can drain) and frees the GOP cache. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    const at = this.clock.now();
    const item: HubItem = { kind: 'end', at };
    const readers = this.readers;
    this.readers = [];
    for (const reader of readers) reader.end(item, at.getTime());
    this.dropGop();
    this.emitter.emit('closed');
  }

  private setOnline(nowMs: number): void {
    this.online = true;
    this.offlineReason = undefined;
    const at = new Date(nowMs);
    const item: HubItem = { kind: 'online', at };
    for (const reader of this.readers) reader.announce(item, nowMs);
    this.emitter.emit('online', at);
  }

  private cache(item: HubFrameItem, resumePoint: boolean, nowMs: number): void {
    // Audio-only: every frame is a start, so there is nothing worth caching.
    if (!this.hasVideo) return;
    if (!this.caching(nowMs)) {
      if (this.gop.length > 0) this.dropGop();
      return;
    }
    if (resumePoint) {
      this.releaseGop();
      item.frame.lease?.retain();
      this.gop.push(item);
      this.gopBytes = item.bytes;
      this.gopValid = true;
      if (item.bytes > this.gopCacheMaxBytes) this.dropGop(true);
      return;
    }
    if (!this.gopValid) return;
    if (this.gop.length >= this.gopCacheMaxFrames || this.gopBytes + item.bytes > this.gopCacheMaxBytes) {
      // Past the cap a joiner waits for the next keyframe rather than the hub holding the GOP.
      this.dropGop(true);
      return;
    }
    item.frame.lease?.retain();
    this.gop.push(item);
    this.gopBytes += item.bytes;
  }

  /** Whether a GOP cache is wanted now (see HubOptions.gopCacheIdleMs). */
  private caching(nowMs: number): boolean {
    const idleMs = this.gopCacheIdleMs;
    return idleMs === undefined || this.liveReaders > 0 || nowMs - this.lastLiveReaderLeftMs < idleMs;
  }

  // The GOP cache holds a lease on each cached frame (MediaFrame.lease).
  private releaseGop(): void {
    const gop = this.gop;
    for (let i = 0; i < gop.length; i++) gop[i]?.frame.lease?.release();
    gop.length = 0;
  }

  private dropGop(overflow = false): void {
    if (overflow) this.gopCacheOverflows++;
    this.releaseGop();
    this.gopBytes = 0;
    this.gopValid = false;
  }

  private assertOpen(operation: string): void {
    if (this.closed) {
      throw new PsvisError(
        'PSVIS_ERR_HUB_CLOSED',
        `camera ${this.cameraId}: ${operation} on a closed hub`,
        { cameraId: this.cameraId, operation },
        503,
      );
    }
  }
}

function isPositiveInteger(n: number): boolean {
  return Number.isInteger(n) && n > 0;
}

function sameTracks(a: readonly TrackInfo[], b: readonly TrackInfo[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((t, i) => {
    const u = b[i];
    return (
      u !== undefined &&
      t.codec === u.codec &&
      t.clockRate === u.clockRate &&
      t.width === u.width &&
      t.height === u.height &&
      t.channels === u.channels &&
      sameBytes(t.audioSpecificConfig, u.audioSpecificConfig) &&
      (t.parameterSets?.length ?? 0) === (u.parameterSets?.length ?? 0) &&
      (t.parameterSets ?? []).every((p, j) => sameBytes(p, u.parameterSets?.[j]))
    );
  });
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
