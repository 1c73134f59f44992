import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { splitAnnexB } from './annexb.ts';
import { escapeRbsp } from './bit-reader.ts';
import { buildHvcC, parseH265Sps, parseHvcC } from './h265.ts';
import { H265_NAL, h265NalType } from './nal-types.ts';

const dir = mkdtempSync(join(tmpdir(), 'psvis-h265-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const b64 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'base64'));

function encode(name: string, size: string, fps: number, args: string[]): Uint8Array {
  const file = join(dir, `${name}.hevc`);
  const res = spawnSync('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=${fps}`, '-frames:v', '2'],
    ...['-c:v', 'libx265', ...args, file],
  ]);
  expect(res.status, res.stderr.toString()).toBe(0);
  return new Uint8Array(readFileSync(file));
}

function probe(file: string): { profile: string; level: number; width: number; height: number } {
  const res = spawnSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_streams', '-of', 'json', file]);
  return (JSON.parse(res.stdout.toString()) as { streams: [ReturnType<typeof probe>] }).streams[0];
}

function nalOfType(stream: Uint8Array, type: number): Uint8Array {
  const nal = splitAnnexB(stream).find((n) => h265NalType(n) === type);
  if (nal === undefined) throw new Error(`no NAL type ${type}`);
  return nal;
}

describe('parseH265Sps against ffprobe (ffmpeg 5.1 / libx265 vectors made at test time)', () => {
  const cases = [
    { name: 'main-1080p25', size: '1920x1080', fps: 25, args: [], profile: 1, depth: 8, codec: 'hvc1.1.6.L120.90' },
    // 1918x1078 needs a conformance window (x265 codes 1920x1080 and crops 1 chroma sample each way).
    { name: 'main-conformance-window', size: '1918x1078', fps: 30, args: [], profile: 1, depth: 8, codec: '' },
    {
      name: 'main10-temporal-layers',
      size: '640x360',
      fps: 15,
      args: ['-pix_fmt', 'yuv420p10le', '-x265-params', 'temporal-layers=1'],
      profile: 2,
      depth: 10,
      codec: '',
    },
  ];
  for (const c of cases) {
    it(`${c.name}: profile, level, size and frame rate match ffprobe`, () => {
      const stream = encode(c.name, c.size, c.fps, addQuiet(c.args));
      const sps = nalOfType(stream, H265_NAL.SPS);
      const before = sps.slice();
      const parsed = parseH265Sps(sps);
      expect(sps).toEqual(before);
      const p = probe(join(dir, `${c.name}.hevc`));
      expect(parsed.profileIdc).toBe(c.profile);
      expect(p.profile).toBe(c.profile === 1 ? 'Main' : 'Main 10');
      expect(parsed.levelIdc).toBe(p.level);
      expect([parsed.width, parsed.height]).toEqual([p.width, p.height]);
      expect(`${parsed.width}x${parsed.height}`).toBe(c.size);
      expect([parsed.bitDepthLuma, parsed.bitDepthChroma]).toEqual([c.depth, c.depth]);
      expect(parsed.frameRate).toBe(c.fps);
      if (c.codec !== '') expect(parsed.codecString).toBe(c.codec);
    });
  }

  it('parses sps_max_sub_layers_minus1 = 1 from x265 temporal layers', () => {
    const sps = nalOfType(readFileSync(join(dir, 'main10-temporal-layers.hevc')), H265_NAL.SPS);
    expect(parseH265Sps(sps)).toMatchObject({ maxSubLayersMinus1: 1, codecString: 'hvc1.2.4.L63.90' });
  });

  it('buildHvcC carries the profile fields and parameter sets ffmpeg puts in its hvcC', () => {
    const stream = new Uint8Array(readFileSync(join(dir, 'main-1080p25.hevc')));
    const [vps, sps, pps] = [H265_NAL.VPS, H265_NAL.SPS, H265_NAL.PPS].map((t) => nalOfType(stream, t));
    if (vps === undefined || sps === undefined || pps === undefined) throw new Error('missing parameter sets');
    const mp4 = join(dir, 'main.mp4');
    const res = spawnSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-i',
      join(dir, 'main-1080p25.hevc'),
      '-c',
      'copy',
      '-tag:v',
      'hvc1',
      mp4,
    ]);
    expect(res.status, res.stderr.toString()).toBe(0);
    const file = readFileSync(mp4);
    const at = file.indexOf('hvcC');
    const theirs = new Uint8Array(file.subarray(at + 4, at - 4 + file.readUInt32BE(at - 4)));
    const ours = buildHvcC(vps, sps, pps);
    // Bytes 0..12: version, profile space/tier/idc, compatibility, constraints, level; 16..18 chroma and depths.
    expect(Buffer.from(ours.subarray(0, 13))).toEqual(Buffer.from(theirs.subarray(0, 13)));
    expect(Buffer.from(ours.subarray(16, 19))).toEqual(Buffer.from(theirs.subarray(16, 19)));
    expect((ours[21] ?? 0) & 0x3f).toBe((theirs[21] ?? 0) & 0x3f); // layers, nesting, length size
    const a = parseHvcC(ours);
    const b = parseHvcC(theirs);
    expect([a.vps, a.sps, a.pps]).toEqual([b.vps, b.sps, b.pps]);
    expect(a.lengthSize).toBe(4);
  });
});

function addQuiet(args: string[]): string[] {
  const i = args.indexOf('-x265-params');
  if (i < 0) return [...args, '-x265-params', 'log-level=error'];
  const out = args.slice();
  out[i + 1] = `${out[i + 1] ?? ''}:log-level=error`;
  return out;
}

describe('parseH265Sps on SPSs cameras send', () => {
  it('parses the sprop-sps retina (Moonfire NVR) tests its H.265 depacketizer with: long-term refs, 704x480@12', () => {
    // scottlamb/retina src/codec/h265 tests; ffmpeg trace_headers agrees: 704x480, long_term_ref_pics_present_flag 1,
    // vui_time_scale 12 / vui_num_units_in_tick 1.
    const sps = b64('QgEBAWAAAAMAsAAAAwAAAwBaoAWCAeFja5JFL83BQYFBAAADAAEAAAMADKE=');
    expect(parseH265Sps(sps)).toMatchObject({
      profileIdc: 1,
      tierFlag: false,
      levelIdc: 90,
      width: 704,
      height: 480,
      frameRate: 12,
      codecString: 'hvc1.1.6.L90.B0',
    });
  });

  it('parses the sprop-sps of gortsplib SDP test "no timing": scaling lists, 4 st_ref_pic_sets, cropping', () => {
    // bluenviron/gortsplib pkg/sdp test vector; ffmpeg trace_headers: 1344x752, conf_win right 5 bottom 1.
    const sps = b64('QgEBAWAAAAMAsAAAAwAAAwB4oAKggC8c1YgXuRZFL/y5/E/qbgQEBAE=');
    expect(parseH265Sps(sps)).toMatchObject({
      levelIdc: 120,
      width: 1334,
      height: 750,
      codecString: 'hvc1.1.6.L120.B0',
    });
  });

  it('parses the sprop-sps ZLMediaKit quotes from a camera SDP (H265Track::getTrackBySdp comment)', () => {
    const sps = b64('QgEBAWAAAAMAsAAAAwAAAwBdoAKAgC0WNrkky/AIAAADAAgAAAMBlQg=');
    expect(parseH265Sps(sps)).toMatchObject({ width: 1280, height: 720, codecString: 'hvc1.1.6.L93.B0' });
  });
});

/** MSB-first bit writer for building SPSs field by field (H.265 §7.3.2.2). */
class BitWriter {
  private bits: number[] = [];
  u(n: number, v: number): this {
    for (let i = n - 1; i >= 0; i--) this.bits.push(Math.floor(v / 2 ** i) % 2);
    return this;
  }
  ue(v: number): this {
    const code = (v + 1).toString(2);
    return this.u(code.length - 1, 0).u(code.length, v + 1);
  }
  se(v: number): this {
    return this.ue(v > 0 ? 2 * v - 1 : -2 * v);
  }
  bytes(): Uint8Array {
    this.bits.push(1); // rbsp_stop_one_bit
    while (this.bits.length % 8 !== 0) this.bits.push(0);
    const out = new Uint8Array(this.bits.length / 8);
    this.bits.forEach((b, i) => {
      out[i >> 3] = (out[i >> 3] ?? 0) | (b << (7 - (i & 7)));
    });
    return out;
  }
}

interface SpsFields {
  subLayers: { profile: boolean; level: boolean }[];
  width: number;
  height: number;
  crop: [number, number, number, number];
  stRps: number;
  longTerm: number;
  fps: number;
  scalingLists: boolean;
}

/** Writes an SPS NAL exercising sub-layer PTLs, inter RPS prediction, scaling lists and long-term refs. */
function writeSps(f: SpsFields): Uint8Array {
  const w = new BitWriter();
  const maxSub = f.subLayers.length;
  w.u(4, 0).u(3, maxSub).u(1, 1);
  w.u(2, 0)
    .u(1, 0)
    .u(5, 1)
    .u(32, 0x60000000)
    .u(48 - 16, 0xb0000000)
    .u(16, 0)
    .u(8, 93);
  for (const s of f.subLayers) w.u(1, s.profile ? 1 : 0).u(1, s.level ? 1 : 0);
  if (maxSub > 0) for (let i = maxSub; i < 8; i++) w.u(2, 0);
  for (const s of f.subLayers) {
    if (s.profile) w.u(32, 0x41234567).u(32, 0x89abcdef).u(24, 0x123456);
    if (s.level) w.u(8, 90);
  }
  w.ue(0).ue(1).ue(f.width).ue(f.height);
  const cropped = f.crop.some((c) => c > 0);
  w.u(1, cropped ? 1 : 0);
  if (cropped) for (const c of f.crop) w.ue(c);
  w.ue(0).ue(0).ue(4).u(1, 1);
  for (let i = 0; i <= maxSub; i++) w.ue(4).ue(2).ue(0);
  w.ue(0).ue(3).ue(0).ue(3).ue(0).ue(0);
  w.u(1, f.scalingLists ? 1 : 0);
  if (f.scalingLists) {
    w.u(1, 1);
    for (let sizeId = 0; sizeId < 4; sizeId++) {
      for (let m = 0; m < 6; m += sizeId === 3 ? 3 : 1) {
        w.u(1, 1);
        if (sizeId > 1) w.se(-3);
        for (let k = 0; k < Math.min(64, 1 << (4 + (sizeId << 1))); k++) w.se((k % 3) - 1);
      }
    }
  }
  w.u(1, 0).u(1, 1).u(1, 0); // amp, sao, pcm
  w.ue(f.stRps);
  let prevCount = 0;
  for (let i = 0; i < f.stRps; i++) {
    if (i > 0) w.u(1, i % 2); // every other set predicted from the one before (§7.3.7)
    if (i > 0 && i % 2 === 1) {
      w.u(1, 0).ue(0);
      let count = 0;
      for (let j = 0; j <= prevCount; j++) {
        const used = j % 2;
        w.u(1, used);
        if (!used) w.u(1, 1);
        count++;
      }
      prevCount = count;
    } else {
      w.ue(2).ue(1);
      for (let k = 0; k < 3; k++) w.ue(k).u(1, 1);
      prevCount = 3;
    }
  }
  w.u(1, f.longTerm > 0 ? 1 : 0);
  if (f.longTerm > 0) {
    w.ue(f.longTerm);
    for (let i = 0; i < f.longTerm; i++) w.u(8, i).u(1, 1); // log2_max_pic_order_cnt_lsb = 8
  }
  w.u(1, 1).u(1, 1).u(1, 1); // temporal mvp, strong intra smoothing, vui present
  w.u(1, 1).u(8, 255).u(16, 4).u(16, 3); // Extended_SAR
  w.u(1, 0).u(1, 1).u(3, 5).u(1, 0).u(1, 1).u(24, 0x010101);
  w.u(1, 1).ue(1).ue(1);
  w.u(3, 0).u(1, 1).ue(1).ue(2).ue(3).ue(4); // default display window
  w.u(1, 1)
    .u(32, 1000)
    .u(32, f.fps * 1000);
  return Uint8Array.from([0x42, 0x01, ...escapeRbsp(w.bytes())]);
}

describe('parseH265Sps on SPSs built field by field (H.265 §7.3.2.2, §7.3.3, §7.3.7)', () => {
  const arbFields: fc.Arbitrary<SpsFields> = fc.record({
    subLayers: fc.array(fc.record({ profile: fc.boolean(), level: fc.boolean() }), { maxLength: 6 }),
    width: fc.integer({ min: 8, max: 8192 }).map((n) => n * 2),
    height: fc.integer({ min: 8, max: 4320 }).map((n) => n * 2),
    crop: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.nat(3)),
    stRps: fc.nat(8),
    longTerm: fc.nat(4),
    fps: fc.constantFrom(10, 12, 15, 20, 25, 30, 50, 60),
    scalingLists: fc.boolean(),
  });

  it('reads width, height (conformance window in chroma units), frame rate and sub-layers back', () => {
    fc.assert(
      fc.property(arbFields, (f) => {
        const parsed = parseH265Sps(writeSps(f));
        const [l, r, t, b] = f.crop;
        expect(parsed.width).toBe(f.width - 2 * (l + r));
        expect(parsed.height).toBe(f.height - 2 * (t + b));
        expect(parsed.maxSubLayersMinus1).toBe(f.subLayers.length);
        expect(parsed.frameRate).toBe(f.fps);
        expect(parsed.codecString).toBe('hvc1.1.6.L93.B0');
        expect(Array.from(parsed.constraintIndicatorFlags)).toEqual([0xb0, 0, 0, 0, 0, 0]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseH265Sps robustness', () => {
  it('refuses a NAL unit that is not an SPS', () => {
    expect(() => parseH265Sps(b64('RAHA8saNA7NA'))).toThrow(PsvisError);
  });

  it('throws nothing but PsvisError on random and mutated SPSs', () => {
    const seed = b64('QgEBAWAAAAMAsAAAAwAAAwB4oAKggC8c1YgXuRZFL/y5/E/qbgQEBAE=');
    const mutated = fc
      .array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })
      .map((edits) => {
        const out = seed.slice();
        for (const [i, v] of edits) if (i > 1) out[i] = v;
        return out;
      });
    const truncated = fc.nat(seed.length).map((n) => seed.subarray(0, n));
    const random = fc.uint8Array({ maxLength: 80 }).map((b) => Uint8Array.from([0x42, 0x01, ...b]));
    fc.assert(
      fc.property(fc.oneof(mutated, truncated, random), (nal) => {
        try {
          const sps = parseH265Sps(nal);
          expect(sps.width).toBeGreaterThan(0);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parseHvcC throws nothing but PsvisError on garbage', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        try {
          parseHvcC(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(PsvisError);
        }
      }),
    );
  });
});
