// npm run bench:pipeline: the recording pipeline's CPU cost, measured deterministically in one
// process. Captured RTSP interleaved bytes of the 1080p25 source (bench/capture.ts) are replayed
// for N virtual cameras through the real path — RtspClient framing → RTP → H.264 depacketizer →
// Hub → never-drop reader → SegmentWriter (SHA-256, real files, SQLite index) — as fast as the
// process can take them, in virtual time. Printed: CPU-µs per stream-second (so 2000 µs is 0.2 %
// of a core per real-time stream), heap bytes allocated per RTP packet, garbage collections and
// their pauses, and frames on disk against frames replayed (must be equal).
// Usage: tsx bench/pipeline.ts [--cameras 100] [--seconds 30] [--warmup 5] [--segment 10]
//        [--read-bytes 65536|packet] [--capture FILE] [--clip bench|fixtures] [--cpu-prof DIR]
//        [--heap-prof DIR] [--top 15]; PSVIS_BENCH_CPU_PROF=<dir> is --cpu-prof.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, constants as perfConstants, type PerformanceEntry } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { GCProfiler } from 'node:v8';
import { AuditLog } from '../src/audit/audit-log.ts';
import { loadOrCreateInstallationKey } from '../src/audit/installation-key.ts';
import { DEFAULT_FIXTURES_DIR } from '../src/camsim/clips.ts';
import { openDatabase } from '../src/db/database.ts';
import { Hub } from '../src/hub/hub.ts';
import { LIVE_GOP_CACHE_IDLE_MS } from '../src/hub/limits.ts';
import { RtspCameraSource } from '../src/ingest/rtsp-source.ts';
import { recordFromHub } from '../src/recording/hub-bridge.ts';
import { Recorder } from '../src/recording/recorder.ts';
import { SegmentIndex } from '../src/recording/segment-index.ts';
import { buildReplay, captureCamera, loadCapture, saveCapture, type Capture, type Replay } from './capture.ts';
import { makeSourceClip, SOURCE_CLIP_SECONDS, SOURCE_FPS } from './clip.ts';
import { summarizeCpuProfile, summarizeHeapProfile, type CpuProfile, type HeapProfile } from './profile.ts';
import { ReplayCameras, VirtualTime } from './replay-camera.ts';

/** The replayed camera's URL (never dialled: the connector answers instead of a socket). */
const REPLAY_URL = 'rtsp://127.0.0.1:554/cam/1';
/** Largest socket read libuv makes: a busy process reads a whole burst in reads of this size. */
const DEFAULT_READ_BYTES = 64 * 1024;
/** How long the N sessions may take to reach PLAY (real time). */
const SESSIONS_UP_TIMEOUT_MS = 60_000;
/** Frames in one GOP of the source: camera c starts c·7 frames into it, so keyframes are staggered. */
const STAGGER_FRAMES = 50;
/** Heap sampling interval for --heap-prof (bytes). */
const HEAP_SAMPLING_BYTES = 4096;

interface Options {
  readonly cameraCounts: readonly number[];
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly segmentSeconds: number;
  /** Largest read; 0: one read per interleaved packet. */
  readonly readBytes: number;
  readonly capture: string | undefined;
  readonly clip: 'bench' | 'fixtures';
  readonly cpuProfDir: string | undefined;
  readonly heapProfDir: string | undefined;
  readonly top: number;
}

function positive(name: string, text: string): number {
  const x = Number(text);
  if (!Number.isFinite(x) || x <= 0) throw new Error(`${name} must be a positive number, not "${text}"`);
  return x;
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      cameras: { type: 'string', default: '100' },
      seconds: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '5' },
      segment: { type: 'string', default: '10' },
      'read-bytes': { type: 'string', default: String(DEFAULT_READ_BYTES) },
      capture: { type: 'string' },
      clip: { type: 'string', default: 'bench' },
      'cpu-prof': { type: 'string' },
      'heap-prof': { type: 'string' },
      top: { type: 'string', default: '15' },
    },
  });
  if (values.clip !== 'bench' && values.clip !== 'fixtures') throw new Error('--clip is bench or fixtures');
  return {
    cameraCounts: values.cameras.split(',').map((c) => Math.round(positive('--cameras', c.trim()))),
    seconds: positive('--seconds', values.seconds),
    warmupSeconds: Number(values.warmup),
    segmentSeconds: positive('--segment', values.segment),
    // 'packet': one read per interleaved packet, as a reader that keeps up with the camera gets them.
    readBytes: values['read-bytes'] === 'packet' ? 0 : Math.round(positive('--read-bytes', values['read-bytes'])),
    capture: values.capture,
    clip: values.clip,
    cpuProfDir: values['cpu-prof'] ?? process.env.PSVIS_BENCH_CPU_PROF,
    heapProfDir: values['heap-prof'],
    top: Math.round(positive('--top', values.top)),
  };
}

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The capture: read from --capture when it exists, else taken now (and saved there when named). */
async function obtainCapture(options: Options, workDir: string): Promise<Capture> {
  if (options.capture !== undefined && existsSync(options.capture)) {
    log(`capture: ${options.capture}`);
    return loadCapture(options.capture);
  }
  let fixturesDir = DEFAULT_FIXTURES_DIR;
  let frames = 100;
  if (options.clip === 'bench') {
    const clipDir = join(workDir, 'clip');
    await mkdir(clipDir);
    log('encoding the source clip (1080p25 H.264 4 Mbit/s, GOP 50, no B-frames) with ffmpeg');
    const clip = await makeSourceClip(clipDir);
    fixturesDir = clip.fixturesDir;
    frames = SOURCE_CLIP_SECONDS * SOURCE_FPS;
  }
  log(`capturing ${frames} frames from camsim over RTSP/TCP (${frames / SOURCE_FPS} s, real time)`);
  const capture = await captureCamera(fixturesDir, frames, SOURCE_FPS);
  if (options.capture !== undefined) {
    await saveCapture(options.capture, capture);
    log(`capture saved to ${options.capture}`);
  }
  return capture;
}

interface GcCounts {
  minor: number;
  major: number;
  incremental: number;
  weak: number;
  pauseMs: number;
  minorMs: number;
  majorMs: number;
}

/** Counts garbage collections and their pause time while running. */
function observeGc(): { counts: GcCounts; stop: () => void } {
  const counts: GcCounts = { minor: 0, major: 0, incremental: 0, weak: 0, pauseMs: 0, minorMs: 0, majorMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      counts.pauseMs += entry.duration;
      if (kind === perfConstants.NODE_PERFORMANCE_GC_MINOR) {
        counts.minor++;
        counts.minorMs += entry.duration;
      } else if (kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) {
        counts.major++;
        counts.majorMs += entry.duration;
      } else if (kind === perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL) counts.incremental++;
      else counts.weak++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    counts,
    stop: () => {
      observer.disconnect();
    },
  };
}

interface HeapSnapshot {
  usedHeapSize: number;
}
interface GcStatistic {
  gcType: string;
  beforeGC: { heapStatistics: HeapSnapshot };
  afterGC: { heapStatistics: HeapSnapshot };
}

/** Bytes allocated on the V8 heap between `startUsed` and `endUsed`, with what each GC freed. */
function heapAllocated(stats: readonly GcStatistic[], startUsed: number, endUsed: number): number {
  let allocated = 0;
  let after = startUsed;
  for (const s of stats) {
    allocated += Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - after);
    after = s.afterGC.heapStatistics.usedHeapSize;
  }
  return allocated + Math.max(0, endUsed - after);
}

interface RunResult {
  readonly cameras: number;
  readonly streamSeconds: number;
  readonly cpuMicros: number;
  readonly userMicros: number;
  readonly systemMicros: number;
  readonly wallMs: number;
  readonly rtpPackets: number;
  readonly reads: number;
  readonly heapBytes: number;
  readonly gc: GcCounts;
  readonly framesExpected: number;
  readonly framesOnDisk: number;
  readonly framesInIngest: number;
  readonly heapUsedBytes: number;
  readonly externalBytes: number;
  readonly rssBytes: number;
  readonly notes: string[];
}

async function runOnce(cameras: number, options: Options, capture: Capture, replay: Replay): Promise<RunResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'psvis-pipeline-'));
  const notes: string[] = [];
  try {
    // Virtual time starts at the capture's first frame; it moves one frame interval per tick.
    const time = new VirtualTime(Date.now());
    // Metadata store: SQLite in the run's temporary data directory, as a default installation has.
    const database = openDatabase({ sqliteFile: join(dataDir, 'psvis.db') });
    await database.migrate();
    // The installation key and the audit log the recorder anchors its chain heads in.
    const audit = new AuditLog({
      db: database.db,
      dialect: database.dialect,
      key: loadOrCreateInstallationKey(join(dataDir, 'keys')),
      clock: time,
      checkpointEvery: 1000,
      checkpointFile: join(dataDir, 'audit-checkpoint.json'),
    });
    await audit.start();
    const sources = new Map<string, RtspCameraSource>();
    const errors: string[] = [];
    const onError = (err: unknown): void => {
      if (errors.length < 5) errors.push(err instanceof Error ? err.message : String(err));
    };
    // The recorder, SHA-256 while writing, as src/main.ts builds it.
    const recorder = new Recorder({
      audit,
      index: new SegmentIndex(database.db, database.dialect, time),
      clock: time,
      node: 'bench',
      recordingsDir: join(dataDir, 'recordings'),
      segmentDurationMs: options.segmentSeconds * 1000,
      staggerSeals: true, // as src/main.ts records
      wallTimeMs: (cameraId, frame, track) => sources.get(cameraId)?.wallTimeOf(frame, track),
      onAlarm: (alarm) => {
        onError(new Error(`alarm ${alarm.kind}: ${alarm.message}`));
      },
    });
    await recorder.start();
    const replayCameras = new ReplayCameras(capture.sdp, REPLAY_URL);
    const ids: string[] = [];
    const hubs: Hub[] = [];
    const detaches: (() => void)[] = [];
    for (let i = 0; i < cameras; i++) {
      const cameraId = `bench-${String(i + 1).padStart(4, '0')}`;
      // Per camera: a hub, its RTSP source (the replay connector instead of a socket), the recorder's reader.
      const hub = new Hub({ cameraId, clock: time, onListenerError: onError, gopCacheIdleMs: LIVE_GOP_CACHE_IDLE_MS });
      const source = new RtspCameraSource({
        cameraId,
        url: REPLAY_URL,
        hub,
        clock: time,
        timers: time,
        connect: replayCameras.connect,
        onListenerError: onError,
      });
      detaches.push(recordFromHub(hub, recorder.camera(cameraId), onError));
      sources.set(cameraId, source);
      ids.push(cameraId);
      hubs.push(hub);
      source.start();
    }
    const upDeadline = performance.now() + SESSIONS_UP_TIMEOUT_MS;
    while (replayCameras.connections.filter((c) => c.playing).length < cameras) {
      if (performance.now() > upDeadline) throw new Error('the replayed sessions did not all reach PLAY');
      await nextTurn();
    }
    const connections = replayCameras.connections;
    const frameMs = 1000 / capture.fps;
    const warmupFrames = Math.round(options.warmupSeconds * capture.fps);
    const measuredFrames = Math.round(options.seconds * capture.fps);
    const starts = replay.frameStarts;
    let reads = 0;
    let rtpPackets = 0;
    const readBytes = options.readBytes;
    // One tick: every camera's next frame, in reads of at most readBytes (into its read slab, as a socket read).
    const tick = (frame: number): void => {
      for (let c = 0; c < cameras; c++) {
        const f = frame + ((c * 7) % STAGGER_FRAMES);
        rtpPackets += replay.rtpPackets[f] ?? 0;
        reads += connections[c]?.deliver(replay.bytes, starts[f] ?? 0, starts[f + 1] ?? 0, readBytes) ?? 0;
      }
      time.advance(frameMs);
    };
    for (let f = 0; f < warmupFrames; f++) {
      tick(f);
      await nextTurn();
    }
    await Promise.all(ids.map((id) => recorder.camera(id).drain()));
    reads = 0;
    rtpPackets = 0;
    let session: Session | undefined;
    if (options.cpuProfDir !== undefined || options.heapProfDir !== undefined) {
      session = new Session();
      session.connect();
      if (options.cpuProfDir !== undefined) {
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      }
      if (options.heapProfDir !== undefined) {
        await session.post('HeapProfiler.enable');
        await session.post('HeapProfiler.startSampling', {
          samplingInterval: HEAP_SAMPLING_BYTES,
          // Every allocation, not only what is still alive at the end: garbage is the cost measured.
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        });
      }
    }
    const gcObserver = observeGc();
    const gcProfiler = new GCProfiler();
    const usedBefore = process.memoryUsage().heapUsed;
    gcProfiler.start();
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    for (let f = warmupFrames; f < warmupFrames + measuredFrames; f++) {
      tick(f);
      await nextTurn();
    }
    // What the measured frames queued (writes, hashing) is part of their cost.
    await Promise.all(ids.map((id) => recorder.camera(id).drain()));
    const cpu = process.cpuUsage(cpu0);
    const wallMs = performance.now() - wall0;
    const usedAfter = process.memoryUsage().heapUsed;
    const gcStats = gcProfiler.stop().statistics as unknown as GcStatistic[];
    const memory = process.memoryUsage();
    // GC entries are delivered asynchronously: one more turn before counting them.
    await nextTurn();
    gcObserver.stop();
    if (session !== undefined) {
      if (options.cpuProfDir !== undefined) {
        const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
        await mkdir(options.cpuProfDir, { recursive: true });
        const file = join(options.cpuProfDir, `pipeline-${cameras}-${Date.now()}.cpuprofile`);
        await writeFile(file, JSON.stringify(profile));
        notes.push(`CPU profile: ${file}`);
        notes.push(...summarizeCpuProfile(profile, options.top));
      }
      if (options.heapProfDir !== undefined) {
        const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: HeapProfile };
        await mkdir(options.heapProfDir, { recursive: true });
        const file = join(options.heapProfDir, `pipeline-${cameras}-${Date.now()}.heapprofile`);
        await writeFile(file, JSON.stringify(profile));
        notes.push(`heap sampling profile: ${file}`);
        notes.push(...summarizeHeapProfile(profile, options.top));
      }
      session.disconnect();
    }
    // Frames a recorder can keep: camera c's, from the first keyframe it was sent.
    let framesExpected = 0;
    const total = warmupFrames + measuredFrames;
    for (let c = 0; c < cameras; c++) {
      const first = (c * 7) % STAGGER_FRAMES;
      let k = first;
      while (k < first + total && replay.keyframes[k] !== true) k++;
      framesExpected += first + total - k;
    }
    let framesInIngest = 0;
    for (const s of sources.values()) framesInIngest += s.status().framesIn;
    // Stop pulling first, so the recorder seals files no more frames will reach (as main.ts).
    await Promise.all([...sources.values()].map((s) => s.close()));
    for (const d of detaches) d();
    await recorder.close();
    const rows = await database.db
      .selectFrom('recording_segments')
      .select((eb) => [eb.fn.sum('frames').as('frames')])
      .executeTakeFirst();
    await audit.close();
    await database.close();
    for (const h of hubs) h.close();
    for (const e of errors) notes.push(`error: ${e}`);
    return {
      cameras,
      streamSeconds: (cameras * measuredFrames) / capture.fps,
      cpuMicros: cpu.user + cpu.system,
      userMicros: cpu.user,
      systemMicros: cpu.system,
      wallMs,
      rtpPackets,
      reads,
      heapBytes: heapAllocated(gcStats, usedBefore, usedAfter),
      gc: gcObserver.counts,
      framesExpected,
      // A sum comes back as a number, a string or a bigint depending on the driver.
      framesOnDisk: Number(rows?.frames),
      framesInIngest,
      heapUsedBytes: memory.heapUsed,
      externalBytes: memory.external + memory.arrayBuffers,
      rssBytes: memory.rss,
      notes,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function report(r: RunResult): string[] {
  const perStreamSecond = (x: number): number => x / r.streamSeconds;
  const mib = (b: number): string => (b / 1024 / 1024).toFixed(1);
  return [
    `N=${r.cameras}: ${r.streamSeconds.toFixed(0)} stream-seconds replayed in ${(r.wallMs / 1000).toFixed(1)} s (${(r.streamSeconds / (r.wallMs / 1000)).toFixed(0)}× real time)`,
    `  CPU ${perStreamSecond(r.cpuMicros).toFixed(0)} µs per stream-second (user ${perStreamSecond(r.userMicros).toFixed(0)}, system ${perStreamSecond(r.systemMicros).toFixed(0)}) = ${(perStreamSecond(r.cpuMicros) / 1e4).toFixed(3)} % of a core per real-time stream (target ≤ 0.200)`,
    `  per stream-second: ${perStreamSecond(r.rtpPackets).toFixed(0)} RTP packets, ${perStreamSecond(r.reads).toFixed(1)} reads; ${(r.cpuMicros / r.rtpPackets).toFixed(2)} µs and ${(r.heapBytes / r.rtpPackets).toFixed(0)} heap bytes allocated per packet`,
    `  GC: ${r.gc.minor} minor (${r.gc.minorMs.toFixed(0)} ms), ${r.gc.major} major (${r.gc.majorMs.toFixed(0)} ms), ${r.gc.incremental} incremental marking steps, ${r.gc.pauseMs.toFixed(0)} ms paused (${((100 * r.gc.pauseMs * 1000) / r.cpuMicros).toFixed(1)} % of the CPU time); ${perStreamSecond(r.heapBytes / 1024).toFixed(1)} KiB heap allocated per stream-second`,
    `  frames: ${r.framesExpected} replayed from a keyframe, ${r.framesInIngest} through ingest, ${r.framesOnDisk} on disk, lost ${r.framesExpected - r.framesOnDisk}`,
    `  memory at the end: heap ${mib(r.heapUsedBytes)} MiB, array buffers and external ${mib(r.externalBytes)} MiB, RSS ${mib(r.rssBytes)} MiB (${(r.rssBytes / 1024 / 1024 / r.cameras).toFixed(2)} MiB per stream; the replayed bytes are shared)`,
    ...r.notes.map((n) => `  ${n}`),
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const workDir = await mkdtemp(join(tmpdir(), 'psvis-pipeline-clip-'));
  try {
    const ffmpeg = options.clip === 'bench' ? execFileSync('ffmpeg', ['-version'], { encoding: 'utf8' }) : '';
    log(
      `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}${ffmpeg === '' ? '' : `, ${ffmpeg.split('\n')[0] ?? ''}`}`,
    );
    const capture = await obtainCapture(options, workDir);
    let bytes = 0;
    for (const f of capture.frames) bytes += f.length;
    log(
      `capture: ${capture.frames.length} frames, ${capture.rtpPackets} RTP packets, ${((bytes * 8 * capture.fps) / capture.frames.length / 1e6).toFixed(2)} Mbit/s on the wire`,
    );
    const totalFrames = Math.round((options.warmupSeconds + options.seconds) * capture.fps) + STAGGER_FRAMES;
    const replay = buildReplay(capture, totalFrames);
    log(
      `settings: ${options.seconds} stream-seconds measured after ${options.warmupSeconds} s warm-up, ${options.segmentSeconds} s segments, ${options.readBytes === 0 ? 'one read per packet' : `reads of ≤ ${options.readBytes} bytes`}`,
    );
    for (const cameras of options.cameraCounts) {
      log(`N=${cameras}: starting`);
      const result = await runOnce(cameras, options, capture, replay);
      console.log(report(result).join('\n'));
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('bench:pipeline failed:', err);
  process.exitCode = 1;
});
