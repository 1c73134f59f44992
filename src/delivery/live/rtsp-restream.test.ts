import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../clock.ts';
import { RtspRestream } from './rtsp-restream.ts';
import { startLiveTestApp, type LiveTestApp } from './test-support.ts';

const run = promisify(execFile);

interface Probe {
  streams: { codec_name: string; width?: number; sample_rate?: string }[];
}

// ffprobe (Debian) reads the restream of a camsim 720p H.264 + AAC camera pulled by psvis.
describe('the RTSP restream', () => {
  let a: LiveTestApp;
  let restream: RtspRestream;
  const passwords = new Map([['admin', 'rtsp-secret-1']]);
  beforeAll(async () => {
    a = await startLiveTestApp('720p-h264-aac');
    const identity = a.t.psvis.identity;
    restream = new RtspRestream({
      hubs: a.t.psvis.ingest.hubs,
      clock: systemClock,
      register: a.register,
      port: 0,
      host: '127.0.0.1',
      auth: {
        realm: 'psvis',
        digestPasswordFor: (u) => Promise.resolve(passwords.get(u)),
        canView: async (u, cameraId) => {
          try {
            await a.t.psvis.registry.getCamera(await identity.actorFor(u), cameraId);
            return true;
          } catch {
            return false;
          }
        },
        actorFor: (u) => identity.actorFor(u),
      },
    });
    await restream.start();
  }, 60_000);
  afterAll(async () => {
    await restream.close();
    await a.close();
  });

  const url = (auth: string, cameraId = a.cameraId) => `rtsp://${auth}@127.0.0.1:${restream.port}/cameras/${cameraId}`;

  it('serves the camera to ffprobe with user:password (Digest) and registers the session', async () => {
    const { stdout } = await run(
      'ffprobe',
      ['-v', 'error', '-show_streams', '-of', 'json', url('admin:rtsp-secret-1')],
      {
        timeout: 20_000,
      },
    );
    const streams = (JSON.parse(stdout) as Probe).streams;
    expect(streams.map((s) => s.codec_name)).toEqual(['h264', 'aac']);
    expect(streams[0]?.width).toBe(1280);
    await new Promise((r) => setTimeout(r, 300));
    const rows = await a.t.psvis.audit.db
      .selectFrom('access_register')
      .selectAll()
      .where('camera_id', '=', a.cameraId)
      .execute();
    const rtsp = rows.filter((r) => r.details.includes('rtsp'));
    expect(rtsp.length).toBeGreaterThanOrEqual(1);
    expect(rtsp.every((r) => r.ended_at !== null)).toBe(true);
  }, 30_000);

  it('streams seconds of video that ffmpeg decodes without an error (frames are released once packetized)', async () => {
    // The restream copies each frame into RTP packets and releases it, so the camera's frame
    // memory is reused meanwhile: a release too early would show here as corrupt pictures.
    const { stdout, stderr } = await run(
      'ffmpeg',
      [
        ...['-v', 'error', '-rtsp_transport', 'tcp', '-i', url('admin:rtsp-secret-1')],
        ...['-t', '3', '-map', '0:v', '-f', 'framemd5', '-'],
      ],
      { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
    ).then(
      (r) => r,
      (err: unknown) => err as { stdout: string; stderr: string },
    );
    expect(stderr.trim()).toBe('');
    // One framemd5 line per decoded picture: 3 s of camsim's 25 fps.
    const pictures = stdout.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(pictures.length).toBeGreaterThanOrEqual(70);
  }, 40_000);

  it('refuses a wrong password with 401 and an unknown camera with 404', async () => {
    const wrong = await run('ffprobe', ['-v', 'error', url('admin:wrong')], { timeout: 20_000 }).catch(
      (err: unknown) => err as { stderr: string },
    );
    expect(wrong.stderr).toMatch(/401|Unauthorized/);
    const missing = await run('ffprobe', ['-v', 'error', url('admin:rtsp-secret-1', 'no-such-camera')], {
      timeout: 20_000,
    }).catch((err: unknown) => err as { stderr: string });
    expect(missing.stderr).toMatch(/404|Not Found/);
  }, 30_000);
});
