import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../test/support/databases.ts';
import { newId } from '../db/ids.ts';
import { openRecordingTestDb, type RecordingTestDb } from '../recording/test-db.ts';
import { buildRecordedPlaylist } from './recorded-hls.ts';
import { segmentsInRange, sliceRange } from './recorded-range.ts';
import { buildTimeline, mergeSpans } from './timeline.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const T0 = Date.parse('2026-04-01T00:00:00.000Z');

describe('mergeSpans', () => {
  it('merges files that touch (within the tolerance), clips to the range, keeps real holes', () => {
    const spans = mergeSpans(
      [
        [0, 60_000],
        [60_400, 120_000],
        [200_000, 260_000],
        [260_000, 400_000],
      ],
      30_000,
      300_000,
    );
    expect(spans).toEqual([
      { fromMs: 30_000, toMs: 120_000, segments: 2 },
      { fromMs: 200_000, toMs: 300_000, segments: 2 },
    ]);
  });
});

describe.each(DATABASE_ENGINES)('timeline of a month on %s', (engine) => {
  let t: RecordingTestDb;
  const cameraId = 'cam-month';
  beforeAll(async () => {
    t = await openRecordingTestDb(engine, '2026-05-02T00:00:00.000Z');
    // 30 days × 1440 one-minute files, with a one-hour outage on day 10 (its files absent, a gap row instead).
    const outageFrom = T0 + 10 * DAY_MS + 3 * 3_600_000;
    const rows = [];
    let seq = 0;
    for (let m = 0; m < 30 * 1440; m++) {
      const start = T0 + m * MINUTE_MS;
      if (start >= outageFrom && start < outageFrom + 3_600_000) continue;
      seq++;
      rows.push({
        id: newId(start),
        camera_id: cameraId,
        seq,
        node: 'n',
        path: `${cameraId}/${seq}.mp4`,
        start_time: new Date(start).toISOString(),
        end_time: new Date(start + MINUTE_MS).toISOString(),
        duration_ms: MINUTE_MS,
        bytes: 1000,
        frames: 1500,
        fragments: '[[800,0,1]]',
        sha256: 'a'.repeat(64),
        prev_sha256: 'a'.repeat(64),
        chain_hash: 'b'.repeat(64),
        status: 'sealed',
        created_at: new Date(start).toISOString(),
        deleted_at: null,
      });
    }
    for (let i = 0; i < rows.length; i += 500) {
      await t.database.db
        .insertInto('recording_segments')
        .values(rows.slice(i, i + 500))
        .execute();
    }
    await t.index.addGap(cameraId, outageFrom, outageFrom + 3_600_000, 'offline');
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('answers 30 days × 1440 one-minute files in one query per table, quickly', async () => {
    const started = performance.now();
    const tl = await buildTimeline(t.database.db, cameraId, T0, T0 + 30 * DAY_MS);
    const elapsedMs = performance.now() - started;
    console.log(`timeline: 30 days × 1440 one-minute segments (${engine}) in ${elapsedMs.toFixed(1)} ms`);
    expect(tl.spans).toHaveLength(2);
    expect(tl.spans.map((s) => s.segments)).toEqual([10 * 1440 + 180, 30 * 1440 - 10 * 1440 - 180 - 60]);
    expect(tl.gaps).toEqual([
      {
        from: new Date(T0 + 10 * DAY_MS + 3 * 3_600_000).toISOString(),
        to: new Date(T0 + 10 * DAY_MS + 4 * 3_600_000).toISOString(),
        cause: 'offline',
      },
    ]);
    expect(tl.recordedMs).toBe(30 * DAY_MS - 3_600_000);
    expect(elapsedMs).toBeLessThan(1_000);
  });

  it('builds the playlist of an hour 29 days back in the 30-day index from one indexed query', async () => {
    const from = T0 + DAY_MS;
    const started = performance.now();
    const slices = sliceRange(
      await segmentsInRange(t.database.db, cameraId, from, from + 3_600_000),
      from,
      from + 3_600_000,
    );
    const playlist = buildRecordedPlaylist(slices, (id) => `/f/${id}.mp4`);
    const elapsedMs = performance.now() - started;
    console.log(`recorded playlist: 1 h, 29 days back in a 30-day index (${engine}) in ${elapsedMs.toFixed(1)} ms`);
    expect(slices).toHaveLength(60);
    expect(playlist.split('\n').filter((l) => l.startsWith('#EXTINF:'))).toHaveLength(60);
    expect(elapsedMs).toBeLessThan(500);
  });
});
