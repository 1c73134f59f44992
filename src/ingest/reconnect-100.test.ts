// Acceptance (issue 4): a camera that disconnects 100 times in a row is reconnected every time,
// each outage reaches the recorder's reader as offline → online (the recorder writes a gap row
// for it), and memory does not grow. The camera is a replayed clip behind psvis's own RTSP
// server, which drops every session after a few frames.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import type { HubItem } from '../hub/contracts.ts';
import { Hub } from '../hub/hub.ts';
import { RtspServer } from '../rtsp/server.ts';
import { RtspCameraSource } from './rtsp-source.ts';
import { ReplayCamera } from './test-replay-camera.ts';

const OUTAGES = 100;
const WARM_UP_OUTAGES = 10;
const FRAMES_PER_SESSION = 5;
/** Heap growth allowed between outage 10 and outage 100: well under one leaked session per outage. */
const MAX_HEAP_GROWTH_BYTES = 2 * 1024 * 1024;

// vitest's worker runs without --expose-gc; the flag can still be set and gc fetched at run time.
function gcFunction(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function heapAfterGc(gc: () => void): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

async function waitFor(what: string, cond: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

it('reconnects a camera that disconnects 100 times, each outage an offline/online pair, with flat memory', async () => {
  const gc = gcFunction();
  const server = new RtspServer();
  const camera = new ReplayCamera({
    codec: 'h264',
    frameIntervalMs: 2,
    framesPerSession: FRAMES_PER_SESSION,
    onSessionSent: () => {
      // Let the last frame reach the client, then drop the session as a flaky camera would.
      setTimeout(() => {
        server.removeStream('cam');
        server.setStream('cam', camera);
      }, 10);
    },
  });
  server.setStream('cam', camera);
  await server.start();

  const hub = new Hub({ cameraId: 'flaky', clock: systemClock });
  // The recorder's reader: it must see every outage, in order with the frames.
  const seen = { online: 0, offline: 0, frames: 0, keyframeAfterOnline: 0 };
  let afterOnline = false;
  const onItem = (item: HubItem): void => {
    if (item.kind === 'online') {
      seen.online++;
      afterOnline = true;
    } else if (item.kind === 'offline') {
      seen.offline++;
    } else if (item.kind === 'frame') {
      seen.frames++;
      if (afterOnline && item.frame.keyframe) seen.keyframeAfterOnline++;
      afterOnline = false;
    }
  };
  const reader = hub.addReader({
    name: 'recorder',
    policy: 'never-drop',
    onReadable: () => {
      queueMicrotask(() => {
        for (let item = reader.read(); item !== undefined; item = reader.read()) onItem(item);
      });
    },
  });
  const source = new RtspCameraSource({
    cameraId: 'flaky',
    url: `rtsp://127.0.0.1:${server.port}/cam`,
    hub,
    clock: systemClock,
    // A session that delivered frames counts as healthy at once: every retry waits the minimum.
    reconnect: { minDelayMs: 2, maxDelayMs: 10, jitterRatio: 0, healthyAfterMs: 0 },
  });
  const startedMs = Date.now();
  source.start();

  await waitFor('warm-up outages', () => source.status().sessions > WARM_UP_OUTAGES, 20_000);
  const heapWarm = heapAfterGc(gc);
  await waitFor('100 outages and the camera back', () => source.status().sessions > OUTAGES, 50_000);
  const status = source.status();
  const elapsedMs = Date.now() - startedMs;
  const heapEnd = heapAfterGc(gc);
  await source.close();
  await server.close();
  await new Promise((r) => setTimeout(r, 10));

  console.log(
    `${OUTAGES} outages in ${elapsedMs} ms; heap after outage ${WARM_UP_OUTAGES}: ${(heapWarm / 1e6).toFixed(2)} MB, ` +
      `after outage ${OUTAGES}: ${(heapEnd / 1e6).toFixed(2)} MB (growth ${((heapEnd - heapWarm) / 1024).toFixed(0)} KiB)`,
  );
  expect(status.reconnects).toBeGreaterThanOrEqual(OUTAGES);
  expect(status.sessions).toBe(OUTAGES + 1);
  expect(status.lastError?.code).toBe('PSVIS_ERR_RTSP_CONNECTION_LOST');
  // One online per session, one offline per outage plus the final stop.
  expect(seen.online).toBe(OUTAGES + 1);
  expect(seen.offline).toBe(OUTAGES + 1);
  // Every session restarts at a keyframe, and its frames got through.
  expect(seen.keyframeAfterOnline).toBe(OUTAGES + 1);
  expect(seen.frames).toBeGreaterThanOrEqual((OUTAGES + 1) * (FRAMES_PER_SESSION - 1));
  expect(reader.stats().overruns).toBe(0);
  expect(heapEnd - heapWarm).toBeLessThan(MAX_HEAP_GROWTH_BYTES);
}, 60_000);
