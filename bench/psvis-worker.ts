// The psvis side of the recording benchmark, in a process of its own so process.cpuUsage() and
// RSS are the recorder's alone: N cameras on the real pipeline, wired as src/main.ts wires it
// (RtspCameraSource → Hub → recordFromHub → Recorder, SHA-256 while writing, SQLite index).
// Usage (forked by bench/record.ts): psvis-worker.ts <rtspUrl> <cameras> <dataDir> <segmentSeconds>
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AuditLog } from '../src/audit/audit-log.ts';
import { loadOrCreateInstallationKey } from '../src/audit/installation-key.ts';
import { systemClock } from '../src/clock.ts';
import { openDatabase } from '../src/db/database.ts';
import { Hub } from '../src/hub/hub.ts';
import { LIVE_GOP_CACHE_IDLE_MS } from '../src/hub/limits.ts';
import { RtspCameraSource } from '../src/ingest/rtsp-source.ts';
import { recordFromHub } from '../src/recording/hub-bridge.ts';
import { Recorder } from '../src/recording/recorder.ts';
import { SegmentIndex } from '../src/recording/segment-index.ts';
import { sampleSelf, serveIpc, type ProcessSample } from './ipc.ts';

/** What the worker reports when sampled. */
export interface WorkerSample extends ProcessSample {
  readonly camerasOnline: number;
  readonly framesIn: number;
  readonly packetsLost: number;
  readonly heapUsedBytes: number;
  /** ArrayBuffers and other memory outside the V8 heap. */
  readonly externalBytes: number;
  /** Bytes the writers had queued for the disk, all cameras. */
  readonly writerBacklogBytes: number;
  /** Event-loop delay since the previous sample: 99th percentile and worst, ms. */
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
}

/** Frames on disk for one camera, from its index rows, and what its writer counted. */
export interface CameraResult {
  readonly cameraId: string;
  /** Sum of `frames` over the camera's recording_segments rows. */
  readonly framesOnDisk: number;
  readonly segments: number;
  readonly gaps: number;
  /** Frames ingest delivered to the hub (all sessions). */
  readonly framesIn: number;
  readonly packetsLost: number;
  readonly reconnects: number;
  /** Code of the error that ended the camera's latest session, if any did. */
  readonly lastError: string | undefined;
}

/** What stop() returns. */
export interface WorkerResult {
  readonly cameras: readonly CameraResult[];
  readonly alarms: number;
  readonly errors: readonly string[];
  readonly bytesOnDisk: number;
}

interface Pipeline {
  readonly cameraId: string;
  readonly hub: Hub;
  readonly source: RtspCameraSource;
  readonly detach: () => void;
}

/** Most error messages kept for the report (the count is what matters past a few). */
const MAX_ERRORS_KEPT = 10;

async function main(): Promise<void> {
  const [url, camerasArg, dataDir, segmentSecondsArg] = process.argv.slice(2);
  if (url === undefined || camerasArg === undefined || dataDir === undefined || segmentSecondsArg === undefined) {
    throw new Error('usage: psvis-worker.ts <rtspUrl> <cameras> <dataDir> <segmentSeconds>');
  }
  const cameras = Number(camerasArg);
  const clock = systemClock;
  // Metadata store: SQLite in the run's temporary data directory, as a default installation has.
  const database = openDatabase({ sqliteFile: join(dataDir, 'psvis.db') });
  await database.migrate();
  // The installation key and the audit log the recorder anchors its chain heads in.
  const key = loadOrCreateInstallationKey(join(dataDir, 'keys'));
  const audit = new AuditLog({
    db: database.db,
    dialect: database.dialect,
    key,
    clock,
    checkpointEvery: 1000,
    checkpointFile: join(dataDir, 'audit-checkpoint.json'),
  });
  await audit.start();
  const pipelines = new Map<string, Pipeline>();
  const errors: string[] = [];
  let errorCount = 0;
  let alarms = 0;
  const onError = (err: unknown): void => {
    errorCount++;
    if (errors.length < MAX_ERRORS_KEPT) errors.push(err instanceof Error ? err.message : String(err));
  };
  // The recorder, with the segment period given (the benchmark matches ffmpeg's -segment_time).
  const recorder = new Recorder({
    audit,
    index: new SegmentIndex(database.db, database.dialect, clock),
    clock,
    node: 'bench',
    recordingsDir: join(dataDir, 'recordings'),
    segmentDurationMs: Number(segmentSecondsArg) * 1000,
    staggerSeals: true, // as src/main.ts records
    wallTimeMs: (cameraId, frame, track) => pipelines.get(cameraId)?.source.wallTimeOf(frame, track),
    onAlarm: (alarm) => {
      alarms++;
      onError(new Error(`alarm ${alarm.kind}: ${alarm.message}`));
    },
  });
  await recorder.start();
  let stopped = false;
  // How late the event loop runs: at high N a starved loop is why sessions time out and packets drop.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  const stop = async (): Promise<WorkerResult> => {
    if (stopped) return { cameras: [], alarms, errors, bytesOnDisk: 0 };
    stopped = true;
    const list = [...pipelines.values()];
    const status = new Map(list.map((p) => [p.cameraId, p.source.status()]));
    // Stops pulling first, so the recorder seals files that no more frames will reach (as main.ts).
    await Promise.all(list.map((p) => p.source.close()));
    for (const p of list) p.detach();
    await recorder.close();
    const rows = await database.db
      .selectFrom('recording_segments')
      .select((eb) => [
        'camera_id',
        eb.fn.sum<number>('frames').as('frames'),
        eb.fn.sum<number>('bytes').as('bytes'),
        eb.fn.countAll<number>().as('segments'),
      ])
      .groupBy('camera_id')
      .execute();
    const gaps = await database.db
      .selectFrom('recording_gaps')
      .select((eb) => ['camera_id', eb.fn.countAll<number>().as('gaps')])
      .groupBy('camera_id')
      .execute();
    await audit.close();
    await database.close();
    for (const p of list) p.hub.close();
    const byCamera = new Map(rows.map((r) => [r.camera_id, r]));
    const gapsByCamera = new Map(gaps.map((g) => [g.camera_id, g.gaps]));
    if (errorCount > errors.length) errors.push(`… ${errorCount - errors.length} more`);
    return {
      cameras: list.map((p) => {
        const s = status.get(p.cameraId);
        return {
          cameraId: p.cameraId,
          framesOnDisk: byCamera.get(p.cameraId)?.frames ?? 0,
          segments: byCamera.get(p.cameraId)?.segments ?? 0,
          gaps: gapsByCamera.get(p.cameraId) ?? 0,
          framesIn: s?.framesIn ?? 0,
          packetsLost: s?.packetsLost ?? 0,
          reconnects: s?.reconnects ?? 0,
          lastError: s?.lastError?.code,
        };
      }),
      alarms,
      errors,
      bytesOnDisk: rows.reduce((n, r) => n + r.bytes, 0),
    };
  };

  // PSVIS_BENCH_TRACE=1: a line a second on stderr (frames in, backlog, memory, loop delay), to see
  // when and how an overload starts.
  if (process.env.PSVIS_BENCH_TRACE === '1') {
    const traceDelay = monitorEventLoopDelay({ resolution: 10 });
    traceDelay.enable();
    let lastFrames = 0;
    const t0 = Date.now();
    const timer = setInterval(() => {
      let framesIn = 0;
      let backlog = 0;
      for (const p of pipelines.values()) {
        framesIn += p.source.status().framesIn;
        backlog += recorder.camera(p.cameraId).stats().backlogBytes;
      }
      const m = process.memoryUsage();
      const mib = (n: number): string => (n / 2 ** 20).toFixed(0);
      process.stderr.write(
        `trace t=${((Date.now() - t0) / 1000).toFixed(0)}s fps=${framesIn - lastFrames} backlog=${mib(backlog)}MiB ` +
          `external=${mib(m.external)}MiB heap=${mib(m.heapUsed)}MiB rss=${mib(m.rss)}MiB ` +
          `loopP99=${(traceDelay.percentile(99) / 1e6).toFixed(0)}ms\n`,
      );
      lastFrames = framesIn;
      traceDelay.reset();
    }, 1000);
    timer.unref();
  }

  serveIpc(
    {
      // Starts every camera; resolves at once (sessions come up in the background, as in psvis).
      start: () => {
        for (let i = 1; i <= cameras; i++) {
          const cameraId = `bench-${String(i).padStart(4, '0')}`;
          // The GOP cache as src/main.ts has it: only while watched (nobody watches here).
          const hub = new Hub({ cameraId, clock, onListenerError: onError, gopCacheIdleMs: LIVE_GOP_CACHE_IDLE_MS });
          const source = new RtspCameraSource({ cameraId, url, hub, clock, onListenerError: onError });
          const detach = recordFromHub(hub, recorder.camera(cameraId), onError);
          pipelines.set(cameraId, { cameraId, hub, source, detach });
          source.start();
        }
        return Promise.resolve(null);
      },
      sample: () => {
        let camerasOnline = 0;
        let framesIn = 0;
        let packetsLost = 0;
        let writerBacklogBytes = 0;
        for (const p of pipelines.values()) {
          const s = p.source.status();
          if (s.online) camerasOnline++;
          framesIn += s.framesIn;
          packetsLost += s.packetsLost;
          writerBacklogBytes += recorder.camera(p.cameraId).stats().backlogBytes;
        }
        const memory = process.memoryUsage();
        const sample: WorkerSample = {
          ...sampleSelf(),
          camerasOnline,
          framesIn,
          packetsLost,
          heapUsedBytes: memory.heapUsed,
          externalBytes: memory.external, // Node counts arrayBuffers inside external
          writerBacklogBytes,
          loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
          loopDelayMaxMs: loopDelay.max / 1e6,
        };
        loopDelay.reset();
        return Promise.resolve(sample);
      },
      stop,
    },
    async () => {
      await stop();
    },
  );
}

main().catch((err: unknown) => {
  console.error('psvis worker failed:', err);
  process.exit(1);
});
