// The recorder of a node: one SegmentWriter per camera, crash recovery at start, and the audit
// anchors that tie every camera's chain head into the signed audit chain.
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import type { MediaFrame, TrackInfo } from '../media/types.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import { isSafeCameraId } from './chain.ts';
import { recoverRecordings, type RecoveryReport } from './recovery.ts';
import { SegmentIndex, type SegmentRow } from './segment-index.ts';
import { SegmentWriter, type OpenSegmentFile, type RecordingAlarm } from './segment-writer.ts';

/** How often chain heads are written to the audit log. */
export const DEFAULT_ANCHOR_INTERVAL_MS = 5 * 60_000;
/** Shed cameras stay paused this many disk retry periods after the last disk_full alarm. */
const SHED_RETRY_FACTOR = 6;
const DEFAULT_SHED_MS = 10_000;

/** Options of the recorder (config keys: recording.dir, recording.segmentSeconds, recording.node). */
export interface RecorderOptions {
  audit: AuditLog;
  index: SegmentIndex;
  clock: Clock;
  node: string;
  recordingsDir: string;
  segmentDurationMs?: number;
  /**
   * Spread the cameras' file seals over the period (each camera's first file after a start or gap
   * is cut short by a phase from its id), so that cameras started together do not all fsync at
   * once every period. Off by default, so tests see whole periods.
   */
  staggerSeals?: boolean;
  maxFragmentMs?: number;
  diskRetryMs?: number;
  anchorIntervalMs?: number;
  /** Wall time from RTCP sender reports, per camera; undefined falls back to arrival time. */
  wallTimeMs?: (cameraId: string, frame: MediaFrame, track: TrackInfo) => number | undefined;
  onAlarm?: (alarm: RecordingAlarm) => void;
  /**
   * A camera's recording priority (higher is more important, e.g. 重要部位 cameras). When the disk
   * fills, cameras below the highest priority recorded are paused first. Default: all equal.
   */
  priorityOf?: (cameraId: string) => number;
  onSealed?: (row: SegmentRow) => void;
  openFile?: OpenSegmentFile;
}

/** A camera's seal phase in [0, 0.5): FNV-1a of its id, so the same camera always gets the same. */
export function sealPhaseOf(cameraId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < cameraId.length; i++) {
    h ^= cameraId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 1024) / 2048;
}

/** Records many cameras; start() recovers what a crash left, close() seals every open file. */
export class Recorder {
  private readonly writers = new Map<string, SegmentWriter>();
  /** Chain heads sealed since the last anchor: camera → [seq, chain_hash, segments]. */
  private heads = new Map<string, [number, string, number]>();
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private recovery: RecoveryReport | null = null;

  constructor(private readonly opts: RecorderOptions) {}

  /** What recovery found at the last start. */
  get lastRecovery(): RecoveryReport | null {
    return this.recovery;
  }

  /** Recovers torn files, then accepts frames and anchors chain heads on an interval. */
  /** The files being written now: not yet in the index, so verification must not call them extra. */
  openFiles(): Set<string> {
    const open = new Set<string>();
    for (const w of this.writers.values()) {
      const path = w.openPath;
      if (path !== null) open.add(path);
    }
    return open;
  }

  async start(): Promise<RecoveryReport> {
    this.recovery = await recoverRecordings({
      audit: this.opts.audit,
      index: this.opts.index,
      clock: this.opts.clock,
      node: this.opts.node,
      recordingsDir: this.opts.recordingsDir,
    });
    this.started = true;
    this.timer = setInterval(() => {
      void this.anchor();
    }, this.opts.anchorIntervalMs ?? DEFAULT_ANCHOR_INTERVAL_MS);
    this.timer.unref();
    return this.recovery;
  }

  /** The writer of a camera (created on first use): the hub's never-drop reader calls push/setTracks/gap on it. */
  camera(cameraId: string): SegmentWriter {
    if (!this.started) throw new PsvisError('PSVIS_ERR_RECORDER_STATE', 'the recorder is not started', {}, 503);
    let w = this.writers.get(cameraId);
    if (w !== undefined) return w;
    if (!isSafeCameraId(cameraId)) {
      throw new PsvisError('PSVIS_ERR_VALIDATION', 'camera id cannot name a recordings directory', { cameraId });
    }
    w = new SegmentWriter({
      cameraId,
      node: this.opts.node,
      recordingsDir: this.opts.recordingsDir,
      index: this.opts.index,
      clock: this.opts.clock,
      ...(this.opts.segmentDurationMs !== undefined ? { segmentDurationMs: this.opts.segmentDurationMs } : {}),
      ...(this.opts.staggerSeals === true ? { sealPhase: sealPhaseOf(cameraId) } : {}),
      ...(this.opts.maxFragmentMs !== undefined ? { maxFragmentMs: this.opts.maxFragmentMs } : {}),
      ...(this.opts.diskRetryMs !== undefined ? { diskRetryMs: this.opts.diskRetryMs } : {}),
      ...(this.opts.openFile !== undefined ? { openFile: this.opts.openFile } : {}),
      wallTimeMs: (frame, track) => this.opts.wallTimeMs?.(cameraId, frame, track),
      onAlarm: (alarm) => {
        this.onAlarm(alarm);
      },
      onSealed: (row) => {
        const prev = this.heads.get(cameraId);
        this.heads.set(cameraId, [row.seq, row.chain_hash, (prev?.[2] ?? 0) + 1]);
        this.opts.onSealed?.(row);
      },
    });
    this.writers.set(cameraId, w);
    return w;
  }

  /** Stops recording one camera (registry change): seals its file. */
  async stopCamera(cameraId: string): Promise<void> {
    const w = this.writers.get(cameraId);
    if (w === undefined) return;
    this.writers.delete(cameraId);
    await w.close();
  }

  /** Cameras being recorded. */
  cameraIds(): string[] {
    return [...this.writers.keys()];
  }

  /** Seals every open file (extending each chain) and anchors the final heads. */
  async close(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    const writers = [...this.writers.values()];
    this.writers.clear();
    await Promise.all(writers.map((w) => w.close()));
    await this.anchor();
    this.started = false;
  }

  /**
   * Writes the chain heads sealed since the last anchor as one audit event. Batched rather than one
   * event per segment: 500 cameras seal 720,000 segments a day, which would swamp the audit trail,
   * while a head anchored in the signed audit chain every few minutes already makes a rewritten
   * segment chain detectable (verify compares rows with the anchored heads).
   */
  async anchor(): Promise<void> {
    if (this.heads.size === 0) return;
    const heads = this.heads;
    this.heads = new Map();
    const details: Record<string, { seq: number; chainHash: string; segments: number }> = {};
    for (const [cameraId, [seq, chainHash, segments]] of heads) details[cameraId] = { seq, chainHash, segments };
    try {
      await this.opts.audit.append({
        action: 'recording.segments.sealed',
        targetType: 'recorder',
        targetId: this.opts.node,
        details: { heads: details },
      });
    } catch (err) {
      // Keep the heads for the next attempt rather than lose the anchor.
      for (const [k, v] of heads) if (!this.heads.has(k)) this.heads.set(k, v);
      this.onAlarm({
        kind: 'index_failed',
        cameraId: '',
        message: `cannot anchor segment chains in the audit log: ${(err as Error).message}`,
        details: {},
      });
    }
  }

  /**
   * The disk is full: rather than delete footage inside its floor, pause the cameras below the
   * highest priority being recorded, so the space the retention sweeper frees goes to the
   * important ones. Each further disk_full alarm extends the pause.
   */
  private shedLowPriority(failedCameraId: string): void {
    const priorityOf = this.opts.priorityOf;
    if (priorityOf === undefined) return;
    const ranked = [...this.writers.keys()].map((id) => [id, priorityOf(id)] as const);
    const top = Math.max(...ranked.map(([, p]) => p));
    const untilMs = this.opts.clock.now().getTime() + (this.opts.diskRetryMs ?? DEFAULT_SHED_MS) * SHED_RETRY_FACTOR;
    for (const [id, p] of ranked) {
      if (p >= top) continue;
      this.writers
        .get(id)
        ?.pause(untilMs, { reason: 'disk_full', shedFor: failedCameraId, priority: p, highestPriority: top });
    }
  }

  private onAlarm(alarm: RecordingAlarm): void {
    try {
      this.opts.onAlarm?.(alarm);
    } catch {
      // A throwing listener must not break recording (STYLE.md 8).
    }
    if (alarm.kind === 'disk_full') this.shedLowPriority(alarm.cameraId);
    if (alarm.kind === 'disk_full') {
      // A paused camera is a compliance event (国家 第十七条 storage duty): it goes on the audit trail too.
      this.opts.audit
        .append({
          action: 'recording.paused.disk_full',
          targetType: 'camera',
          targetId: alarm.cameraId,
          details: alarm.details,
        })
        .catch(() => undefined);
    }
  }
}
