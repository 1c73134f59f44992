// RtspCameraSource against gstreamer's RTSP server (a third-party camera) and against servers the
// test controls, which drop the session or go away and come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { Hub } from '../hub/hub.ts';
import type { HubItem, HubReader } from '../hub/contracts.ts';
import { isH264KeyNal, isH265KeyNal } from '../media/nal-types.ts';
import type { MediaFrame } from '../media/types.ts';
import { RtspServer } from '../rtsp/server.ts';
import { startGstRtspServer, type GstRtspPeer } from '../../test/peers/gst-rtsp.ts';
import { RtspCameraSource } from './rtsp-source.ts';
import { ReplayCamera } from './test-replay-camera.ts';

const FAST_RECONNECT = { minDelayMs: 20, maxDelayMs: 100, jitterRatio: 0 };

function drain(reader: HubReader, into: HubItem[]): void {
  for (let item = reader.read(); item !== undefined; item = reader.read()) into.push(item);
}

async function waitFor(what: string, cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function videoFrames(items: readonly HubItem[]): MediaFrame[] {
  return items.flatMap((i) =>
    i.kind === 'frame' && (i.frame.codec === 'h264' || i.frame.codec === 'h265') ? [i.frame] : [],
  );
}

describe('RtspCameraSource pulling gstreamer rtsp-server', () => {
  let peer: GstRtspPeer;
  beforeAll(async () => {
    peer = await startGstRtspServer();
  });
  afterAll(async () => {
    await peer.stop();
  });

  for (const codec of ['h264', 'h265'] as const) {
    it(`publishes ${codec} frames with correct keyframe flags after tracks with 320x240 and PCMA`, async () => {
      const hub = new Hub({ cameraId: `gst-${codec}`, clock: systemClock });
      const reader = hub.addReader({ name: 'recorder', policy: 'never-drop' });
      const source = new RtspCameraSource({ cameraId: `gst-${codec}`, url: peer.url(codec), hub, clock: systemClock });
      const items: HubItem[] = [];
      source.start();
      await waitFor('two keyframes', () => {
        drain(reader, items);
        return videoFrames(items).filter((f) => f.keyframe).length >= 2;
      });
      const status = source.status();
      await source.close();
      drain(reader, items);

      const firstFrame = items.findIndex((i) => i.kind === 'frame');
      const tracksItem = items.find((i) => i.kind === 'tracks');
      expect(items.findIndex((i) => i.kind === 'tracks')).toBeLessThan(firstFrame);
      expect(tracksItem?.kind === 'tracks' ? tracksItem.tracks : []).toMatchObject([
        { codec, clockRate: 90000, width: 320, height: 240, parameterSets: expect.any(Array) as unknown },
        { codec: 'pcma', clockRate: 8000 },
      ]);
      const video = videoFrames(items);
      const isKey = codec === 'h264' ? isH264KeyNal : isH265KeyNal;
      // The flag says what the NAL units say: IDR (H.264) or IRAP (H.265) pictures only.
      for (const f of video) expect(f.keyframe).toBe(f.units.some(isKey));
      expect(video.length).toBeGreaterThan(25);
      expect(items.some((i) => i.kind === 'frame' && i.frame.codec === 'pcma')).toBe(true);
      expect(status).toMatchObject({ online: true, reconnects: 0, sessions: 1, packetsLost: 0 });
      expect(status.framesIn).toBeGreaterThan(25);
      expect(status.tracks[0]).toMatchObject({ codec, width: 320, height: 240, parameterSets: true });
      expect(items.at(-1)).toMatchObject({ kind: 'offline', reason: 'ingest stopped' });
      expect(hub.stats().online).toBe(false);
    });
  }
});

describe('RtspCameraSource reconnecting to a server the test controls', () => {
  it('learns SPS/PPS in-band when the SDP has none, before the first keyframe is published', async () => {
    const camera = new ReplayCamera({ codec: 'h264', frameIntervalMs: 5 });
    const server = new RtspServer();
    server.setStream('cam', camera);
    await server.start();
    const hub = new Hub({ cameraId: 'inband', clock: systemClock });
    const reader = hub.addReader({ name: 'recorder', policy: 'never-drop' });
    const source = new RtspCameraSource({
      cameraId: 'inband',
      url: `rtsp://127.0.0.1:${server.port}/cam`,
      hub,
      clock: systemClock,
    });
    const items: HubItem[] = [];
    source.start();
    await waitFor('10 frames', () => {
      drain(reader, items);
      return videoFrames(items).length >= 10;
    });
    await source.close();
    await server.close();
    expect(items[0]).toMatchObject({ kind: 'tracks', tracks: [{ codec: 'h264', width: 1280, height: 720 }] });
    expect(items.filter((i) => i.kind === 'frame')[0]).toMatchObject({ frame: { keyframe: true } });
  });

  it('reconnects when the server drops the session, and shows the outage as offline/online', async () => {
    const server = new RtspServer();
    let drops = 0;
    const camera = new ReplayCamera({
      codec: 'h265',
      frameIntervalMs: 5,
      framesPerSession: 10,
      onSessionSent: () => {
        if (drops >= 1) return;
        drops++;
        setTimeout(() => {
          server.removeStream('cam');
          server.setStream('cam', camera);
        }, 30);
      },
    });
    server.setStream('cam', camera);
    await server.start();
    const hub = new Hub({ cameraId: 'drop', clock: systemClock });
    const transitions: string[] = [];
    hub.on('online', () => transitions.push('online'));
    hub.on('offline', (reason) => transitions.push(`offline ${reason.split(':')[0] ?? ''}`));
    const source = new RtspCameraSource({
      cameraId: 'drop',
      url: `rtsp://127.0.0.1:${server.port}/cam`,
      hub,
      clock: systemClock,
      reconnect: FAST_RECONNECT,
    });
    source.start();
    await waitFor('second session online', () => source.status().sessions === 2 && source.status().online);
    const status = source.status();
    await source.close();
    await server.close();
    expect(transitions).toEqual([
      'online',
      'offline PSVIS_ERR_RTSP_CONNECTION_LOST',
      'online',
      'offline ingest stopped',
    ]);
    expect(status).toMatchObject({ reconnects: 1, lastError: { code: 'PSVIS_ERR_RTSP_CONNECTION_LOST' } });
    expect(camera.sessions).toBe(2);
  });

  it('keeps retrying while the server is gone and resumes when it is back on the same port', async () => {
    const camera = new ReplayCamera({ codec: 'h264', frameIntervalMs: 5 });
    const first = new RtspServer();
    first.setStream('cam', camera);
    await first.start();
    const port = first.port;
    const hub = new Hub({ cameraId: 'away', clock: systemClock });
    const source = new RtspCameraSource({
      cameraId: 'away',
      url: `rtsp://127.0.0.1:${port}/cam`,
      hub,
      clock: systemClock,
      reconnect: FAST_RECONNECT,
    });
    source.start();
    await waitFor('online', () => source.status().online);
    await first.close();
    await waitFor('three failed attempts', () => source.status().reconnects >= 3);
    const away = source.status();
    const second = new RtspServer({ port });
    second.setStream('cam', camera);
    await second.start();
    await waitFor('back online', () => source.status().online);
    const back = source.status();
    await source.close();
    await second.close();
    expect(away.online).toBe(false);
    expect(hub.stats().offlineReason).toBe('ingest stopped');
    expect(away.lastError?.code).toMatch(/^PSVIS_ERR_RTSP_(CONNECTION_LOST|CONNECT_TIMEOUT)$/);
    expect(back).toMatchObject({ online: true, sessions: 2 });
    expect(back.framesIn).toBeGreaterThan(away.framesIn);
  });
});
