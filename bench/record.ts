// npm run bench:record: records N cameras from one RTSP source for a fixed time, with psvis and
// with one ffmpeg per camera, in the same run and against the same source, and prints CPU and RSS
// per stream, frames lost (frames sent to each session against frames on disk) and the ratios.
// Usage: tsx bench/record.ts [--cameras 10,50,100] [--seconds 30] [--warmup 5] [--segment 10]
//        [--sides psvis,ffmpeg]; env PSVIS_BENCH_CAMERAS, _SECONDS, _WARMUP_SECONDS,
//        _SEGMENT_SECONDS, _SIDES override the defaults (flags win); PSVIS_BENCH_CPU_PROF=<dir>
//        writes a V8 CPU profile of the psvis worker there.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeSourceClip, SOURCE_FPS } from './clip.ts';
import { FfmpegRecorders } from './ffmpeg-side.ts';
import { ChildRpc, type ProcessSample } from './ipc.ts';
import { PROC_TICKS_PER_SECOND, readMachineCpu } from './proc.ts';
import type { CameraResult, WorkerResult, WorkerSample } from './psvis-worker.ts';
import { formatTable, framesLost, type RunResult, type Side } from './report.ts';
import type { SourceSample, SubscriptionCount } from './source.ts';

/** How long every session may take to reach PLAY before the run goes on without the stragglers. */
export const SESSIONS_UP_TIMEOUT_MS = 60_000;
/** After the source stops sending: time for what is in flight to reach the recorders' files. */
export const DRAIN_MS = 2_000;
/** How long the source's sessions of a finished run may take to go away. */
export const SESSIONS_DOWN_TIMEOUT_MS = 15_000;
const POLL_MS = 250;
const MIB = 1024 * 1024;

/** Benchmark settings (flags, else env, else these defaults). */
export interface BenchConfig {
  readonly cameraCounts: readonly number[];
  readonly measuredSeconds: number;
  readonly warmupSeconds: number;
  readonly segmentSeconds: number;
  readonly sides: readonly Side[];
}

function positiveNumber(name: string, text: string): number {
  const x = Number(text);
  if (!Number.isFinite(x) || x <= 0) throw new Error(`${name} must be a positive number, not "${text}"`);
  return x;
}

/** Reads flags and PSVIS_BENCH_* variables. */
export function parseConfig(argv: readonly string[], env: NodeJS.ProcessEnv): BenchConfig {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      cameras: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      segment: { type: 'string' },
      sides: { type: 'string' },
    },
  });
  const cameras = values.cameras ?? env.PSVIS_BENCH_CAMERAS ?? '10,50,100';
  const sides = (values.sides ?? env.PSVIS_BENCH_SIDES ?? 'psvis,ffmpeg').split(',').map((s) => s.trim());
  for (const s of sides) if (s !== 'psvis' && s !== 'ffmpeg') throw new Error(`unknown side "${s}"`);
  return {
    cameraCounts: cameras.split(',').map((c) => Math.round(positiveNumber('--cameras', c.trim()))),
    measuredSeconds: positiveNumber('--seconds', values.seconds ?? env.PSVIS_BENCH_SECONDS ?? '30'),
    warmupSeconds: Number(values.warmup ?? env.PSVIS_BENCH_WARMUP_SECONDS ?? '5'),
    segmentSeconds: positiveNumber('--segment', values.segment ?? env.PSVIS_BENCH_SEGMENT_SECONDS ?? '10'),
    sides: sides as Side[],
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** CPU over a window, in % of one core. */
function cpuPercent(a: ProcessSample, b: ProcessSample): number {
  return (100 * (b.cpuMicros - a.cpuMicros)) / ((b.atMs - a.atMs) * 1000);
}

/** One recorder side as a run drives it. */
interface SideRunner {
  readonly start: () => Promise<void>;
  readonly sample: () => Promise<ProcessSample>;
  /** Stops recording (files sealed) and counts frames on disk; `disconnect` closes the source's sessions. */
  stopAndCount(
    disconnect: () => Promise<void>,
  ): Promise<{ framesOnDisk: number; marginalRssBytes: number | undefined; notes: string[] }>;
  /** Ends everything at once (failure path). */
  readonly abort: () => Promise<void>;
}

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

function psvisRunner(url: string, cameras: number, dir: string, segmentSeconds: number): SideRunner {
  const profileDir = process.env.PSVIS_BENCH_CPU_PROF;
  // The worker inherits this: the thread pool bin/psvis.mjs gives psvis (seals fsync in it).
  process.env.UV_THREADPOOL_SIZE ??= '16';
  const worker = new ChildRpc(
    'psvis worker',
    join(BENCH_DIR, 'psvis-worker.ts'),
    [url, String(cameras), dir, String(segmentSeconds)],
    // PSVIS_BENCH_CPU_PROF=<dir>: a V8 CPU profile of the psvis worker, to see where its time goes.
    // PSVIS_BENCH_NODE_FLAGS: Node/V8 flags for the psvis worker only, to try runtime settings.
    [
      ...(profileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir]),
      ...(process.env.PSVIS_BENCH_NODE_FLAGS ?? '').split(' ').filter((f) => f !== ''),
    ],
  );
  let baseline: ProcessSample | undefined;
  let previous: WorkerSample | undefined;
  let last: WorkerSample | undefined;
  return {
    async start() {
      await worker.started();
      baseline = await worker.call<ProcessSample>('sample');
      await worker.call('start');
    },
    async sample() {
      previous = last;
      last = await worker.call<WorkerSample>('sample');
      return last;
    },
    async stopAndCount() {
      const result = await worker.call<WorkerResult>('stop');
      await worker.stop();
      const notes: string[] = [];
      const sum = (f: (c: CameraResult) => number): number => result.cameras.reduce((n, c) => n + f(c), 0);
      const gaps = sum((c) => c.gaps);
      const reconnects = sum((c) => c.reconnects);
      const packetsLost = sum((c) => c.packetsLost);
      const empty = result.cameras.filter((c) => c.framesOnDisk === 0).length;
      notes.push(
        `ingest framesIn ${sum((c) => c.framesIn)}, segments ${sum((c) => c.segments)}, ${(result.bytesOnDisk / MIB).toFixed(0)} MiB on disk`,
      );
      if (gaps + reconnects + packetsLost + empty + result.alarms > 0) {
        notes.push(
          `gap rows ${gaps}, reconnects ${reconnects}, RTP packets lost ${packetsLost}, cameras without footage ${empty}, alarms ${result.alarms}`,
        );
      }
      if (reconnects > 0) {
        const codes = new Map<string, number>();
        for (const c of result.cameras) {
          if (c.lastError !== undefined) codes.set(c.lastError, (codes.get(c.lastError) ?? 0) + 1);
        }
        notes.push(
          `cameras by the error that ended their latest session: ${[...codes].map(([k, v]) => `${k} ${v}`).join(', ')}`,
        );
      }
      if (previous !== undefined && last !== undefined && last.framesIn > previous.framesIn) {
        // Per frame received, the figure does not shrink when a starved source sends less.
        const perFrameUs = (last.cpuMicros - previous.cpuMicros) / (last.framesIn - previous.framesIn);
        notes.push(
          `CPU per frame received in the window: ${perFrameUs.toFixed(1)} µs, ${((perFrameUs * SOURCE_FPS) / 1e4).toFixed(3)} % of a core per ${SOURCE_FPS} fps stream`,
        );
      }
      if (last !== undefined) {
        const mib = (b: number): string => (b / MIB).toFixed(0);
        notes.push(
          `at the window's end: heap ${mib(last.heapUsedBytes)} MiB, external ${mib(last.externalBytes)} MiB, ` +
            `writer backlog ${mib(last.writerBacklogBytes)} MiB; event-loop delay in the window p99 ${last.loopDelayP99Ms.toFixed(0)} ms, max ${last.loopDelayMaxMs.toFixed(0)} ms`,
        );
      }
      for (const e of result.errors) notes.push(`error: ${e}`);
      return {
        framesOnDisk: sum((c) => c.framesOnDisk),
        marginalRssBytes: baseline === undefined || last === undefined ? undefined : last.rssBytes - baseline.rssBytes,
        notes,
      };
    },
    abort: () => worker.stop(),
  };
}

function ffmpegRunner(url: string, cameras: number, dir: string, segmentSeconds: number): SideRunner {
  const recorders = new FfmpegRecorders(url, cameras, dir, segmentSeconds);
  let aliveAtEnd = cameras;
  return {
    start: () => recorders.start(),
    async sample() {
      const s = await recorders.sample();
      aliveAtEnd = s.alive;
      return s;
    },
    async stopAndCount(disconnect) {
      // End of stream is how ffmpeg ends a recording cleanly (see FfmpegRecorders.waitForExit).
      await disconnect();
      await recorders.waitForExit();
      const counts = await recorders.count();
      const notes: string[] = [];
      const segments = counts.reduce((n, c) => n + c.segments, 0);
      const unreadable = counts.reduce((n, c) => n + c.unreadable, 0);
      notes.push(`segments ${segments}${unreadable > 0 ? `, ${unreadable} unreadable by ffprobe` : ''}`);
      if (aliveAtEnd < cameras) notes.push(`only ${aliveAtEnd} of ${cameras} ffmpeg processes alive at window end`);
      const firstError = counts.find((c) => c.firstError !== undefined)?.firstError;
      if (firstError !== undefined) notes.push(`ffmpeg said: ${firstError}`);
      return { framesOnDisk: counts.reduce((n, c) => n + c.framesOnDisk, 0), marginalRssBytes: undefined, notes };
    },
    abort: () => {
      recorders.kill();
      return Promise.resolve();
    },
  };
}

async function waitForSessions(
  source: ChildRpc,
  wanted: (sessions: number) => boolean,
  timeoutMs: number,
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { serverSessions } = await source.call<SourceSample>('sample');
    if (wanted(serverSessions) || performance.now() > deadline) return serverSessions;
    await sleep(POLL_MS);
  }
}

/** Subscriptions (sessions) seen so far, so each run counts only its own. */
let lastSubscriptionId = 0;

async function runOnce(
  side: Side,
  cameras: number,
  config: BenchConfig,
  source: ChildRpc,
  url: string,
  workDir: string,
  aborts: Set<() => Promise<void>>,
): Promise<RunResult> {
  const dir = join(workDir, `${side}-${cameras}`);
  await mkdir(dir, { recursive: true });
  const runner =
    side === 'psvis'
      ? psvisRunner(url, cameras, dir, config.segmentSeconds)
      : ffmpegRunner(url, cameras, dir, config.segmentSeconds);
  aborts.add(runner.abort);
  try {
    const before = await source.call<SourceSample>('sample');
    log(`${side} N=${cameras}: starting`);
    await runner.start();
    const up = await waitForSessions(source, (n) => n >= cameras, SESSIONS_UP_TIMEOUT_MS);
    log(`${side} N=${cameras}: ${up} sessions playing; warm-up ${config.warmupSeconds} s`);
    await sleep(config.warmupSeconds * 1000);
    const [a0, s0, m0] = await Promise.all([runner.sample(), source.call<SourceSample>('sample'), readMachineCpu()]);
    log(`${side} N=${cameras}: measuring ${config.measuredSeconds} s`);
    await sleep(config.measuredSeconds * 1000);
    const [a1, s1, m1] = await Promise.all([runner.sample(), source.call<SourceSample>('sample'), readMachineCpu()]);
    // The source stops between frames, then what is in flight drains into the files before they close.
    await source.call('mute');
    await sleep(DRAIN_MS);
    log(`${side} N=${cameras}: stopping and counting frames on disk`);
    const counted = await runner.stopAndCount(async () => {
      await source.call('disconnect');
    });
    const subscriptions = await source.call<SubscriptionCount[]>('subscriptions', lastSubscriptionId);
    lastSubscriptionId = Math.max(lastSubscriptionId, ...subscriptions.map((s) => s.id));
    const down = await waitForSessions(source, (n) => n === 0, SESSIONS_DOWN_TIMEOUT_MS);
    const after = await source.call<SourceSample>('sample');
    const notes = [...counted.notes];
    // The whole machine's busy time in % of one core (200 % = both cores), to see what else ran.
    const machineBusyPercent =
      (100 * (m1.busyTicks - m0.busyTicks)) / PROC_TICKS_PER_SECOND / ((a1.atMs - a0.atMs) / 1000);
    if (down !== 0) notes.push(`${down} source sessions still open after stop`);
    if (subscriptions.length !== cameras) notes.push(`${subscriptions.length} sessions for ${cameras} cameras`);
    const result: RunResult = {
      side,
      cameras,
      measuredMs: a1.atMs - a0.atMs,
      cpuPercentPerStream: cpuPercent(a0, a1) / cameras,
      rssMiBPerStream: a1.rssBytes / MIB / cameras,
      marginalRssMiBPerStream:
        counted.marginalRssBytes === undefined ? undefined : counted.marginalRssBytes / MIB / cameras,
      framesSent: subscriptions.reduce((n, s) => n + s.framesFromKeyframe, 0),
      framesOnDisk: counted.framesOnDisk,
      sessions: subscriptions.length,
      sourceCpuPercent: cpuPercent(s0, s1),
      machineBusyPercent: machineBusyPercent,
      otherCpuPercent: machineBusyPercent - cpuPercent(a0, a1) - cpuPercent(s0, s1),
      sourceSkippedFrames: after.cameraSkippedFrames - before.cameraSkippedFrames,
      sourceDroppedPackets: after.serverDroppedPackets - before.serverDroppedPackets,
      notes,
    };
    log(
      `${side} N=${cameras}: CPU ${result.cpuPercentPerStream.toFixed(3)} %/stream, RSS ${result.rssMiBPerStream.toFixed(2)} MiB/stream, ` +
        `frames sent ${result.framesSent}, on disk ${result.framesOnDisk}, lost ${framesLost(result)}; source CPU ${result.sourceCpuPercent.toFixed(1)} %`,
    );
    return result;
  } finally {
    aborts.delete(runner.abort);
    await runner.abort();
    // Each run's files go as soon as they are counted: 100 streams at 4 Mbit/s write 50 MB/s.
    await rm(dir, { recursive: true, force: true });
  }
}

function machineLine(): string {
  const ffmpeg = execFileSync('ffmpeg', ['-version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
  return `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, ${ffmpeg}`;
}

async function main(): Promise<void> {
  const config = parseConfig(process.argv.slice(2), process.env);
  const workDir = await mkdtemp(join(tmpdir(), 'psvis-bench-'));
  const aborts = new Set<() => Promise<void>>();
  let source: ChildRpc | undefined;
  const cleanup = async (): Promise<void> => {
    for (const abort of aborts) await abort().catch(() => undefined);
    await source?.stop();
    await rm(workDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log(machineLine());
    log(
      `settings: cameras ${config.cameraCounts.join(',')}, ${config.measuredSeconds} s measured after ${config.warmupSeconds} s warm-up, ` +
        `${config.segmentSeconds} s segments, sides ${config.sides.join(',')}`,
    );
    log('the source, psvis and ffmpeg share the machine: the source process competes with the recorders for the cores');
    const clipDir = join(workDir, 'clip');
    await mkdir(clipDir);
    log('encoding the source clip (1080p25 H.264, GOP 50, no B-frames) with ffmpeg');
    const clip = await makeSourceClip(clipDir);
    log(`source clip: ${clip.frames} frames, ${(clip.bitsPerSecond / 1e6).toFixed(2)} Mbit/s`);
    // Room for the largest N plus the sessions of a run still closing.
    const maxClients = 2 * Math.max(...config.cameraCounts);
    source = new ChildRpc('source', join(BENCH_DIR, 'source.ts'), [clip.fixturesDir, String(maxClients)]);
    await source.started();
    const url = await source.call<string>('url');
    log(
      `source (pid ${source.pid ?? '?'}) serving ${url}; frames sent = frames the source handed each RTSP session from its first keyframe`,
    );
    const results: RunResult[] = [];
    for (const cameras of config.cameraCounts) {
      for (const side of config.sides) {
        results.push(await runOnce(side, cameras, config, source, url, workDir, aborts));
      }
    }
    console.log(
      `\nrecording benchmark: ${config.measuredSeconds} s measured per run, source ${(clip.bitsPerSecond / 1e6).toFixed(2)} Mbit/s 1080p25 H.264 GOP 50\n`,
    );
    console.log(formatTable(results));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

main().catch((err: unknown) => {
  console.error('bench:record failed:', err);
  process.exitCode = 1;
});
