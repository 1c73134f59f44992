import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../../errors/psvis-error.ts';
import { buildAudioSpecificConfig } from '../aac.ts';
import type { TrackInfo } from '../types.ts';
import { box, fullBox, serializeBoxes, u32 } from './box-writer.ts';
import { MAX_SAMPLES_PER_TRACK_FRAGMENT, buildFragment, buildFragmentHeader } from './fragment.ts';
import type { FragmentTrack } from './fragment.ts';
import { buildInitSegment } from './init-segment.ts';
import { lastWholeFragmentEnd, listBoxes, parseFragments, parseInitSegment } from './reader.ts';

const b64 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'base64'));

// Sony SNC-WR630 SPS/PPS (gortsplib pkg/sdp test "sony_snc_wr630"), 1920x1080 High@4.0.
const H264_TRACK: TrackInfo = {
  codec: 'h264',
  clockRate: 90000,
  parameterSets: [b64('Z2QAKKwa0A8ARPy4CIAAAAMAgAAADLWgAtwAHJ173CPFCKg='), b64('KO4ESSJAAAAAAAAAAA==')],
};
// The VPS/SPS/PPS retina tests its H.265 depacketizer with, 704x480.
const H265_TRACK: TrackInfo = {
  codec: 'h265',
  clockRate: 90000,
  parameterSets: [
    b64('QAEMAf//AWAAAAMAsAAAAwAAAwBarAwAAAMABAAAAwAyqA=='),
    b64('QgEBAWAAAAMAsAAAAwAAAwBaoAWCAeFja5JFL83BQYFBAAADAAEAAAMADKE='),
    b64('RAHA8saNA7NA'),
  ],
};
const AAC_TRACK: TrackInfo = {
  codec: 'aac',
  clockRate: 48000,
  audioSpecificConfig: buildAudioSpecificConfig({ objectType: 2, samplingFrequency: 48000, channelConfiguration: 2 }),
  channels: 2,
};
const PCMA_TRACK: TrackInfo = { codec: 'pcma', clockRate: 8000, channels: 1 };
const PCMU_TRACK: TrackInfo = { codec: 'pcmu', clockRate: 8000 };

describe('buildInitSegment → parseInitSegment (ISO/IEC 14496-12 §8, ISO 14496-15)', () => {
  it('round-trips H.264 + AAC tracks with sizes taken from the SPS', () => {
    const init = buildInitSegment([H264_TRACK, AAC_TRACK]);
    const parsed = parseInitSegment(init);
    expect(parsed.majorBrand).toBe('isom');
    expect(parsed.compatibleBrands).toEqual(['isom', 'iso6', 'mp41']);
    expect(parsed.tracks).toEqual([
      { ...H264_TRACK, trackId: 1, timescale: 90000, width: 1920, height: 1080 },
      { ...AAC_TRACK, trackId: 2, timescale: 48000 },
    ]);
    expect([...parsed.trex.keys()]).toEqual([1, 2]);
  });

  it('round-trips H.265 + G.711 A-law and μ-law tracks', () => {
    const parsed = parseInitSegment(buildInitSegment([H265_TRACK, PCMA_TRACK, PCMU_TRACK]));
    expect(parsed.tracks).toEqual([
      { ...H265_TRACK, trackId: 1, timescale: 90000, width: 704, height: 480 },
      { ...PCMA_TRACK, trackId: 2, timescale: 8000 },
      { ...PCMU_TRACK, trackId: 3, timescale: 8000, channels: 1 },
    ]);
  });

  it('uses width and height from TrackInfo when given and lays out ftyp then moov', () => {
    const init = buildInitSegment([{ ...H264_TRACK, width: 1280, height: 720 }]);
    expect(listBoxes(init).map((b) => b.type)).toEqual(['ftyp', 'moov']);
    expect(parseInitSegment(init).tracks[0]).toMatchObject({ width: 1280, height: 720 });
  });

  it('does not mutate the parameter sets it is given', () => {
    const sps = (H264_TRACK.parameterSets ?? [])[0]?.slice();
    buildInitSegment([H264_TRACK]);
    expect((H264_TRACK.parameterSets ?? [])[0]).toEqual(sps);
  });

  it('refuses tracks it cannot describe with PSVIS_ERR_MEDIA_CONTAINER', () => {
    const container = expect.objectContaining({ code: 'PSVIS_ERR_MEDIA_CONTAINER' }) as Error;
    expect(() => buildInitSegment([])).toThrow(container);
    expect(() => buildInitSegment([{ codec: 'h264', clockRate: 90000 }])).toThrow(container);
    expect(() => buildInitSegment([{ codec: 'aac', clockRate: 48000 }])).toThrow(container);
    expect(() => buildInitSegment([{ ...PCMA_TRACK, clockRate: 0 }])).toThrow(container);
    expect(() => buildInitSegment([{ ...H264_TRACK, width: 70000, height: 1 }])).toThrow(container);
  });
});

function track(trackId: number, sizes: number[], opts: { base?: number; cts?: boolean } = {}): FragmentTrack {
  return {
    trackId,
    baseDecodeTime: opts.base ?? 0,
    samples: sizes.map((size, i) => ({
      duration: 3600,
      size,
      keyframe: i === 0,
      ...(opts.cts === true ? { compositionOffset: i % 3 === 0 ? 0 : 7200 - 3600 * (i % 2) } : {}),
    })),
    data: sizes.map((size, i) => new Uint8Array(size).fill((trackId * 16 + i) & 0xff)),
  };
}

describe('buildFragment → parseFragments (ISO/IEC 14496-12 §8.8)', () => {
  it('gives back every sample with its track, times, flags and byte offset', () => {
    const video = track(1, [500, 20, 30, 40], { base: 2 ** 40, cts: true });
    const audio = track(2, [7, 8, 9]);
    const frag = buildFragment(42, [video, audio]);
    const [parsed] = parseFragments(frag);
    expect(parsed?.sequenceNumber).toBe(42);
    const samples = parsed?.samples ?? [];
    expect(samples.map((s) => [s.trackId, s.dts, s.pts - s.dts, s.duration, s.size, s.keyframe])).toEqual([
      ...video.samples.map((s, i) => [1, 2 ** 40 + 3600 * i, s.compositionOffset ?? 0, 3600, s.size, i === 0]),
      ...audio.samples.map((s, i) => [2, 3600 * i, 0, 3600, s.size, i === 0]),
    ]);
    // Each sample's bytes are where the reader says they are.
    const all = [...video.data, ...audio.data];
    samples.forEach((s, i) => {
      expect(frag.subarray(s.offset, s.offset + s.size)).toEqual(all[i]);
    });
  });

  it('header + data written separately equal the whole fragment (zero-copy write path)', () => {
    const tracks = [track(1, [100, 3]), track(3, [1])];
    const { header, payloadBytes } = buildFragmentHeader(7, tracks);
    const joined = Buffer.concat([header, ...tracks.flatMap((t) => t.data)]);
    expect(payloadBytes).toBe(104);
    expect(new Uint8Array(joined)).toEqual(buildFragment(7, tracks));
    expect(listBoxes(joined).map((b) => b.type)).toEqual(['moof', 'mdat']);
  });

  it('accepts data chunked differently from samples (length prefixes apart from NAL units)', () => {
    const t = { ...track(1, [6]), data: [Uint8Array.of(0, 0, 0, 2), Uint8Array.of(0x65, 0x88)] };
    const frag = buildFragment(1, [t]);
    const s = parseFragments(frag)[0]?.samples[0];
    expect(s && Array.from(frag.subarray(s.offset, s.offset + s.size))).toEqual([0, 0, 0, 2, 0x65, 0x88]);
  });

  it('does not mutate sample data', () => {
    const t = track(1, [10, 10]);
    const copies = t.data.map((d) => d.slice());
    buildFragment(1, [t]);
    expect(t.data).toEqual(copies);
  });

  it('refuses inconsistent or unbounded input with PSVIS_ERR_MEDIA_CONTAINER', () => {
    const container = expect.objectContaining({ code: 'PSVIS_ERR_MEDIA_CONTAINER' }) as Error;
    expect(() => buildFragment(1, [{ ...track(1, [10]), data: [new Uint8Array(9)] }])).toThrow(container);
    expect(() => buildFragment(1, [])).toThrow(container);
    expect(() => buildFragment(-1, [track(1, [1])])).toThrow(container);
    expect(() => buildFragment(1, [track(0, [1])])).toThrow(container);
    expect(() => buildFragment(1, [track(1, new Array<number>(MAX_SAMPLES_PER_TRACK_FRAGMENT + 1).fill(1))])).toThrow(
      container,
    );
    expect(() => buildFragment(1, [{ ...track(1, [1]), baseDecodeTime: -1 }])).toThrow(container);
  });

  it('round-trips any fragment (property)', () => {
    const arbTrack = fc.record({
      sizes: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 30 }),
      base: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 2 ** 40 }),
      durations: fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 30, maxLength: 30 }),
      ctss: fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 30, maxLength: 30 }),
      keys: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(arbTrack, { minLength: 1, maxLength: 4 }), fc.nat(0xffffffff), (specs, seq) => {
        const tracks: FragmentTrack[] = specs.map((s, ti) => ({
          trackId: ti + 1,
          baseDecodeTime: s.base,
          samples: s.sizes.map((size, i) => ({
            size,
            duration: s.durations[i] ?? 0,
            keyframe: s.keys[i] ?? false,
            compositionOffset: s.ctss[i] ?? 0,
          })),
          data: s.sizes.map((size) => new Uint8Array(size)),
        }));
        const [parsed] = parseFragments(buildFragment(seq, tracks));
        expect(parsed?.sequenceNumber).toBe(seq);
        const expected = tracks.flatMap((t) => {
          let dts = t.baseDecodeTime;
          return t.samples.map((s) => {
            const row = [t.trackId, dts, dts + (s.compositionOffset ?? 0), s.duration, s.size, s.keyframe];
            dts += s.duration;
            return row;
          });
        });
        expect(parsed?.samples.map((s) => [s.trackId, s.dts, s.pts, s.duration, s.size, s.keyframe])).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('lastWholeFragmentEnd (crash recovery cut point)', () => {
  const init = buildInitSegment([H264_TRACK]);
  const f1 = buildFragment(1, [track(1, [400, 50])]);
  const f2 = buildFragment(2, [track(1, [300, 60], { base: 7200 })]);
  const file = Buffer.concat([init, f1, f2]);

  it('is the whole file when the file is whole', () => {
    expect(lastWholeFragmentEnd(file)).toBe(file.length);
  });

  it('cuts a file torn anywhere to the end of its last complete mdat', () => {
    for (let cut = 0; cut <= file.length; cut += 7) {
      const torn = file.subarray(0, cut);
      const end = lastWholeFragmentEnd(torn);
      const expected =
        cut >= init.length + f1.length + f2.length
          ? file.length
          : cut >= init.length + f1.length
            ? init.length + f1.length
            : 0;
      expect(end, `cut at ${cut}`).toBe(expected);
      // What remains parses cleanly.
      expect(() => parseFragments(torn.subarray(0, end))).not.toThrow();
    }
  });

  it('stops at a zero-filled tail (size 0 is not trusted at top level)', () => {
    const zeroTail = Buffer.concat([init, f1, Buffer.alloc(4096)]);
    expect(lastWholeFragmentEnd(zeroTail)).toBe(init.length + f1.length);
  });

  it('is 0 for an init segment alone', () => {
    expect(lastWholeFragmentEnd(init)).toBe(0);
  });
});

describe('reader robustness: nothing but PSVIS_ERR_MEDIA_CONTAINER on garbage', () => {
  const init = buildInitSegment([H264_TRACK, AAC_TRACK, PCMU_TRACK]);
  const frag = buildFragment(1, [track(1, [40, 20], { cts: true }), track(2, [5, 6])]);

  function expectContainerErrorOrResult(fn: () => unknown): void {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(PsvisError);
      expect((err as PsvisError).code).toBe('PSVIS_ERR_MEDIA_CONTAINER');
    }
  }

  const mutate = (seed: Uint8Array) =>
    fc
      .array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 })
      .map((edits) => {
        const out = seed.slice();
        for (const [i, v] of edits) out[i] = v;
        return out;
      });

  it('parseInitSegment on mutated, truncated and random init segments', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutate(init),
          fc.nat(init.length).map((n) => init.slice(0, n)),
          fc.uint8Array({ maxLength: 200 }),
        ),
        (bytes) => {
          expectContainerErrorOrResult(() => parseInitSegment(bytes));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('parseFragments and lastWholeFragmentEnd on mutated, truncated and random fragments', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutate(frag),
          fc.nat(frag.length).map((n) => frag.slice(0, n)),
          fc.uint8Array({ maxLength: 200 }),
        ),
        (bytes) => {
          expectContainerErrorOrResult(() => parseFragments(bytes));
          const end = lastWholeFragmentEnd(bytes);
          expect(end).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(bytes.length);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses a trun whose sample_count exceeds its box', () => {
    const trun = fullBox('trun', 0, 0x000301, u32(0xffffffff), u32(0));
    const moof = box('moof', fullBox('mfhd', 0, 0, u32(1)), box('traf', fullBox('tfhd', 0, 0x020000, u32(1)), trun));
    expect(() => parseFragments(serializeBoxes([moof]))).toThrow(PsvisError);
  });

  it('refuses largesize and size-0 boxes that run past the buffer in listBoxes', () => {
    expect(() => listBoxes(Uint8Array.of(0, 0, 0, 1, 0x6d, 0x64, 0x61, 0x74, 0xff, 0, 0, 0, 0, 0, 0, 0))).toThrow(
      PsvisError,
    );
    expect(listBoxes(Uint8Array.of(0, 0, 0, 0, 0x6d, 0x64, 0x61, 0x74, 1, 2))).toEqual([
      { type: 'mdat', start: 0, headerBytes: 8, end: 10 },
    ]);
  });
});
