import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { parseFragments, parseInitSegment } from '../src/media/fmp4/reader.ts';
import { verifyRecordings } from '../src/recording/verify.ts';
import { CameraSimulator } from '../src/camsim/simulator.ts';
import { startGstRtspServer } from './peers/gst-rtsp.ts';
import { startTestPsvis, type TestPsvis } from './support/psvis.ts';
import { seedUnit } from './support/registry.ts';

// Records from a third-party camera (gstreamer's RTSP server from Debian) and from psvis's own
// camera simulator through the whole of psvis — registry, ingest, hub, recorder — and checks the
// files with ffprobe.

interface Source {
  name: string;
  /** Camera URL, expected ffprobe codec name and picture size. */
  cameras: { url: string; codec: 'h264' | 'hevc'; width: number; height: number }[];
  stop(): Promise<void>;
}

async function gstreamerSource(): Promise<Source> {
  const gst = await startGstRtspServer();
  return {
    name: "gstreamer's RTSP server",
    cameras: [
      { url: gst.url('h264'), codec: 'h264', width: 320, height: 240 },
      { url: gst.url('h265'), codec: 'hevc', width: 320, height: 240 },
    ],
    stop: () => gst.stop(),
  };
}

async function camsimSource(): Promise<Source> {
  // mixed: 1080p H.264 + G.711, 720p H.264 + AAC, 720p H.265.
  const sim = new CameraSimulator({ cameras: 3, port: 0, profile: 'mixed' });
  await sim.start();
  return {
    name: 'psvis camsim',
    cameras: [
      { url: sim.url(1), codec: 'h264', width: 1920, height: 1080 },
      { url: sim.url(2), codec: 'h264', width: 1280, height: 720 },
      { url: sim.url(3), codec: 'hevc', width: 1280, height: 720 },
    ],
    stop: () => sim.close(),
  };
}

const RECORD_MS = 13_000;
const FRAME_MS = 40;
const WALL_JOIN_MS = 250;

interface Probe {
  streams: {
    codec_name: string;
    codec_type: string;
    width?: number;
    height?: number;
    nb_read_frames?: string;
    duration?: string;
  }[];
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

describe.each([
  ['gstreamer', gstreamerSource],
  ['camsim', camsimSource],
] as const)('recording from %s end to end', (_name, makeSource) => {
  let source: Source;
  let t: TestPsvis;
  const cameraIds: string[] = [];
  let startedAt = 0;

  beforeAll(async () => {
    source = await makeSource();
    t = await startTestPsvis('sqlite', { env: { PSVIS_RECORDING_SEGMENT_SECONDS: '5' } });
    startedAt = Date.now();
    cameraIds.push(
      ...(
        await seedUnit(
          t.admin,
          source.cameras.map((c) => c.url),
        )
      ).cameraIds,
    );
  }, 60_000);
  afterAll(async () => {
    await source.stop();
  });

  it('records every camera into files ffprobe reads with the codec, size and duration the index says, covering the wall time', async () => {
    await new Promise((r) => setTimeout(r, RECORD_MS));
    for (const id of cameraIds) {
      const status = await t.admin.get(`/api/v1/cameras/${id}/status`);
      expect(status.status).toBe(200);
      expect(status.body).toMatchObject({ online: true });
    }
    const wallMs = Date.now() - startedAt;
    // close() seals the open files and extends the chains.
    await t.psvis.close();
    const database = openDatabase({ sqliteFile: join(t.db.dataDir, 'psvis.db') });
    try {
      for (const [n, cam] of source.cameras.entries()) {
        const cameraId = cameraIds[n] ?? '';
        const label = `${source.name} ${cam.codec} ${cam.width}x${cam.height}`;
        const rows = await database.db
          .selectFrom('recording_segments')
          .selectAll()
          .where('camera_id', '=', cameraId)
          .orderBy('seq')
          .execute();
        const gaps = await database.db
          .selectFrom('recording_gaps')
          .selectAll()
          .where('camera_id', '=', cameraId)
          .execute();
        expect(rows.length, label).toBeGreaterThanOrEqual(2);
        let covered = 0;
        for (const row of rows) {
          const file = join(t.db.dataDir, 'recordings', row.path);
          const p = probe(file);
          const video = p.streams.find((s) => s.codec_type === 'video');
          expect(video?.codec_name, label).toBe(cam.codec);
          expect([video?.width, video?.height], label).toEqual([cam.width, cam.height]);
          // The row counts every sample (video and audio); ffprobe regroups PCM audio into its own
          // packets, so video frames are compared with ffprobe's count.
          const bytes = readFileSync(file);
          const init = parseInitSegment(bytes);
          const samples = parseFragments(bytes, init.trex).flatMap((f) => f.samples);
          expect(samples.length, label).toBe(row.frames);
          const videoTrack = init.tracks.find((tr) => tr.codec === 'h264' || tr.codec === 'h265');
          expect(samples.filter((s) => s.trackId === videoTrack?.trackId).length, label).toBe(
            Number(video?.nb_read_frames),
          );
          // The index's duration is the video's: an audio track may run a packet longer.
          expect(
            Math.abs(Number(video?.duration) * 1000 - row.duration_ms),
            `${label} ${row.path}`,
          ).toBeLessThanOrEqual(FRAME_MS);
          covered += row.duration_ms;
        }
        // Consecutive files meet unless a gap row explains the hole. Within WALL_JOIN_MS, not one
        // frame: wall time comes from arrival until the camera's first RTCP sender report, then
        // from the report, which moves later timestamps by the receive delay (≈ 0.1 s seen under
        // load). Loss is checked by frame counts above, not by this.
        for (let i = 1; i < rows.length; i++) {
          const prevEnd = Date.parse(rows[i - 1]?.end_time ?? '');
          const hole = Date.parse(rows[i]?.start_time ?? '') - prevEnd;
          const explained = gaps.some((g) => Date.parse(g.start_time) <= prevEnd + FRAME_MS);
          expect(hole <= WALL_JOIN_MS || explained, `${label}: ${hole} ms between files ${i} and ${i + 1}`).toBe(true);
        }
        // The files cover the wall time, less the connection set-up and the wait for the first
        // keyframe (at most one GOP: 2 s for camsim's clips).
        const gapMs = gaps.reduce((sum, g) => sum + Date.parse(g.end_time) - Date.parse(g.start_time), 0);
        expect(covered + gapMs, label).toBeGreaterThan(wallMs - 3500);
        expect(covered, label).toBeLessThanOrEqual(wallMs + FRAME_MS);
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
