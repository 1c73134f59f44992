// The camera simulator against real clients: ffprobe and ffmpeg 5.1, and psvis's RtspClient
// where packet arrival times matter.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffprobeRtsp } from '../../test/peers/gst-rtsp.ts';
import { parseRtpPacket } from '../media/rtp.ts';
import type { PsvisError } from '../errors/psvis-error.ts';
import { RtspClient } from '../rtsp/client.ts';
import { loadClipLibrary, type ClipLibrary } from './clips.ts';
import { parseFault, type Fault } from './faults.ts';
import { CameraSimulator } from './simulator.ts';

let library: ClipLibrary;
let dir: string;
const running: CameraSimulator[] = [];

beforeAll(async () => {
  library = await loadClipLibrary();
  dir = await mkdtemp(join(tmpdir(), 'psvis-camsim-'));
});

afterAll(async () => {
  await Promise.all(running.map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

async function simulator(cameras: number, profile?: string, faults: Fault[] = []): Promise<CameraSimulator> {
  const sim = new CameraSimulator({ cameras, library, faults, ...(profile === undefined ? {} : { profile }) });
  running.push(sim);
  await sim.start();
  return sim;
}

function run(cmd: string, args: string[], timeoutMs = 25_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err !== null) reject(new Error(`${cmd} failed: ${err.message}\n${stderr.slice(-2000)}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Packets of a recorded file per stream: [stream index, dts seconds][]. */
async function packetDts(file: string): Promise<[number, number][]> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'packet=stream_index,dts_time',
    '-of',
    'csv=p=0',
    file,
  ]);
  return stdout
    .trim()
    .split('\n')
    .map((line) => line.split(',').map(Number) as [number, number]);
}

/** Plays a camera with RtspClient and records when each video RTP packet arrived. */
async function watch(url: string, ms: number): Promise<{ arrivalsMs: number[]; frames: number; closed: PsvisError[] }> {
  const client = new RtspClient({ url, mediaKinds: ['video'] });
  const arrivalsMs: number[] = [];
  const closed: PsvisError[] = [];
  let frames = 0;
  client.on('rtp', (_track, packet) => {
    arrivalsMs.push(performance.now());
    if (parseRtpPacket(packet).marker) frames++;
  });
  client.on('close', (reason) => closed.push(reason));
  await client.start();
  await new Promise((r) => setTimeout(r, ms));
  await client.close();
  return { arrivalsMs, frames, closed };
}

function largestGapMs(arrivalsMs: readonly number[]): number {
  let gap = 0;
  for (let i = 1; i < arrivalsMs.length; i++) gap = Math.max(gap, (arrivalsMs[i] ?? 0) - (arrivalsMs[i - 1] ?? 0));
  return gap;
}

describe('CameraSimulator with ffprobe and ffmpeg', () => {
  it('serves /cam/1 as H.264 1080p + PCMA, /cam/2 as H.264 720p + AAC, /cam/3 as H.265 720p', async () => {
    const sim = await simulator(3);
    const streams = await Promise.all([1, 2, 3].map((n) => ffprobeRtsp(sim.url(n))));
    expect(streams.map((s) => s.map((x) => [x.codec_name, x.width, x.height]))).toEqual([
      [
        ['h264', 1920, 1080],
        ['pcm_alaw', undefined, undefined],
      ],
      [
        ['h264', 1280, 720],
        ['aac', undefined, undefined],
      ],
      [['hevc', 1280, 720]],
    ]);
  });

  it('ffmpeg records 6 s across the 4 s clip boundary with no timestamp going backwards', async () => {
    const sim = await simulator(1);
    const file = join(dir, 'loop.mkv');
    await run('ffmpeg', [
      '-hide_banner',
      '-rtsp_transport',
      'tcp',
      '-i',
      sim.url(1),
      '-t',
      '6',
      '-c',
      'copy',
      '-y',
      file,
    ]);
    const packets = await packetDts(file);
    for (const stream of [0, 1]) {
      const dts = packets.filter(([s]) => s === stream).map(([, t]) => t);
      expect(dts.length).toBeGreaterThan(stream === 0 ? 90 : 100);
      const backwards = dts.filter((t, i) => i > 0 && t < (dts[i - 1] ?? 0));
      expect(backwards).toEqual([]);
    }
    // No video frame missing inside the recording: frames = span / 40 ms + 1.
    const video = packets.filter(([s]) => s === 0).map(([, t]) => t);
    const spanS = (video.at(-1) ?? 0) - (video[0] ?? 0);
    expect(video.length).toBe(Math.round(spanS * 25) + 1);
  });

  it('sends 25 frames per second of wall time, within a few percent', async () => {
    const sim = await simulator(1, '720p-h265');
    const { frames } = await watch(sim.url(1), 5000);
    expect(frames).toBeGreaterThanOrEqual(121);
    expect(frames).toBeLessThanOrEqual(129);
  });

  it('a resolution change is seen by ffprobe: 1920x1080 and 1280x720 pictures in one recording', async () => {
    const sim = await simulator(1, '1080p-h264', [parseFault('resolution:3')]);
    const file = join(dir, 'switch.h264');
    await run('ffmpeg', [
      '-hide_banner',
      '-rtsp_transport',
      'tcp',
      '-i',
      sim.url(1),
      '-t',
      '7',
      '-c',
      'copy',
      '-f',
      'h264',
      '-y',
      file,
    ]);
    const { stdout } = await run('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'frame=width,height',
      '-of',
      'csv=p=0',
      file,
    ]);
    // Side-data rows and trailing fields come along in csv; keep width,height pairs only.
    const sizes = new Set(
      stdout
        .trim()
        .split('\n')
        .map((row) => row.split(',').slice(0, 2).join(','))
        .filter((size) => /^\d+,\d+$/.test(size)),
    );
    expect(sizes).toEqual(new Set(['1920,1080', '1280,720']));
    expect(sim.camera(1).stats.resolutionSwitches).toBeGreaterThanOrEqual(2);
  });

  it('garbage in the stream does not crash the server; ffmpeg keeps decoding and a new client is served', async () => {
    const sim = await simulator(1, '720p-h264-aac', [parseFault('garbage:1')]);
    const { stdout } = await run('ffmpeg', [
      '-hide_banner',
      '-rtsp_transport',
      'tcp',
      '-i',
      sim.url(1),
      '-t',
      '6',
      '-map',
      '0:v',
      '-progress',
      'pipe:1',
      '-f',
      'null',
      '-',
    ]);
    const frames = Number([...stdout.matchAll(/^frame=(\d+)$/gm)].at(-1)?.[1]);
    // The decoder starts at the first IDR (up to 2 s in), then decodes through every burst.
    expect(frames).toBeGreaterThanOrEqual(90);
    expect(sim.camera(1).stats.garbagePackets).toBeGreaterThanOrEqual(16);
    const again = await ffprobeRtsp(sim.url(1));
    expect(again.map((s) => s.codec_name)).toEqual(['h264', 'aac']);
  });
});

describe('CameraSimulator faults seen by an RTSP client', () => {
  it('a drop fault closes the connection, and the camera is served again afterwards', async () => {
    const sim = await simulator(1, '720p-h265', [parseFault('drop:2')]);
    const first = await watch(sim.url(1), 2600);
    expect(first.closed.map((c) => c.code)).toEqual(['PSVIS_ERR_RTSP_CONNECTION_LOST']);
    const second = await watch(sim.url(1), 500);
    expect(second.frames).toBeGreaterThan(5);
  });

  it('a stall sends no packets for the stall time and keeps the connection open', async () => {
    const sim = await simulator(1, '720p-h265');
    const client = watch(sim.url(1), 4500);
    await new Promise((r) => setTimeout(r, 1000));
    sim.camera(1).stall(2000);
    const { arrivalsMs, closed } = await client;
    const gap = largestGapMs(arrivalsMs);
    expect(gap).toBeGreaterThanOrEqual(1950);
    expect(gap).toBeLessThan(2000 + 2100); // resumes on the next keyframe, at most one GOP later
    expect(closed.map((c) => c.code)).toEqual(['PSVIS_ERR_RTSP_CLOSED']);
  });

  it('setFaults changes a running camera: a drop fault added at run time closes the client', async () => {
    const sim = await simulator(2, '720p-h265');
    const watching = watch(sim.url(2), 2000);
    await new Promise((r) => setTimeout(r, 300));
    sim.setFaults(2, [parseFault('drop:1')]);
    const { closed } = await watching;
    expect(closed.map((c) => c.code)).toEqual(['PSVIS_ERR_RTSP_CONNECTION_LOST']);
    expect(sim.camera(1).stats.drops).toBe(0);
  });
});
