import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFragments, parseInitSegment } from '../../media/fmp4/reader.ts';
import { startTestPsvis } from '../../../test/support/psvis.ts';
import { seedUnit } from '../../../test/support/registry.ts';
import { CameraSimulator } from '../../camsim/simulator.ts';
import { openTestWebSocket, startLiveTestApp, type LiveTestApp } from './test-support.ts';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A camsim 720p H.264 + AAC camera through the whole of psvis: RTSP ingest → hub → live delivery.
describe('live delivery of a camsim 720p H.264 + AAC camera', () => {
  let a: LiveTestApp;
  beforeAll(async () => {
    a = await startLiveTestApp('720p-h264-aac');
  }, 60_000);
  afterAll(async () => {
    await a.close();
  });

  it('starts the first viewer of an unwatched camera at its next keyframe; from then on the GOP is cached', async () => {
    const hub = a.t.psvis.ingest.hubs.get(a.cameraId);
    // Nobody watched yet: the hub holds no GOP (LIVE_GOP_CACHE_IDLE_MS), only the recorder reads it.
    expect(hub?.stats().gopCacheFrames).toBe(0);
    const ws = await openTestWebSocket(a.url, `/api/v1/cameras/${a.cameraId}/live.ws`, a.admin.cookie);
    expect(ws.status).toBe(101);
    const deadline = Date.now() + 10_000;
    while (ws.messages.length < 3 && Date.now() < deadline) await sleep(50);
    const first = parseFragments(ws.messages[2]?.binary ?? new Uint8Array())[0];
    expect(first?.samples[0]).toMatchObject({ trackId: 1, keyframe: true });
    expect(hub?.stats().gopCacheFrames).toBeGreaterThan(0);
    ws.close();
    expect(await ws.closed).toBe(1000);
  });

  it('sends the codecs as JSON, then the init segment, then fragments from a keyframe, and registers the view', async () => {
    const ws = await openTestWebSocket(a.url, `/api/v1/cameras/${a.cameraId}/live.ws`, a.admin.cookie);
    expect(ws.status).toBe(101);
    await sleep(2_000);
    ws.close();
    expect(await ws.closed).toBe(1000);
    const [first, init, ...fragments] = ws.messages;
    const info = JSON.parse(first?.text ?? '{}') as { type: string; mimeType: string; omitted: unknown[] };
    expect(info).toMatchObject({ type: 'init', omitted: [] });
    // camsim's 720p clip is H.264 Main profile level 3.1 (profile_idc 0x4d, level_idc 0x1f).
    expect(info.mimeType).toBe('video/mp4; codecs="avc1.4d401f,mp4a.40.2"');
    expect(parseInitSegment(init?.binary ?? new Uint8Array()).tracks.map((t) => t.codec)).toEqual(['h264', 'aac']);
    // Two seconds at 25 fps plus ~16 kHz AAC frames, counting the GOP replayed from the cache (the
    // test before watched the camera within LIVE_GOP_CACHE_IDLE_MS).
    expect(fragments.length).toBeGreaterThan(50);
    const firstFragment = parseFragments(fragments[0]?.binary ?? new Uint8Array())[0];
    expect(firstFragment?.samples[0]).toMatchObject({ trackId: 1, keyframe: true });

    await sleep(300);
    const rows = await a.t.psvis.audit.db
      .selectFrom('access_register')
      .selectAll()
      .where('camera_id', '=', a.cameraId)
      .where('action', '=', 'view_live')
      .execute();
    const wsRow = rows.find((r) => r.details.includes('websocket'));
    expect(wsRow?.ended_at).not.toBeNull();
    const events = await a.t.psvis.audit.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('target_id', '=', a.cameraId)
      .where('action', 'like', 'access.view_live.%')
      .execute();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['access.view_live.start', 'access.view_live.stop']),
    );
    const stop = events.find((e) => e.action === 'access.view_live.stop');
    expect(JSON.parse(String(stop?.details))).toMatchObject({
      transport: 'websocket',
      bytes: expect.any(Number) as number,
    });
  });

  it('refuses a user outside the camera scope with 404, and an anonymous upgrade with 401', async () => {
    const outsider = await a.outsider();
    const ws = await openTestWebSocket(a.url, `/api/v1/cameras/${a.cameraId}/live.ws`, outsider.cookie);
    expect(ws.status).toBe(404);
    expect(JSON.parse(ws.body)).toMatchObject({ code: 'PSVIS_ERR_NOT_FOUND' });
    const anon = await openTestWebSocket(a.url, `/api/v1/cameras/${a.cameraId}/live.ws`, null);
    expect(anon.status).toBe(401);
    expect((await outsider.get(`/api/v1/cameras/${a.cameraId}/live.m3u8`)).status).toBe(404);
  });

  it('refuses ?stream=sub with 404 for a camera without a sub-stream URL', async () => {
    const sub = await openTestWebSocket(a.url, `/api/v1/cameras/${a.cameraId}/live.ws?stream=sub`, a.admin.cookie);
    expect(sub.status).toBe(404);
    expect(JSON.parse(sub.body)).toMatchObject({
      code: 'PSVIS_ERR_LIVE_SUBSTREAM',
      message: expect.stringContaining('no sub-stream URL') as string,
    });
  });

  it('serves live HLS that ffprobe and ffmpeg read with the session cookie', async () => {
    const playlistUrl = `${a.url}/api/v1/cameras/${a.cameraId}/live.m3u8`;
    const headers = `Cookie: ${a.admin.cookie ?? ''}\r\n`;
    const playlist = await fetch(playlistUrl, { headers: { cookie: a.admin.cookie ?? '' } });
    expect(playlist.status).toBe(200);
    const text = await playlist.text();
    expect(text).toMatch(/^#EXTM3U\n#EXT-X-VERSION:7\n/);
    expect(text).toMatch(/#EXT-X-MAP:URI="live\/init-1\.mp4"/);
    expect(text).toMatch(/#EXT-X-PROGRAM-DATE-TIME:/);
    const probe = await run('ffprobe', [
      '-v',
      'error',
      '-headers',
      headers,
      '-show_streams',
      '-of',
      'json',
      playlistUrl,
    ]);
    const streams = (JSON.parse(probe.stdout) as { streams: { codec_name: string; width?: number }[] }).streams;
    expect(streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264']);
    expect(streams.find((s) => s.codec_name === 'h264')?.width).toBe(1280);
    const copy = await run(
      'ffmpeg',
      ['-v', 'error', '-headers', headers, '-i', playlistUrl, '-t', '5', '-c', 'copy', '-f', 'null', '-'],
      {
        timeout: 30_000,
      },
    );
    expect(copy.stderr.trim()).toBe('');
    expect(a.live.hls.activeCameras).toEqual([a.cameraId]);
  }, 40_000);
});

// camsim's 'mixed' cameras: /cam/1 (1080p H.264 + G.711) as the main stream, /cam/2 (720p H.264 +
// AAC) as the sub-stream, so the picture size tells which hub a viewer was given.
describe('live delivery of a camera sub-stream', () => {
  let a: LiveTestApp;
  beforeAll(async () => {
    a = await startLiveTestApp('mixed', undefined, { subStream: true });
  }, 60_000);
  afterAll(async () => {
    await a.close();
  });

  async function initOf(query: string) {
    const ws = await openTestWebSocket(a.url, `/api/v1/cameras/${a.cameraId}/live.ws${query}`, a.admin.cookie);
    expect(ws.status).toBe(101);
    // The codecs and init segment come with the first keyframe (no GOP is cached for an unwatched camera).
    const deadline = Date.now() + 10_000;
    while (ws.messages.length < 2 && Date.now() < deadline) await sleep(50);
    ws.close();
    expect(await ws.closed).toBe(1000);
    const [first, init] = ws.messages;
    const info = JSON.parse(first?.text ?? '{}') as { type: string; mimeType: string };
    const video = parseInitSegment(init?.binary ?? new Uint8Array()).tracks.find((t) => t.codec === 'h264');
    return { info, video };
  }

  it('plays ?stream=sub from the 720p sub-stream hub and the main stream at 1080p', async () => {
    const sub = await initOf('?stream=sub');
    expect(sub.info).toMatchObject({ type: 'init', mimeType: 'video/mp4; codecs="avc1.4d401f,mp4a.40.2"' });
    expect(sub.video).toMatchObject({ width: 1280, height: 720 });
    const main = await initOf('');
    expect(main.video).toMatchObject({ width: 1920, height: 1080 });

    await sleep(300);
    const rows = await a.t.psvis.audit.db
      .selectFrom('access_register')
      .select('details')
      .where('camera_id', '=', a.cameraId)
      .where('action', '=', 'view_live')
      .execute();
    expect(rows.some((r) => r.details.includes('"stream":"sub"'))).toBe(true);
    // The sub-stream is for viewing: HLS stays on the main stream and says so.
    const hls = await a.admin.get(`/api/v1/cameras/${a.cameraId}/live.m3u8?stream=sub`);
    expect(hls.status).toBe(404);
    expect(hls.body).toMatchObject({ code: 'PSVIS_ERR_LIVE_SUBSTREAM' });
  });
});

// A stopping psvis must not wait on its viewers: the HTTP server's close waits for every socket,
// and an upgraded WebSocket stays open until someone closes it (seen: SIGTERM left the process up).
describe('closing psvis while a live viewer watches', () => {
  it('ends the viewer with "going away" and finishes closing', async () => {
    const sim = new CameraSimulator({ cameras: 1, port: 0, profile: '720p-h264-aac' });
    await sim.start();
    const t = await startTestPsvis('sqlite');
    try {
      const unit = await seedUnit(t.admin, [sim.url(1)]);
      const cameraId = unit.cameraIds[0] ?? '';
      const deadline = Date.now() + 20_000;
      while ((t.psvis.ingest.hubs.get(cameraId)?.stats().framesIn ?? 0) === 0 && Date.now() < deadline) {
        await sleep(100);
      }
      const ws = await openTestWebSocket(t.psvis.url(), `/api/v1/cameras/${cameraId}/live.ws`, t.admin.cookie);
      expect(ws.status).toBe(101);
      await sleep(1_000);
      const closing = t.close().then(() => 'closed' as const);
      const timeout = sleep(15_000).then(() => 'timed out' as const);
      expect(await Promise.race([closing, timeout])).toBe('closed');
      // 1001: going away (RFC 6455 §7.4.1).
      expect(await ws.closed).toBe(1001);
    } finally {
      await sim.close();
    }
  }, 60_000);
});
