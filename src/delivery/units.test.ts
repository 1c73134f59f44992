import { describe, expect, it } from 'vitest';
import { requirePurpose } from './access-register.ts';
import { parseByteRange } from './byte-range.ts';
import { buildRecordedPlaylist, keyframeRuns } from './recorded-hls.ts';
import { sliceRange, type RangeSegmentRow } from './recorded-range.ts';

/** What `fn` throws, or null. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return null;
}

const T0 = Date.parse('2026-05-01T08:00:00.000Z');
const seg = (
  id: string,
  startMs: number,
  fragments: [number, number, number][],
  bytes: number,
  durationMs: number,
): RangeSegmentRow => ({
  id,
  seq: 1,
  path: `${id}.mp4`,
  start_time: new Date(T0 + startMs).toISOString(),
  end_time: new Date(T0 + startMs + durationMs).toISOString(),
  duration_ms: durationMs,
  bytes,
  fragments: JSON.stringify(fragments),
  sha256: '0'.repeat(64),
  prev_sha256: '0'.repeat(64),
  chain_hash: '0'.repeat(64),
});

describe('range slicing and the recorded playlist (RFC 8216)', () => {
  // A 4 s file: fragments every second, keyframes every 2 s.
  const a = seg(
    'a',
    0,
    [
      [700, 0, 1],
      [1700, 1000, 0],
      [2700, 2000, 1],
      [3700, 3000, 0],
    ],
    4700,
    4000,
  );
  const b = seg(
    'b',
    6000,
    [
      [700, 0, 1],
      [1700, 1000, 0],
    ],
    2700,
    2000,
  );

  it('starts at the keyframe at or before `from` and stops at the last fragment before `to`', () => {
    const slices = sliceRange([a, b], T0 + 1500, T0 + 6500);
    expect(slices.map((s) => [s.segment.id, s.fragments.map((f) => f.index)])).toEqual([
      ['a', [0, 1, 2, 3]],
      ['b', [0]],
    ]);
    expect(sliceRange([a, b], T0 + 3500, T0 + 3600)[0]?.fragments.map((f) => f.index)).toEqual([2, 3]);
  });

  it('groups fragments into keyframe-to-keyframe byte ranges, with a MAP, a date and a discontinuity per file', () => {
    const slices = sliceRange([a, b], T0, T0 + 10_000);
    expect(keyframeRuns(slices[0] ?? (undefined as never))).toEqual([
      { offsetBytes: 700, lengthBytes: 2000, startWallMs: T0, durationMs: 2000 },
      { offsetBytes: 2700, lengthBytes: 2000, startWallMs: T0 + 2000, durationMs: 2000 },
    ]);
    const text = buildRecordedPlaylist(slices, (id) => `/f/${id}.mp4`);
    expect(text.split('\n')).toEqual([
      '#EXTM3U',
      '#EXT-X-VERSION:7',
      '#EXT-X-TARGETDURATION:2',
      '#EXT-X-MEDIA-SEQUENCE:0',
      '#EXT-X-PLAYLIST-TYPE:VOD',
      '#EXT-X-INDEPENDENT-SEGMENTS',
      '#EXT-X-MAP:URI="/f/a.mp4",BYTERANGE="700@0"',
      '#EXT-X-PROGRAM-DATE-TIME:2026-05-01T08:00:00.000Z',
      '#EXTINF:2.000,',
      '#EXT-X-BYTERANGE:2000@700',
      '/f/a.mp4',
      '#EXTINF:2.000,',
      '#EXT-X-BYTERANGE:2000@2700',
      '/f/a.mp4',
      '#EXT-X-DISCONTINUITY',
      '#EXT-X-MAP:URI="/f/b.mp4",BYTERANGE="700@0"',
      '#EXT-X-PROGRAM-DATE-TIME:2026-05-01T08:00:06.000Z',
      '#EXTINF:2.000,',
      '#EXT-X-BYTERANGE:2000@700',
      '/f/b.mp4',
      '#EXT-X-ENDLIST',
      '',
    ]);
  });
});

describe('HTTP Range (RFC 9110 §14)', () => {
  it('reads first-last, open-ended and suffix ranges, clamps the end, ignores what it need not honour', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseByteRange(undefined, 1000)).toBeNull();
    expect(parseByteRange('bytes=0-1,5-9', 1000)).toBeNull();
    expect(parseByteRange('items=0-1', 1000)).toBeNull();
  });
  it('answers 416 (PSVIS_ERR_RANGE_NOT_SATISFIABLE) when no byte of the range exists', () => {
    expect(thrown(() => parseByteRange('bytes=1000-', 1000))).toMatchObject({
      code: 'PSVIS_ERR_RANGE_NOT_SATISFIABLE',
      httpStatus: 416,
    });
  });
});

describe('purpose and destination (国家 第十六条第二款(三); 安徽 第十七条第二款(二); 腾冲 第二十四条(四))', () => {
  const articles = ['国家 第十六条第二款(三)', '安徽 第十七条第二款(二)', '腾冲 第二十四条(四)'];
  const cited = '国家 第十六条第二款(三)、安徽 第十七条第二款(二)、腾冲 第二十四条(四)';

  it('are required for playback and export, optional for live view and snapshots', () => {
    expect(
      thrown(() => {
        requirePurpose({ action: 'playback', purpose: '  ' });
      }),
    ).toMatchObject({
      code: 'PSVIS_ERR_PURPOSE_REQUIRED',
      httpStatus: 400,
      message: `录像回放须写明事由/用途，以便登记（${cited}） / playback needs purpose (事由/用途) for the access register (${cited})`,
      details: {
        missing: ['purpose'],
        messageZh: `录像回放须写明事由/用途，以便登记（${cited}）`,
        messageEn: `playback needs purpose (事由/用途) for the access register (${cited})`,
        articles,
      },
    });
    expect(
      thrown(() => {
        requirePurpose({ action: 'export', purpose: '取证' });
      }),
    ).toMatchObject({
      details: {
        missing: ['destination'],
        messageZh: `导出复制须写明去向，以便登记（${cited}）`,
        messageEn: `export needs destination (事由/用途、去向) for the access register (${cited})`,
        articles,
      },
    });
    expect(
      thrown(() => {
        requirePurpose({ action: 'export' });
      }),
    ).toMatchObject({
      details: {
        missing: ['purpose', 'destination'],
        messageZh: `导出复制须写明事由/用途和去向，以便登记（${cited}）`,
        articles,
      },
    });
    expect(
      thrown(() => {
        requirePurpose({ action: 'export', purpose: '取证', destination: '刑警大队' });
      }),
    ).toBeNull();
    expect(
      thrown(() => {
        requirePurpose({ action: 'snapshot' });
      }),
    ).toBeNull();
    expect(
      thrown(() => {
        requirePurpose({ action: 'view_live' });
      }),
    ).toBeNull();
  });
});
