// End-to-end: ffmpeg 5.1 makes elementary streams, psvis muxes them into init + fragments, and
// ffprobe/ffmpeg read the result back (codec, size, frame count, duration, clean decode).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitAdts } from '../aac.ts';
import { adtsToAudioSpecificConfig } from '../aac.ts';
import { lengthPrefixedParts, splitAnnexB, splitLengthPrefixed } from '../annexb.ts';
import { H264_NAL, H265_NAL, h264NalType, h265NalType, isH264KeyNal, isH265KeyNal } from '../nal-types.ts';
import type { Codec, TrackInfo } from '../types.ts';
import { buildFragment, buildFragmentHeader } from './fragment.ts';
import type { FragmentTrack } from './fragment.ts';
import { buildInitSegment } from './init-segment.ts';
import { lastWholeFragmentEnd, parseFragments, parseInitSegment } from './reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'psvis-fmp4-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const FPS = 25;
const SECONDS = 3;
const FRAMES = FPS * SECONDS;

function ffmpeg(args: string[]): void {
  const res = spawnSync('ffmpeg', ['-v', 'error', '-y', ...args]);
  expect(res.status, res.stderr.toString()).toBe(0);
}

/** A sample ready to mux: decode/presentation time in the track clock and its byte parts. */
interface Sample {
  dts: number;
  pts: number;
  duration: number;
  keyframe: boolean;
  size: number;
  parts: Uint8Array[];
}

/** Groups Annex B NAL units into access units: one VCL NAL per picture (x264/x265 use one slice). */
function videoSamples(codec: 'h264' | 'h265', stream: Uint8Array): { samples: Sample[]; parameterSets: Uint8Array[] } {
  const nals = splitAnnexB(stream);
  const isVcl = (n: Uint8Array): boolean => (codec === 'h264' ? [1, 5].includes(h264NalType(n)) : h265NalType(n) < 32);
  const isKey = codec === 'h264' ? isH264KeyNal : isH265KeyNal;
  const psTypes = codec === 'h264' ? [H264_NAL.SPS, H264_NAL.PPS] : [H265_NAL.VPS, H265_NAL.SPS, H265_NAL.PPS];
  const typeOf = codec === 'h264' ? h264NalType : h265NalType;
  const parameterSets = psTypes.map((t) => {
    const found = nals.find((n) => typeOf(n) === t);
    if (found === undefined) throw new Error(`no parameter set ${t}`);
    return found;
  });
  const samples: Sample[] = [];
  let pending: Uint8Array[] = [];
  for (const nal of nals) {
    pending.push(nal);
    if (!isVcl(nal)) continue;
    const { size, parts } = lengthPrefixedParts(pending);
    const i = samples.length;
    samples.push({ dts: i * 3600, pts: i * 3600, duration: 3600, keyframe: isKey(nal), size, parts });
    pending = [];
  }
  return { samples, parameterSets };
}

/** Cuts tracks into fragments at each video keyframe (DESIGN.md: fragments of at most 1 s). */
function mux(tracks: TrackInfo[], perTrack: Sample[][]): { file: Uint8Array; fragments: number } {
  const video = perTrack[0] ?? [];
  const cuts = video.filter((s) => s.keyframe).map((s) => s.dts / 90000);
  cuts.push(Infinity);
  const parts: Uint8Array[] = [buildInitSegment(tracks)];
  let fragments = 0;
  for (let c = 0; c < cuts.length - 1; c++) {
    const from = cuts[c] ?? 0;
    const to = cuts[c + 1] ?? Infinity;
    const fragTracks: FragmentTrack[] = [];
    perTrack.forEach((samples, ti) => {
      const rate = tracks[ti]?.clockRate ?? 1;
      const inRange = samples.filter((s) => s.dts / rate >= (c === 0 ? -Infinity : from) && s.dts / rate < to);
      const first = inRange[0];
      if (first === undefined) return;
      fragTracks.push({
        trackId: ti + 1,
        baseDecodeTime: first.dts,
        samples: inRange.map((s) => ({
          duration: s.duration,
          size: s.size,
          keyframe: s.keyframe,
          compositionOffset: s.pts - s.dts,
        })),
        data: inRange.flatMap((s) => s.parts),
      });
    });
    // The zero-copy path a recorder uses: header, then the sample parts as they are.
    const { header } = buildFragmentHeader(c + 1, fragTracks);
    parts.push(header, ...fragTracks.flatMap((t) => t.data));
    fragments++;
  }
  return { file: new Uint8Array(Buffer.concat(parts)), fragments };
}

function audioSamples(codec: Codec, file: string): { samples: Sample[]; track: TrackInfo } {
  const bytes = new Uint8Array(readFileSync(file));
  if (codec === 'aac') {
    const { frames } = splitAdts(bytes);
    const header = frames[0]?.header;
    if (header === undefined) throw new Error('no ADTS frames');
    const samples = frames.map((f, i) => ({
      dts: i * 1024,
      pts: i * 1024,
      duration: 1024,
      keyframe: true,
      size: f.payload.length,
      parts: [f.payload],
    }));
    const track: TrackInfo = {
      codec,
      clockRate: header.samplingFrequency,
      audioSpecificConfig: adtsToAudioSpecificConfig(header),
      channels: header.channelConfiguration,
    };
    return { samples, track };
  }
  // G.711: 20 ms packets of 160 bytes, as RTP payload types 0/8 carry them (RFC 3551 §4.5.14).
  const samples: Sample[] = [];
  for (let at = 0; at < bytes.length; at += 160) {
    const chunk = bytes.subarray(at, Math.min(bytes.length, at + 160));
    samples.push({ dts: at, pts: at, duration: chunk.length, keyframe: true, size: chunk.length, parts: [chunk] });
  }
  return { samples, track: { codec, clockRate: 8000, channels: 1 } };
}

interface ProbeStream {
  codec_name: string;
  width?: number;
  height?: number;
  nb_read_frames?: string;
  duration?: string;
  sample_rate?: string;
}

function probe(file: string): { streams: ProbeStream[]; format: { duration: string; format_name: string } } {
  const res = spawnSync('ffprobe', [
    '-v',
    'error',
    '-show_streams',
    '-show_format',
    '-count_frames',
    '-of',
    'json',
    file,
  ]);
  expect(res.status, res.stderr.toString()).toBe(0);
  return JSON.parse(res.stdout.toString()) as ReturnType<typeof probe>;
}

function decodeErrors(file: string): string {
  const res = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'null', '-']);
  expect(res.status).toBe(0);
  return res.stderr.toString();
}

const combos = [
  {
    video: 'h264',
    audio: 'pcma',
    ffVideo: ['-c:v', 'libx264', '-bf', '0'],
    ffAudio: ['-f', 'alaw', '-ar', '8000'],
    aName: 'pcm_alaw',
  },
  {
    video: 'h264',
    audio: 'aac',
    ffVideo: ['-c:v', 'libx264', '-bf', '0', '-profile:v', 'high'],
    ffAudio: ['-c:a', 'aac', '-ar', '48000', '-f', 'adts'],
    aName: 'aac',
  },
  {
    video: 'h265',
    audio: 'pcmu',
    ffVideo: ['-c:v', 'libx265', '-x265-params', 'log-level=error:bframes=0'],
    ffAudio: ['-f', 'mulaw', '-ar', '8000'],
    aName: 'pcm_mulaw',
  },
  {
    video: 'h265',
    audio: 'aac',
    ffVideo: ['-c:v', 'libx265', '-x265-params', 'log-level=error:bframes=0'],
    ffAudio: ['-c:a', 'aac', '-ar', '16000', '-ac', '1', '-f', 'adts'],
    aName: 'aac',
  },
] as const;

describe('psvis fMP4 read by ffprobe/ffmpeg 5.1', () => {
  for (const c of combos) {
    it(`${c.video} + ${c.audio}: ffprobe confirms codec, size, ${FRAMES} frames and ${SECONDS} s; ffmpeg decodes without error`, () => {
      const vFile = join(dir, `${c.video}-${c.audio}.es`);
      const aFile = join(dir, `${c.video}-${c.audio}.audio`);
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        `testsrc2=size=320x240:rate=${FPS}`,
        '-frames:v',
        String(FRAMES),
        '-g',
        String(FPS),
        ...c.ffVideo,
        '-f',
        c.video === 'h264' ? 'h264' : 'hevc',
        vFile,
      ]);
      ffmpeg(['-f', 'lavfi', '-i', `sine=frequency=440:duration=${SECONDS}`, ...c.ffAudio, aFile]);
      const { samples: vSamples, parameterSets } = videoSamples(c.video, new Uint8Array(readFileSync(vFile)));
      expect(vSamples).toHaveLength(FRAMES);
      const { samples: aSamples, track: aTrack } = audioSamples(c.audio, aFile);
      const tracks: TrackInfo[] = [{ codec: c.video, clockRate: 90000, parameterSets }, aTrack];
      const { file, fragments } = mux(tracks, [vSamples, aSamples]);
      expect(fragments).toBe(SECONDS);
      const out = join(dir, `${c.video}-${c.audio}.mp4`);
      writeFileSync(out, file);

      const p = probe(out);
      const [v, a] = p.streams;
      expect(v).toMatchObject({
        codec_name: c.video === 'h264' ? 'h264' : 'hevc',
        width: 320,
        height: 240,
        nb_read_frames: String(FRAMES),
      });
      expect(a?.codec_name).toBe(c.aName);
      expect(Number(a?.sample_rate)).toBe(aTrack.clockRate);
      // AAC frames are counted one by one; ffmpeg regroups PCM into its own packet sizes.
      if (c.audio === 'aac') expect(Number(a?.nb_read_frames)).toBe(aSamples.length);
      else expect(Number(a?.nb_read_frames)).toBeGreaterThan(0);
      // Video lasts exactly its 75 frames; audio as long as the samples muxed (AAC adds priming frames).
      expect(Number(v?.duration)).toBe(SECONDS);
      const audioSeconds = aSamples.reduce((n, s) => n + s.duration, 0) / aTrack.clockRate;
      expect(Number(a?.duration)).toBeCloseTo(audioSeconds, 2);
      expect(Number(p.format.duration)).toBeCloseTo(Math.max(SECONDS, audioSeconds), 2);
      expect(decodeErrors(out)).toBe('');

      // And psvis's own reader agrees with what it wrote.
      const init = parseInitSegment(file);
      expect(init.tracks.map((t) => t.codec)).toEqual([c.video, c.audio]);
      const read = parseFragments(file).flatMap((f) => f.samples);
      const readVideo = read.filter((s) => s.trackId === 1);
      expect(readVideo.map((s) => [s.dts, s.keyframe, s.size])).toEqual(
        vSamples.map((s) => [s.dts, s.keyframe, s.size]),
      );
      expect(read.filter((s) => s.trackId === 2)).toHaveLength(aSamples.length);
      const firstVideo = readVideo[0];
      if (firstVideo === undefined) throw new Error('no video read back');
      const nals = splitLengthPrefixed(file.subarray(firstVideo.offset, firstVideo.offset + firstVideo.size));
      expect(nals.map((n) => Buffer.from(n).toString('hex'))).toEqual(
        vSamples[0]?.parts.filter((_, i) => i % 2 === 1).map((n) => Buffer.from(n).toString('hex')),
      );
      expect(lastWholeFragmentEnd(file)).toBe(file.length);
    });
  }

  it('B-frames: ffmpeg fMP4 → psvis reader → psvis muxer keeps pts order (trun v1 composition offsets)', () => {
    const src = join(dir, 'bframes-src.mp4');
    ffmpeg([
      ...['-f', 'lavfi', '-i', `testsrc2=size=320x240:rate=${FPS}`, '-frames:v', String(FRAMES), '-g', String(FPS)],
      ...['-c:v', 'libx264', '-bf', '2', '-movflags', 'frag_keyframe+empty_moov+default_base_moof', src],
    ]);
    const theirs = new Uint8Array(readFileSync(src));
    const init = parseInitSegment(theirs);
    const videoTrack = init.tracks[0];
    if (videoTrack === undefined) throw new Error('no track');
    expect(videoTrack).toMatchObject({ codec: 'h264', width: 320, height: 240 });
    const read = parseFragments(theirs, init.trex).flatMap((f) => f.samples);
    expect(read).toHaveLength(FRAMES);
    expect(read.some((s) => s.pts !== s.dts)).toBe(true);
    const samples: Sample[] = read.map((s) => {
      const bytes = theirs.subarray(s.offset, s.offset + s.size);
      return { dts: s.dts, pts: s.pts, duration: s.duration, keyframe: s.keyframe, size: s.size, parts: [bytes] };
    });
    const ts = videoTrack.timescale;
    const rescaled = samples.map((s) => ({
      ...s,
      dts: (s.dts * 90000) / ts,
      pts: (s.pts * 90000) / ts,
      duration: (s.duration * 90000) / ts,
    }));
    const { file } = mux(
      [{ codec: 'h264', clockRate: 90000, parameterSets: videoTrack.parameterSets ?? [] }],
      [rescaled],
    );
    const out = join(dir, 'bframes-psvis.mp4');
    writeFileSync(out, file);
    const p = probe(out);
    expect(p.streams[0]).toMatchObject({ codec_name: 'h264', nb_read_frames: String(FRAMES) });
    expect(decodeErrors(out)).toBe('');
    // Frame-accurate: the decoded pictures equal the source's (framemd5 of both files).
    const md5 = (f: string): string[] =>
      spawnSync('ffmpeg', ['-v', 'error', '-i', f, '-map', '0:v', '-f', 'framemd5', '-'])
        .stdout.toString()
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .map((l) => l.split(',').at(-1)?.trim() ?? '');
    expect(md5(out)).toEqual(md5(src));
  });

  it('a torn file cut at lastWholeFragmentEnd decodes cleanly with the whole fragments', () => {
    const full = new Uint8Array(readFileSync(join(dir, 'h264-pcma.mp4')));
    const torn = full.subarray(0, full.length - 1000);
    const end = lastWholeFragmentEnd(torn);
    expect(end).toBeLessThan(torn.length);
    const out = join(dir, 'recovered.mp4');
    writeFileSync(out, torn.subarray(0, end));
    const p = probe(out);
    expect(Number(p.streams[0]?.nb_read_frames)).toBe(2 * FPS);
    expect(decodeErrors(out)).toBe('');
    // buildFragment gives the same bytes as the header + parts path used above.
    const frags = parseFragments(full);
    expect(frags).toHaveLength(SECONDS);
  });
});

// Keeps buildFragment in the interop path too: a one-fragment file from the whole-copy builder.
describe('buildFragment output read by ffprobe', () => {
  it('a single whole-copy fragment of G.711 μ-law plays for its duration', () => {
    const samples = Array.from({ length: 50 }, (_, i) => ({ duration: 160, size: 160, keyframe: true, i }));
    const data = samples.map(() => new Uint8Array(160).fill(0xff));
    const file = Buffer.concat([
      buildInitSegment([{ codec: 'pcmu', clockRate: 8000 }]),
      buildFragment(1, [{ trackId: 1, baseDecodeTime: 0, samples, data }]),
    ]);
    const out = join(dir, 'ulaw.mp4');
    writeFileSync(out, file);
    const p = probe(out);
    expect(p.streams[0]?.codec_name).toBe('pcm_mulaw');
    expect(Number(p.format.duration)).toBeCloseTo(1, 2);
    expect(decodeErrors(out)).toBe('');
  });
});
