import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../test/support/databases.ts';
import type { Timeline } from './timeline.ts';
import { GOP_MS, WALL0, startDeliveryTestApp, type DeliveryTestApp } from './test-app.ts';

const iso = (ms: number) => new Date(WALL0 + ms).toISOString();

/** Runs a tool without blocking the event loop: the server under test lives in this process. */
function run(cmd: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = (err as { code?: unknown } | null)?.code;
      resolve({ status: err === null ? 0 : typeof code === 'number' ? code : 1, stdout, stderr });
    });
  });
}

describe.each(DATABASE_ENGINES)('recorded playback on %s', (engine) => {
  let s: DeliveryTestApp;
  beforeAll(async () => {
    s = await startDeliveryTestApp(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  const registerRows = async () =>
    s.delivery.db.selectFrom('access_register').selectAll().where('camera_id', '=', s.cameraId).orderBy('id').execute();

  it('timeline: adjacent files merge into spans; the gap shows its cause; holds are listed', async () => {
    const hold = await s.t.admin.post('/api/v1/holds', {
      cameraId: s.cameraId,
      from: iso(1_000),
      to: iso(3_000),
      kind: 'case',
      reference: '沈公刑案〔2026〕7号',
      reason: 'theft at the door',
    });
    expect(hold.status).toBe(201);
    const r = await s.admin.get<Timeline>(
      `/api/v1/cameras/${s.cameraId}/timeline?from=${iso(-60_000)}&to=${iso(60_000)}`,
    );
    expect(r.status).toBe(200);
    expect(r.body.spans.map((x) => [x.from, x.segments])).toEqual([
      [iso(0), 2],
      [iso(10_000), 1],
    ]);
    expect(Date.parse(r.body.spans[0]?.to ?? '')).toBeCloseTo(WALL0 + 8_000, -2);
    expect(r.body.gaps).toEqual([{ from: iso(8_000), to: iso(10_000), cause: 'offline' }]);
    expect(r.body.holds.map((h) => [h.kind, h.reference, h.released])).toEqual([
      ['case', '沈公刑案〔2026〕7号', false],
    ]);
  });

  it('recorded HLS: refuses playback without a purpose (PSVIS_ERR_PURPOSE_REQUIRED)', async () => {
    const r = await s.admin.request(
      'GET',
      `/api/v1/cameras/${s.cameraId}/recordings.m3u8?from=${iso(0)}&to=${iso(5_000)}`,
    );
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'PSVIS_ERR_PURPOSE_REQUIRED', details: { missing: ['purpose'] } });
  });

  it('recorded HLS: a VOD playlist of byte ranges that ffprobe and ffmpeg read without errors, with the range duration within one GOP', async () => {
    const before = (await registerRows()).length;
    const fromMs = 2_500;
    const toMs = 12_500;
    const path = `/api/v1/cameras/${s.cameraId}/recordings.m3u8?from=${iso(fromMs)}&to=${iso(toMs)}&purpose=${encodeURIComponent('核查盗窃案')}`;
    const res = await fetch(s.url + path, { headers: { cookie: s.admin.cookie ?? '' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/vnd.apple.mpegurl');
    const playlist = await res.text();
    const lines = playlist.split('\n');
    expect(lines.slice(0, 2)).toEqual(['#EXTM3U', '#EXT-X-VERSION:7']);
    expect(lines.filter((l) => l.startsWith('#EXT-X-MAP:URI="/api/v1/recordings/files/'))).toHaveLength(3);
    // Three files in range: a discontinuity before the 2nd and the 3rd (after the gap).
    expect(lines.filter((l) => l === '#EXT-X-DISCONTINUITY')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('#EXT-X-PROGRAM-DATE-TIME:'))).toEqual([
      `#EXT-X-PROGRAM-DATE-TIME:${iso(2_000)}`,
      `#EXT-X-PROGRAM-DATE-TIME:${iso(4_000)}`,
      `#EXT-X-PROGRAM-DATE-TIME:${iso(10_000)}`,
    ]);
    expect(lines.at(-2)).toBe('#EXT-X-ENDLIST');

    const url = s.url + path;
    const headers = `Cookie: ${s.admin.cookie ?? ''}\r\n`;
    const probe = await run('ffprobe', [
      '-v',
      'error',
      '-headers',
      headers,
      '-show_entries',
      'format=duration',
      '-of',
      'json',
      url,
    ]);
    expect(probe.stderr).toBe('');
    expect(probe.status).toBe(0);
    const durationS = Number((JSON.parse(probe.stdout) as { format: { duration: string } }).format.duration);
    // 10 s asked, 2 s of them in the gap; the start moves back to the keyframe (≤ one GOP).
    const recordedMs = 8_000;
    console.log(`recorded HLS: range with 8 s of footage, ffprobe duration ${durationS.toFixed(3)} s`);
    expect(Math.abs(durationS * 1000 - recordedMs)).toBeLessThanOrEqual(GOP_MS);
    const copy = await run('ffmpeg', ['-v', 'error', '-headers', headers, '-i', url, '-c', 'copy', '-f', 'null', '-']);
    expect(copy.stderr).toBe('');
    expect(copy.status).toBe(0);

    const rows = await registerRows();
    const playback = rows.filter((r) => r.action === 'playback');
    // ffprobe and ffmpeg fetched the playlist too: one row per playlist request, none per segment.
    expect(rows.length - before).toBe(3);
    expect(playback[0]).toMatchObject({
      actor_display_name: 'Administrator 管理员',
      range_from: iso(fromMs),
      range_to: iso(toMs),
      purpose: '核查盗窃案',
    });
    const events = await s.delivery.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'access.playback')
      .execute();
    expect(events.map((e) => (JSON.parse(e.details) as { registerId: string }).registerId)).toEqual(
      playback.map((p) => p.id),
    );
  });

  it('serves recorded files with HTTP Range: 206 with Content-Range, the exact bytes, 416 past the end', async () => {
    const seg = await s.delivery.db
      .selectFrom('recording_segments')
      .selectAll()
      .where('camera_id', '=', s.cameraId)
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    const file = readFileSync(join(s.delivery.recordingsDir, seg.path));
    const get = (range?: string) =>
      fetch(`${s.url}/api/v1/recordings/files/${seg.id}.mp4`, {
        headers: { cookie: s.admin.cookie ?? '', ...(range !== undefined ? { range } : {}) },
      });
    const part = await get('bytes=100-1099');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${file.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(file.subarray(100, 1100));
    const whole = await get();
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(file);
    const beyond = await get(`bytes=${file.length}-`);
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${file.length}`);
  });

  it('snapshot: a JPEG of the nearest keyframe, cached per (segment, fragment), registered', async () => {
    const path = `/api/v1/cameras/${s.cameraId}/snapshot.jpg?at=${iso(5_400)}`;
    const first = await fetch(s.url + path, { headers: { cookie: s.admin.cookie ?? '' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-psvis-frame-time')).toBe(iso(5_000));
    const jpeg = Buffer.from(await first.arrayBuffer());
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const probe = execFileSync(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'stream=codec_name,width,height', '-of', 'csv=p=0', '-i', 'pipe:0'],
      { input: jpeg },
    ).toString();
    expect(probe.trim()).toBe('mjpeg,320,240');
    const again = await fetch(s.url + path, { headers: { cookie: s.admin.cookie ?? '' } });
    expect(Buffer.from(await again.arrayBuffer())).toEqual(jpeg);
    const snaps = (await registerRows()).filter((r) => r.action === 'snapshot');
    expect(snaps).toHaveLength(2);
    expect(snaps[0]).toMatchObject({ range_from: iso(5_000) });
    const far = await s.admin.get(`/api/v1/cameras/${s.cameraId}/snapshot.jpg?at=${iso(3_600_000)}`);
    expect(far.status).toBe(404);
    expect(far.body['code']).toBe('PSVIS_ERR_NO_FOOTAGE');
  });

  it("answers 404 for every stream of a camera outside the caller's scope", async () => {
    const other = await s.outsider();
    const seg = await s.delivery.db
      .selectFrom('recording_segments')
      .select('id')
      .where('camera_id', '=', s.cameraId)
      .executeTakeFirstOrThrow();
    const q = `from=${iso(0)}&to=${iso(5_000)}&purpose=x`;
    for (const path of [
      `/api/v1/cameras/${s.cameraId}/timeline?${q}`,
      `/api/v1/cameras/${s.cameraId}/recordings.m3u8?${q}`,
      `/api/v1/recordings/files/${seg.id}.mp4`,
      `/api/v1/cameras/${s.cameraId}/snapshot.jpg?at=${iso(1_000)}`,
    ]) {
      const r = await other.get(path);
      expect([path, r.status, r.body['code']]).toEqual([path, 404, 'PSVIS_ERR_NOT_FOUND']);
    }
    const exp = await other.post('/api/v1/exports', {
      cameraId: s.cameraId,
      from: iso(0),
      to: iso(5_000),
      purpose: 'x',
      destination: 'y',
    });
    expect(exp.status).toBe(404);
  });
});
