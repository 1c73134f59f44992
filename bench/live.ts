// Live MSE benchmark (`npx tsx bench/live.ts`): one 1080p25 H.264 camera's hub, 1, 10 and 50
// WebSocket viewers in a child process. Prints per viewer count: the delay from a frame arriving at
// the hub to its fragment being written to each socket (server side, precise) and to its arrival
// at the client (across the loopback), median and p99, and the server's CPU and memory per viewer.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { systemClock } from '../src/clock.ts';
import { LiveDelivery, type LiveViewRegister } from '../src/delivery/live/live-delivery.ts';
import { openTestWebSocket } from '../src/delivery/live/test-support.ts';
import { Hub } from '../src/hub/hub.ts';
import type { Actor } from '../src/identity/scope.ts';
import type { MediaFrame } from '../src/media/types.ts';
import { encodeTestH264, h264Frames } from '../src/recording/test-media.ts';

const VIEWER_COUNTS = [1, 10, 50];
const MEASURE_MS = 8_000;
const FRAME_MS = 40;
/** A NAL unit (type 12, filler) whose last 8 bytes carry the publish time, so clients can time it. */
const STAMP_NAL_BYTES = 9;

const wallMs = (): number => performance.timeOrigin + performance.now();

/** A full GC before each memory reading, without asking the user for --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

async function clients(url: string, viewers: number, durationMs: number): Promise<void> {
  const delays: number[] = [];
  // The GOP replayed at join is old by design; live delivery is measured once it has been sent.
  let measuring = false;
  const sockets = await Promise.all(
    Array.from({ length: viewers }, () =>
      openTestWebSocket(
        url,
        '/api/v1/cameras/bench/live.ws',
        null,
        (m) => {
          const b = m.binary;
          if (b === undefined || b.length < 100) return;
          const sent = new DataView(b.buffer, b.byteOffset + b.length - 8, 8).getFloat64(0);
          // Frames replayed from the GOP cache at join are not live deliveries.
          const delay = wallMs() - sent;
          if (measuring) delays.push(delay);
        },
        false,
      ),
    ),
  );
  await new Promise((r) => setTimeout(r, 1500));
  measuring = true;
  process.send?.({ ready: true });
  await new Promise((r) => setTimeout(r, durationMs));
  for (const s of sockets) s.close();
  await Promise.all(sockets.map((s) => s.closed));
  delays.sort((x, y) => x - y);
  process.send?.({ median: percentile(delays, 0.5), p99: percentile(delays, 0.99), samples: delays.length });
}

async function main(): Promise<void> {
  console.log('encoding 10 s of 1080p25 H.264 with ffmpeg (1 s GOP)...');
  const media = h264Frames(encodeTestH264({ seconds: 10, gop: 25, width: 1920, height: 1080 }));
  const hub = new Hub({ cameraId: 'bench', clock: systemClock });
  hub.setTracks([media.track]);
  const register: LiveViewRegister = {
    startView: () => Promise.resolve('bench'),
    endView: () => Promise.resolve(),
  };
  let publishStart = 0;
  const writeDelays: number[] = [];
  const live = new LiveDelivery({
    hubs: { get: (id) => (id === 'bench' ? hub : undefined) },
    clock: systemClock,
    register,
    onFragmentSent: () => {
      writeDelays.push(performance.now() - publishStart);
    },
  });
  await live.start();
  const actor = { userId: 'bench', orgId: 'bench', role: 'admin', displayName: 'bench' } as unknown as Actor;
  const server = createServer();
  server.on('upgrade', (req, socket, head) => {
    void live.openWebSocket(actor, 'bench', 'main', req, socket, head);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;

  let n = 0;
  let pts = 0;
  const ticker = setInterval(() => {
    const base = media.frames[n % media.frames.length] as MediaFrame;
    n++;
    pts += 3600;
    const stamp = new Uint8Array(STAMP_NAL_BYTES);
    stamp[0] = 12;
    publishStart = performance.now();
    new DataView(stamp.buffer).setFloat64(1, wallMs());
    hub.publish({ ...base, pts, dts: pts, units: [...base.units, stamp] });
  }, FRAME_MS);

  const rows: string[] = [];
  for (const viewers of VIEWER_COUNTS) {
    await new Promise((r) => setTimeout(r, 500));
    collectGarbage();
    const memBefore = process.memoryUsage();
    const child = fork(fileURLToPath(import.meta.url), ['--clients', url, String(viewers), String(MEASURE_MS)], {
      execArgv: process.execArgv,
    });
    const result = new Promise<{ median: number; p99: number; samples: number }>((resolve) => {
      child.on('message', (m: { ready?: boolean; median?: number; p99?: number; samples?: number }) => {
        if (m.ready === true) {
          writeDelays.length = 0;
          cpuStart = process.cpuUsage();
          tStart = performance.now();
          sampler = setInterval(() => {
            memSamples.push(process.memoryUsage());
          }, 1000);
        } else resolve({ median: m.median ?? Number.NaN, p99: m.p99 ?? Number.NaN, samples: m.samples ?? 0 });
      });
    });
    let cpuStart = process.cpuUsage();
    let tStart = performance.now();
    const memSamples: NodeJS.MemoryUsage[] = [];
    let sampler: NodeJS.Timeout | undefined;
    const client = await result;
    clearInterval(sampler);
    const cpu = process.cpuUsage(cpuStart);
    const elapsedMs = performance.now() - tStart;
    const cpuPct = ((cpu.user + cpu.system) / 1000 / elapsedMs) * 100;
    const mean = (f: (m: NodeJS.MemoryUsage) => number) =>
      memSamples.reduce((sum, m) => sum + f(m), 0) / Math.max(1, memSamples.length);
    const rssPerViewerKiB = (mean((m) => m.rss) - memBefore.rss) / 1024 / viewers;
    const heapPerViewerKiB =
      (mean((m) => m.heapUsed + m.external) - memBefore.heapUsed - memBefore.external) / 1024 / viewers;
    const sorted = [...writeDelays].sort((x, y) => x - y);
    rows.push(
      [
        String(viewers).padStart(7),
        `${percentile(sorted, 0.5).toFixed(3)} / ${percentile(sorted, 0.99).toFixed(3)}`.padStart(20),
        `${client.median.toFixed(2)} / ${client.p99.toFixed(2)}`.padStart(20),
        `${cpuPct.toFixed(1)}%`.padStart(9),
        `${(cpuPct / viewers).toFixed(2)}%`.padStart(11),
        `${rssPerViewerKiB.toFixed(0)} / ${heapPerViewerKiB.toFixed(0)}`.padStart(22),
      ].join(' '),
    );
  }
  clearInterval(ticker);
  await live.close();
  server.close();
  hub.close();
  console.log(
    `live MSE over WebSocket: one 1080p25 H.264 camera (~${((media.frames.reduce((s, f) => s + f.units.reduce((t, u) => t + u.length, 0), 0) * 8) / 10 / 1e6).toFixed(1)} Mbit/s), ${MEASURE_MS / 1000} s per run, node ${process.version}`,
  );
  console.log(
    'viewers  hub→socket write ms     hub→client recv ms  server CPU  CPU/viewer  RSS / heap+external KiB per viewer',
  );
  console.log('           (median / p99)          (median / p99)');
  for (const r of rows) console.log(r);
}

if (process.argv[2] === '--clients') {
  await clients(process.argv[3] ?? '', Number(process.argv[4]), Number(process.argv[5]));
  process.exit(0);
} else {
  await main();
  // The recorded-playback figures of the same issue: time to first byte of a playlist and of its
  // first segment for a range 29 days back in a 30-day index.
  await import('./playback.ts');
}
