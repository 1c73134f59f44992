// One camera's recording: frames in, fMP4 files out (one per period, starting on a keyframe),
// each hashed while written and indexed on seal. Writes are batched per fragment (≤1 s, a new one
// at each keyframe), so a crash loses at most the fragment in flight.
// push() runs once per frame for every camera, so it allocates nothing: a fragment's frames wait
// in per-track arrays reused from fragment to fragment, and the AVCC length prefixes, sample
// table and write list are built once per fragment in flush().
import { createHash, type Hash } from 'node:crypto';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Clock } from '../clock.ts';
import { NAL_LENGTH_PREFIX_BYTES } from '../media/annexb.ts';
import { buildFragmentHeader, type FragmentSample, type FragmentTrack } from '../media/fmp4/fragment.ts';
import { buildInitSegment } from '../media/fmp4/init-segment.ts';
import type { FrameLease, MediaFrame, TrackInfo } from '../media/types.ts';
import { segmentRelativePath } from './chain.ts';
import type { FragmentEntry, GapCause, SegmentIndex, SegmentRow } from './segment-index.ts';

/** Default file period (DESIGN.md Storage: one file per camera per 60 s). */
export const DEFAULT_SEGMENT_DURATION_MS = 60_000;
/** Longest fragment: the most a crash can lose (issue 4: ≤1 s). */
export const DEFAULT_MAX_FRAGMENT_MS = 1_000;
/** How long a camera stays paused after a full disk before the writer tries again. */
export const DEFAULT_DISK_RETRY_MS = 10_000;
/**
 * Bytes a writer may have queued for the disk before its feeder stops pushing (hasRoom): past
 * it, frames wait in the hub's never-drop queue, whose bound turns a disk that cannot keep up
 * into an overrun gap and an alarm instead of memory growing without limit.
 */
export const WRITER_BACKLOG_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Most byte ranges in one writev: fragments that queued behind a write go down together, up to
 * one system call's worth (IOV_MAX on Linux).
 */
export const WRITE_BATCH_MAX_CHUNKS = 1024;

/** What the writer needs from a file: the few calls fs/promises' FileHandle has (tests inject a full disk). */
export interface SegmentFile {
  writev(chunks: readonly Uint8Array[]): Promise<{ bytesWritten: number }>;
  truncate(lengthBytes: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a new segment file exclusively; throws with code EEXIST when the name is taken. */
export type OpenSegmentFile = (absolutePath: string) => Promise<SegmentFile>;

/** Something an operator must act on now (raised through `onAlarm`). */
export interface RecordingAlarm {
  kind: 'disk_full' | 'index_failed' | 'write_failed';
  cameraId: string;
  message: string;
  details: Record<string, unknown>;
}

/** Counters of one camera's writer. */
export interface WriterStats {
  framesWritten: number;
  /** Frames accepted but not on disk: a write failed (disk full) or the camera was paused. */
  framesLost: number;
  /** Frames before the first keyframe after a start, a gap or a track change (undecodable alone). */
  framesBeforeKeyframe: number;
  bytesWritten: number;
  segmentsSealed: number;
  paused: boolean;
  /** Bytes queued for the disk and not yet written. */
  backlogBytes: number;
}

/** Options of a segment writer. */
export interface SegmentWriterOptions {
  cameraId: string;
  /** This recorder node's name, stored in each index row. */
  node: string;
  recordingsDir: string;
  index: SegmentIndex;
  clock: Clock;
  segmentDurationMs?: number;
  /**
   * Fraction of the period, in [0, 0.5], by which the first file after a start or a gap is cut
   * short. Cameras started (or reconnected) together would otherwise seal together every period,
   * and their fsyncs would queue behind each other; a per-camera phase spreads them out.
   */
  sealPhase?: number;
  maxFragmentMs?: number;
  diskRetryMs?: number;
  /** Default WRITER_BACKLOG_MAX_BYTES. */
  backlogMaxBytes?: number;
  /** Wall time of a frame from RTCP sender reports; undefined falls back to its arrival time. */
  wallTimeMs?: (frame: MediaFrame, track: TrackInfo) => number | undefined;
  openFile?: OpenSegmentFile;
  onAlarm?: (alarm: RecordingAlarm) => void;
  onSealed?: (row: SegmentRow) => void;
}

interface TrackState {
  info: TrackInfo;
  trackId: number;
  video: boolean;
  /** Decode time that maps to 0 in the current file. */
  origin: number;
  /**
   * Frames waiting in the fragment being built (a frame's duration is known when the next one
   * arrives): the first `pending` entries of `frames` and `sizes` (sample bytes in the mdat).
   */
  pending: number;
  frames: MediaFrame[];
  sizes: number[];
  lastDuration: number;
}

/** The file being written. Fields the queue updates are read only by later queued operations. */
interface OpenFile {
  relPath: string;
  startWallMs: number;
  /** Bytes handed to the queue (the next fragment's offset). */
  plannedBytes: number;
  /** Bytes known to be on disk, and the hash of exactly those bytes. */
  writtenBytes: number;
  hash: Hash;
  handle: SegmentFile | null;
  fragments: FragmentEntry[];
  framesPlanned: number;
  framesWritten: number;
  sequence: number;
  /** Set when a write failed: later writes to this file are skipped and counted as lost. */
  broken: boolean;
  lastEndMs: number;
}

const defaultOpen: OpenSegmentFile = async (path) => {
  await mkdir(dirname(path), { recursive: true });
  const fh: FileHandle = await open(path, 'wx');
  return {
    writev: (chunks) => fh.writev(chunks as Uint8Array[]),
    truncate: (n) => fh.truncate(n),
    sync: () => fh.sync(),
    close: () => fh.close(),
  };
};

function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function sameTracks(a: readonly TrackInfo[], b: readonly TrackInfo[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((t, i) => {
    const u = b[i];
    if (u === undefined || t.codec !== u.codec || t.clockRate !== u.clockRate) return false;
    if (t.width !== u.width || t.height !== u.height) return false;
    const pa = t.parameterSets ?? [];
    const pb = u.parameterSets ?? [];
    return pa.length === pb.length && pa.every((p, j) => Buffer.compare(p, pb[j] ?? new Uint8Array(0)) === 0);
  });
}

/** Parameter sets carried in a keyframe (H.264 SPS 7, PPS 8; H.265 VPS 32, SPS 33, PPS 34). */
function inBandParameterSets(frame: MediaFrame): Uint8Array[] | undefined {
  const types = frame.codec === 'h264' ? [7, 8] : [32, 33, 34];
  const typeOf = (u: Uint8Array) => (frame.codec === 'h264' ? (u[0] ?? 0) & 0x1f : ((u[0] ?? 0) >> 1) & 0x3f);
  const found = types.map((t) => frame.units.find((u) => typeOf(u) === t));
  return found.every((u) => u !== undefined) ? found.map((u) => Uint8Array.from(u)) : undefined;
}

/** Empties a track's pending frames, keeping its arrays for the next fragment but not the frames. */
function clearPending(t: TrackState): void {
  for (let i = 0; i < t.pending; i++) t.frames[i] = EMPTY_FRAME;
  t.pending = 0;
}

/** Drops a track's pending frames unwritten: their leases are released. */
function discardPending(t: TrackState): void {
  for (let i = 0; i < t.pending; i++) t.frames[i]?.lease?.release();
  clearPending(t);
}

const EMPTY_BYTES = new Uint8Array(0);

/** What a released slot of the pending frames holds (so the arrays keep one element kind). */
const EMPTY_FRAME: MediaFrame = Object.freeze({ codec: 'h264', pts: 0, dts: 0, keyframe: false, units: [] });

/** Bytes queued for one writev of a file, with the frames they hold. */
interface WriteBatch {
  readonly file: OpenFile;
  readonly chunks: Uint8Array[];
  readonly leases: FrameLease[];
  frames: number;
  bytes: number;
  /** Where each fragment's chunks end, and its frames: a short write keeps the whole ones. */
  readonly partEnds: number[];
  readonly partFrames: number[];
}

/** Writes one camera's frames to hashed, indexed fMP4 segment files. */
export class SegmentWriter {
  private readonly segmentDurationMs: number;
  private readonly maxFragmentMs: number;
  private readonly diskRetryMs: number;
  private readonly backlogMaxBytes: number;
  private readonly openFile: OpenSegmentFile;
  private tracks: TrackState[] = [];
  private primary: TrackState | undefined;
  private file: OpenFile | null = null;
  /** The current file's period: shortened by the seal phase when it began a run. */
  private fileDurationMs = 0;
  private readonly firstFileDurationMs: number;
  private lastStartWallMs = 0;
  private queue: Promise<void> = Promise.resolve();
  /**
   * Seals in order (each extends the hash chain the one before ended), apart from the write queue:
   * a seal waits for the disk (fsync of the file and its directory), and the next file's writes
   * must not wait behind it, or every camera's frames pile up in memory once a period.
   */
  private sealing: Promise<void> = Promise.resolve();
  /** The write last queued, while it waits its turn: fragments flushed meanwhile join it. */
  private openBatch: WriteBatch | null = null;
  /** A view of the buffer the last unit sat in, to read its prefix (lengthBefore). */
  private lengthView: Uint8Array = EMPTY_BYTES;
  private closed = false;
  /** While paused (disk full): when to try again, and the gap row to extend. */
  private pausedUntilMs: number | null = null;
  private diskGap: { id: Promise<string | null>; startMs: number } | null = null;
  private backlogBytes = 0;
  private roomWaiters: (() => void)[] = [];
  private readonly counters: Omit<WriterStats, 'paused' | 'backlogBytes'> = {
    framesWritten: 0,
    framesLost: 0,
    framesBeforeKeyframe: 0,
    bytesWritten: 0,
    segmentsSealed: 0,
  };

  constructor(private readonly opts: SegmentWriterOptions) {
    this.segmentDurationMs = opts.segmentDurationMs ?? DEFAULT_SEGMENT_DURATION_MS;
    const phase = Math.min(0.5, Math.max(0, opts.sealPhase ?? 0));
    this.firstFileDurationMs = this.segmentDurationMs * (1 - phase);
    this.maxFragmentMs = opts.maxFragmentMs ?? DEFAULT_MAX_FRAGMENT_MS;
    this.diskRetryMs = opts.diskRetryMs ?? DEFAULT_DISK_RETRY_MS;
    this.backlogMaxBytes = opts.backlogMaxBytes ?? WRITER_BACKLOG_MAX_BYTES;
    this.openFile = opts.openFile ?? defaultOpen;
  }

  /** The camera this writer records. */
  get cameraId(): string {
    return this.opts.cameraId;
  }

  /** Counters so far. */
  /** The file being written now (relative to the recordings directory), or null between files. */
  get openPath(): string | null {
    return this.file?.relPath ?? null;
  }

  stats(): WriterStats {
    return { ...this.counters, paused: this.pausedUntilMs !== null, backlogBytes: this.backlogBytes };
  }

  /** False while more than the backlog bound waits for the disk: the feeder should stop pushing. */
  hasRoom(): boolean {
    return this.backlogBytes <= this.backlogMaxBytes;
  }

  /** Resolves once the backlog is down to half the bound (at once when it is). */
  whenRoom(): Promise<void> {
    if (this.backlogBytes <= this.backlogMaxBytes / 2) return Promise.resolve();
    return new Promise((resolve) => {
      this.roomWaiters.push(resolve);
    });
  }

  /** Declares the stream's tracks; a change (e.g. a new resolution) seals the file and starts a new one at the next keyframe. */
  setTracks(tracks: readonly TrackInfo[]): void {
    if (
      sameTracks(
        this.tracks.map((t) => t.info),
        tracks,
      )
    )
      return;
    this.sealCurrent();
    this.tracks = tracks.map((info, i) => ({
      info,
      trackId: i + 1,
      video: info.codec === 'h264' || info.codec === 'h265',
      origin: 0,
      pending: 0,
      frames: [],
      sizes: [],
      lastDuration: 0,
    }));
    this.primary = this.tracks.find((t) => t.video) ?? this.tracks[0];
  }

  /** Takes one frame. Never throws: failures become gaps, alarms and counters. */
  push(frame: MediaFrame): void {
    if (!this.accept(frame)) frame.lease?.release();
  }

  // push(): false when the frame was not kept (its lease is then released by push).
  private accept(frame: MediaFrame): boolean {
    if (this.closed) return false;
    const track = this.trackOf(frame);
    if (track === undefined) {
      this.counters.framesLost++;
      return false;
    }
    const isPrimary = track === this.primary;
    if (this.file?.broken === true) this.dropFile();
    if (this.pausedUntilMs !== null) {
      if (this.opts.clock.now().getTime() < this.pausedUntilMs || !(isPrimary && frame.keyframe)) {
        this.counters.framesLost++;
        return false;
      }
      this.pausedUntilMs = null;
    }
    if (this.file === null) {
      if (!isPrimary || !frame.keyframe) {
        this.counters.framesBeforeKeyframe++;
        return false;
      }
      if (!this.startFile(frame, track)) return false;
      this.fileDurationMs = this.firstFileDurationMs;
    } else if (isPrimary) {
      const first = track.pending > 0 ? track.frames[0] : undefined;
      const ticksPerMs = track.info.clockRate / 1000;
      if (first !== undefined && frame.keyframe) {
        // A new fragment at every keyframe: playback seeks there, and a long GOP does not widen the loss window.
        this.flush(frame.dts);
        if ((frame.dts - track.origin) / ticksPerMs >= this.fileDurationMs) {
          this.sealCurrent();
          if (!this.startFile(frame, track)) return false;
          this.fileDurationMs = this.segmentDurationMs;
        }
      } else if (first !== undefined && (frame.dts - first.dts) / ticksPerMs >= this.maxFragmentMs) {
        this.flush(frame.dts);
      }
    }
    return this.addSample(track, frame);
  }

  /** Records that frames are missing between two wall times (camera offline, hub overrun); the next file starts at a keyframe. */
  gap(fromWallMs: number, toWallMs: number, cause: GapCause, details: Record<string, unknown> = {}): Promise<void> {
    this.sealCurrent();
    return this.enqueue(async () => {
      await this.sealing; // the gap row follows the file it ends
      await this.opts.index.addGap(this.opts.cameraId, fromWallMs, toWallMs, cause, details);
    });
  }

  /** Writes what is pending, seals the open file into the chain and waits for every queued write. */
  async close(): Promise<void> {
    if (this.closed) return this.drain();
    this.sealCurrent();
    this.closed = true;
    // Still paused at shutdown: the disk_full gap lasts until now.
    await this.enqueue(() => this.endDiskGap(this.opts.clock.now().getTime()));
    await this.sealing;
  }

  /** Resolves when every write and seal queued so far has finished (tests and orderly shutdown). */
  async drain(): Promise<void> {
    await this.queue;
    await this.sealing;
  }

  // A loop, not Array#find: no closure per frame.
  private trackOf(frame: MediaFrame): TrackState | undefined {
    const tracks = this.tracks;
    for (let i = 0; i < tracks.length; i++) {
      const t = tracks[i];
      if (t !== undefined && t.info.codec === frame.codec) return t;
    }
    return undefined;
  }

  private wallMs(frame: MediaFrame, track: TrackState): number {
    return this.opts.wallTimeMs?.(frame, track.info) ?? this.opts.clock.now().getTime();
  }

  private startFile(frame: MediaFrame, track: TrackState): boolean {
    if (track.info.parameterSets === undefined || track.info.parameterSets.length === 0) {
      const ps = inBandParameterSets(frame);
      if (ps === undefined) {
        this.counters.framesBeforeKeyframe++;
        return false;
      }
      track.info = { ...track.info, parameterSets: ps };
    }
    const startWallMs = Math.max(this.wallMs(frame, track), this.lastStartWallMs + 1);
    this.lastStartWallMs = startWallMs;
    for (const t of this.tracks) {
      discardPending(t);
      t.origin = t === track ? frame.dts : Number.NaN;
    }
    const file: OpenFile = {
      relPath: segmentRelativePath(this.opts.cameraId, startWallMs),
      startWallMs,
      plannedBytes: 0,
      writtenBytes: 0,
      hash: createHash('sha256'),
      handle: null,
      fragments: [],
      framesPlanned: 0,
      framesWritten: 0,
      sequence: 1,
      broken: false,
      lastEndMs: 0,
    };
    let init: Uint8Array;
    try {
      init = buildInitSegment(this.tracks.map((t) => t.info));
    } catch (err) {
      this.alarm('write_failed', `cannot build an init segment: ${(err as Error).message}`, {});
      this.counters.framesLost++;
      return false;
    }
    this.file = file;
    file.plannedBytes = init.length;
    this.queueWrite(file, [init], 0, [], init.length, true);
    return true;
  }

  private async openAndWrite(batch: WriteBatch): Promise<void> {
    const file = batch.file;
    for (let attempt = 0; file.handle === null; attempt++) {
      try {
        file.handle = await this.openFile(join(this.opts.recordingsDir, file.relPath));
      } catch (err) {
        // Names are unique per writer; a clash means a file from an earlier run with the same millisecond.
        if (errnoCode(err) !== 'EEXIST' || attempt >= 1000) {
          await this.writeFailed(file, err, batch.frames);
          return;
        }
        file.startWallMs++;
        file.relPath = segmentRelativePath(this.opts.cameraId, file.startWallMs);
      }
    }
    await this.writeChunks(batch);
    // A file started and written after a pause: the disk_full gap ends where it starts.
    if (this.diskGap !== null && !file.broken) await this.endDiskGap(file.startWallMs);
  }

  private addSample(track: TrackState, frame: MediaFrame): boolean {
    if (Number.isNaN(track.origin)) {
      // A secondary track joins the file late: place it by wall time relative to the file start.
      const file = this.file;
      const offsetMs = file === null ? 0 : Math.max(0, this.wallMs(frame, track) - file.startWallMs);
      track.origin = frame.dts - Math.round((offsetMs * track.info.clockRate) / 1000);
    }
    if (frame.dts < track.origin) {
      this.counters.framesLost++;
      return false;
    }
    // Video samples are AVCC/HVCC (ISO 14496-15: a 4-byte length before each NAL unit); an audio
    // frame is its one unit.
    let size = 0;
    const units = frame.units;
    if (track.video) {
      for (let i = 0; i < units.length; i++) size += NAL_LENGTH_PREFIX_BYTES + (units[i]?.length ?? 0);
    } else {
      size = units[0]?.length ?? 0;
    }
    const n = track.pending++;
    track.frames[n] = frame;
    track.sizes[n] = size;
    return true;
  }

  /**
   * Whether the 4 bytes before `buffer[at, at + length)` hold `length` big-endian, as frame memory
   * writes them: then they are the unit's NAL length prefix and need no copy. Checked, not assumed,
   * so a unit from anywhere else (or any coincidence) still gets the right bytes.
   */
  private lengthBefore(buffer: ArrayBufferLike, at: number, length: number): boolean {
    let view = this.lengthView;
    if (view.buffer !== buffer) {
      view = new Uint8Array(buffer);
      this.lengthView = view;
    }
    return (
      view[at - 4] === length >>> 24 &&
      view[at - 3] === ((length >>> 16) & 0xff) &&
      view[at - 2] === ((length >>> 8) & 0xff) &&
      view[at - 1] === (length & 0xff)
    );
  }

  /** Turns the pending samples into one fragment and queues its write (one writev per fragment). */
  private flush(nextPrimaryDts?: number): void {
    const file = this.file;
    if (file === null) return;
    const runs: FragmentTrack[] = [];
    // The length prefixes of every NAL unit of the fragment, in one buffer.
    let prefixCount = 0;
    for (const t of this.tracks) {
      if (!t.video) continue;
      for (let i = 0; i < t.pending; i++) prefixCount += t.frames[i]?.units.length ?? 0;
    }
    // Made only for units without their prefix in place (not from frame memory).
    let prefixes: Uint8Array | null = null;
    let prefixAt = 0;
    // [fragment header, ...each track's sample bytes]: the header goes in slot 0 once built.
    const chunks: Uint8Array[] = [EMPTY_BYTES];
    // The frames' leases, released once the fragment is written (or failed).
    const leases: FrameLease[] = [];
    let frames = 0;
    for (const t of this.tracks) {
      const n = t.pending;
      const first = t.frames[0];
      if (n === 0 || first === undefined) continue;
      const samples: FragmentSample[] = [];
      const data: Uint8Array[] = [];
      // Units from frame memory have their length prefix in the bytes before them and follow each
      // other in a block (FRAME_UNIT_PREFIX_BYTES): a run of them goes as one range, so a fragment
      // is a few writev entries and hash updates rather than two per NAL unit.
      let spanBuffer: ArrayBufferLike | null = null;
      let spanStart = 0;
      let spanEnd = 0;
      for (let i = 0; i < n; i++) {
        const f = t.frames[i] as MediaFrame;
        if (f.lease !== undefined) leases.push(f.lease);
        const nextDts = i + 1 < n ? t.frames[i + 1]?.dts : t === this.primary ? nextPrimaryDts : undefined;
        const duration = nextDts !== undefined && nextDts > f.dts ? nextDts - f.dts : t.lastDuration;
        t.lastDuration = duration;
        samples.push({ duration, size: t.sizes[i] ?? 0, keyframe: f.keyframe, compositionOffset: f.pts - f.dts });
        if (t.video) {
          for (const unit of f.units) {
            const len = unit.length;
            const at = unit.byteOffset;
            if (at >= NAL_LENGTH_PREFIX_BYTES && this.lengthBefore(unit.buffer, at, len)) {
              if (unit.buffer === spanBuffer && at - NAL_LENGTH_PREFIX_BYTES === spanEnd) {
                spanEnd = at + len;
                continue;
              }
              if (spanBuffer !== null) data.push(new Uint8Array(spanBuffer, spanStart, spanEnd - spanStart));
              spanBuffer = unit.buffer;
              spanStart = at - NAL_LENGTH_PREFIX_BYTES;
              spanEnd = at + len;
              continue;
            }
            if (spanBuffer !== null) data.push(new Uint8Array(spanBuffer, spanStart, spanEnd - spanStart));
            spanBuffer = null;
            prefixes ??= new Uint8Array(prefixCount * NAL_LENGTH_PREFIX_BYTES);
            prefixes[prefixAt] = len >>> 24;
            prefixes[prefixAt + 1] = (len >>> 16) & 0xff;
            prefixes[prefixAt + 2] = (len >>> 8) & 0xff;
            prefixes[prefixAt + 3] = len & 0xff;
            data.push(prefixes.subarray(prefixAt, prefixAt + NAL_LENGTH_PREFIX_BYTES), unit);
            prefixAt += NAL_LENGTH_PREFIX_BYTES;
          }
        } else {
          const unit = f.units[0];
          if (unit !== undefined) data.push(unit);
        }
      }
      if (spanBuffer !== null) data.push(new Uint8Array(spanBuffer, spanStart, spanEnd - spanStart));
      runs.push({ trackId: t.trackId, baseDecodeTime: first.dts - t.origin, samples, data });
      for (const d of data) chunks.push(d);
      frames += n;
      clearPending(t);
    }
    if (runs.length === 0) return;
    const header = buildFragmentHeader(file.sequence++, runs).header;
    chunks[0] = header;
    const primaryRun = runs.find((r) => r.trackId === this.primary?.trackId) ?? runs[0];
    const timescale = this.tracks.find((t) => t.trackId === primaryRun?.trackId)?.info.clockRate ?? 90_000;
    const startMs = Math.round(((primaryRun?.baseDecodeTime ?? 0) * 1000) / timescale);
    let runTicks = 0;
    for (const s of primaryRun?.samples ?? []) runTicks += s.duration;
    const entry: FragmentEntry = [file.plannedBytes, startMs, primaryRun?.samples[0]?.keyframe === true ? 1 : 0];
    file.fragments.push(entry);
    file.lastEndMs = Math.max(
      file.lastEndMs,
      Math.round((((primaryRun?.baseDecodeTime ?? 0) + runTicks) * 1000) / timescale),
    );
    file.framesPlanned += frames;
    let bytes = 0;
    for (const c of chunks) bytes += c.length;
    file.plannedBytes += bytes;
    this.queueWrite(file, chunks, frames, leases, bytes, false);
  }

  /**
   * Queues bytes for the file, counted in the backlog until written (or failed). When the write
   * queued last for the same file has not started yet, they join it: one writev for all, so a
   * writer that fell behind (a slow disk, a busy event loop) catches up in a few system calls
   * instead of one round trip through the thread pool per fragment.
   */
  private queueWrite(
    file: OpenFile,
    chunks: Uint8Array[],
    frames: number,
    leases: FrameLease[],
    bytes: number,
    opensFile: boolean,
  ): void {
    this.backlogBytes += bytes;
    const open = this.openBatch;
    if (open !== null && open.file === file && open.chunks.length + chunks.length <= WRITE_BATCH_MAX_CHUNKS) {
      for (let i = 0; i < chunks.length; i++) open.chunks.push(chunks[i] as Uint8Array);
      for (let i = 0; i < leases.length; i++) open.leases.push(leases[i] as FrameLease);
      open.frames += frames;
      open.bytes += bytes;
      open.partEnds.push(open.chunks.length);
      open.partFrames.push(frames);
      return;
    }
    const batch: WriteBatch = { file, chunks, leases, frames, bytes, partEnds: [chunks.length], partFrames: [frames] };
    void this.enqueue(async () => {
      if (this.openBatch === batch) this.openBatch = null;
      try {
        if (opensFile) await this.openAndWrite(batch);
        else await this.writeChunks(batch);
      } finally {
        // Written and hashed (or lost): the bytes may now be reused.
        const held = batch.leases;
        for (let i = 0; i < held.length; i++) held[i]?.release();
        this.backlogBytes -= batch.bytes;
        if (this.roomWaiters.length > 0 && this.backlogBytes <= this.backlogMaxBytes / 2) {
          const waiters = this.roomWaiters;
          this.roomWaiters = [];
          for (const resolve of waiters) resolve();
        }
      }
    });
    this.openBatch = batch;
  }

  private async writeChunks(batch: WriteBatch): Promise<void> {
    const { file, chunks, frames } = batch;
    const handle = file.handle;
    if (file.broken || handle === null) {
      this.counters.framesLost += frames;
      return;
    }
    let expected = 0;
    for (const c of chunks) expected += c.length;
    let written: number;
    try {
      written = (await handle.writev(chunks)).bytesWritten;
    } catch (err) {
      await this.writeFailed(file, err, frames);
      return;
    }
    // A short write to a regular file means the device filled up mid-write: the fragments that
    // made it whole are kept (hashed and counted), the rest is cut off by writeFailed.
    let keptChunks = chunks.length;
    let keptBytes = expected;
    let keptFrames = frames;
    if (written !== expected) {
      keptChunks = 0;
      keptBytes = 0;
      keptFrames = 0;
      for (let p = 0; p < batch.partEnds.length; p++) {
        const end = batch.partEnds[p] ?? 0;
        let partBytes = 0;
        for (let i = keptChunks; i < end; i++) partBytes += chunks[i]?.length ?? 0;
        if (keptBytes + partBytes > written) break;
        keptBytes += partBytes;
        keptFrames += batch.partFrames[p] ?? 0;
        keptChunks = end;
      }
    }
    for (let i = 0; i < keptChunks; i++) file.hash.update(chunks[i] as Uint8Array);
    file.writtenBytes += keptBytes;
    file.framesWritten += keptFrames;
    this.counters.framesWritten += keptFrames;
    this.counters.bytesWritten += keptBytes;
    if (written !== expected) {
      await this.writeFailed(file, Object.assign(new Error('short write'), { code: 'ENOSPC' }), frames - keptFrames);
    }
  }

  /** A write failed: cut the file back to its last whole fragment, pause, record a gap and alarm. Never delete footage to make room. */
  private async writeFailed(file: OpenFile, err: unknown, frames: number): Promise<void> {
    file.broken = true;
    this.counters.framesLost += frames;
    const code = errnoCode(err);
    const full = code === 'ENOSPC' || code === 'EDQUOT';
    if (file.handle !== null) {
      try {
        await file.handle.truncate(file.writtenBytes);
      } catch (truncErr) {
        this.alarm('write_failed', `cannot truncate ${file.relPath}: ${(truncErr as Error).message}`, {});
      }
    }
    const nowMs = this.opts.clock.now().getTime();
    this.pausedUntilMs = nowMs + this.diskRetryMs;
    if (this.diskGap === null) {
      // The gap starts where the footage on disk ends: the first fragment that did not make it.
      const kept = file.fragments.filter((f) => f[0] < file.writtenBytes);
      const startMs = file.startWallMs + this.durationOf(file, kept);
      const id = this.opts.index
        .addGap(this.opts.cameraId, startMs, startMs, full ? 'disk_full' : 'paused', {
          path: file.relPath,
          error: code ?? String(err),
        })
        .catch((gapErr: unknown) => {
          this.alarm('index_failed', `cannot record the gap: ${(gapErr as Error).message}`, {});
          return null;
        });
      this.diskGap = { id, startMs };
    }
    this.alarm(
      full ? 'disk_full' : 'write_failed',
      full
        ? `disk full: recording of camera ${this.opts.cameraId} paused; no footage is deleted to make room`
        : `write failed: ${(err as Error).message}`,
      { path: file.relPath, code: code ?? null, retryInMs: this.diskRetryMs },
    );
  }

  private async endDiskGap(resumedAtMs: number): Promise<void> {
    const gap = this.diskGap;
    if (gap === null) return;
    this.diskGap = null;
    const id = await gap.id;
    if (id !== null) await this.opts.index.extendGap(id, resumedAtMs);
  }

  /**
   * Sheds this camera until `untilMs` (the recorder does so to lower-priority cameras while the disk
   * is full, so what space there is goes to important ones): the open file is sealed, frames are
   * counted lost, and a 'paused' gap row records the time; recording resumes at the first keyframe
   * after it. Pausing again while paused only extends the pause.
   */
  pause(untilMs: number, details: Record<string, unknown>): void {
    if (this.closed) return;
    const wasPaused = this.pausedUntilMs !== null;
    this.pausedUntilMs = Math.max(this.pausedUntilMs ?? 0, untilMs);
    if (wasPaused || this.diskGap !== null) return;
    this.sealCurrent();
    const startMs = this.opts.clock.now().getTime();
    const id = this.opts.index
      .addGap(this.opts.cameraId, startMs, startMs, 'paused', details)
      .catch((gapErr: unknown) => {
        this.alarm('index_failed', `cannot record the gap: ${(gapErr as Error).message}`, {});
        return null;
      });
    this.diskGap = { id, startMs };
  }

  /** Drops a broken file from the writer after its failure: its written part is sealed into the chain. */
  private dropFile(): void {
    const file = this.file;
    if (file === null) return;
    for (const t of this.tracks) {
      this.counters.framesLost += t.pending;
      discardPending(t);
    }
    this.file = null;
    void this.enqueue(() => this.startSeal(file));
  }

  private sealCurrent(): void {
    const file = this.file;
    if (file === null) return;
    this.flush();
    this.file = null;
    void this.enqueue(() => this.startSeal(file));
  }

  /** Queues the seal of a file whose writes are all done (called in the write queue's order). */
  private startSeal(file: OpenFile): Promise<void> {
    this.sealing = this.sealing
      .then(() => this.seal(file))
      .catch((err: unknown) => {
        this.alarm('write_failed', `cannot seal ${file.relPath}: ${(err as Error).message}`, { path: file.relPath });
      });
    return Promise.resolve();
  }

  private async seal(file: OpenFile): Promise<void> {
    const handle = file.handle;
    if (handle === null) return;
    file.handle = null;
    try {
      // fsync at seal: the index never names bytes that are not on disk.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await this.syncDirectory(join(this.opts.recordingsDir, dirname(file.relPath)));
    const fragments = file.fragments.filter((f) => f[0] < file.writtenBytes);
    const durationMs = file.broken ? this.durationOf(file, fragments) : file.lastEndMs;
    try {
      const row = await this.opts.index.append({
        cameraId: this.opts.cameraId,
        node: this.opts.node,
        path: file.relPath,
        startWallMs: file.startWallMs,
        durationMs,
        bytes: file.writtenBytes,
        frames: file.framesWritten,
        fragments,
        sha256: file.hash.digest('hex'),
        status: 'sealed',
      });
      this.counters.segmentsSealed++;
      this.opts.onSealed?.(row);
    } catch (err) {
      // The file is whole on disk; recovery at the next start indexes it as 'recovered'.
      this.alarm('index_failed', `cannot index ${file.relPath}: ${(err as Error).message}`, { path: file.relPath });
    }
  }

  /** Duration of a file cut short: up to the start of the first fragment that did not make it. */
  private durationOf(file: OpenFile, kept: readonly FragmentEntry[]): number {
    const lost = file.fragments[kept.length];
    return lost === undefined ? file.lastEndMs : lost[1];
  }

  private async syncDirectory(dir: string): Promise<void> {
    // A new file's directory entry must be durable too, or a crash could lose the whole file.
    try {
      const fh = await open(dir, 'r');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') this.alarm('write_failed', `cannot fsync ${dir}`, {});
    }
  }

  private alarm(kind: RecordingAlarm['kind'], message: string, details: Record<string, unknown>): void {
    try {
      this.opts.onAlarm?.({ kind, cameraId: this.opts.cameraId, message, details });
    } catch {
      // A throwing listener must not break recording (STYLE.md 8).
    }
  }

  /** Runs `op` after every queued operation; the returned promise never rejects (failures become alarms). */
  private enqueue(op: () => Promise<void>): Promise<void> {
    // Whatever is queued after a write keeps later bytes from joining it (order is the queue's).
    this.openBatch = null;
    this.queue = this.queue.then(op).catch((err: unknown) => {
      this.alarm('write_failed', `recording of camera ${this.opts.cameraId} failed: ${(err as Error).message}`, {});
    });
    return this.queue;
  }
}
