// Real peers for RTSP tests: gstreamer's RTSP server as a camera, and ffmpeg/ffprobe as an
// RTSP client of psvis's own server.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./gst-rtsp-server.py', import.meta.url));
const READY_TIMEOUT_MS = 15_000;

/** A free TCP port on 127.0.0.1 (bound and released; the race is acceptable in tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** A running gstreamer RTSP server with /h264 and /h265 (each with PCMA audio). */
export interface GstRtspPeer {
  readonly port: number;
  /** rtsp://127.0.0.1:port/<path>, credentials not included. */
  url(path: 'h264' | 'h265'): string;
  stop(): Promise<void>;
}

/** Starts gst-rtsp-server.py on a free port; with credentials it requires Digest auth. */
export async function startGstRtspServer(credentials?: { username: string; password: string }): Promise<GstRtspPeer> {
  const port = await freePort();
  const args = [SCRIPT, String(port)];
  if (credentials !== undefined) args.push(credentials.username, credentials.password);
  const child: ChildProcess = spawn('/usr/bin/python3', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gst-rtsp-server did not start: ${stderr}`));
    }, READY_TIMEOUT_MS);
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gst-rtsp-server exited with ${String(code)}: ${stderr}`));
    });
  });
  return {
    port,
    url: (path) => `rtsp://127.0.0.1:${port}/${path}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        // Closing stdin asks the script to quit its main loop.
        child.stdin?.end();
      }),
  };
}

/** One stream as ffprobe reports it. */
export interface ProbedStream {
  readonly codec_name: string;
  readonly codec_type: string;
  readonly width?: number;
  readonly height?: number;
}

/** Runs ffprobe as an RTSP client and returns the streams it found. */
export function ffprobeRtsp(url: string, transport: 'tcp' | 'udp' = 'tcp'): Promise<ProbedStream[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'ffprobe',
      ['-v', 'error', '-rtsp_transport', transport, '-show_streams', '-of', 'json', url],
      { timeout: 20_000 },
      (err, stdout, stderr) => {
        if (err !== null) {
          reject(new Error(`ffprobe failed: ${err.message} ${stderr}`));
          return;
        }
        const parsed = JSON.parse(stdout) as { streams?: ProbedStream[] };
        resolve(parsed.streams ?? []);
      },
    );
  });
}

/** Runs ffmpeg as an RTSP client for `seconds` (copying to null) and returns video frames read. */
export function ffmpegReadRtsp(url: string, seconds: number, transport: 'tcp' | 'udp' = 'tcp'): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(
      'ffmpeg',
      [
        '-hide_banner',
        '-rtsp_transport',
        transport,
        '-i',
        url,
        '-t',
        String(seconds),
        '-map',
        '0:v',
        '-c',
        'copy',
        '-f',
        'null',
        '-',
      ],
      { timeout: (seconds + 20) * 1000 },
      (err, _stdout, stderr) => {
        if (err !== null) {
          reject(new Error(`ffmpeg failed: ${err.message} ${stderr.slice(-2000)}`));
          return;
        }
        const matches = [...stderr.matchAll(/frame=\s*(\d+)/g)];
        const last = matches[matches.length - 1];
        resolve(last === undefined ? 0 : Number(last[1]));
      },
    );
  });
}
