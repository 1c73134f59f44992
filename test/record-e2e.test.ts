import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { parseFragments, parseInitSegment } from '../src/media/fmp4/reader.ts';
import { verifyRecordings } from '../src/recording/verify.ts';
import { startGstRtspServer, type GstRtspPeer } from './peers/gst-rtsp.ts';
import { startTestPsvis, type TestPsvis } from './support/psvis.ts';

// Records from a third-party camera (gstreamer's RTSP server from Debian) through the whole of
// psvis — registry, ingest, hub, recorder — and checks the files with ffprobe.

const RECORD_MS = 13_000;
const FRAME_MS = 40;

interface Probe {
  streams: {
    codec_name: string;
    codec_type: string;
    width?: number;
    height?: number;
    nb_read_frames?: string;
    duration?: string;
  }[];
  format: { duration: string };
}

function probe(file: string): Probe {
  const out = execFileSync(
    'ffprobe',
    ['-v', 'error', '-count_frames', '-show_streams', '-show_format', '-of', 'json', file],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as Probe;
}

describe('recording a third-party RTSP camera end to end', () => {
  let gst: GstRtspPeer;
  let t: TestPsvis;
  const cams: Record<'h264' | 'h265', string> = { h264: '', h265: '' };
  let startedAt = 0;

  beforeAll(async () => {
    gst = await startGstRtspServer();
    t = await startTestPsvis('sqlite', { env: { PSVIS_RECORDING_SEGMENT_SECONDS: '5' } });
    const post = async (path: string, body: unknown) => {
      const r = await t.admin.post(path, body);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return String(r.body['id']);
    };
    const jur = await post('/api/v1/jurisdictions', { name: '沈阳市', level: 'city', profileId: 'liaoning-2008' });
    const org = await post('/api/v1/organizations', { name: '甲商场', kind: 'unit', jurisdictionId: jur });
    const site = await post('/api/v1/sites', {
      orgId: org,
      name: '一层',
      placeCategory: 'culture_sports_entertainment',
    });
    const system = await post('/api/v1/systems', {
      orgId: org,
      name: '系统',
      lifecycle: 'in_use',
      inUseAt: '2026-01-05',
    });
    startedAt = Date.now();
    let n = 1;
    for (const codec of ['h264', 'h265'] as const) {
      cams[codec] = await post('/api/v1/cameras', {
        systemId: system,
        siteId: site,
        name: codec,
        deviceId: `2101020000132000000${n++}`,
        locationCategory: 'entrance',
        mainStreamUrl: gst.url(codec),
      });
    }
  }, 60_000);
  afterAll(async () => {
    await gst.stop();
  });

  it('records H.264 and H.265 into files ffprobe reads with the codec, size and duration the index says', async () => {
    await new Promise((r) => setTimeout(r, RECORD_MS));
    for (const codec of ['h264', 'h265'] as const) {
      const status = await t.admin.get(`/api/v1/cameras/${cams[codec]}/status`);
      expect(status.status).toBe(200);
      expect(status.body).toMatchObject({ online: true });
    }
    const wallMs = Date.now() - startedAt;
    // close() seals the open files and extends the chains.
    await t.psvis.close();
    const database = openDatabase({ sqliteFile: join(t.db.dataDir, 'psvis.db') });
    try {
      for (const codec of ['h264', 'h265'] as const) {
        const rows = await database.db
          .selectFrom('recording_segments')
          .selectAll()
          .where('camera_id', '=', cams[codec])
          .orderBy('seq')
          .execute();
        const gaps = await database.db
          .selectFrom('recording_gaps')
          .selectAll()
          .where('camera_id', '=', cams[codec])
          .execute();
        expect(rows.length, codec).toBeGreaterThanOrEqual(2);
        let covered = 0;
        for (const row of rows) {
          const file = join(t.db.dataDir, 'recordings', row.path);
          const p = probe(file);
          const video = p.streams.find((s) => s.codec_type === 'video');
          expect(video?.codec_name).toBe(codec === 'h264' ? 'h264' : 'hevc');
          expect([video?.width, video?.height]).toEqual([320, 240]);
          // The row counts every sample (video and the camera's G.711 audio); ffprobe regroups PCM
          // audio into its own packets, so video frames are compared with ffprobe's count.
          const bytes = readFileSync(file);
          const init = parseInitSegment(bytes);
          const samples = parseFragments(bytes, init.trex).flatMap((f) => f.samples);
          expect(samples.length).toBe(row.frames);
          const videoTrack = init.tracks.find((tr) => tr.codec === 'h264' || tr.codec === 'h265');
          expect(samples.filter((s) => s.trackId === videoTrack?.trackId).length).toBe(Number(video?.nb_read_frames));
          // The index's duration is the video's: the audio track may run a packet longer.
          expect(
            Math.abs(Number(video?.duration) * 1000 - row.duration_ms),
            `${codec} ${row.path}`,
          ).toBeLessThanOrEqual(FRAME_MS);
          covered += row.duration_ms;
        }
        // Consecutive files meet (within a frame) unless a gap row explains the hole.
        for (let i = 1; i < rows.length; i++) {
          const hole = Date.parse(rows[i]?.start_time ?? '') - Date.parse(rows[i - 1]?.end_time ?? '');
          const explained = gaps.some(
            (g) => Date.parse(g.start_time) <= Date.parse(rows[i - 1]?.end_time ?? '') + FRAME_MS,
          );
          expect(hole <= 2 * FRAME_MS || explained, `${codec}: ${hole} ms between files ${i} and ${i + 1}`).toBe(true);
        }
        // The files cover the wall time, less the wait for the first keyframe (≤ one GOP, 1 s here)
        // and the connection set-up.
        const gapMs = gaps.reduce((sum, g) => sum + Date.parse(g.end_time) - Date.parse(g.start_time), 0);
        expect(covered + gapMs).toBeGreaterThan(wallMs - 3000);
        expect(covered).toBeLessThanOrEqual(wallMs + FRAME_MS);
      }
      const report = await verifyRecordings({ db: database.db, recordingsDir: join(t.db.dataDir, 'recordings') });
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
    } finally {
      await database.close();
      await t.db.cleanup();
    }
  }, 90_000);
});
