// The baseline of the recording benchmark: one ffmpeg process per camera copying RTSP into 10 s
// MP4 segments, the way Frigate and Shinobi record. CPU and RSS come from /proc, summed over the
// processes; frames on disk from ffprobe's packet count of every segment file.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ProcessSample } from './ipc.ts';
import { PROC_TICKS_PER_SECOND, readProc } from './proc.ts';

const execFileAsync = promisify(execFile);

/** How long ffmpeg has to exit at all (EOF, then SIGINT) before it is killed. */
export const FFMPEG_EXIT_TIMEOUT_MS = 20_000;
/** How long ffmpeg may take to exit after its source closed the connection before it gets SIGINT. */
export const FFMPEG_EOF_EXIT_MS = 10_000;
/** ffprobe processes run at once while counting frames (the machine has 2 cores). */
export const FFPROBE_PARALLELISM = 2;

/** The recorder command of one camera, as Frigate and Shinobi run it (issue 4). */
export function ffmpegRecordArgs(url: string, outDir: string, segmentSeconds: number): string[] {
  return [
    '-nostdin',
    '-hide_banner',
    '-loglevel',
    'error',
    '-rtsp_transport',
    'tcp',
    '-i',
    url,
    '-c',
    'copy',
    '-f',
    'segment',
    '-segment_time',
    String(segmentSeconds),
    '-reset_timestamps',
    '1',
    join(outDir, 'out%05d.mp4'),
  ];
}

/** Video packets in one media file, by ffprobe (each packet is one frame for H.264 copied from RTSP). */
export async function countPackets(file: string): Promise<number> {
  const { stdout } = await execFileAsync('ffprobe', [
    '-v',
    'error',
    '-count_packets',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=nb_read_packets',
    '-of',
    'csv=p=0',
    file,
  ]);
  return Number(stdout.trim().split('\n')[0] ?? 0);
}

/** The ffmpeg side's CPU and memory at one moment, summed over its processes. */
export interface FfmpegSample extends ProcessSample {
  readonly alive: number;
}

/** Frames on disk for one ffmpeg recorder. */
export interface FfmpegCameraResult {
  readonly framesOnDisk: number;
  readonly segments: number;
  readonly exitCode: number | null;
  /** The first line ffmpeg logged at level error, if any. */
  readonly firstError: string | undefined;
  /** Segment files ffprobe could not read. */
  readonly unreadable: number;
}

interface Recorder {
  readonly child: ChildProcess;
  readonly dir: string;
  readonly logFile: string;
  exited: Promise<number | null>;
}

/** N ffmpeg recorders of one URL: start(), sample() while they run, stop() and count. */
export class FfmpegRecorders {
  private readonly recorders: Recorder[] = [];

  constructor(
    private readonly url: string,
    private readonly cameras: number,
    private readonly dataDir: string,
    private readonly segmentSeconds: number,
  ) {}

  /** Spawns every recorder, each writing into its own folder. */
  async start(): Promise<void> {
    for (let i = 1; i <= this.cameras; i++) {
      const dir = join(this.dataDir, `cam${String(i).padStart(4, '0')}`);
      await mkdir(dir, { recursive: true });
      const logFile = join(dir, 'ffmpeg.log');
      const logFd = openSync(logFile, 'w');
      const child = spawn('ffmpeg', ffmpegRecordArgs(this.url, dir, this.segmentSeconds), {
        stdio: ['ignore', 'ignore', logFd],
      });
      closeSync(logFd);
      const exited = new Promise<number | null>((resolve) => {
        child.once('exit', (code) => {
          resolve(code);
        });
        child.once('error', () => {
          resolve(null);
        });
      });
      this.recorders.push({ child, dir, logFile, exited });
    }
  }

  /** Summed CPU time and RSS of the recorders still running. */
  async sample(): Promise<FfmpegSample> {
    const atMs = performance.now();
    const procs = await Promise.all(
      this.recorders.map((r) => (r.child.pid === undefined ? Promise.resolve(undefined) : readProc(r.child.pid))),
    );
    let cpuTicks = 0;
    let rssBytes = 0;
    let alive = 0;
    for (const p of procs) {
      if (p === undefined) continue;
      alive++;
      cpuTicks += p.cpuTicks;
      rssBytes += p.rssBytes;
    }
    return { atMs, cpuMicros: (cpuTicks * 1_000_000) / PROC_TICKS_PER_SECOND, rssBytes, alive };
  }

  /**
   * Waits for every recorder to exit once the source has closed its connection (ffmpeg reads end
   * of stream and closes its segment normally); SIGINT, then SIGKILL, for one that does not.
   * Signals alone do not do: ffmpeg 5.1 blocked reading a silent source ignores the first
   * SIGINT, and the second also interrupts the trailer's write ("Failure occurred when ending segment").
   */
  async waitForExit(): Promise<void> {
    const running = (): Recorder[] =>
      this.recorders.filter((r) => r.child.exitCode === null && r.child.signalCode === null);
    const interrupt = setTimeout(() => {
      for (const r of running()) r.child.kill('SIGINT');
    }, FFMPEG_EOF_EXIT_MS);
    const kill = setTimeout(() => {
      for (const r of running()) r.child.kill('SIGKILL');
    }, FFMPEG_EXIT_TIMEOUT_MS);
    await Promise.all(this.recorders.map((r) => r.exited));
    clearTimeout(interrupt);
    clearTimeout(kill);
  }

  /** Kills whatever still runs (the failure path). */
  kill(): void {
    for (const r of this.recorders)
      if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
  }

  /** Frames on disk per recorder: ffprobe's packet count summed over its segment files. */
  async count(): Promise<FfmpegCameraResult[]> {
    const results: FfmpegCameraResult[] = [];
    for (const r of this.recorders) {
      const files = (await readdir(r.dir)).filter((f) => f.endsWith('.mp4')).sort();
      let framesOnDisk = 0;
      let unreadable = 0;
      for (let i = 0; i < files.length; i += FFPROBE_PARALLELISM) {
        const counts = await Promise.all(
          files.slice(i, i + FFPROBE_PARALLELISM).map((f) => countPackets(join(r.dir, f)).catch(() => undefined)),
        );
        for (const c of counts) {
          if (c === undefined || !Number.isFinite(c)) unreadable++;
          else framesOnDisk += c;
        }
      }
      const log = await readFile(r.logFile, 'utf8').catch(() => '');
      // ffmpeg reports the SIGINT it was stopped with; that is the benchmark's doing, not an error.
      const firstError = log
        .split('\n')
        .find((line) => line.trim() !== '' && !/received signal|Exiting normally/i.test(line));
      results.push({ framesOnDisk, segments: files.length, exitCode: await r.exited, firstError, unreadable });
    }
    return results;
  }
}
