import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { AnnexBSplitter, splitAnnexB } from './annexb.ts';
import { buildAvcC, parseAvcC, parseH264Sps } from './h264.ts';
import { H264_NAL, h264NalType } from './nal-types.ts';

const dir = mkdtempSync(join(tmpdir(), 'psvis-h264-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Encodes one frame of testsrc2 with ffmpeg 5.1 / libx264 and returns the Annex B stream. */
function encode(name: string, size: string, fps: number, args: string[]): Uint8Array {
  const file = join(dir, `${name}.h264`);
  const lavfi = `testsrc2=size=${size}:rate=${fps}`;
  const res = spawnSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    lavfi,
    '-frames:v',
    '1',
    '-c:v',
    'libx264',
    ...args,
    file,
  ]);
  expect(res.status, res.stderr.toString()).toBe(0);
  return new Uint8Array(readFileSync(file));
}

/** ffprobe's view of the first video stream of a file. */
function probe(file: string): { profile: string; level: number; width: number; height: number; r_frame_rate: string } {
  const res = spawnSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_streams', '-of', 'json', file]);
  const parsed = JSON.parse(res.stdout.toString()) as { streams: [ReturnType<typeof probe>] };
  return parsed.streams[0];
}

function nalOfType(stream: Uint8Array, type: number): Uint8Array {
  const nal = splitAnnexB(stream).find((n) => h264NalType(n) === type);
  if (nal === undefined) throw new Error(`no NAL type ${type}`);
  return nal;
}

const PROFILE_NAMES: Record<number, string[]> = {
  66: ['Baseline', 'Constrained Baseline'],
  77: ['Main'],
  100: ['High'],
  110: ['High 10'],
  122: ['High 4:2:2'],
  244: ['High 4:4:4 Predictive'],
};

describe('parseH264Sps against ffprobe (ffmpeg 5.1 / libx264 vectors made at test time)', () => {
  const cases = [
    { name: 'baseline-720p30', size: '1280x720', fps: 30, args: ['-profile:v', 'baseline'], profile: 66, chroma: 1 },
    { name: 'high-1080p25-cropped', size: '1920x1080', fps: 25, args: ['-profile:v', 'high'], profile: 100, chroma: 1 },
    { name: 'high10-360p', size: '640x360', fps: 25, args: ['-pix_fmt', 'yuv420p10le'], profile: 110, chroma: 1 },
    {
      name: 'high444-scaling-lists',
      size: '352x288',
      fps: 15,
      args: ['-pix_fmt', 'yuv444p', '-x264-params', 'cqm=jvt'],
      profile: 244,
      chroma: 3,
    },
    {
      // PAL-ish interlaced 4:2:2 with odd height: field cropping (CropUnitY = SubHeightC * 2).
      name: 'high422-interlaced-570',
      size: '720x570',
      fps: 25,
      args: ['-pix_fmt', 'yuv422p', '-x264-params', 'interlaced=1'],
      profile: 122,
      chroma: 2,
    },
    { name: 'main-1366x766', size: '1366x766', fps: 12, args: ['-profile:v', 'main'], profile: 77, chroma: 1 },
  ];
  for (const c of cases) {
    it(`${c.name}: profile, level, size and frame rate match ffprobe`, () => {
      const stream = encode(c.name, c.size, c.fps, c.args);
      const sps = nalOfType(stream, H264_NAL.SPS);
      const before = sps.slice();
      const parsed = parseH264Sps(sps);
      expect(sps).toEqual(before);
      const p = probe(join(dir, `${c.name}.h264`));
      expect(parsed.profileIdc).toBe(c.profile);
      expect(PROFILE_NAMES[parsed.profileIdc]).toContain(p.profile);
      expect(parsed.levelIdc).toBe(p.level);
      expect(parsed.chromaFormatIdc).toBe(c.chroma);
      expect([parsed.width, parsed.height]).toEqual([p.width, p.height]);
      expect(`${parsed.width}x${parsed.height}`).toBe(c.size);
      expect(parsed.frameRate).toBe(c.fps);
      expect(parsed.codecString).toBe(`avc1.${Buffer.from(sps.subarray(1, 4)).toString('hex')}`);
    });
  }

  it('buildAvcC writes the same record ffmpeg writes into an MP4', () => {
    for (const name of ['baseline-720p30', 'high-1080p25-cropped', 'high10-360p']) {
      const mp4 = join(dir, `${name}.mp4`);
      const res = spawnSync('ffmpeg', ['-v', 'error', '-y', '-i', join(dir, `${name}.h264`), '-c', 'copy', mp4]);
      expect(res.status, res.stderr.toString()).toBe(0);
      const file = readFileSync(mp4);
      const at = file.indexOf('avcC');
      const ffmpegAvcC = new Uint8Array(file.subarray(at + 4, at - 4 + file.readUInt32BE(at - 4)));
      const stream = new Uint8Array(readFileSync(join(dir, `${name}.h264`)));
      const ours = buildAvcC(nalOfType(stream, H264_NAL.SPS), nalOfType(stream, H264_NAL.PPS));
      expect(Buffer.from(ours).toString('hex')).toBe(Buffer.from(ffmpegAvcC).toString('hex'));
      const back = parseAvcC(ours);
      expect(back.lengthSize).toBe(4);
      expect(back.sps[0]).toEqual(nalOfType(stream, H264_NAL.SPS));
      expect(back.pps[0]).toEqual(nalOfType(stream, H264_NAL.PPS));
    }
  });
});

describe('AnnexBSplitter on an ffmpeg file read in chunks (the camera simulator path)', () => {
  it('yields the same NAL units as splitAnnexB for 4 KiB and odd-sized chunks', () => {
    const file = encode('splitter-1080p', '1920x1080', 25, ['-profile:v', 'high']);
    const whole = splitAnnexB(file).map((n) => Buffer.from(n).toString('hex'));
    expect(whole.length).toBeGreaterThanOrEqual(4); // SPS, PPS, SEI, IDR slice
    for (const chunkBytes of [4096, 1, 3, 1021]) {
      const splitter = new AnnexBSplitter();
      const got: string[] = [];
      for (let at = 0; at < file.length; at += chunkBytes) {
        for (const nal of splitter.push(file.subarray(at, at + chunkBytes))) got.push(Buffer.from(nal).toString('hex'));
      }
      for (const nal of splitter.flush()) got.push(Buffer.from(nal).toString('hex'));
      expect(got).toEqual(whole);
    }
  });
});

describe('parseH264Sps on SPSs real cameras send', () => {
  it('parses the SPS of a Hikvision camera (HIK Media Server V3.5.43, gortsplib issue #88)', () => {
    // Quoted as decimal bytes in https://github.com/bluenviron/gortsplib/issues/88 (RTP in-band SPS).
    // ffmpeg's trace_headers bsf reads 120x68 MBs, crop bottom 4 (x2), 90000 / (2 * 1800).
    const sps = Uint8Array.from([
      103, 77, 0, 42, 150, 53, 64, 240, 4, 79, 203, 55, 1, 1, 1, 64, 0, 1, 194, 0, 0, 87, 228, 1,
    ]);
    expect(parseH264Sps(sps)).toMatchObject({
      profileIdc: 77,
      levelIdc: 42,
      width: 1920,
      height: 1080,
      frameRate: 25,
      codecString: 'avc1.4d002a',
    });
  });

  it('parses the sprop-parameter-sets SPS of a Hikvision camera (FFmpeg pull request #181)', () => {
    // sprop-parameter-sets=Z0IAH5W4PASaEAAAcIAAFfkAQA==,aM48gA== quoted in FFmpeg/FFmpeg PR #181.
    const sps = Uint8Array.from(Buffer.from('Z0IAH5W4PASaEAAAcIAAFfkAQA==', 'base64'));
    expect(parseH264Sps(sps)).toMatchObject({ profileIdc: 66, levelIdc: 31, width: 960, height: 576, frameRate: 25 });
  });
});

describe('parseH264Sps on a Sony camera SPS with a VUI tick off by two', () => {
  it('parses the SPS a Sony SNC-WR630 sends (gortsplib pkg/sdp test "sony_snc_wr630")', () => {
    // Sony SNC-WR630: a=framerate:25.0 in its SDP, but the VUI says time_scale 25, num_units_in_tick 1,
    // which §E.2.1 makes 12.5 frames/s (ffmpeg trace_headers reads the same fields). psvis reports the
    // VUI as written; recorders take frame timing from RTP timestamps, never from this value.
    const sps = Uint8Array.from(Buffer.from('Z2QAKKwa0A8ARPy4CIAAAAMAgAAADLWgAtwAHJ173CPFCKg=', 'base64'));
    expect(parseH264Sps(sps)).toMatchObject({
      profileIdc: 100,
      levelIdc: 40,
      width: 1920,
      height: 1080,
      frameRate: 12.5,
      codecString: 'avc1.640028',
    });
  });
});

describe('parseH264Sps robustness', () => {
  it('refuses a NAL unit that is not an SPS', () => {
    expect(() => parseH264Sps(Uint8Array.from([0x68, 0xce, 0x3c, 0x80]))).toThrow(PsvisError);
    expect(() => parseH264Sps(new Uint8Array(0))).toThrow(PsvisError);
  });

  it('throws PSVIS_ERR_MEDIA_BITSTREAM on a truncated SPS', () => {
    const sps = Uint8Array.from(Buffer.from('Z0IAH5W4PASaEAAAcIAAFfkAQA==', 'base64'));
    for (let n = 4; n < 9; n++) {
      expect(() => parseH264Sps(sps.subarray(0, n))).toThrow(
        expect.objectContaining({ code: 'PSVIS_ERR_MEDIA_BITSTREAM' }) as Error,
      );
    }
  });

  it('throws nothing but PsvisError on random and mutated SPSs', () => {
    const seed = Uint8Array.from([
      103, 77, 0, 42, 150, 53, 64, 240, 4, 79, 203, 55, 1, 1, 1, 64, 0, 1, 194, 0, 0, 87, 228, 1,
    ]);
    const mutated = fc
      .array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })
      .map((edits) => {
        const out = seed.slice();
        for (const [i, v] of edits) if (i > 0) out[i] = v;
        return out;
      });
    const random = fc.uint8Array({ maxLength: 64 }).map((b) => Uint8Array.from([0x67, ...b]));
    fc.assert(
      fc.property(fc.oneof(mutated, random), (nal) => {
        try {
          const sps = parseH264Sps(nal);
          expect(sps.width).toBeGreaterThan(0);
          expect(sps.height).toBeGreaterThan(0);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parseAvcC throws nothing but PsvisError on garbage', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          parseAvcC(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
    );
  });
});
