import type { MediaFrame, TrackInfo } from '../media/types.ts';

// The per-camera fan-out contract (STYLE.md §7): ingest implements nothing but `StreamProducer`
// calls, delivery and recording see only `HubReader`; neither imports the other, as MediaMTX's
// defs/ keeps sources and readers apart.

/**
 * What a reader declares when its queue is full. 'drop-gop': live viewers lose whole GOPs and
 * count them. 'never-drop': the recorder is told of every lost frame with an in-band 'overrun'
 * item (a gap row and an alarm) and resumes at the next keyframe.
 */
export type BackpressurePolicy = 'drop-gop' | 'never-drop';

/** Where a new reader starts: the cached GOP (instant picture) or the next keyframe published. */
export type ReaderStart = 'latest-keyframe' | 'next-keyframe';

/** The side ingest drives: one producer per camera, called from the depacketizer's output. */
export interface StreamProducer {
  /** Hands one frame to every reader; the frame and its buffers are shared, never copied. */
  publish(frame: MediaFrame): void;
  /** Declares the tracks; a change is announced to readers before the first frame that follows it. */
  setTracks(tracks: readonly TrackInfo[]): void;
  /** The source is gone (camera unreachable, session ended); readers are told in-band. */
  markOffline(reason: string): void;
  /** The source is back; readers resume at its first keyframe. */
  markOnline(): void;
}

/** A run of frames a never-drop reader lost because its queue was full. */
export interface HubOverrun {
  /** Wall time the first lost frame arrived at the hub. */
  readonly fromWall: Date;
  /** Wall time the reader resumed (its next frame's arrival), or went offline or was closed. */
  readonly untilWall: Date;
  /** Frames lost in the run. */
  readonly frames: number;
  /** Payload bytes lost in the run. */
  readonly bytes: number;
}

/** One frame as the hub carries it: one object per published frame, shared by every reader. */
export interface HubFrameItem {
  readonly kind: 'frame';
  readonly frame: MediaFrame;
  /** Sum of the frame's unit lengths, computed once at publish. */
  readonly bytes: number;
  /** Wall time (ms since epoch) the hub received the frame. */
  readonly receivedAtMs: number;
}

/** What a reader pulls, in order: frames interleaved with the events that apply between them. */
export type HubItem =
  | HubFrameItem
  /** The tracks from here on; always before the first frame that needs them. */
  | { readonly kind: 'tracks'; readonly tracks: readonly TrackInfo[] }
  /** Never-drop only: frames lost at this point; the next frame is a keyframe. */
  | { readonly kind: 'overrun'; readonly overrun: HubOverrun }
  | { readonly kind: 'offline'; readonly reason: string; readonly at: Date }
  | { readonly kind: 'online'; readonly at: Date }
  /** The hub was closed; nothing follows. */
  | { readonly kind: 'end'; readonly at: Date };

/** Options for `Hub.addReader`. */
export interface ReaderOptions {
  /** Shown in stats and events, e.g. 'recorder' or 'ws:10.0.0.7:51234'. */
  readonly name: string;
  readonly policy: BackpressurePolicy;
  /** Default 'latest-keyframe'. */
  readonly start?: ReaderStart;
  /** Queue bound in frames; defaults per policy (limits.ts). */
  readonly maxQueuedFrames?: number;
  /** Queue bound in payload bytes; defaults per policy (limits.ts). */
  readonly maxQueuedBytes?: number;
  /**
   * Called when the queue goes from empty to non-empty (edge-triggered): the reader should then
   * `read()` until it returns undefined, now or when its sink drains. A throw is isolated.
   */
  readonly onReadable?: () => void;
  /**
   * True when whoever reads this reader releases every frame's lease (MediaFrame.lease) once done
   * with its bytes, so the camera's frame memory is reused. Otherwise (the default) the frames
   * queued for it are pinned: their memory is never reused and the GC frees it.
   */
  readonly releasesFrames?: boolean;
}

/** Per-reader counters; frames after join = delivered - replayed + dropped + overrun + skipped + queued. */
export interface ReaderStats {
  readonly name: string;
  readonly policy: BackpressurePolicy;
  /** Frames handed out by read(), including the replayed cached GOP. */
  readonly delivered: number;
  /** Frames from the cached GOP queued at join (published before the reader joined). */
  readonly replayed: number;
  /** drop-gop: frames dropped because the queue was full. */
  readonly droppedFrames: number;
  /** drop-gop: GOPs that lost at least one frame. */
  readonly droppedGops: number;
  /** never-drop: overrun items emitted. */
  readonly overruns: number;
  /** never-drop: frames lost to overruns, including a run still in progress. */
  readonly overrunFrames: number;
  /** Frames passed over while waiting for a first keyframe (at join, after reconnect). */
  readonly skippedFrames: number;
  readonly queuedFrames: number;
  readonly queuedBytes: number;
}

/** The reader side delivery and recording use; pull-based so a slow sink never blocks publish. */
export interface HubReader {
  readonly name: string;
  readonly policy: BackpressurePolicy;
  /** The next item, or undefined when the queue is empty. */
  read(): HubItem | undefined;
  stats(): ReaderStats;
  /** Leaves the hub and frees the queue; idempotent. */
  close(): void;
}

/** Per-hub counters. Rates are over a sliding window (limits.ts: STATS_WINDOW_MS). */
export interface HubStats {
  readonly online: boolean;
  /** Why the source is offline, when it is. */
  readonly offlineReason: string | undefined;
  readonly framesIn: number;
  readonly bytesIn: number;
  readonly lastFrameAt: Date | undefined;
  /** All tracks' payload bits per second over the window. */
  readonly bitsPerSecond: number;
  /** Video frames per second over the window. */
  readonly videoFramesPerSecond: number;
  readonly readers: number;
  /** Frames and bytes in the cached GOP (bytes never exceed the cap). */
  readonly gopCacheFrames: number;
  readonly gopCacheBytes: number;
  /** GOPs that outgrew the cache: late joiners during them waited for the next keyframe. */
  readonly gopCacheOverflows: number;
  /** Listener and onReadable exceptions caught. */
  readonly listenerErrors: number;
}
